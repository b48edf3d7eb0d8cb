// Contract-shaped appeals for the UI's unit tests: as the appellant reads one
// (Appeal) and as the moderators' list holds one (AppealToReview).
import type { Appeal, AppealToReview } from '../../../core/schemas.ts';
import { auctionFixture, person } from './fixtures.ts';

/** An open appeal against the removal of auction a1. */
export function appealFixture(overrides: Partial<Appeal> = {}): Appeal {
  return {
    id: 'p1',
    kind: 'removal',
    auctionId: 'a1',
    decision: { reason: 'counterfeit', decidedAt: '2030-01-01T00:00:00.000Z' },
    text: 'O relógio é original; envio a nota fiscal.',
    createdAt: '2030-01-02T00:00:00.000Z',
    status: 'open',
    review: null,
    ...overrides,
  };
}

/** Appeal `id` waiting in the moderators' list, against the removal of auction `a-<id>`. */
export function appealToReview(id: string): AppealToReview {
  return {
    ...appealFixture({ id, auctionId: `a-${id}` }),
    appellant: person('seller'),
    auction: auctionFixture({
      id: `a-${id}`,
      title: `Lote ${id}`,
      status: 'cancelled',
      outcome: 'REMOVED',
    }),
    decidedBy: person('mod'),
    mayDecide: true,
  };
}

export const appealIds = (items: readonly Pick<AppealToReview, 'id'>[]) =>
  items.map(({ id }) => id);
