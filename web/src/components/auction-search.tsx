// The lobby's search box. What is typed goes to the address (`/?q=…`) a
// moment after the person stops typing, so results can be linked, reloaded
// and left with the Back button; Enter searches at once.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.ts';
import { lobbyPathWith, navigate } from '../routing/router.ts';

const TYPING_PAUSE_MS = 300;

const lobbyPath = (query: string) => lobbyPathWith('q', query.trim());

export function AuctionSearch({ query }: { query: string }) {
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
      <label htmlFor="auction-search">{t.lobby.searchLabel}</label>
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
    </form>
  );
}
