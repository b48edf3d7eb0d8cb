// The top bar: brand, navigation, who is signed in, language and connection.
// *Moderação* only for moderators, as the account was last read (main.tsx
// reads it again at every load, so a grant shows after a reload).
import { setLocale, useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { navigate } from '../routing/router.ts';
import { sessionStore } from '../session/session-store.ts';
import { signOut } from '../session/sign-out.ts';
import { useStore } from '../store.ts';
import { ConnectionStatus } from './connection-status.tsx';

export function SiteHeader() {
  const { t, locale } = useI18n();
  const session = useStore(sessionStore);
  const nextLocale = locale === 'pt-BR' ? 'en' : 'pt-BR';
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          {t.appName}
        </Link>
        <nav aria-label={t.nav.main} className="site-nav">
          <Link href="/">{t.nav.lobby}</Link>
          <Link href="/new">{t.nav.newAuction}</Link>
          {session ? (
            <>
              <Link href="/watchlist">{t.nav.watchlist}</Link>
              <Link href="/activity">{t.nav.activity}</Link>
              {session.user.moderator ? (
                <Link href="/moderation" data-testid="moderation-link">
                  {t.nav.moderation}
                </Link>
              ) : null}
              <Link href="/account" className="site-nav__user" data-testid="signed-in-user">
                {t.nav.signedInAs(session.user.name)}
              </Link>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void signOut().then(() => navigate('/'))}
              >
                {t.nav.signOut}
              </button>
            </>
          ) : (
            <>
              <Link href="/login">{t.nav.signIn}</Link>
              <Link href="/signup">{t.nav.signUp}</Link>
            </>
          )}
          <button
            type="button"
            className="button button--quiet"
            lang={nextLocale}
            aria-label={t.nav.switchLanguageLabel}
            onClick={() => setLocale(nextLocale)}
          >
            {t.nav.switchLanguage}
          </button>
        </nav>
        <ConnectionStatus />
      </div>
    </header>
  );
}
