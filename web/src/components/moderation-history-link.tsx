// For moderators, on an auction's page and an account's moderation panel:
// *Histórico de moderação*, the decision log on /moderation showing only the
// decisions about it — or, on a moderator's account, *Decisões tomadas por
// …*, those they took. A plain link, small: the pages carrying it are
// everyone's first load; the log is in the moderation page's chunk.
import { useI18n } from '../i18n/i18n.ts';
import { moderationHistoryMessages } from '../i18n/moderation-history-messages.ts';
import { Link } from '../routing/link.tsx';
import { moderationLogLink, type LogFilterName } from '../routing/moderation-log-path.ts';

interface ModerationHistoryLinkProps {
  /** Which filter of the log: `auctionId`, `userId`, or `moderatorId` with `moderator`. */
  filter: LogFilterName;
  id: string;
  /** The decisions a moderator took: their name. */
  moderator?: string;
}

export function ModerationHistoryLink({ filter, id, moderator }: ModerationHistoryLinkProps) {
  const words = moderationHistoryMessages[useI18n().locale];
  return (
    <p className="moderation-history">
      <Link href={moderationLogLink(filter, id)}>
        {moderator === undefined ? words.history : words.decisionsBy(moderator)}
      </Link>
    </p>
  );
}
