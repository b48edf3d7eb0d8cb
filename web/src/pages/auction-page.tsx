// `/auctions/:id`: the live auction floor for one lot, its photos first and
// the questions to the seller last; its category links to the lobby showing
// that category, the seller's name to their profile and, once sold, the buyer
// and the seller rate each other here (and answer each other's rating); a few
// of the seller's other open auctions at the foot. Anyone signed in but the
// seller may report it to the moderators, unless it was cancelled or removed;
// the seller of a removed one — while open, or after it ended, when its
// result stands — may appeal the removal under its banner. A bidder may take
// their bid back (*Retirar meu lance*), and the seller of an open auction may
// cancel a bidder's bids, under the history. Moderators find *Histórico de
// moderação* under the seller's name: the decision log about it.
import { lazy, useEffect, useRef, useState } from 'react';
import { BuyNowAction, SellerActions } from '../components/auction-actions.tsx';
import { AuctionResult, OutbidNotice } from '../components/auction-result.tsx';
import { BidForm } from '../components/bid-form.tsx';
import { BidHistory } from '../components/bid-history.tsx';
import { FlagAuction } from '../components/flag-auction.tsx';
import { LiveAnnouncer } from '../components/live-announcer.tsx';
import { ModerationHistoryLink } from '../components/moderation-history-link.tsx';
import { PhotoGallery } from '../components/photo-gallery.tsx';
import { PriceBoard } from '../components/price-board.tsx';
import { QuestionsPanel } from '../components/questions-panel.tsx';
import { RemovalAppeal } from '../components/removal-appeal.tsx';
import { ReportPanel } from '../components/report-panel.tsx';
import { RetractBid } from '../components/retract-bid.tsx';
import { SaleContactPanel } from '../components/sale-contact.tsx';
import { SaleFeedbackPanel } from '../components/sale-feedback.tsx';
import { SellerLine } from '../components/seller-line.tsx';
import { SellerOtherItems } from '../components/seller-other-items.tsx';
import { WatchToggle } from '../components/watch-toggle.tsx';
import { WatcherCount } from '../components/watcher-count.tsx';
import { categoryOf } from '../categories.ts';
import { isRemoved, isRemovedAfterEnd } from '../flag-reasons.ts';
import { formatMoney, formatTime } from '../format.ts';
import { mayFlag } from '../forms/flag-auction.ts';
import { mayOfferAgain } from '../forms/offer-again.ts';
import { isSold } from '../forms/sale-feedback.ts';
import { useI18n } from '../i18n/i18n.ts';
import { withdrawalAnnouncement } from '../i18n/retraction-text.ts';
import { cancelledBidsOf, lastBidSeq } from '../live/bid-numbering.ts';
import { photosOf } from '../live/photos-of.ts';
import { useAuctionLive } from '../live/use-auction-live.ts';
import { useAuctionReport } from '../live/use-auction-report.ts';
import { takenDown } from '../../../core/taken-down.ts';
import { LazyPanel } from '../routing/lazy-page.tsx';
import { Link } from '../routing/link.tsx';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';

// The seller's tools on their own open auction — managing its photos,
// cancelling a bidder's bids — serve one person of all who open the page: a
// chunk of their own, which took the first load back under Vite's 500 kB
// once sellers could cancel bids.
const PhotoManager = lazy(() =>
  import('../components/photo-manager.tsx').then(({ PhotoManager }) => ({
    default: PhotoManager,
  })),
);
const CancelBidderBids = lazy(() =>
  import('../components/cancel-bidder-bids.tsx').then(({ CancelBidderBids }) => ({
    default: CancelBidderBids,
  })),
);

