// Questions to the seller: asked about an open auction by anyone signed in
// but the seller, answered once by the seller, public, numbered per auction.
// The typed face of askQuestion and answerQuestion; the event relay turns
// their publications into `question:asked` and `question:answered`.
import { AppError, ErrorCode } from '../errors.ts';
import {
  MAX_QUESTIONS,
  type AskedQuestion,
  type PublicUser,
  type Question,
  type QuestionList,
} from '../schemas.ts';
import { NOTICE_STREAM_CAP, type RedisKeys } from './keys.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';
import { titledRecords } from './titled-records.ts';

/** A question as the scripts keep it (times in ms). */
export interface StoredQuestion {
  number: number;
  askerId: string;
  askerName: string;
  text: string;
  askedAt: number;
  answer?: { text: string; answeredAt: number };
}

export function toQuestion(stored: StoredQuestion): Question {
  return {
    number: stored.number,
    asker: { id: stored.askerId, name: stored.askerName },
    text: stored.text,
    askedAt: new Date(stored.askedAt).toISOString(),
    answer: stored.answer
      ? { text: stored.answer.text, answeredAt: new Date(stored.answer.answeredAt).toISOString() }
      : null,
  };
}

export type QuestionStore = ReturnType<typeof createQuestionStore>;

/**
 * `mailNotices`: queue each question for an e-mail to the seller, and each
 * answer to the asker (where the platform sends e-mail, SMTP_URL).
 */
export function createQuestionStore(
  redis: ScriptedRedis,
  keys: RedisKeys,
  { mailNotices = false }: { mailNotices?: boolean } = {},
) {
  const cap = mailNotices ? NOTICE_STREAM_CAP : '0';
  /** The script's reply: the question and the auction's new questions version. */
  const asked = (reply: [number, string?, number?]) => {
    if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
    return { question: toQuestion(JSON.parse(reply[1] as string)), version: Number(reply[2]) };
  };

  return {
    async ask(auctionId: string, asker: PublicUser, text: string) {
      const reply = await redis.askQuestion(
        keys.auction(auctionId),
        keys.auctionQuestions(auctionId),
        keys.user(asker.id),
        keys.userQuestions(asker.id),
        keys.questionStream,
        asker.id,
        asker.name,
        text,
        keys.eventsChannel,
        String(MAX_QUESTIONS),
        cap,
        keys.userPrefix,
      );
      if (reply[0] === ScriptCode.OWN_AUCTION)
        throw new AppError(
          ErrorCode.OWN_AUCTION,
          'Sellers answer questions; they do not ask them.',
        );
      return asked(reply);
    },

    async answer(auctionId: string, seller: PublicUser, number: number, text: string) {
      const reply = await redis.answerQuestion(
        keys.auction(auctionId),
        keys.auctionQuestions(auctionId),
        keys.questionStream,
        seller.id,
        String(number),
        text,
        keys.eventsChannel,
        cap,
      );
      return asked(reply);
    },

    /** The seller removes a question; resolves with the list's new version. */
    async remove(auctionId: string, seller: PublicUser, number: number): Promise<number> {
      const reply = await redis.removeQuestion(
        keys.auction(auctionId),
        keys.auctionQuestions(auctionId),
        seller.id,
        String(number),
        keys.eventsChannel,
      );
      if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
      return Number(reply[1]);
    },

    /** The auction's questions in the order asked; null when there is no such auction. */
    async list(auctionId: string): Promise<QuestionList | null> {
      const [[, exists], [, fields]] = (await redis
        .multi()
        .exists(keys.auction(auctionId))
        .hgetall(keys.auctionQuestions(auctionId))
        .exec()) as [[null, number], [null, Record<string, string>]];
      if (!exists) return null;
      const items = Object.entries(fields)
        .filter(([name]) => name.startsWith('q:'))
        .map(([, json]) => toQuestion(JSON.parse(json) as StoredQuestion))
        .sort((a, b) => a.number - b.number);
      return { items, version: Number(fields.version ?? 0) };
    },

    /**
     * The questions a user asked, the latest first, at most `limit` (all by
     * default: the data export), with each auction's title. Questions the
     * seller removed are left out.
     */
    async askedBy(userId: string, limit = 0): Promise<AskedQuestion[]> {
      const asked = await redis.zrevrange(keys.userQuestions(userId), 0, limit - 1);
      const records = await titledRecords(
        redis,
        keys,
        asked,
        keys.auctionQuestions,
        (number) => `q:${number}`,
      );
      return records.map(({ auctionId, auctionTitle, json }) => ({
        auctionId,
        auctionTitle,
        question: toQuestion(JSON.parse(json) as StoredQuestion),
      }));
    },
  };
}
