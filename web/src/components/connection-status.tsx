// Shows whether the live connection is up, so nobody bids on stale numbers.
import { useI18n } from '../i18n/i18n.ts';
import { connectionStore } from '../live/socket.ts';
import { useStore } from '../store.ts';

export function ConnectionStatus() {
  const { t } = useI18n();
  const state = useStore(connectionStore);
  return (
    <p className={`connection connection--${state}`} role="status" data-state={state}>
      <span className="connection__dot" aria-hidden="true" />
      {t.connection[state]}
    </p>
  );
}
