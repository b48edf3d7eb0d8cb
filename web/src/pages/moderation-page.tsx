// `/moderation` (*Moderação*): the reported auctions for the platform's
// moderators, the longest waiting first, a page at a time, each removed or
// kept in place. Whether the viewer moderates is the API's answer, not the
// session's copy of their account (granted or revoked since it was read): a
// 403 NOT_A_MODERATOR reads as a plain sentence. After a decision the item
// leaves, a polite status says what was done and the focus goes to the next
// item's title (the page's heading when none is left). Suspending an item's
// seller takes with it the items of the open auctions removed along; the
// status says how many, and on how many open auctions their bids were
// cancelled, and the focus stays on the item (its *Reativar conta*) when it
// is still listed (seller-suspension.ts).
// Live (moderation-live.ts): new reports on a listed auction join its item,
// and the same status says so; an item decided in another session leaves with
// a status, the focus going to the heading if it was inside; reports on
// auctions not listed raise a notice (queue-news.tsx) instead of moving the
// list. Under the reports, the appeals against moderators' decisions
// (appeal-queue-section.tsx), which follow the same rules; then the log of
// every decision taken (moderation-log-section.tsx), read on request and
// filtered from the address (`?logAction=…&logModerator=…`, or `logAuction`
// and `logUser` from an auction's or a profile's *Histórico de moderação*);
// last, the transparency report of a period (transparency-report-section.tsx),
// generated on request.
import { useEffect, useRef, useState } from 'react';
import type { FlaggedAuction, FlagReason } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { AppealQueueSection } from '../components/appeal-queue-section.tsx';
import { FlaggedAuctionItem, flaggedTitleId } from '../components/flagged-auction.tsx';
import { LoadMore } from '../components/load-more.tsx';
import { ModerationLogSection } from '../components/moderation-log-section.tsx';
import { OutcomeLine, type Outcome } from '../components/outcome-line.tsx';
import { QueueNews } from '../components/queue-news.tsx';
import { SignInFirst } from '../components/sign-in-first.tsx';
import { sellerActionsId } from '../components/suspend-seller.tsx';
import { TransparencyReportSection } from '../components/transparency-report-section.tsx';
import { suspensionCounts, type SuspendChoices } from '../forms/suspension.ts';
import { useI18n } from '../i18n/i18n.ts';
import { focusedAuction } from '../live/moderation-live.ts';
import { neighbourOf } from '../live/moderation-queue.ts';
import type { QueueChanges } from '../live/moderation-queue-store.ts';
import {
  focusAfterSuspension,
  sellerStanding,
  type QueueFocus,
} from '../live/seller-suspension.ts';
import { useModerationQueue } from '../live/use-moderation-queue.ts';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';

export function ModerationPage() {
  const { t } = useI18n();
  const session = useStore(sessionStore);
  useEffect(() => {
    document.title = `${t.moderation.title} — ${t.appName}`;
  }, [t]);
  if (!session)
    return (
      <SignInFirst title={t.moderation.title} text={t.moderation.signInFirst} path="/moderation" />
    );
  return <ModerationQueue token={session.token} />;
}

