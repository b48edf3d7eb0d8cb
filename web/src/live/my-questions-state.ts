// *Minhas perguntas* as pure rules. The list comes from `GET /api/me/questions`
// (the latest first); `question:answered` reaches every device of the asker and
// puts the answer in its entry. An answer is given once and never changes
// (`ALREADY_ANSWERED`), so one held is never stale: a reading that started
// before it came, and lacks it, does not take it away.
import type { AskedQuestion, QuestionEvent } from '../../../core/schemas.ts';

const sameEntry = (entry: AskedQuestion, auctionId: string, number: number) =>
  entry.auctionId === auctionId && entry.question.number === number;

/** Whether the answered question is on the list (if not, read the list again). */
export function isListed(items: readonly AskedQuestion[], event: QuestionEvent): boolean {
  return items.some((entry) => sameEntry(entry, event.auctionId, event.question.number));
}

/** The list with the event's answer (and the auction's current title) in its entry. */
export function withAnswer(items: AskedQuestion[], event: QuestionEvent): AskedQuestion[] {
  return items.map((entry) =>
    sameEntry(entry, event.auctionId, event.question.number)
      ? { ...entry, auctionTitle: event.auctionTitle, question: event.question }
      : entry,
  );
}

/** A fresh reading, keeping the answers already held that it does not have yet. */
export function mergeRead(held: readonly AskedQuestion[], read: AskedQuestion[]): AskedQuestion[] {
  return read.map((entry) => {
    if (entry.question.answer) return entry;
    const known = held.find((h) => sameEntry(h, entry.auctionId, entry.question.number));
    return known?.question.answer ? { ...entry, question: known.question } : entry;
  });
}
