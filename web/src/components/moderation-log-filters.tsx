// *Registro de decisões*'s filters: *Tipo de decisão* and *Moderador*, two
// choices — the moderators offered are those of the decisions read so far —
// and the filters a link set (an auction's page, a profile: decisions about
// it), each with *Remover filtro*; *Limpar filtros* while any is set. A change
// goes to the address (replaced, the page left where it was read), from
// which the log reads its first page again. The focus stays on a choice
// changed; when the button pressed leaves, it goes to *Tipo de decisão*.
import { useRef } from 'react';
import type { PublicUser } from '../../../core/schemas.ts';
import type { LogFilter } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { moderationLogMessages } from '../i18n/moderation-log-messages.ts';
import { LOG_ACTIONS } from '../i18n/moderation-log-text.ts';
import { isLogFiltered, moderationLogPath } from '../live/moderation-log-filter.ts';
import type { LogFilterName } from '../routing/moderation-log-path.ts';
import { navigate } from '../routing/router.ts';
import stylesheet from '../styles/moderation-log.css?url';

const NO_FILTER = { action: '', moderatorId: '', auctionId: '', userId: '' };

/** The log with `changes` to its filters, in place of the address shown. */
const show = (changes: Partial<Record<LogFilterName, string>>) =>
  navigate(moderationLogPath(changes, window.location.search), {
    replace: true,
    keepScroll: true,
  });

interface ModerationLogFiltersProps {
  filter: LogFilter;
  /** Those a *Moderador* choice offers (live/moderation-log-filter.ts's moderatorsMet). */
  moderators: readonly PublicUser[];
  /** What the decisions read call the auction and the account filtered on; null: none said. */
  names: { auctionTitle: string | null; userName: string | null };
}

export function ModerationLogFilters({ filter, moderators, names }: ModerationLogFiltersProps) {
  const words = moderationLogMessages[useI18n().locale];
  const actionChoice = useRef<HTMLSelectElement>(null);
  const chosen = filter.moderatorId;
  const remove = (changes: Partial<Record<LogFilterName, string>>) => {
    show(changes);
    actionChoice.current?.focus();
  };
  const setByLink = [
    filter.auctionId === undefined
      ? null
      : { name: 'auctionId' as const, text: words.aboutAuction(names.auctionTitle) },
    filter.userId === undefined
      ? null
      : { name: 'userId' as const, text: words.aboutAccount(names.userName) },
  ].filter((set) => set !== null);

  return (
    <fieldset className="log-filters" data-testid="log-filters">
      {/* Its own file, linked rather than imported: see transparency-report.css. */}
      <link rel="stylesheet" href={stylesheet} precedence="default" />
      <legend>{words.legend}</legend>
      <div className="log-filters__field">
        <label htmlFor="log-action">{words.action}</label>
        <select
          id="log-action"
          ref={actionChoice}
          value={filter.action ?? ''}
          onChange={(event) => show({ action: event.target.value })}
        >
          <option value="">{words.allActions}</option>
          {LOG_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {words.actions[action]}
            </option>
          ))}
        </select>
      </div>
      <div className="log-filters__field">
        <label htmlFor="log-moderator">{words.moderator}</label>
        <select
          id="log-moderator"
          aria-describedby="log-moderator-hint"
          value={chosen ?? ''}
          onChange={(event) => show({ moderatorId: event.target.value })}
        >
          <option value="">{words.allModerators}</option>
          {moderators.map(({ id, name }) => (
            <option key={id} value={id}>
              {words.onlyModerator(name)}
            </option>
          ))}
          {chosen !== undefined && !moderators.some(({ id }) => id === chosen) ? (
            <option value={chosen}>{words.onlyChosenModerator}</option>
          ) : null}
        </select>
        <p id="log-moderator-hint" className="field__hint">
          {words.moderatorHint}
        </p>
      </div>
      {setByLink.map(({ name, text }) => (
        <p key={name} className="log-filters__set" data-testid={`log-filter-${name}`}>
          <span>{text}</span>{' '}
          <button
            type="button"
            className="button button--quiet"
            aria-label={words.removeFilterName(text)}
            onClick={() => remove({ [name]: '' })}
          >
            {words.removeFilter}
          </button>
        </p>
      ))}
      {isLogFiltered(filter) ? (
        <p className="log-filters__set">
          <button
            type="button"
            className="button button--quiet"
            data-testid="log-clear-filters"
            onClick={() => remove(NO_FILTER)}
          >
            {words.clearFilters}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
