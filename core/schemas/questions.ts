// Questions to the seller about an auction, and the seller's answers.
import { Type, type Static } from 'typebox';
import { Id, PublicUser, Timestamp } from './common.ts';

/** At most this many questions per auction. */
export const MAX_QUESTIONS = 300;

export const Question = Type.Object({
  number: Type.Integer({
    minimum: 1,
    description: 'Its place among the auction’s questions, from 1.',
  }),
  asker: PublicUser,
  text: Type.String(),
  askedAt: Timestamp,
  answer: Type.Union([Type.Object({ text: Type.String(), answeredAt: Timestamp }), Type.Null()]),
});
export type Question = Static<typeof Question>;

export const QuestionList = Type.Object({
  items: Type.Array(Question, { description: 'In the order asked.' }),
  version: Type.Integer({
    minimum: 0,
    description:
      'Rises by one with every question and answer; `question:*` events carry it, so a gap shows an event was missed.',
  }),
});
export type QuestionList = Static<typeof QuestionList>;

/** A question one asked, with the auction it is about (`/api/me/questions`, the export). */
export const AskedQuestion = Type.Object({
  auctionId: Id,
  /** Empty when the auction is no longer there. */
  auctionTitle: Type.String(),
  question: Question,
});
export type AskedQuestion = Static<typeof AskedQuestion>;

export const AskQuestionBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export const AnswerQuestionBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);
export const QuestionParams = Type.Object(
  { id: Id, number: Type.Integer({ minimum: 1, maximum: MAX_QUESTIONS }) },
  { additionalProperties: false },
);
