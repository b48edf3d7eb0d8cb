// How the lobby orders the open auctions, and its search results:
// soonest-ending first (the default) or newest listed first. Kept in the
// address (`/?sort=newest`) like the search, so a reload or a shared link
// shows the same order. In the newest order each card says when it was listed.
import type { CompactAuction } from '../../../core/schemas.ts';
import { formatDateMinute } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { LobbyOrder } from '../live/lobby-state.ts';
import { lobbyPathWith, navigate } from '../routing/router.ts';
import { RadioChoice } from './radio-choice.tsx';

/** The order the address asks for. */
export function lobbyOrderOf(search: string): LobbyOrder {
  return new URLSearchParams(search).get('sort') === 'newest' ? 'newest' : 'ending';
}

/** The default order leaves the address without `sort`. */
function showOrder(order: LobbyOrder): void {
  navigate(lobbyPathWith('sort', order === 'newest' ? order : ''), { replace: true });
}

export function LobbyOrderChoice({ order }: { order: LobbyOrder }) {
  const { t } = useI18n();
  return (
    <fieldset className="lobby-order">
      <legend>{t.lobby.orderLabel}</legend>
      <RadioChoice
        name="lobby-order"
        value={order}
        options={[
          ['ending', t.lobby.orderEnding],
          ['newest', t.lobby.orderNewest],
        ]}
        onChange={showOrder}
      />
    </fieldset>
  );
}

/** "Anunciado em …" on a card, in the newest order. */
export function ListedAt({ auction }: { auction: CompactAuction }) {
  const { t, locale } = useI18n();
  return (
    <p className="card__listed" data-testid="card-listed">
      {t.lobby.listedAt(formatDateMinute(auction.createdAt, locale))}
    </p>
  );
}
