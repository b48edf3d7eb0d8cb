// Public profiles: what anyone may see of an account — its name, since
// when it is a member, the feedback it received and the auctions it listed.
// Never its e-mail.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../../core/errors.ts';
import {
  AuctionPage,
  ErrorBody,
  FeedbackPage,
  MY_AUCTIONS_PAGE_MAX,
  MyAuctionsQuery,
  UserParams,
  UserProfile,
  pageQuery,
} from '../../core/schemas.ts';
import type { Services } from '../services.ts';

const FEEDBACK_PAGE_MAX = 50;
const FeedbackQuery = pageQuery(FEEDBACK_PAGE_MAX);

export const userRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { feedback } = services;
  /** The profile, or a 404 for an account that does not exist (any more). */
  const profileOf = async (id: string) => {
    const profile = await feedback.profile(id);
    if (!profile) throw errors.userNotFound();
    return profile;
  };

  app.get(
    '/:id',
    {
      schema: {
        tags: ['users'],
        description:
          'A public profile: the name, since when a member, and the feedback received (counts).',
        params: UserParams,
        response: { 200: UserProfile, 404: ErrorBody },
      },
    },
    (request) => profileOf(request.params.id),
  );

  app.get(
    '/:id/feedback',
    {
      schema: {
        tags: ['users'],
        description: `The feedback the user received, the latest first; \`limit\` (≤ ${FEEDBACK_PAGE_MAX}, default 20) per page, \`nextCursor\` for the next.`,
        params: UserParams,
        querystring: FeedbackQuery,
        response: { 200: FeedbackPage, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      await profileOf(request.params.id);
      const { limit = 20, cursor } = request.query;
      return feedback.received(request.params.id, limit, cursor);
    },
  );

  app.get(
    '/:id/auctions',
    {
      schema: {
        tags: ['users'],
        description: `The auctions the user listed, open and finished, newest first; \`limit\` (≤ ${MY_AUCTIONS_PAGE_MAX}, default ${MY_AUCTIONS_PAGE_MAX}) per page, \`nextCursor\` for the next.`,
        params: UserParams,
        querystring: MyAuctionsQuery,
        response: { 200: AuctionPage, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      await profileOf(request.params.id);
      const { limit = MY_AUCTIONS_PAGE_MAX, cursor } = request.query;
      return services.auctions.selling(request.params.id, limit, cursor);
    },
  );
};
