// `/moderation`'s third section, *Registro de decisões*: every moderator's
// decision, the latest first, a page at a time (MODERATION_LOG_PAGE), read
// when the section first shows. Not live, unlike the two queues above: the
// log is for review — who decided what, and why — not for watching, and a
// list growing at its top would move what the moderator is reading. Its
// *Atualizar* reads the first page again, the list shown kept until it
// arrives, and a polite status says when it has (or that it could not).
// Its filters (moderation-log-filters.tsx) are in the address: a change reads
// the first page again, and a filtered page may come back short, even empty,
// with more of the log to read (moderation-log-foot.tsx). Once what the
// moderator asked for — new filters, the next page — arrives, a polite status
// says what it found. Opened with filters (a *Histórico de moderação* link),
// the focus goes to the section's heading.
import { useEffect, useRef, useState } from 'react';
import type { PublicUser } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { moderationLogMessages } from '../i18n/moderation-log-messages.ts';
import { logNewsText } from '../i18n/moderation-log-news-text.ts';
import {
  filteredNames,
  isLogFiltered,
  logFilterKey,
  logFilterOf,
  moderatorsMet,
} from '../live/moderation-log-filter.ts';
import { logFoot, logNews, type LogAsked } from '../live/moderation-log-paging.ts';
import { usePages } from '../live/use-pages.ts';
import { useLocation } from '../routing/router.ts';
import { LiveAnnouncer } from './live-announcer.tsx';
import { ModerationLogEntry } from './moderation-log-entry.tsx';
import { ModerationLogFilters } from './moderation-log-filters.tsx';
import { ModerationLogFoot } from './moderation-log-foot.tsx';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';

export function ModerationLogSection({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const words = moderationLogMessages[locale];
  const filter = logFilterOf(useLocation().split('?')[1] ?? '');
  const filtered = isLogFiltered(filter);
  const key = logFilterKey(filter);
  const log = usePages((cursor) => api.moderationLog(filter, cursor), `${token} ${key}`);
  const [refreshing, setRefreshing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [news, setNews] = useState({ text: '', times: 0 });
  const [moderators, setModerators] = useState<readonly PublicUser[]>([]);
  /** What the moderator asked for and is not said yet. */
  const asked = useRef<LogAsked | null>(null);
  const shownKey = useRef(key);
  const heading = useRef<HTMLHeadingElement>(null);
  const footNote = useRef<HTMLParagraphElement>(null);

  // Arriving with filters, the moderator came for the log: its heading takes
  // the focus — after the app's own move to <main> on a new path, which runs
  // later in the same flush when this page's chunk was already loaded (app.tsx).
  useEffect(() => {
    if (filtered) queueMicrotask(() => heading.current?.focus());
  }, []);

  useEffect(() => {
    if (shownKey.current === key) return;
    shownKey.current = key;
    asked.current = { kind: 'filter' };
    setOutcome(null);
  }, [key]);

  useEffect(() => setModerators((known) => moderatorsMet(known, log.items)), [log.items]);

  const { status, items, nextCursor, loadingMore, loadMoreFailed } = log;
  useEffect(() => {
    const now = asked.current;
    if (!now || status === 'loading' || loadingMore) return;
    asked.current = null;
    // A failure says itself (an alert).
    if (status === 'failed' || loadMoreFailed) return;
    const read = { count: items.length, more: nextCursor !== null };
    const text = logNewsText(logNews(now, read), { t, words, locale, filtered });
    setNews((last) => ({ text, times: last.times + 1 }));
    // The button pressed left with the log's end: the note there takes the focus.
    if (now.kind === 'more' && !read.more && document.activeElement === document.body)
      footNote.current?.focus();
  }, [status, items, nextCursor, loadingMore, loadMoreFailed]);

  const loadMore = () => {
    if (loadingMore) return;
    asked.current = { kind: 'more', before: items.length };
    void log.loadMore();
  };

  const refresh = async () => {
    if (refreshing) return;
    setRefreshing(true);
    asked.current = null;
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
        <h2 id="log-title" ref={heading} tabIndex={-1}>
          {t.moderationLog.title}
        </h2>
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
      <ModerationLogFilters
        filter={filter}
        moderators={moderators}
        names={filteredNames(filter, items)}
      />
      <OutcomeLine outcome={outcome} testId="log-outcome" />
      {/* The same sentence twice is announced again: a screen reader hears
          only a change, so every other one ends in a no-break space. */}
      <LiveAnnouncer message={news.text + (news.times % 2 === 1 ? '\u00a0' : '')} />
      {status === 'failed' ? <p role="alert">{t.moderationLog.loadFailed}</p> : null}
      <ol className="log-entries" aria-busy={status === 'loading'}>
        {items.map((entry) => (
          <ModerationLogEntry key={entry.id} entry={entry} />
        ))}
      </ol>
      {status === 'ready' ? (
        <ModerationLogFoot
          foot={logFoot({ count: items.length, more: nextCursor !== null })}
          filtered={filtered}
          words={words}
          loadingMore={loadingMore}
          loadMoreFailed={loadMoreFailed}
          loadMore={loadMore}
          noteRef={footNote}
        />
      ) : null}
    </section>
  );
}
