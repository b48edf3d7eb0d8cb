// A polite aria-live region: screen readers announce each new message (price
// changes, outbid, close) without moving focus. Visually hidden.
export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
