// The sales the signed-in viewer may still rate, the soonest window to close
// first, read once when the page opens (rating happens on the sale's page).
import type { PendingFeedback } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { useListOnOpen, type ListOnOpen } from './use-list-on-open.ts';

export type PendingFeedbackList = ListOnOpen<PendingFeedback>;

/** `token`: whose list (null reads nothing). */
export const usePendingFeedback = (token: string | null): PendingFeedbackList =>
  useListOnOpen(token, api.pendingFeedback);
