// The application shell: header, the page for the current path, and the
// alerts (toasts) that may arrive on any page.
import { lazy, useEffect, useRef } from 'react';
import { AlertToasts } from './components/alert-toasts.tsx';
import { SiteHeader } from './components/site-header.tsx';
import { useI18n } from './i18n/i18n.ts';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/password-reset-pages.tsx';
import { ActivityPage } from './pages/activity-page.tsx';
import { AuctionPage } from './pages/auction-page.tsx';
import { AuthPage } from './pages/auth-page.tsx';
import { EmailRevertPage } from './pages/email-revert-page.tsx';
import { LobbyPage } from './pages/lobby-page.tsx';
import { VerifyEmailPage } from './pages/verify-email-page.tsx';
import { WatchlistPage } from './pages/watchlist-page.tsx';
import { LazyPage } from './routing/lazy-page.tsx';
import { matchRoute, useLocation } from './routing/router.ts';

// Only moderators open /moderation: its page, with the queues and their live
// stores, is a chunk of its own that no one else downloads.
const ModerationPage = lazy(() =>
  import('./pages/moderation-page.tsx').then(({ ModerationPage }) => ({ default: ModerationPage })),
);
// The create form (its photo picker and previews, the end choices) is for
// sellers at the moment they list: a chunk of its own too, which keeps the
// first load under Vite's 500 kB.
const NewAuctionPage = lazy(() =>
  import('./pages/new-auction-page.tsx').then(({ NewAuctionPage }) => ({
    default: NewAuctionPage,
  })),
);

// *Minha conta* (password, e-mail, notices, alerts, blocked users, export,
// deletion) is opened now and then, not on the way to a bid: a chunk of its
// own, which took the first load back under Vite's 500 kB.
const AccountPage = lazy(() =>
  import('./pages/account-page.tsx').then(({ AccountPage }) => ({ default: AccountPage })),
);

// Public profiles (feedback, listings, the moderators' panel) are a click
// away from an auction, not on the way to a bid: a chunk of their own, which
// took the first load back under Vite's 500 kB once bid retraction came.
const ProfilePage = lazy(() =>
  import('./pages/profile-page.tsx').then(({ ProfilePage }) => ({ default: ProfilePage })),
);

function CurrentPage({ path }: { path: string }) {
  const { t } = useI18n();
  const route = matchRoute(path);
  switch (route.name) {
    case 'lobby':
      return <LobbyPage />;
    case 'auction':
      return <AuctionPage key={route.id} auctionId={route.id} />;
    case 'profile':
      return (
        <LazyPage>
          <ProfilePage key={route.id} userId={route.id} />
        </LazyPage>
      );
    case 'newAuction':
      return (
        <LazyPage>
          <NewAuctionPage />
        </LazyPage>
      );
    case 'watchlist':
      return <WatchlistPage />;
    case 'activity':
      return <ActivityPage />;
    case 'account':
      return (
        <LazyPage>
          <AccountPage />
        </LazyPage>
      );
    case 'moderation':
      return (
        <LazyPage>
          <ModerationPage />
        </LazyPage>
      );
    case 'signIn':
    case 'signUp':
      return <AuthPage key={route.name} mode={route.name} />;
    case 'forgotPassword':
      return <ForgotPasswordPage />;
    case 'resetPassword':
      return <ResetPasswordPage />;
    case 'verifyEmail':
      return <VerifyEmailPage />;
    case 'emailRevert':
      return <EmailRevertPage />;
    case 'notFound':
      return (
        <div className="panel narrow">
          <h1>{t.notFound.title}</h1>
          <p>{t.notFound.body}</p>
        </div>
      );
  }
}

export function App() {
  const { t } = useI18n();
  const location = useLocation();
  const path = location.split('?')[0] ?? '/';
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After in-app navigation, move focus to the new page like a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.title = t.appName;
    main.current?.focus();
  }, [path, t]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1} className="page">
        <CurrentPage path={path} />
      </main>
      <AlertToasts />
    </>
  );
}