export function AuctionPage({ auctionId }: { auctionId: string }) {
  const { t, locale } = useI18n();
  const live = useAuctionLive(auctionId);
  const viewer = useStore(sessionStore)?.user ?? null;
  const viewerId = viewer?.id ?? null;
  const { auction } = live;
  const closed = auction !== null && auction.status !== 'open';
  // Cancelled auctions never reach the worker, so only closed ones have a report;
  // one the moderators hold taken down has it withdrawn (410 REPORT_WITHDRAWN).
  const reported = auction?.status === 'closed' && !takenDown(auction);
  const report = useAuctionReport(auctionId, reported, live.reportVersion);

  // Announce changes that happen while the page is open, not the initial state.
  const [announcement, setAnnouncement] = useState('');
  const [lateBidNotice, setLateBidNotice] = useState('');
  // Bumped when the viewer left feedback (the buyer's is on the seller): their counts are read again.
  const [feedbackLeft, setFeedbackLeft] = useState(0);
  // Bumped when the viewer retracted a bid: the bid form starts afresh.
  const [retractions, setRetractions] = useState(0);
  // What was announced last; a removal after the end keeps the seq, and so
  // may bids cancelled by the moderators.
  const announced = useRef<{ seq: number; removed: boolean; cancelled: number } | null>(null);
  const newest = live.bids[0];
  const { withdrawnBy } = live;
  useEffect(() => {
    if (!auction) return;
    const before = announced.current;
    const removed = isRemoved(auction);
    const cancelled = cancelledBidsOf(auction);
    if (before && removed && !before.removed)
      setAnnouncement(
        isRemovedAfterEnd(auction) ? t.auction.announceRemovedAfterEnd : t.auction.announceRemoved,
      );
    else if (before && cancelled > before.cancelled)
      setAnnouncement(withdrawalAnnouncement(withdrawnBy ?? undefined, auction, t, locale));
    else if (before && auction.seq > before.seq) {
      if (auction.status !== 'open') setAnnouncement(t.auction.announceClosed);
      else if (newest)
        setAnnouncement(
          t.auction.announceBid(newest.bidder.name, formatMoney(newest.amount, locale)),
        );
    }
    announced.current = { seq: auction.seq, removed, cancelled };
  }, [auction, newest, withdrawnBy, t, locale]);

  useEffect(() => {
    if (live.extendedTo) setAnnouncement(t.auction.extended(formatTime(live.extendedTo, locale)));
  }, [live.extendedTo, t, locale]);

  useEffect(() => {
    if (auction) document.title = `${auction.title} — ${t.appName}`;
  }, [auction, t]);

  // The API said the auction is closed before its event arrived: say so and re-read it.
  const onClosed = (message: string) => {
    setLateBidNotice(message);
    void live.refresh().catch(() => undefined);
  };
  // The history's button and the seller's cancellation panel load the same older bids.
  const loadOlder = () => void live.loadOlder().catch(() => undefined);

  if (live.status === 'notFound' || live.status === 'failed') {
    return (
      <div className="panel">
        <h1>{live.status === 'notFound' ? t.auction.notFound : t.auction.loadFailed}</h1>
        <Link href="/">{t.auction.backToLobby}</Link>
      </div>
    );
  }
  if (!auction)
    return (
      <p aria-busy="true" className="empty">
        …
      </p>
    );

  // Seen live on this page, or (after a reload, or for a late arrival) told by
  // the auction itself: its end is later than the one set at creation.
  const extendedTo =
    live.extendedTo ??
    (auction.originalEndsAt !== null && auction.endsAt > auction.originalEndsAt
      ? auction.endsAt
      : null);

  return (
    <article
      className="auction"
      data-testid="auction-page"
      data-status={auction.status}
      data-watching={live.watching}
    >
      <Link href="/" className="back-link">
        ← {t.auction.backToLobby}
      </Link>
      <div className="auction__head">
        <h1 className="auction__title">{auction.title}</h1>
        <WatchToggle auctionId={auction.id} title={auction.title} removeOnly={closed} />
      </div>
      <p className="auction__category" data-testid="auction-category">
        {t.auction.category}:{' '}
        <Link href={`/?category=${categoryOf(auction)}`}>{t.categories[categoryOf(auction)]}</Link>
      </p>
      {closed ? null : <WatcherCount auctionId={auction.id} />}
      <SellerLine seller={auction.seller} version={feedbackLeft} />
      {viewer?.moderator ? <ModerationHistoryLink filter="auctionId" id={auction.id} /> : null}
      <div className="auction__layout">
        <div className="auction__main">
          <PhotoGallery photos={photosOf(auction)} title={auction.title} />
          <PriceBoard auction={auction} viewerId={viewerId} />
          {extendedTo && !closed ? (
            <p className="notice" role="status" data-testid="extended-notice">
              {t.auction.extended(formatTime(extendedTo, locale))}
            </p>
          ) : null}
          {live.corrected && !closed && auction.seller.id !== viewerId ? (
            <p className="notice" role="status" data-testid="corrected-notice">
              {t.auction.corrected}
            </p>
          ) : null}
          {live.outbidBy && !closed ? (
            <OutbidNotice bid={live.outbidBy} onDismiss={live.dismissOutbid} />
          ) : null}
          {lateBidNotice ? (
            <p
              className="feedback feedback--error late-bid"
              role="alert"
              data-testid="late-bid-notice"
            >
              {lateBidNotice}
            </p>
          ) : null}
          {closed ? <AuctionResult auction={auction} viewerId={viewerId} /> : null}
          {isRemoved(auction) && auction.seller.id === viewerId ? (
            <RemovalAppeal auction={auction} />
          ) : null}
          {viewerId &&
          auction.status === 'closed' &&
          auction.winner &&
          [auction.seller.id, auction.winner.id].includes(viewerId) ? (
            <SaleContactPanel auction={auction} viewerId={viewerId} />
          ) : null}
          {isSold(auction) ? (
            <SaleFeedbackPanel
              auction={auction}
              viewerId={viewerId}
              onLeft={() => setFeedbackLeft((n) => n + 1)}
            />
          ) : null}
          {mayOfferAgain(auction) && auction.seller.id === viewerId ? (
            <p>
              <Link href={`/new?from=${auction.id}`} className="button" data-testid="offer-again">
                {auction.winner ? t.newAuction.sellSimilar : t.newAuction.offerAgain}
              </Link>
            </p>
          ) : null}
          {!closed && auction.seller.id === viewerId ? (
            auction.bidCount === 0 ? (
              <SellerActions auction={auction} cancel={live.cancel} edit={live.edit} />
            ) : (
              <p className="panel note">
                {t.bidForm.ownAuction} {t.sellerPanel.cancelAfterBids}
              </p>
            )
          ) : null}
          {!closed && auction.seller.id === viewerId ? (
            <LazyPanel>
              <PhotoManager
                auction={auction}
                addPhoto={live.addPhoto}
                removePhoto={live.removePhoto}
                reorderPhotos={live.reorderPhotos}
              />
            </LazyPanel>
          ) : null}
          {!closed && auction.seller.id !== viewerId ? (
            <>
              <BidForm
                key={retractions}
                auction={auction}
                bids={live.bids}
                viewerId={viewerId}
                retracting={live.retracting}
                placeBid={live.placeBid}
                raiseMaximum={live.raiseMaximum}
                fetchOwnMaximum={live.fetchOwnMaximum}
                onClosed={onClosed}
              />
              {viewerId !== null ? (
                <RetractBid
                  auction={auction}
                  bids={live.bids}
                  viewerId={viewerId}
                  retract={live.retract}
                  onRetracted={() => setRetractions((n) => n + 1)}
                  onClosed={onClosed}
                />
              ) : null}
              <BuyNowAction
                auction={auction}
                viewerId={viewerId}
                buyNow={live.buyNow}
                onClosed={onClosed}
              />
            </>
          ) : null}
          {reported ? <ReportPanel state={report} /> : null}
          <section aria-labelledby="description-title" className="panel">
            <h2 id="description-title">{t.auction.description}</h2>
            <p className="auction__description">{auction.description || t.auction.noDescription}</p>
          </section>
          {mayFlag(auction, viewerId) ? <FlagAuction auction={auction} /> : null}
          <QuestionsPanel auction={auction} viewerId={viewerId} watching={live.watching} />
        </div>
        <div className="auction__side">
          <BidHistory
            bids={live.bids}
            finished={closed}
            total={lastBidSeq(auction)}
            cancelled={cancelledBidsOf(auction)}
            viewerId={viewerId}
            onLoadOlder={loadOlder}
          />
          {!closed && viewerId !== null && auction.seller.id === viewerId ? (
            <LazyPanel>
              <CancelBidderBids
                auction={auction}
                bids={live.bids}
                viewerId={viewerId}
                cancelBids={live.cancelBidderBids}
                onClosed={onClosed}
                olderBids={(live.bids.at(-1)?.seq ?? 1) > 1}
                onLoadOlder={loadOlder}
              />
            </LazyPanel>
          ) : null}
        </div>
      </div>
      <SellerOtherItems seller={auction.seller} auctionId={auction.id} />
      <LiveAnnouncer message={announcement} />
    </article>
  );
}
