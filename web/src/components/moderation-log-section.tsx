// `/moderation`'s third section, *Registro de decisões*: every moderator's
// decision, the latest first, a page at a time (MODERATION_LOG_PAGE), read
// when the section first shows. Not live, unlike the two queues above: the
// log is for review — who decided what, and why — not for watching, and a
// list growing at its top would move what the moderator is reading. Its
// *Atualizar* reads the first page again, the list shown kept until it
// arrives, and a polite status says when it has (or that it could not).
import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { usePages } from '../live/use-pages.ts';
import { LoadMore } from './load-more.tsx';
import { ModerationLogEntry } from './moderation-log-entry.tsx';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';

export function ModerationLogSection({ token }: { token: string }) {
  const { t } = useI18n();
  const log = usePages(api.moderationLog, token);
  const [refreshing, setRefreshing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const refresh = async () => {
    if (refreshing) return;
    setRefreshing(true);
    try {
      await log.refresh();
      setOutcome({ ok: true, text: t.moderationLog.refreshed });
    } catch {
      setOutcome({ ok: false, text: t.moderationLog.refreshFailed });
    } finally {
      setRefreshing(false);
    }
  };

  return (
    <section aria-labelledby="log-title" className="moderation-log" data-testid="moderation-log">
      <div className="moderation-log__head">
        <h2 id="log-title">{t.moderationLog.title}</h2>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t.moderationLog.refreshName}
          // aria-disabled, not disabled: a disabled button would lose the focus.
          aria-disabled={refreshing}
          onClick={() => void refresh()}
        >
          {t.moderationLog.refresh}
        </button>
      </div>
      <p className="note">{t.moderationLog.explain}</p>
      <OutcomeLine outcome={outcome} testId="log-outcome" />
      {log.status === 'failed' ? <p role="alert">{t.moderationLog.loadFailed}</p> : null}
      {log.status === 'ready' && log.items.length === 0 && log.nextCursor === null ? (
        <p className="empty" data-testid="log-empty">
          {t.moderationLog.empty}
        </p>
      ) : null}
      <ol className="log-entries" aria-busy={log.status === 'loading'}>
        {log.items.map((entry) => (
          <ModerationLogEntry key={entry.id} entry={entry} />
        ))}
      </ol>
      <LoadMore pager={log} label={t.moderation.more} failedText={t.moderationLog.loadFailed} />
    </section>
  );
}
