// The lobby's search box and category choice. What is typed goes to the
// address (`/?q=…`) a moment after the person stops typing, so results can be
// linked, reloaded and left with the Back button; Enter searches at once. A
// category goes there as soon as it is chosen (`/?category=music`), beside
// the words; *Todas as categorias* takes it away. Below them, whether to look
// among the open auctions or those ended lately (search-status.tsx).
import { useEffect, useRef, useState } from 'react';
import type { AuctionCategory } from '../../../core/schemas.ts';
import { useI18n } from '../i18n/i18n.ts';
import { lobbyPathWith, navigate } from '../routing/router.ts';
import { CategoryOptions } from './category-options.tsx';
import { SearchStatusChoice } from './search-status.tsx';

const TYPING_PAUSE_MS = 300;

const lobbyPath = (query: string) => lobbyPathWith('q', query.trim());

interface AuctionSearchProps {
  query: string;
  category: AuctionCategory | null;
  /** Looking among the auctions ended lately rather than the open ones. */
  ended: boolean;
}

export function AuctionSearch({ query, category, ended }: AuctionSearchProps) {
  const { t } = useI18n();
  const [text, setText] = useState(query);
  const typed = useRef(false);
  // Follow the address when it changes from elsewhere (Back, a link).
  useEffect(() => {
    if (!typed.current) setText(query);
  }, [query]);
  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => {
      typed.current = false;
      navigate(lobbyPath(text), { replace: true });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <form
      role="search"
      className="auction-search"
      onSubmit={(event) => {
        event.preventDefault();
        typed.current = false;
        navigate(lobbyPath(text), { replace: true });
      }}
    >
      <div className="auction-search__field auction-search__words">
        <label htmlFor="auction-search">
          {ended ? t.lobby.endedSearchLabel : t.lobby.searchLabel}
        </label>
        <input
          id="auction-search"
          type="search"
          value={text}
          maxLength={100}
          placeholder={t.lobby.searchPlaceholder}
          autoComplete="off"
          onChange={(event) => {
            typed.current = true;
            setText(event.target.value);
          }}
        />
      </div>
      <div className="auction-search__field">
        <label htmlFor="auction-category">{t.lobby.categoryLabel}</label>
        {/* Replaces the address like the words and the order do: arrowing
            through the options would otherwise leave a history entry each. */}
        <select
          id="auction-category"
          value={category ?? ''}
          onChange={(event) =>
            navigate(lobbyPathWith('category', event.target.value), { replace: true })
          }
        >
          <CategoryOptions all={t.lobby.allCategories} />
        </select>
      </div>
      <SearchStatusChoice status={ended ? 'closed' : 'open'} />
    </form>
  );
}