function ModerationQueue({ token }: { token: string }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>(null);
  // A new object per decision, so the focus moves even to the same place twice.
  const [focusOn, setFocusOn] = useState<QueueFocus | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  /** Told before the list changes, so the focus is still where the moderator left it. */
  const heard = ({ left, reported }: QueueChanges) => {
    const titles = (items: FlaggedAuction[]) => items.map(({ auction }) => auction.title);
    const said = [
      left.length > 0 ? t.moderation.decidedElsewhere(titles(left)) : '',
      reported.length > 0 ? t.moderation.reportedAgain(titles(reported)) : '',
    ];
    setOutcome({ ok: true, text: said.filter(Boolean).join(' ') });
    const focused = focusedAuction(document.activeElement);
    if (left.some(({ auction }) => auction.id === focused))
      setFocusOn({ auctionId: null, on: 'title' });
  };
  const queue = useModerationQueue(token, heard);

  /** The notice's button: the first page again, the focus on the heading above it. */
  const refresh = async () => {
    try {
      await queue.refresh();
      setOutcome({ ok: true, text: t.moderation.refreshed });
      setFocusOn({ auctionId: null, on: 'title' });
    } catch {
      setOutcome({ ok: false, text: t.moderation.loadFailed });
    }
  };

  useEffect(() => {
    if (!focusOn) return;
    const { auctionId, on } = focusOn;
    const target =
      auctionId === null
        ? null
        : on === 'title'
          ? document.getElementById(flaggedTitleId(auctionId))
          : document.getElementById(sellerActionsId(auctionId))?.querySelector('button');
    (target ?? heading.current)?.focus();
  }, [focusOn]);

  /** Runs a decision on `item`; once taken, says `done` and moves the focus on. */
  const decide = async (item: FlaggedAuction, run: () => Promise<unknown>, done: string) => {
    const next = neighbourOf(queue.items, item.auction.id);
    await run();
    setOutcome({ ok: true, text: done });
    setFocusOn({ auctionId: next, on: 'title' });
  };

  const suspendSeller = async (
    item: FlaggedAuction,
    reason: FlagReason,
    choices: SuspendChoices,
  ) => {
    const { id: sellerId, name } = item.auction.seller;
    const result = await queue.suspendSeller(sellerId, reason, choices);
    const { removed, bidsCancelledOn } = suspensionCounts(choices, result);
    setOutcome({ ok: true, text: t.suspension.suspendedDone(name, removed, bidsCancelledOn) });
    setFocusOn(focusAfterSuspension(queue.items, item.auction.id, result.removed));
  };

  const reinstateSeller = async (item: FlaggedAuction) => {
    const { id: sellerId, name } = item.auction.seller;
    await queue.reinstateSeller(sellerId);
    setOutcome({ ok: true, text: t.suspension.reinstatedDone(name) });
    setFocusOn({ auctionId: item.auction.id, on: 'seller' });
  };

  if (
    queue.status === 'failed' &&
    queue.failure instanceof ApiError &&
    queue.failure.code === 'NOT_A_MODERATOR'
  )
    return (
      <div className="panel narrow" data-testid="not-moderator">
        <h1>{t.moderation.title}</h1>
        <p>{t.moderation.notModerator}</p>
      </div>
    );

  return (
    <section aria-labelledby="moderation-title" data-testid="moderation">
      <h1 id="moderation-title" ref={heading} tabIndex={-1}>
        {t.moderation.title}
      </h1>
      <section aria-labelledby="reports-title" className="moderation-section">
        <h2 id="reports-title">{t.moderation.reportsTitle}</h2>
        <p className="note">{t.moderation.explain}</p>
        <OutcomeLine outcome={outcome} testId="moderation-outcome" />
        {queue.status === 'failed' ? <p role="alert">{t.moderation.loadFailed}</p> : null}
        {queue.status === 'ready' ? (
          <QueueNews
            news={queue.news}
            refreshing={queue.refreshing}
            refresh={() => void refresh()}
          />
        ) : null}
        {queue.status === 'ready' && queue.items.length === 0 && queue.nextCursor === null ? (
          <p className="empty" data-testid="moderation-empty">
            {t.moderation.empty}
          </p>
        ) : null}
        <ol className="flagged-list" aria-busy={queue.status === 'loading'}>
          {queue.items.map((item) => {
            const { id, title } = item.auction;
            return (
              <FlaggedAuctionItem
                key={id}
                item={item}
                seller={sellerStanding(item, queue.sellers)}
                remove={(reason) =>
                  decide(
                    item,
                    () => queue.remove(id, reason),
                    t.moderation.removedDone(title, t.flagReasons[reason]),
                  )
                }
                keep={() => decide(item, () => queue.keep(id), t.moderation.keptDone(title))}
                suspendSeller={(reason, choices) => suspendSeller(item, reason, choices)}
                reinstateSeller={() => reinstateSeller(item)}
              />
            );
          })}
        </ol>
        <LoadMore pager={queue} label={t.moderation.more} failedText={t.moderation.loadFailed} />
      </section>
      <AppealQueueSection token={token} />
      <ModerationLogSection token={token} />
      <TransparencyReportSection token={token} />
    </section>
  );
}
