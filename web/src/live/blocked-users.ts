// The viewer's blocked users as the UI holds them (`GET /api/me/blocked`): by
// name, as the API sorts them, each once. Pure, so the profile's button and
// *Minha conta*'s list change it the same way after a PUT or a DELETE.
import type { PublicUser } from '../../../core/schemas.ts';

/** The API's limit (`MAX_BLOCKED` in core/schemas.ts), copied: importing it would bundle TypeBox. */
export const MAX_BLOCKED = 1000;

/** The API's order (core/redis/block-list.ts): by name, then by id. */
export function byName(a: PublicUser, b: PublicUser): number {
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** After a block: the user joins where they sort; blocking twice is blocking once. */
export function withBlocked(list: readonly PublicUser[], user: PublicUser): PublicUser[] {
  if (isBlocked(list, user.id)) return [...list];
  return [...list, { id: user.id, name: user.name }].sort(byName);
}

/** After an unblock: gone (nothing changes when they were not on it). */
export function withoutBlocked(list: readonly PublicUser[], userId: string): PublicUser[] {
  return list.filter((user) => user.id !== userId);
}

export function isBlocked(list: readonly PublicUser[], userId: string): boolean {
  return list.some((user) => user.id === userId);
}

/** A profile offers blocking to someone signed in, and never on their own. */
export function mayBlock(viewerId: string | null, userId: string): boolean {
  return viewerId !== null && viewerId !== userId;
}
