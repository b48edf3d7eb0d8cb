// `/activity` ("minha atividade"): the auctions the viewer bid on, each with
// where they stand (winning, outbid, won, not won), the ones they sell, and
// the questions they asked sellers, live. An auction joins "Meus lances" as
// soon as the viewer leads it, on any device, and "Minhas vendas" as soon as
// it is created; a finished one there can be offered again. An answer shows
// up in "Minhas perguntas" as soon as the seller gives it. A link leads to
// the viewer's public profile (the feedback they received). At the top, the
// sales they may still rate, read once when the page opens; at the bottom,
// the auctions they reported and what the moderators made of each, read
// likewise (coming back after a report reads it afresh), with the appeals
// against keeps made there, their decisions heard live.
import type { CompactAuction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { AuctionListSection } from '../components/auction-list-section.tsx';
import { MyQuestionsSection } from '../components/my-questions-section.tsx';
import { MyReportsSection } from '../components/my-reports-section.tsx';
import { PendingFeedbackSection } from '../components/pending-feedback-section.tsx';
import { SignInFirst } from '../components/sign-in-first.tsx';
import { mayOfferAgain } from '../forms/offer-again.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { myStanding } from '../live/my-standing.ts';
import { useAuctionList } from '../live/use-auction-list.ts';
import { useMyQuestions } from '../live/use-my-questions.ts';
import { useMyReports } from '../live/use-my-reports.ts';
import { usePendingFeedback } from '../live/use-pending-feedback.ts';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';

export function ActivityPage() {
  const { t } = useI18n();
  const session = useStore(sessionStore);
  const userId = session?.user.id ?? '';
  const token = session?.token ?? null;
  const buying = useAuctionList(api.buying, token, (a) => a.leader?.id === userId);
  const selling = useAuctionList(api.selling, token, (a) => a.seller.id === userId);
  const questions = useMyQuestions(token, userId);
  const toRate = usePendingFeedback(token);
  const reports = useMyReports(token);

  if (!session)
    return <SignInFirst title={t.activity.title} text={t.activity.signInFirst} path="/activity" />;

  // A finished auction of one's own can be offered again (new-auction-page.tsx).
  const offerAgain = (auction: CompactAuction) =>
    !mayOfferAgain(auction) ? null : (
      <Link
        href={`/new?from=${auction.id}`}
        className="closed-row__again"
        aria-label={`${auction.winner ? t.newAuction.sellSimilar : t.newAuction.offerAgain}: ${auction.title}`}
        data-testid="offer-again"
      >
        {auction.winner ? t.newAuction.sellSimilar : t.newAuction.offerAgain}
      </Link>
    );
  const standing = (auction: CompactAuction) => {
    const where = myStanding(auction, userId);
    return (
      <span className={`badge badge--${where}`} data-testid="my-standing">
        {t.activity.standing[where]}
      </span>
    );
  };
  return (
    <>
      <h1>{t.activity.title}</h1>
      <p>
        <Link href={`/users/${userId}`} data-testid="own-profile">
          {t.profile.own}
        </Link>
      </p>
      <PendingFeedbackSection list={toRate} />
      <AuctionListSection
        id="buying"
        title={t.activity.buyingTitle}
        empty={t.activity.buyingEmpty}
        list={buying}
        failedText={t.activity.loadFailed}
        note={standing}
      />
      <AuctionListSection
        id="selling"
        title={t.activity.sellingTitle}
        empty={t.activity.sellingEmpty}
        list={selling}
        failedText={t.activity.loadFailed}
        note={offerAgain}
      />
      <MyQuestionsSection list={questions} />
      <MyReportsSection list={reports} />
    </>
  );
}
