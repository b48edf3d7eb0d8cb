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
