// The moderators' transparency report (GET /api/moderation/transparency),
// typed as the API's schema. Beside endpoints.ts rather than in it: only the
// moderation page asks for it, and endpoints.ts is in everyone's first load.
import type { TransparencyReport } from '../../../core/schemas.ts';
import { apiRequest } from './http.ts';

/** Moderators only: what moderation received and decided from `from` to `to`, UTC days, both included. */
export const readTransparencyReport = (from: string, to: string) =>
  apiRequest<TransparencyReport>(
    `/api/moderation/transparency?${new URLSearchParams({ from, to })}`,
  );
