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

/** The words of a query (at most 8). */
export function queryTerms(query: string): string[] {
  return searchable(query).split(/\s+/u).filter(Boolean).slice(0, 8);
}

/** Whether a title holds every word of the query (a blank query matches nothing). */
export function titleMatches(title: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const text = searchable(title);
  return terms.every((term) => text.includes(term));
}
