// *Criar alerta desta busca* under the lobby's results: saves the words and
// category shown (`POST /api/me/searches`) so new listings that match are
// told on any open page and by e-mail. The answer shows below the button, in
// words by code; once the alert exists the button goes and the focus moves
// to the link to *Minha conta*, where alerts are managed. A visitor gets the
// way in instead, back to this search afterwards.
import { useEffect, useRef, useState } from 'react';
import type { SaveSearchBody } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { useLocation } from '../routing/router.ts';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';

/** Refusals after which *Minha conta* is where to go: the alert is there, or room is made there. */
const MANAGED_THERE = new Set(['SEARCH_ALREADY_SAVED', 'TOO_MANY_SEARCHES']);

interface Answer {
  ok: boolean;
  text: string;
  /** Whether to offer the link to the alerts on *Minha conta*. */
  manage: boolean;
}

/** `search`: what the lobby shows, as it would be saved (the page keys this by it). */
export function SaveSearch({ search }: { search: SaveSearchBody }) {
  const { t, locale } = useI18n();
  const session = useStore(sessionStore);
  const location = useLocation();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [busy, setBusy] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);

  // Once saved, the pressed button is gone: the focus goes to what took its place.
  useEffect(() => {
    if (answer?.ok) outcome.current?.querySelector('a')?.focus();
  }, [answer]);

  if (!session)
    return (
      <p className="save-search">
        <Link href={`/login?next=${encodeURIComponent(location)}`}>{t.savedSearches.signIn}</Link>
      </p>
    );

  const save = async () => {
    setBusy(true);
    setAnswer(null);
    try {
      await api.saveSearch(search);
      setAnswer({ ok: true, text: t.savedSearches.created, manage: true });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      setAnswer({
        ok: false,
        text: errorMessage(error, t, locale),
        manage: MANAGED_THERE.has(code),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="save-search" data-testid="save-search">
      {answer?.ok ? null : (
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          {t.savedSearches.create}
        </button>
      )}
      <div role="status" data-testid="save-search-outcome" ref={outcome}>
        {answer ? (
          <p className={`feedback feedback--${answer.ok ? 'success' : 'error'}`}>
            {answer.text}
            {answer.manage ? (
              <>
                {' '}
                <Link href="/account">{t.savedSearches.manage}</Link>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
