// How long one replica's search index takes to answer, and what it holds, over
// 10,000 and 100,000 open auctions: words, a category, both, in each order.
// `node bench/search-index.ts` — pure in-process work, no Redis.
import { performance } from 'node:perf_hooks';
import {
  createOpenAuctionsIndex,
  type OpenAuctionEntry,
  type SearchFilter,
} from '../app/search/open-auctions-index.ts';
import { AUCTION_CATEGORIES } from '../core/schemas.ts';

const WORDS = [
  'relógio',
  'bolso',
  'violão',
  'bicicleta',
  'aro',
  'antigo',
  'vitrola',
  'quadro',
  'óleo',
  'tela',
  'livro',
  'coleção',
  'moeda',
  'prata',
  'ouro',
  'câmera',
  'lente',
  'tênis',
  'jaqueta',
  'couro',
];

function entries(count: number): OpenAuctionEntry[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => ({
    id: `auction-${i}`,
    title: Array.from({ length: 3 + Math.floor(next() * 5) }, () => pick(WORDS)).join(' '),
    endsAt: Date.now() + Math.floor(next() * 86_400_000),
    createdAt: Date.now() - Math.floor(next() * 86_400_000),
    category: pick(AUCTION_CATEGORIES),
  }));
}

function medianMs(run: () => void, rounds = 41): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}

const filters: [string, SearchFilter][] = [
  ['two words', { q: 'relogio bolso' }],
  ['a category', { category: 'music' }],
  ['a category, newest first', { category: 'music', sort: 'newest' }],
  ['a word in a category', { q: 'antigo', category: 'art' }],
];

for (const count of [10_000, 100_000]) {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const index = createOpenAuctionsIndex(async () => entries(count));
  await index.rebuild();
  global.gc?.();
  const perEntry = (process.memoryUsage().heapUsed - before) / count;
  console.log(`${count.toLocaleString('en')} open auctions (${Math.round(perEntry)} B each):`);
  for (const [name, filter] of filters) {
    const { ids } = index.search(filter, 20);
    console.log(
      `  ${name}: ${medianMs(() => index.search(filter, 20)).toFixed(2)} ms (${ids.length} shown)`,
    );
  }
}
