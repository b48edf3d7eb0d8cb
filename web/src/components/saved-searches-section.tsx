// *Alertas de busca* on *Minha conta*: the viewer's saved searches, newest
// first, each as a link to the lobby showing it, with when it was created
// and *Excluir* beside it; what an alert does, and where one is created (the
// lobby: this list only takes them off). Deleting takes the row away, so the
// focus goes to the section's heading and a polite status says which.
import { useRef } from 'react';
import type { SavedSearch } from '../../../core/schemas.ts';
import { formatDate } from '../format.ts';
import { useAction } from '../forms/use-action.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { Messages } from '../i18n/messages-pt-br.ts';
import { lobbyPathOf, MAX_SAVED_SEARCHES } from '../live/saved-searches.ts';
import { useSavedSearches } from '../live/use-saved-searches.ts';
import { Link } from '../routing/link.tsx';
import { OutcomeLine } from './outcome-line.tsx';

/** “relogio”, Livros, or “relogio” em Livros. */
const describe = (search: SavedSearch, t: Messages) =>
  t.savedSearches.describe(search.query, search.category ? t.categories[search.category] : null);

export function SavedSearchesSection({ viewerId }: { viewerId: string }) {
  const { t, locale } = useI18n();
  const saved = useSavedSearches(viewerId);
  const { outcome, busy, run } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);

  const remove = (search: SavedSearch) =>
    run(async () => {
      await saved.remove(search);
      heading.current?.focus();
      return t.savedSearches.removed(describe(search, t));
    });

  return (
    <section aria-labelledby="searches-title" className="account__section" data-testid="searches">
      <h2 id="searches-title" ref={heading} tabIndex={-1}>
        {t.savedSearches.title}
      </h2>
      <p className="note">{t.savedSearches.explain(MAX_SAVED_SEARCHES)}</p>
      {saved.status === 'failed' ? <p role="alert">{t.savedSearches.loadFailed}</p> : null}
      {saved.status === 'ready' && saved.items.length === 0 ? (
        <p className="empty" data-testid="searches-empty">
          {t.savedSearches.empty}
        </p>
      ) : null}
      <ul className="closed-list" aria-busy={saved.status === 'loading'}>
        {saved.items.map((search) => (
          <li key={search.id} className="closed-row" data-testid="saved-search">
            <span className="closed-row__text">
              <Link className="closed-row__title" href={lobbyPathOf(search)}>
                {describe(search, t)}
              </Link>
              <span className="closed-row__time">
                {t.savedSearches.createdAt(formatDate(search.createdAt, locale))}
              </span>
            </span>
            <button
              type="button"
              className="button"
              disabled={busy}
              // The visible word first (WCAG 2.5.3), then which search, for a list of them.
              aria-label={t.savedSearches.removeLabel(describe(search, t))}
              onClick={() => void remove(search)}
            >
              {t.savedSearches.remove}
            </button>
          </li>
        ))}
      </ul>
      <OutcomeLine outcome={outcome} testId="searches-outcome" />
    </section>
  );
}
