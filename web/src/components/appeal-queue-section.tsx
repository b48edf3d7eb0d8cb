// `/moderation`'s second section, *Recursos*: the appeals against moderators'
// decisions not decided yet, the longest waiting first, a page at a time,
// each upheld or reversed with a written reply. As the reports queue does:
// after a decision the item leaves, a polite status says what was done and
// the focus goes to the next item's heading (the one before when it was the
// last; the section's heading when none is left). Live (appeal-queue.ts): an
// appeal decided in another session leaves with a status, the focus going to
// the heading if it was inside; new appeals join at the end, said the same
// way, so nothing above them moves.
import { useEffect, useRef, useState } from 'react';
import type { AppealToReview } from '../../../core/schemas.ts';
import type { AppealOutcome } from '../api/endpoints.ts';
import { appealReviewMessages } from '../i18n/appeal-review-messages.ts';
import { useI18n } from '../i18n/i18n.ts';
import { focusedAppeal, neighbourAppeal } from '../live/appeal-queue.ts';
import type { AppealChanges } from '../live/appeal-queue-store.ts';
import { useAppealQueue } from '../live/use-appeal-queue.ts';
import { appealSubject, appealTitleId, AppealToReviewItem } from './appeal-to-review.tsx';
import { LoadMore } from './load-more.tsx';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';

export function AppealQueueSection({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>(null);
  // A new object per change, so the focus moves even to the same place twice.
  const [focusOn, setFocusOn] = useState<{ appealId: string | null } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  /** Told before the list changes, so the focus is still where the moderator left it. */
  const heard = ({ left, arrived }: AppealChanges) => {
    const said = [
      left.length > 0 ? t.appeals.decidedElsewhere(left.length) : '',
      arrived.length > 0 ? t.appeals.arrived(arrived.length) : '',
    ];
    setOutcome({ ok: true, text: said.filter(Boolean).join(' ') });
    const focused = focusedAppeal(document.activeElement);
    if (left.some(({ id }) => id === focused)) setFocusOn({ appealId: null });
  };
  const queue = useAppealQueue(token, heard);

  useEffect(() => {
    if (!focusOn) return;
    const { appealId } = focusOn;
    const target = appealId === null ? null : document.getElementById(appealTitleId(appealId));
    (target ?? heading.current)?.focus();
  }, [focusOn]);

  const decide = async (item: AppealToReview, decision: AppealOutcome, reply: string) => {
    const next = neighbourAppeal(queue.items, item.id);
    await queue.decide(item.id, { outcome: decision, reply });
    const subject = appealSubject(item, t.appeals.deletedAuction);
    const { decidedDone } = appealReviewMessages[locale];
    setOutcome({ ok: true, text: decidedDone(item.kind, decision, subject) });
    setFocusOn({ appealId: next });
  };

  return (
    <section aria-labelledby="appeals-title" data-testid="appeal-queue">
      <h2 id="appeals-title" ref={heading} tabIndex={-1}>
        {t.appeals.queueTitle}
      </h2>
      <p className="note">{t.appeals.queueExplain}</p>
      <OutcomeLine outcome={outcome} testId="appeals-outcome" />
      {queue.status === 'failed' ? <p role="alert">{t.appeals.queueLoadFailed}</p> : null}
      {queue.status === 'ready' && queue.items.length === 0 && queue.nextCursor === null ? (
        <p className="empty" data-testid="appeals-empty">
          {t.appeals.queueEmpty}
        </p>
      ) : null}
      <ol className="flagged-list" aria-busy={queue.status === 'loading'}>
        {queue.items.map((item) => (
          <AppealToReviewItem
            key={item.id}
            item={item}
            decide={(decision, reply) => decide(item, decision, reply)}
          />
        ))}
      </ol>
      <LoadMore pager={queue} label={t.moderation.more} failedText={t.appeals.queueLoadFailed} />
    </section>
  );
}
