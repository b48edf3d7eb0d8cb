// The lobby's lists as a pure reducer: open auctions soonest-ending first
// (or newest listed first, the other order the API offers), recently closed
// ones latest first. An update only replaces an older version
// (supersedes.ts) of the same auction, so late or repeated events change nothing.
// Open auctions come a page at a time; while pages remain, an auction that
// would sort after the last one shown waits for its page instead of
// appearing after a gap.
import type { CompactAuction } from '../../../core/schemas.ts';
import { supersedes } from './supersedes.ts';

export const CLOSED_SHOWN = 12;

/** The orders of the open auctions, as `GET /api/auctions?sort=` names them. */
export type LobbyOrder = 'ending' | 'newest';

export interface LobbyState {
  order: LobbyOrder;
  open: CompactAuction[];
  closed: CompactAuction[];
  /** Where the next page of open auctions starts; null when all are shown. */
  openCursor: string | null;
}

export type LobbyAction =
  | {
      type: 'loaded';
      open: CompactAuction[];
      closed: CompactAuction[];
      openCursor?: string | null;
      order?: LobbyOrder;
    }
  | { type: 'moreOpen'; open: CompactAuction[]; openCursor: string | null }
  | { type: 'upsert'; auction: CompactAuction };

export const initialLobbyState: LobbyState = {
  order: 'ending',
  open: [],
  closed: [],
  openCursor: null,
};

/** As the API orders them: soonest end first, equal times by the smaller id. */
const bySoonestEnd = (a: CompactAuction, b: CompactAuction) =>
  Date.parse(a.endsAt) - Date.parse(b.endsAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** As the API orders them: latest listed first, equal times by the greater id. */
const byNewest = (a: CompactAuction, b: CompactAuction) =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const openOrder = { ending: bySoonestEnd, newest: byNewest };
/** Negative when `a` comes before `b` among open auctions in that order. */
export const compareOpen = (order: LobbyOrder) => openOrder[order];
const byLatestClose = (a: CompactAuction, b: CompactAuction) =>
  Date.parse(b.closedAt ?? b.endsAt) - Date.parse(a.closedAt ?? a.endsAt);

function find(state: LobbyState, id: string): CompactAuction | undefined {
  return state.open.find((a) => a.id === id) ?? state.closed.find((a) => a.id === id);
}

export function lobbyReducer(state: LobbyState, action: LobbyAction): LobbyState {
  if (action.type === 'loaded') {
    const order = action.order ?? 'ending';
    return {
      order,
      open: [...action.open].sort(openOrder[order]),
      closed: [...action.closed].sort(byLatestClose).slice(0, CLOSED_SHOWN),
      openCursor: action.openCursor ?? null,
    };
  }
  if (action.type === 'moreOpen') {
    const page = action.open.reduce(upsert, { ...state, openCursor: null });
    return { ...page, openCursor: action.openCursor };
  }
  return upsert(state, action.auction);
}

function upsert(state: LobbyState, incoming: CompactAuction): LobbyState {
  const known = find(state, incoming.id);
  if (known && !supersedes(known, incoming)) return state;
  const open = state.open.filter((a) => a.id !== incoming.id);
  const closed = state.closed.filter((a) => a.id !== incoming.id);
  const { openCursor, order } = state;
  const sorted = openOrder[order];
  if (incoming.status === 'open') {
    const last = open.at(-1);
    if (!known && openCursor !== null && last && sorted(incoming, last) > 0) return state;
    return { ...state, open: [...open, incoming].sort(sorted), closed };
  }
  return {
    ...state,
    open,
    closed: [incoming, ...closed].sort(byLatestClose).slice(0, CLOSED_SHOWN),
  };
}
