// Saved searches: a user is told when a new listing matches one (the worker
// reads each new listing from `stream:listings`, worker/search-alerts.ts).
// A search is stored under its owner, and indexed by the category a listing
// must have — or none —, so a new listing is checked against the searches
// of its own category and the words-only ones, not against every search.
import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode } from '../errors.ts';
import { queryTerms, tidyQuery } from '../search-text.ts';
import {
  MAX_SAVED_SEARCHES,
  type AuctionCategory,
  type SavedSearch,
  type SaveSearchBody,
} from '../schemas.ts';
import type { RedisKeys } from './keys.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';

/** A saved search as stored: what the owner typed, and the words it matches by. */
export interface StoredSearch {
  id: string;
  query: string;
  /** queryTerms(query), joined by spaces: what a title must hold. */
  terms: string;
  category: AuctionCategory | null;
  createdAt: number;
  /** Its words and category, normalized: a search is saved once. */
  fingerprint: string;
}

export type SavedSearchStore = ReturnType<typeof createSavedSearchStore>;

/** The index member of a user's search: "<userId>:<searchId>". */
export const indexMember = (userId: string, searchId: string) => `${userId}:${searchId}`;

export function toSavedSearch(stored: StoredSearch): SavedSearch {
  const { id, query, category, createdAt } = stored;
  return { id, query, category, createdAt: new Date(createdAt).toISOString() };
}

export function createSavedSearchStore(redis: ScriptedRedis, keys: RedisKeys) {
  return {
    async save(userId: string, body: SaveSearchBody): Promise<SavedSearch> {
      // Well-formed: JSON.stringify escapes a lone surrogate as \ud800, which Lua's cjson refuses.
      const query = tidyQuery((body.query ?? '').toWellFormed());
      const terms = queryTerms(query).join(' ');
      const category = body.category ?? null;
      if (terms === '' && category === null) {
        throw new AppError(
          ErrorCode.VALIDATION_FAILED,
          'Give words to look for in titles, a category, or both.',
          { field: 'query' },
        );
      }
      const id = randomUUID();
      const fingerprint = `${terms}|${category ?? ''}`;
      const record: Omit<StoredSearch, 'createdAt'> = { id, query, terms, category, fingerprint };
      const reply = await redis.saveSearch(
        keys.user(userId),
        keys.userSearches(userId),
        keys.savedSearchIndex(category),
        id,
        JSON.stringify(record),
        fingerprint,
        String(MAX_SAVED_SEARCHES),
        indexMember(userId, id),
      );
      if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
      return toSavedSearch(JSON.parse(reply[1] as string) as StoredSearch);
    },

    async forget(userId: string, searchId: string): Promise<void> {
      const reply = await redis.forgetSearch(
        keys.userSearches(userId),
        searchId,
        keys.savedSearchIndex(null),
        keys.savedSearchCategoryPrefix,
        indexMember(userId, searchId),
      );
      if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
    },

    /** Newest first. */
    async list(userId: string): Promise<SavedSearch[]> {
      const stored = await redis.hvals(keys.userSearches(userId));
      return stored
        .map((json) => JSON.parse(json) as StoredSearch)
        .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1))
        .map(toSavedSearch);
    },
  };
}
