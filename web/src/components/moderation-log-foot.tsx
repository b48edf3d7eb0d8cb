// Under *Registro de decisões*'s list (live/moderation-log-paging.ts says
// which): *Carregar mais*; or, when a filtered page found none so far,
// *Nenhuma decisão encontrada até aqui no registro* and *Continuar
// procurando*; or that there is none, or no other. The button stays in one
// place whichever its words, and is aria-disabled rather than disabled while
// a page loads, so the focus stays on it; the note takes the focus
// (`noteRef`) when the button leaves under it.
import type { Ref } from 'react';
import { useI18n } from '../i18n/i18n.ts';
import type { ModerationLogMessages } from '../i18n/moderation-log-messages.ts';
import { logFootNote } from '../i18n/moderation-log-news-text.ts';
import type { LogFoot } from '../live/moderation-log-paging.ts';

interface ModerationLogFootProps {
  foot: LogFoot;
  filtered: boolean;
  words: ModerationLogMessages;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore(): void;
  noteRef: Ref<HTMLParagraphElement>;
}

const NOTE_TEST_ID: Record<LogFoot, string> = {
  searchOn: 'log-not-yet',
  none: 'log-empty',
  end: 'log-end',
  more: 'log-note',
};

export function ModerationLogFoot(props: ModerationLogFootProps) {
  const { t, locale } = useI18n();
  const { foot, words } = props;
  const note = logFootNote(foot, { t, words, locale, filtered: props.filtered });
  return (
    <div className="log-foot">
      {note ? (
        <p ref={props.noteRef} tabIndex={-1} className="empty" data-testid={NOTE_TEST_ID[foot]}>
          {note}
        </p>
      ) : null}
      {foot === 'more' || foot === 'searchOn' ? (
        <p className="load-more">
          <button
            type="button"
            className="button button--quiet"
            aria-disabled={props.loadingMore}
            data-testid="log-more"
            onClick={props.loadMore}
          >
            {foot === 'searchOn' ? words.searchOn : t.moderation.more}
          </button>
          {props.loadMoreFailed ? <span role="alert"> {t.moderationLog.loadFailed}</span> : null}
        </p>
      ) : null}
    </div>
  );
}
