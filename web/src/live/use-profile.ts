// Reads a public profile (`GET /api/users/:id`): its name, since when a
// member, the feedback counts. `version`: read again when it changes (after
// the viewer rated this person, their counts changed).
import { useEffect, useState } from 'react';
import type { UserProfile } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';

export type ProfileState =
  | { status: 'loading' }
  | { status: 'ready'; profile: UserProfile }
  /** No such account, or it was deleted (USER_NOT_FOUND). */
  | { status: 'notFound' }
  | { status: 'failed' };

export function useProfile(userId: string, version = 0): ProfileState {
  const [state, setState] = useState<ProfileState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    api.userProfile(userId).then(
      (profile) => current && setState({ status: 'ready', profile }),
      (error: unknown) => {
        if (!current) return;
        const gone = error instanceof ApiError && error.code === 'USER_NOT_FOUND';
        // A re-read that fails keeps what was shown.
        setState((shown) =>
          gone ? { status: 'notFound' } : shown.status === 'ready' ? shown : { status: 'failed' },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [userId, version]);
  return state;
}
