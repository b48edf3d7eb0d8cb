// The harness's correctness checks, pure so that a unit test can show each
// of them failing (tests/unit/bench-checks.test.ts). A benchmark that only
// times things would happily report fast numbers for lost events.

const MAX_LISTED = 5;

function listed(what: string, values: readonly (number | string)[]): string[] {
  if (values.length === 0) return [];
  const shown = values.slice(0, MAX_LISTED).join(', ');
  return [
    `${what}: ${shown}${values.length > MAX_LISTED ? ` (+${values.length - MAX_LISTED})` : ''}`,
  ];
}

/**
 * What is wrong with the seqs one watcher received, given the accepted bids'
 * seqs: each must arrive exactly once, in increasing order, and nothing else.
 */
export function deliveryProblems(
  accepted: readonly number[],
  received: readonly number[],
): string[] {
  const expected = new Set(accepted);
  const seen = new Set<number>();
  const duplicated: number[] = [];
  const outOfOrder: number[] = [];
  const unexpected: number[] = [];
  received.forEach((seq, i) => {
    if (seen.has(seq)) duplicated.push(seq);
    else if (i > 0 && seq < (received[i - 1] as number)) outOfOrder.push(seq);
    if (!expected.has(seq)) unexpected.push(seq);
    seen.add(seq);
  });
  const missing = accepted.filter((seq) => !seen.has(seq));
  return [
    ...listed('missing', missing),
    ...listed('duplicated', duplicated),
    ...listed('out of order', outOfOrder),
    ...listed('unexpected', unexpected),
  ];
}

/** What is wrong with a list of closed auction ids: each expected id exactly once, no other. */
export function closeProblems(expected: readonly string[], closed: readonly string[]): string[] {
  const wanted = new Set(expected);
  const counts = new Map<string, number>();
  for (const id of closed) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [
    ...listed(
      'never closed',
      expected.filter((id) => !counts.has(id)),
    ),
    ...listed(
      'closed more than once',
      [...counts].filter(([, n]) => n > 1).map(([id]) => id),
    ),
    ...listed(
      'closed but not expected',
      [...counts.keys()].filter((id) => !wanted.has(id)),
    ),
  ];
}

/**
 * What is wrong with an auction's stored bid chain, in seq order: seqs must
 * run 1, 2, 3… without gaps (the auction is still open, so no close event
 * took a seq) and amounts must strictly rise; `acceptedCount` is how many
 * bids the clients were told were accepted.
 */
export function chainProblems(
  chain: readonly { seq: number; amount: number }[],
  acceptedCount: number,
): string[] {
  const problems: string[] = [];
  if (chain.length !== acceptedCount)
    problems.push(`${acceptedCount} bids acknowledged, ${chain.length} stored`);
  const gaps: number[] = [];
  const notRising: number[] = [];
  chain.forEach((bid, i) => {
    if (bid.seq !== i + 1) gaps.push(bid.seq);
    if (i > 0 && bid.amount <= (chain[i - 1] as { amount: number }).amount) notRising.push(bid.seq);
  });
  return [
    ...problems,
    ...listed('seq out of place', gaps),
    ...listed('amount not above the previous', notRising),
  ];
}
