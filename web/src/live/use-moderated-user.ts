// An account as moderators see it (`GET /api/moderation/users/:id`), for the
// panel on its profile, with the two things they may do to it. After either,
// the panel shows the change at once and then the server's own record (the
// time of the suspension is the server's clock, STYLE.md habit 12).
import { useCallback, useEffect, useState } from 'react';
import type { FlagReason, ModeratedUser, SuspendResult } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import type { SuspendChoices } from '../forms/suspension.ts';
import { serverNow } from './server-clock.ts';

export type ModeratedUserState =
  | { status: 'loading' }
  | { status: 'ready'; user: ModeratedUser }
  /** NOT_A_MODERATOR: the viewer's moderation was revoked since their account was read. */
  | { status: 'refused' }
  | { status: 'failed' };

export interface ModeratedUserPanel {
  state: ModeratedUserState;
  /** Rejects with the API's error (ApiError), nothing changed. */
  suspend(reason: FlagReason, choices: SuspendChoices): Promise<SuspendResult>;
  reinstate(): Promise<void>;
}

export function useModeratedUser(userId: string): ModeratedUserPanel {
  const [state, setState] = useState<ModeratedUserState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api.moderatedUser(userId).then(
      (user) => current && setState({ status: 'ready', user }),
      (error: unknown) => {
        if (!current) return;
        const refused = error instanceof ApiError && error.code === 'NOT_A_MODERATOR';
        // A re-read after a change that fails keeps the change shown.
        setState((shown) =>
          refused ? { status: 'refused' } : shown.status === 'ready' ? shown : { status: 'failed' },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [userId, version]);

  const change = (suspension: ModeratedUser['suspension']) => {
    setState((shown) =>
      shown.status === 'ready' ? { status: 'ready', user: { ...shown.user, suspension } } : shown,
    );
    setVersion((n) => n + 1);
  };

  const suspend = useCallback(
    async (reason: FlagReason, choices: SuspendChoices) => {
      const result = await api.suspendUser(userId, { reason, ...choices });
      change({ reason, suspendedAt: new Date(serverNow()).toISOString() });
      return result;
    },
    [userId],
  );

  const reinstate = useCallback(async () => {
    await api.reinstateUser(userId);
    change(null);
  }, [userId]);

  return { state, suspend, reinstate };
}
