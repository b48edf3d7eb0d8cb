// Reports and moderation, as marketplaces must have them (a notice-and-action
// channel): anyone signed in but the seller reports an auction once, and the
// platform's moderators (`npm run moderator -- grant <email>`) work through
// the reported auctions, the longest waiting first, taking an open one down
// or keeping it. Who reported what is seen by moderators only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, ErrorCode, errors } from '../../core/errors.ts';
import {
  Auction,
  AuctionParams,
  ErrorBody,
  FlagAuctionBody,
  ModeratedUser,
  ModerationLog,
  ModerationLogQuery,
  ModerationQueue,
  RemoveAuctionBody,
  SuspendResult,
  SuspendUserBody,
  TransparencyQuery,
  TransparencyReport,
  UserParams,
  type PublicUser,
  pageQuery,
} from '../../core/schemas.ts';
import { signedInId } from '../plugins/authenticate.ts';
import { disconnectSessions } from '../realtime/rooms.ts';
import type { Services } from '../services.ts';
import { appealReviewRoutes } from './appeals.ts';

const QUEUE_PAGE_MAX = 50;
const QueueQuery = pageQuery(QUEUE_PAGE_MAX);

/** `POST /api/auctions/:id/flags`: anyone signed in reports an auction. */
export const flagRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { moderation, rateLimits, metrics } = services;

  app.post(
    '/:id/flags',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['moderation'],
        security: [{ bearer: [] }],
        description:
          'Reports the auction to the moderators (prohibited item, counterfeit, fraud…), once per person; not its seller. Ended auctions may be reported too, cancelled or removed ones not (409 `AUCTION_CANCELLED`). Only moderators see who reported. Rate-limited per user and IP (`RATE_LIMIT_FLAG_*`).',
        params: AuctionParams,
        body: FlagAuctionBody,
        response: {
          204: Type.Null(),
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
      const reporter = request.user as PublicUser;
      const { reason, details = '' } = request.body;
      await rateLimits.consume('flag', { principal: reporter.id, ip: request.ip });
      await moderation.flag(request.params.id, reporter, reason, details.trim());
      metrics.moderation.inc({ action: 'flagged' });
      return reply.status(204).send(null);
    },
  );
};

