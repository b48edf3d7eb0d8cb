// How auction titles are matched by a search, the same on the server (each
// replica's index, app/search/) and in the browser (which live updates join
// the results): lowercase, without accents, every word of the query.

/** Lowercase, without accents: "Relógio" and "relogio" are the same word. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** A query as it is kept (a saved search): trimmed, each run of spaces one space. */
export function tidyQuery(query: string): string {
  return query.trim().replace(/\s+/gu, ' ');
}

/** The words of a query (at most 8). */
export function queryTerms(query: string): string[] {
  return searchable(query).split(/\s+/u).filter(Boolean).slice(0, 8);
}

/** Whether already-`searchable` text holds every word (a blank query matches nothing). */
export function holdsEvery(text: string, terms: readonly string[]): boolean {
  return terms.length > 0 && terms.every((term) => text.includes(term));
}

/** Whether a title holds every word of the query. */
export function titleMatches(title: string, terms: readonly string[]): boolean {
  return holdsEvery(searchable(title), terms);
}
