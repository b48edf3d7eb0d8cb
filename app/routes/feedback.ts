// Feedback after a sale: the buyer rates the seller and the seller the
// buyer, once each, within FEEDBACK_WINDOW_DAYS of the close. Public, like
// the bids: it is how the next buyer decides whom to trust.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../../core/errors.ts';
import {
  AuctionFeedback,
  AuctionParams,
  ErrorBody,
  FEEDBACK_WINDOW_DAYS,
  Feedback,
  FeedbackParams,
  LeaveFeedbackBody,
  ReplyToFeedbackBody,
  type PublicUser,
} from '../../core/schemas.ts';
import type { Services } from '../services.ts';
import { shownText } from './shown-text.ts';

export const feedbackRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { feedback } = services;

  app.get(
    '/:id/feedback',
    {
      schema: {
        tags: ['feedback'],
        description:
          'The feedback the buyer and the seller of a sold auction left each other, and until when they may.',
        params: AuctionParams,
        response: { 200: AuctionFeedback, 404: ErrorBody },
      },
    },
    async (request) => {
      const found = await feedback.forAuction(request.params.id);
      if (!found) throw errors.auctionNotFound();
      return found;
    },
  );

  app.post(
    '/:id/feedback',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['feedback'],
        security: [{ bearer: [] }],
        description: `The buyer rates the seller, or the seller the buyer: once, within ${FEEDBACK_WINDOW_DAYS} days of the close, public and never rewritten. 410 \`ACCOUNT_DELETED\` (with the other party's \`role\` and \`name\`) when they deleted their account.`,
        params: AuctionParams,
        body: LeaveFeedbackBody,
        response: {
          201: Type.Object({ feedback: Feedback }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          410: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { rating, comment = '' } = request.body;
      const left = await feedback.leave(
        request.params.id,
        request.user as PublicUser,
        rating,
        comment.trim(),
      );
      return reply.status(201).send({ feedback: left });
    },
  );

  app.post(
    '/:id/feedback/:role/reply',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['feedback'],
        security: [{ bearer: [] }],
        description:
          'The person a rating is about answers it, once, beside it (`role`: the author’s part, so `buyer` answers the buyer’s rating of the seller). Public and never rewritten; the author’s devices and the sale’s watchers hear `feedback:replied`.',
        params: FeedbackParams,
        body: ReplyToFeedbackBody,
        response: {
          200: Type.Object({ feedback: Feedback }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request) => {
      const text = shownText(request.body.text, 'answer');
      const { id, role } = request.params;
      return { feedback: await feedback.reply(id, role, request.user as PublicUser, text) };
    },
  );
};