/** `/api/moderation/…`: the moderators' queue and decisions. */
export const moderationRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { moderation, bidCancellation, metrics } = services;
  const secured = { tags: ['moderation'], security: [{ bearer: [] }] };
  app.addHook('onRequest', app.requireUser);
  // Before the body is read. The decisions' scripts check it again, atomically.
  app.addHook('onRequest', async (request) => {
    if (!(await moderation.isModerator(signedInId(request)))) throw errors.notAModerator();
  });
  await app.register(appealReviewRoutes, { services });

  app.get(
    '/queue',
    {
      schema: {
        ...secured,
        description: `Moderators only: the reported auctions no moderator reviewed yet, the longest waiting first, each with its reports since the last review; \`limit\` (≤ ${QUEUE_PAGE_MAX}, default 20) per page, \`nextCursor\` for the next.`,
        querystring: QueueQuery,
        response: { 200: ModerationQueue, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    (request) => moderation.queue(request.query.limit ?? 20, request.query.cursor),
  );

  app.get(
    '/log',
    {
      schema: {
        ...secured,
        description:
          'Moderators only: every moderator’s decision, the latest first — removals, keeps, suspensions, reinstatements and appeals decided — with who took it, about what and why, written in the same atomic step as the decision (about the last million are kept); `limit` (≤ 100, default 50) per page, `nextCursor` for the next. Only the decisions of one moderator (`moderatorId`), of one kind (`action`), about one auction (`auctionId`) or one account (`userId`) when given: a request reads at most 20,000 entries of the log, so a filtered page may hold fewer than `limit`, even none, with a `nextCursor` to read on from (null once the log’s start is reached).',
        querystring: ModerationLogQuery,
        response: { 200: ModerationLog, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    (request) => {
      const { limit, cursor, ...filter } = request.query;
      return moderation.log(filter, limit ?? 50, cursor);
    },
  );

  app.get(
    '/transparency',
    {
      schema: {
        ...secured,
        description:
          'Moderators only: the transparency report of a period (the DSA’s art. 15 and 24) — reports received by reason; reviews of reported auctions (taken down or kept) and their median time from the first report to the decision; removals on notice and on a moderator’s own initiative, by reason; suspensions and reinstatements; appeals received, upheld and reversed, and their median time to a decision. `from` and `to` are UTC days, both included (400 `VALIDATION_FAILED` when `to` is before `from`). Every decision is a person’s: nothing is decided by automated means.',
        querystring: TransparencyQuery,
        response: { 200: TransparencyReport, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    (request) => {
      const { from, to } = request.query;
      if (to < from) throw errors.validation('`to` cannot be before `from`.');
      return moderation.transparency(from, to);
    },
  );

  app.post(
    '/auctions/:id/remove',
    {
      schema: {
        ...secured,
        description:
          'Moderators only: takes an auction down, whatever its bids. An open one ends at once without a sale (`status: "cancelled"`, `outcome: "REMOVED"`, `removalReason`) and no report is made; watchers hear `auction:cancelled`, and with `SMTP_URL` the worker e-mails the seller and every bidder why. One that had ended (closed, or cancelled by its seller) keeps its result — a sale stands between its parties — and gets `removalReason`: watchers hear `auction:edited`, it leaves the ended-auctions search, and with `SMTP_URL` the worker e-mails the seller and its buyer why. Either way the seller’s devices hear `auction:removed`, it leaves the queue and its seller may appeal. 409 `ALREADY_REMOVED`; 409 `AUCTION_CLOSED` for an open auction past its end that is being closed (try again in a moment).',
        params: AuctionParams,
        body: RemoveAuctionBody,
        response: {
          200: Type.Object({ auction: Auction }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request) => {
      const moderator = request.user as PublicUser;
      const auction = await moderation.remove(request.params.id, moderator, request.body.reason);
      metrics.moderation.inc({ action: 'removed' });
      request.log.info(
        { auctionId: auction.id, moderatorId: moderator.id, reason: request.body.reason },
        'auction removed by a moderator',
      );
      return { auction };
    },
  );

  app.post(
    '/auctions/:id/dismiss',
    {
      schema: {
        ...secured,
        description:
          'Moderators only: keeps the auction; its reports are reviewed and it leaves the queue until someone reports it again.',
        params: AuctionParams,
        response: { 204: Type.Null(), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const moderator = request.user as PublicUser;
      await moderation.dismiss(request.params.id, moderator);
      metrics.moderation.inc({ action: 'dismissed' });
      request.log.info(
        { auctionId: request.params.id, moderatorId: moderator.id },
        'reports dismissed by a moderator',
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/users/:id',
    {
      schema: {
        ...secured,
        description:
          'Moderators only: an account as they see it — its e-mail, whether it moderates, whether and why it is suspended.',
        params: UserParams,
        response: {
          200: ModeratedUser,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const account = await moderation.account(request.params.id);
      if (!account) throw errors.userNotFound();
      return account;
    },
  );

  app.post(
    '/users/:id/suspend',
    {
      schema: {
        ...secured,
        description:
          'Moderators only: suspends an account — every session ends at once (sockets included) and it cannot sign in (403 `ACCOUNT_SUSPENDED`) until reinstated; its listings and feedback stand. With `removeOpenAuctions`, the auctions it sells that are open are removed too, with the same reason. With `cancelBids`, its bids on open auctions are cancelled and each auction’s leader and price worked out again without them (watchers hear `bids:cancelled`); otherwise its bids stand. 409 `MODERATOR_ACCOUNT` for a moderator’s account.',
        params: UserParams,
        body: SuspendUserBody,
        response: {
          200: SuspendResult,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request) => {
      const moderator = request.user as PublicUser;
      const { id } = request.params;
      const { reason, removeOpenAuctions = false, cancelBids = false } = request.body;
      disconnectSessions(app.io, await moderation.suspend(id, moderator, reason, cancelBids));
      metrics.moderation.inc({ action: 'suspended' });
      const removed: string[] = [];
      // One auction at a time, each atomic: one that ended meanwhile is left as it ended.
      for (const auctionId of removeOpenAuctions ? await moderation.openAuctionsOf(id) : [])
        try {
          await moderation.remove(auctionId, moderator, reason);
          metrics.moderation.inc({ action: 'removed' });
          removed.push(auctionId);
        } catch (error) {
          if (!(error instanceof AppError && error.code === ErrorCode.AUCTION_CLOSED)) throw error;
        }
      const bidsCancelledOn = cancelBids
        ? await bidCancellation.cancelBidsOf(id, moderator, reason)
        : [];
      if (bidsCancelledOn.length > 0)
        metrics.moderation.inc({ action: 'bids_cancelled' }, bidsCancelledOn.length);
      request.log.info(
        { userId: id, moderatorId: moderator.id, reason, removed, bidsCancelledOn },
        'account suspended by a moderator',
      );
      return { removed, bidsCancelledOn };
    },
  );

  app.post(
    '/users/:id/reinstate',
    {
      schema: {
        ...secured,
        description: 'Moderators only: lifts a suspension; the account may sign in again.',
        params: UserParams,
        response: {
          204: Type.Null(),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const moderator = request.user as PublicUser;
      await moderation.reinstate(request.params.id, moderator);
      metrics.moderation.inc({ action: 'reinstated' });
      request.log.info(
        { userId: request.params.id, moderatorId: moderator.id },
        'account reinstated by a moderator',
      );
      return reply.status(204).send(null);
    },
  );
};
