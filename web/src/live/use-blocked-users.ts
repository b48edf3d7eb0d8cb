// The signed-in viewer's blocked users, read once when the page opens (and
// again if the account changes), then kept up to date by the page's own
// blocks and unblocks (`live/blocked-users.ts`). Nothing else changes the
// list, so there is no event to follow.
import { useCallback, useEffect, useState } from 'react';
import type { PublicUser } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { withBlocked, withoutBlocked } from './blocked-users.ts';

export interface BlockedUsers {
  status: 'loading' | 'ready' | 'failed';
  items: PublicUser[];
  /** Rejects with the API's error (ApiError), the list unchanged. */
  block(user: PublicUser): Promise<void>;
  unblock(user: PublicUser): Promise<void>;
}

type Held = Pick<BlockedUsers, 'status' | 'items'>;

export function useBlockedUsers(viewerId: string | null): BlockedUsers {
  const [held, setHeld] = useState<Held>({ status: 'loading', items: [] });

  useEffect(() => {
    setHeld({ status: 'loading', items: [] });
    if (viewerId === null) return;
    let current = true;
    api.blockedUsers().then(
      ({ items }) => current && setHeld({ status: 'ready', items }),
      () => current && setHeld({ status: 'failed', items: [] }),
    );
    return () => {
      current = false;
    };
  }, [viewerId]);

  const block = useCallback(async (user: PublicUser) => {
    await api.blockUser(user.id);
    setHeld((shown) => ({ ...shown, items: withBlocked(shown.items, user) }));
  }, []);

  const unblock = useCallback(async (user: PublicUser) => {
    await api.unblockUser(user.id);
    setHeld((shown) => ({ ...shown, items: withoutBlocked(shown.items, user.id) }));
  }, []);

  return { ...held, block, unblock };
}
