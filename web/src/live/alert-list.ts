// The global alerts (toasts) as a pure list: newest last, at most one per
// auction and kind (a newer one replaces it), and only the latest few, so a
// busy evening of bidding never buries the page in notices.
export const MAX_ALERTS = 3;

export type Alert =
  | { id: number; kind: 'outbid'; auctionId: string; title: string }
  | { id: number; kind: 'endingSoon'; auctionId: string; title: string | null; endsAt: string };

export function addAlert(alerts: readonly Alert[], alert: Alert, max = MAX_ALERTS): Alert[] {
  const others = alerts.filter((a) => a.kind !== alert.kind || a.auctionId !== alert.auctionId);
  return [...others, alert].slice(-max);
}

export function removeAlert(alerts: readonly Alert[], id: number): Alert[] {
  return alerts.filter((alert) => alert.id !== id);
}

/**
 * Alerts kept in storage, read back after a reload: only well-formed ones,
 * at most `max`. Anything else (old format, edited by hand) is dropped.
 */
export function parseStoredAlerts(text: string | null, max = MAX_ALERTS): Alert[] {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const isText = (v: unknown) => typeof v === 'string' && v.length > 0;
  return value
    .filter((a): a is Alert => {
      if (!a || typeof a !== 'object') return false;
      const { id, kind, auctionId, title, endsAt } = a as Record<string, unknown>;
      if (!Number.isSafeInteger(id) || !isText(auctionId)) return false;
      if (kind === 'outbid') return isText(title);
      return kind === 'endingSoon' && (title === null || isText(title)) && isText(endsAt);
    })
    .slice(-max);
}
