// One appeal in the moderators' list: what it contests — the removal of an
// auction (its title leading to it), the suspension of an account (its name
// leading to the profile), or the decision to keep an auction a person
// reported (its title) — as its heading; the decision appealed (its reason —
// for a keep, the reason reported —, when, and who took it), who appealed and
// when, their words; then the decision on it (appeal-decision.tsx), saying
// what each outcome does — or, to the moderator who took the decision
// appealed, that another moderator decides it (`mayDecide`).
import type { AppealToReview } from '../../../core/schemas.ts';
import type { AppealOutcome } from '../api/endpoints.ts';
import { formatDateTime } from '../format.ts';
import { appealReviewMessages } from '../i18n/appeal-review-messages.ts';
import { appealConsequence, decisionLabels, decisionReasonText } from '../i18n/appeal-text.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { AppealDecision } from './appeal-decision.tsx';

/** The id of an item's heading, which takes the focus when the item before it leaves. */
export const appealTitleId = (appealId: string) => `appeal-${appealId}-title`;

/** What the appeal is about, in words: the auction's title in quotes, or the appellant's name. */
export function appealSubject(item: AppealToReview, deletedAuction: string): string {
  if (item.kind === 'suspension') return item.appellant.name;
  return item.auction ? `“${item.auction.title}”` : deletedAuction;
}

interface AppealToReviewItemProps {
  item: AppealToReview;
  /** Resolves once the decision is taken (the item then leaves); rejects with the API's refusal. */
  decide(outcome: AppealOutcome, reply: string): Promise<unknown>;
}

export function AppealToReviewItem({ item, decide }: AppealToReviewItemProps) {
  const { t, locale } = useI18n();
  const { id, kind, auction, appellant, decidedBy, decision } = item;
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
  const words = appealReviewMessages[locale];
  const labels = decisionLabels(kind, t, words);
  const kindOf = words.subjectOf[kind];
  const subject =
    kind === 'suspension' ? (
      <Link href={`/users/${appellant.id}`}>{appellant.name}</Link>
    ) : auction ? (
      <Link href={`/auctions/${auction.id}`}>{auction.title}</Link>
    ) : (
      t.appeals.deletedAuction
    );

  return (
    <li
      className="panel flagged"
      data-testid="appeal-to-review"
      data-appeal-id={id}
      data-kind={kind}
    >
      <h3 id={appealTitleId(id)} tabIndex={-1} className="flagged__title">
        {kindOf} {subject}
      </h3>
      <dl className="flagged__facts">
        <div>
          <dt>{labels.reason}</dt>
          <dd data-testid="appeal-decision-reason">{decisionReasonText(decision.reason, t)}</dd>
        </div>
        <div>
          <dt>{labels.decidedAt}</dt>
          <dd>{when(decision.decidedAt)}</dd>
        </div>
        <div>
          <dt>{labels.decidedBy}</dt>
          <dd data-testid="appeal-decided-by">
            {decidedBy ? (
              <Link href={`/users/${decidedBy.id}`}>{decidedBy.name}</Link>
            ) : (
              t.appeals.decidedByGone
            )}
          </dd>
        </div>
        <div>
          <dt>{labels.appellant}</dt>
          <dd data-testid="appeal-appellant">
            <Link href={`/users/${appellant.id}`}>{appellant.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t.appeals.appealedAt}</dt>
          <dd>{when(item.createdAt)}</dd>
        </div>
      </dl>
      <h4>{t.appeals.appealText}</h4>
      <p className="flagged__details" data-testid="appeal-text">
        {item.text}
      </p>
      {item.mayDecide ? (
        <AppealDecision
          appealId={id}
          subject={`${kindOf} ${appealSubject(item, t.appeals.deletedAuction)}`}
          consequence={appealConsequence(item, t, words)}
          decide={decide}
        />
      ) : (
        <p className="feedback feedback--warning" data-testid="appeal-own-decision">
          {t.appeals.ownDecision}
        </p>
      )}
    </li>
  );
}
