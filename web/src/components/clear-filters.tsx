// *Limpar busca e categoria* beside a search's results: the words and the
// category leave the address, the rest of it (order, open or ended) stays.
import { useI18n } from '../i18n/i18n.ts';
import { lobbyPathFrom, navigate } from '../routing/router.ts';

export function ClearFilters() {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button button--quiet"
      data-testid="clear-filters"
      onClick={() =>
        navigate(lobbyPathFrom(window.location.search, { q: '', category: '' }), {
          replace: true,
        })
      }
    >
      {t.lobby.clearFilters}
    </button>
  );
}
