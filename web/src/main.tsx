// Entry point: start the clock sync and the socket, check a stored session,
// then render. Nothing here blocks the first paint.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/endpoints.ts';
import { ApiError } from './api/http.ts';
import { App } from './app.tsx';
import { localeStore } from './i18n/i18n.ts';
import { syncServerClock } from './live/server-clock.ts';
import { startAlerts } from './live/alerts.ts';
import { getSocket } from './live/socket.ts';
import { startWatchlistSync } from './live/watchlist-store.ts';
import { saveSession, sessionStore, updateSignedInUser } from './session/session-store.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/auction.css';
import './styles/photos.css';
import './styles/questions.css';
import './styles/feedback.css';
import './styles/moderation.css';

document.documentElement.lang = localeStore.get();
void syncServerClock();
// Re-estimate after a reconnection: the server (or its clock) may have changed.
getSocket().io.on('reconnect', () => void syncServerClock());
startAlerts();

// A stored token may have expired or been revoked; forget it if the API says so.
if (sessionStore.get()) {
  api.me().then(
    ({ user }) => updateSignedInUser(user),
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) saveSession(null);
    },
  );
}

startWatchlistSync();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
