// Per-user alerts on any page (issue 8): `bid:outbid` reaches every device of
// a user who lost the lead, `auction:ending-soon` every device of users who
// watch the auction, `auction:result` every device of the winner (or the
// highest bidder below a reserve) and of the seller; `question:asked` every
// device of the auction's seller and `question:answered` every device of the
// asker; `feedback:left` every device of the party a sale's other party
// rated, `feedback:replied` every device of the rating's author,
// `auction:removed` every device of the seller whose auction a moderator
// removed, `search:matched` every device of a user whose saved search a new
// listing matches, `report:decided` every device of each author of the
// reports a moderator's review decided, `bids:cancelled` every device of an
// auction's leader once moderators cancelled a suspended account's bids on
// it, a bidder retracted theirs or the seller cancelled a bidder's — and every
// device of that bidder. They become toasts that link to the
// auction (a report's, to *Minha atividade*, where it may be appealed), and
// stay until dismissed: across reloads and in every tab of this browser
// (localStorage, per user; tabs follow each other's changes through the
// `storage` event), since an alert missed while reloading is money missed.
import type { CompactAuction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { isCategory } from '../categories.ts';
import { matchRoute } from '../routing/router.ts';
import { sessionStore } from '../session/session-store.ts';
import { createStore, safeStorage } from '../store.ts';
import {
  addAlert,
  bidsCancelledAlert,
  ownBidsCancelledAlert,
  parseStoredAlerts,
  removalAlert,
  removeAlert,
  resultFor,
  type Alert,
} from './alert-list.ts';
import { getSocket } from './socket.ts';

export const alertsStore = createStore<Alert[]>([]);

let nextId = 1;
const storageKey = (userId: string) => `arremate.alerts.${userId}`;

/** Shows the signed-in user's kept alerts (none when signed out), and keeps them. */
function followSignedInUser(): void {
  let userId: string | null = null;
  const show = (stored: string | null) => {
    const kept = parseStoredAlerts(stored);
    nextId = Math.max(nextId, ...kept.map((alert) => alert.id + 1));
    alertsStore.set(kept);
  };
  const load = () => {
    const current = sessionStore.get()?.user.id ?? null;
    if (current === userId) return;
    // Signing out forgets this browser's alerts of that user.
    if (userId && current === null) safeStorage.write(storageKey(userId), null);
    userId = current;
    show(userId ? safeStorage.read(storageKey(userId)) : null);
  };
  load();
  sessionStore.subscribe(load);
  // Writing back what another tab wrote changes nothing, so no echo follows.
  alertsStore.subscribe(() => {
    if (userId) safeStorage.write(storageKey(userId), JSON.stringify(alertsStore.get()));
  });
  window.addEventListener('storage', (event) => {
    if (userId && event.key === storageKey(userId)) show(event.newValue);
  });
}

const push = (alert: Alert) => alertsStore.set(addAlert(alertsStore.get(), alert));

export function dismissAlert(id: number): void {
  alertsStore.set(removeAlert(alertsStore.get(), id));
}

/** The auction page open right now, if any. */
function openAuctionId(): string | null {
  const route = matchRoute(window.location.pathname);
  return route.name === 'auction' ? route.id : null;
}

/** Starts listening; call once at start-up (the socket keeps its listeners across reconnections). */
export function startAlerts(): void {
  followSignedInUser();
  const socket = getSocket();
  socket.on(
    'bid:outbid',
    ({ auctionId, auction }: { auctionId: string; auction: CompactAuction }) => {
      // That auction's own page already says so in place (its outbid notice or
      // the bid form's answer); a second announcement would only repeat it.
      if (openAuctionId() === auctionId) return;
      push({ id: nextId++, kind: 'outbid', auctionId, title: auction.title });
    },
  );
  // The leader leads again, or at a lower price, and may have been told they
  // were outbid (that alert gives way). Watchers hear it too, and are not
  // told; nor, as for an outbid, on the auction's own page, which moves in place.
  // The bidder whose bids the seller cancelled is told on any page, the
  // auction's own too: only this says the cancellation was of their bids (why
  // is e-mailed: the event does not carry it).
  socket.on('bids:cancelled', ({ auctionId, auction, reason, bidderId }) => {
    const viewerId = sessionStore.get()?.user.id ?? null;
    const own = ownBidsCancelledAlert(nextId++, { auction, reason, bidderId }, viewerId);
    if (own) push(own);
    else if (openAuctionId() !== auctionId) {
      const leading = bidsCancelledAlert(nextId++, auction, viewerId, reason);
      if (leading) push(leading);
    }
  });
  socket.on('auction:result', ({ auctionId, auction }) => {
    const viewerId = sessionStore.get()?.user.id;
    const result = viewerId ? resultFor(auction, viewerId) : null;
    // The auction's own page shows the result in place.
    if (!result || openAuctionId() === auctionId) return;
    const amount = result === 'won' || result === 'sold' ? auction.currentPrice : null;
    push({ id: nextId++, kind: 'result', auctionId, title: auction.title, result, amount });
  });
  // The seller hears of every new question on their auctions, the asker of its
  // answer. Watchers of the auction's room hear both too: only the seller's
  // and the asker's are news, and not on the auction's page, whose panel
  // shows them live.
  socket.on('question:asked', ({ auctionId, auctionTitle, sellerId }) => {
    if (sellerId !== sessionStore.get()?.user.id || openAuctionId() === auctionId) return;
    push({ id: nextId++, kind: 'questionAsked', auctionId, title: auctionTitle });
  });
  socket.on('question:answered', ({ auctionId, auctionTitle, question }) => {
    if (question.asker.id !== sessionStore.get()?.user.id || openAuctionId() === auctionId) return;
    push({ id: nextId++, kind: 'questionAnswered', auctionId, title: auctionTitle });
  });
  // The sale's watchers hear it too: only the rated person is told, and not on
  // the auction's page, whose feedback panel shows it live.
  socket.on('feedback:left', ({ auctionId, feedback }) => {
    if (feedback.to.id !== sessionStore.get()?.user.id || openAuctionId() === auctionId) return;
    const { auctionTitle: title, from, rating } = feedback;
    push({ id: nextId++, kind: 'feedbackLeft', auctionId, title, from: from.name, rating });
  });
  // The author of a rating hears of its answer; the sale's watchers too, who are not told.
  socket.on('feedback:replied', ({ auctionId, feedback }) => {
    if (feedback.from.id !== sessionStore.get()?.user.id || openAuctionId() === auctionId) return;
    const { auctionTitle: title, to } = feedback;
    push({ id: nextId++, kind: 'feedbackReplied', auctionId, title, from: to.name });
  });
  // Told even on the auction's own page: its banner changes in place, but only
  // the alert says to the seller, wherever they look, that a moderator did it and why.
  socket.on('auction:removed', ({ auction }) => {
    if (auction.seller.id === sessionStore.get()?.user.id) push(removalAlert(nextId++, auction));
  });
  // Sent once per new listing and user, whichever of their searches it matched
  // first; never for their own listings (the server decides what matches).
  socket.on('search:matched', ({ query, category, auction }) => {
    push({
      id: nextId++,
      kind: 'searchMatched',
      auctionId: auction.id,
      title: auction.title,
      query,
      category: isCategory(category) ? category : null,
    });
  });
  // On *Minha atividade* too: its list changes quietly, and only the alert says so
  // (the DSA's art. 16(5): a notice's author is told of the decision without undue delay).
  socket.on('report:decided', ({ auctionId, auctionTitle: title, status: decision }) => {
    if (decision !== 'kept' && decision !== 'removed') return; // a newer replica's
    push({ id: nextId++, kind: 'reportDecided', auctionId, title, decision });
  });
  socket.on('auction:ending-soon', ({ auctionId, endsAt }) => {
    // The event carries no title: fetch it (with the latest end) first, so the
    // alert is announced once, complete; without it if the fetch fails.
    const show = (title: string | null, end: string) =>
      push({ id: nextId++, kind: 'endingSoon', auctionId, title, endsAt: end });
    api.getAuction(auctionId).then(
      (auction) => {
        if (auction.status === 'open') show(auction.title, auction.endsAt);
      },
      () => show(null, endsAt),
    );
  });
}
