// Searches an account saves so that it is told of new listings matching them.
import { Type, type Static } from 'typebox';
import { Id, Timestamp } from './common.ts';
import { AuctionCategory } from './auction.ts';

/** The most searches one account may save. */
export const MAX_SAVED_SEARCHES = 20;

/** A search whose new listings its owner is told about (`search:matched`, and by e-mail). */
export const SavedSearch = Type.Object({
  id: Id,
  /** As typed (trimmed, spaces collapsed); '' when the search is a category only. */
  query: Type.String({ maxLength: 100 }),
  category: Type.Union([AuctionCategory, Type.Null()]),
  createdAt: Timestamp,
});
export type SavedSearch = Static<typeof SavedSearch>;

export const SavedSearches = Type.Object({
  items: Type.Array(SavedSearch, { description: 'Newest first.' }),
});
export type SavedSearches = Static<typeof SavedSearches>;

/** Words the title must all hold, as in search, a category, or both: at least one. */
export const SaveSearchBody = Type.Object(
  {
    query: Type.Optional(Type.String({ maxLength: 100 })),
    category: Type.Optional(AuctionCategory),
  },
  { additionalProperties: false },
);
export type SaveSearchBody = Static<typeof SaveSearchBody>;

export const SavedSearchParams = Type.Object({ id: Id }, { additionalProperties: false });
