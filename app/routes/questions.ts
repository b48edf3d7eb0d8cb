// Questions to the seller, as marketplaces have them: anyone signed in but
// the seller asks about an open auction, the seller answers each once, and
// everyone reads both. Watchers hear `question:asked` and
// `question:answered`, with the version the list has then.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../../core/errors.ts';
import {
  AnswerQuestionBody,
  AskQuestionBody,
  AuctionParams,
  ErrorBody,
  Question,
  QuestionList,
  QuestionParams,
  type PublicUser,
} from '../../core/schemas.ts';
import type { Services } from '../services.ts';
import { shownText } from './shown-text.ts';

const Asked = Type.Object({ question: Question, version: Type.Integer({ minimum: 1 }) });
const secured = { tags: ['questions'], security: [{ bearer: [] }] };

export const questionRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { questions, rateLimits } = services;

  app.get(
    '/:id/questions',
    {
      schema: {
        tags: ['questions'],
        description: 'The questions asked about the auction, in order, with their answers.',
        params: AuctionParams,
        response: { 200: QuestionList, 404: ErrorBody },
      },
    },
    async (request) => {
      const list = await questions.list(request.params.id);
      if (!list) throw errors.auctionNotFound();
      return list;
    },
  );

  app.post(
    '/:id/questions',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description:
          'Asks the seller a question (public, with your name) while the auction is open; not the seller. Rate-limited per user and IP (`RATE_LIMIT_QUESTION_*`).',
        params: AuctionParams,
        body: AskQuestionBody,
        response: {
          201: Asked,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const asker = request.user as PublicUser;
      const text = shownText(request.body.text, 'question');
      await rateLimits.consume('question', { principal: asker.id, ip: request.ip });
      return reply.status(201).send(await questions.ask(request.params.id, asker, text));
    },
  );

  app.post(
    '/:id/questions/:number/answer',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description:
          'The seller answers a question, once (an answer is not rewritten); also after the auction ends.',
        params: QuestionParams,
        body: AnswerQuestionBody,
        response: {
          200: Asked,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request) => {
      const { id, number } = request.params;
      const text = shownText(request.body.text, 'answer');
      return questions.answer(id, request.user as PublicUser, number, text);
    },
  );

  app.delete(
    '/:id/questions/:number',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description:
          'The seller removes a question from the page (spam, abuse), answered or not; its number is not used again. Watchers get `question:removed`.',
        params: QuestionParams,
        response: {
          200: Type.Object({ version: Type.Integer({ minimum: 1 }) }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const { id, number } = request.params;
      return { version: await questions.remove(id, request.user as PublicUser, number) };
    },
  );
};
