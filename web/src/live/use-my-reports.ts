// The auctions the signed-in viewer reported, the latest first, with what
// became of each (`GET /api/me/flags`), read once when *Minha atividade*
// opens. Not live: a moderator keeping an auction sends no event at all
// (app/routes/moderation.ts), and a report is made on the auction's page.
import type { GivenFlag } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { useListOnOpen, type ListOnOpen } from './use-list-on-open.ts';

export type MyReports = ListOnOpen<GivenFlag>;

/** `token`: whose list (null reads nothing). */
export const useMyReports = (token: string | null): MyReports =>
  useListOnOpen(token, api.myReports);
