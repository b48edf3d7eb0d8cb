// One decision in the moderation log: when (a <time>), then a sentence — who
// took it, what they did and to what (bids cancelled: whose, and on which
// auction; i18n/moderation-log-text.ts), the names and titles linking to what
// they name while it exists — and why, when a reason was given (removals,
// suspensions, and the bids cancelled with one).
import type { ModerationLogEntry as Entry } from '../../../core/schemas.ts';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { logReasonText, logSentence, type LogMention } from '../i18n/moderation-log-text.ts';
import { Link } from '../routing/link.tsx';

function Mention({ mention, testId }: { mention: LogMention; testId: string }) {
  return mention.href ? (
    <Link href={mention.href} data-testid={testId}>
      {mention.text}
    </Link>
  ) : (
    <span data-testid={testId}>{mention.text}</span>
  );
}

export function ModerationLogEntry({ entry }: { entry: Entry }) {
  const { t, locale } = useI18n();
  const { who, verb, about, then, after } = logSentence(entry, t);
  const reason = logReasonText(entry.reason, t);
  return (
    <li className="log-entry" data-testid="log-entry" data-action={entry.action}>
      <time className="log-entry__when" dateTime={entry.at}>
        {formatDateTime(entry.at, locale)}
      </time>
      <p className="log-entry__what" data-testid="log-sentence">
        <Mention mention={who} testId="log-moderator" /> {verb}
        {about ? (
          <>
            {' '}
            <Mention mention={about} testId="log-subject" />
          </>
        ) : null}
        {then ? (
          <>
            {then.words}
            <Mention mention={then.mention} testId="log-subject-auction" />
          </>
        ) : null}
        {after}.
      </p>
      {reason ? (
        <p className="log-entry__why" data-testid="log-reason">
          {reason}
        </p>
      ) : null}
    </li>
  );
}
