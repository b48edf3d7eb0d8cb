// Whether the lobby's search looks among the open auctions (the default) or
// among those ended in the last 90 days, sold or not — what did such an item
// sell for? Kept in the address (`/?q=…&status=closed`) like the words, the
// category and the order, so a reload or a shared link shows the same.
import { useI18n } from '../i18n/i18n.ts';
import { lobbyPathWith, navigate } from '../routing/router.ts';
import { RadioChoice } from './radio-choice.tsx';

export type SearchStatus = 'open' | 'closed';

/** What the address asks for: the API's own word, `status=closed`; anything else is open. */
export function searchStatusOf(search: string): SearchStatus {
  return new URLSearchParams(search).get('status') === 'closed' ? 'closed' : 'open';
}

/** The default leaves the address without `status`; replaced, as the order is, not pushed. */
function showStatus(status: SearchStatus): void {
  navigate(lobbyPathWith('status', status === 'closed' ? status : ''), { replace: true });
}

export function SearchStatusChoice({ status }: { status: SearchStatus }) {
  const { t } = useI18n();
  return (
    <fieldset className="search-status">
      <legend>{t.lobby.statusLabel}</legend>
      <RadioChoice
        name="search-status"
        value={status}
        options={[
          ['open', t.lobby.statusOpen],
          ['closed', t.lobby.statusClosed],
        ]}
        onChange={showStatus}
      />
    </fieldset>
  );
}
