// The lobby's lists as a pure reducer: open auctions soonest-ending first,
// recently closed ones newest first. An update only replaces an older version
// (supersedes.ts) of the same auction, so late or repeated events change nothing.
// Open auctions come a page at a time; while pages remain, an auction that
// would sort after the last one shown waits for its page instead of
// appearing after a gap.
import type { CompactAuction } from '../../../core/schemas.ts';
import { supersedes } from './supersedes.ts';

export const CLOSED_SHOWN = 12;

export interface LobbyState {
  open: CompactAuction[];
  closed: CompactAuction[];
  /** Where the next page of open auctions starts; null when all are shown. */
  openCursor: string | null;
}

export type LobbyAction =
  | { type: 'loaded'; open: CompactAuction[]; closed: CompactAuction[]; openCursor?: string | null }
  | { type: 'moreOpen'; open: CompactAuction[]; openCursor: string | null }
  | { type: 'upsert'; auction: CompactAuction };

export const initialLobbyState: LobbyState = { open: [], closed: [], openCursor: null };

const bySoonestEnd = (a: CompactAuction, b: CompactAuction) =>
  Date.parse(a.endsAt) - Date.parse(b.endsAt);
const byLatestClose = (a: CompactAuction, b: CompactAuction) =>
  Date.parse(b.closedAt ?? b.endsAt) - Date.parse(a.closedAt ?? a.endsAt);

function find(state: LobbyState, id: string): CompactAuction | undefined {
  return state.open.find((a) => a.id === id) ?? state.closed.find((a) => a.id === id);
}

export function lobbyReducer(state: LobbyState, action: LobbyAction): LobbyState {
  if (action.type === 'loaded') {
    return {
      open: [...action.open].sort(bySoonestEnd),
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
  const { openCursor } = state;
  if (incoming.status === 'open') {
    const last = open.at(-1);
    if (!known && openCursor !== null && last && bySoonestEnd(incoming, last) > 0) return state;
    return { open: [...open, incoming].sort(bySoonestEnd), closed, openCursor };
  }
  return {
    open,
    closed: [incoming, ...closed].sort(byLatestClose).slice(0, CLOSED_SHOWN),
    openCursor,
  };
}
