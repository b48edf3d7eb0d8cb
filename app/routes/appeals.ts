// Appeals against moderators' decisions — the internal complaint handling the
// DSA's art. 20 asks of a platform: the seller of a removed auction, a
// suspended account, or one who reported an auction a moderator then kept,
// contests the decision once, within six months, and a
// moderator upholds or reverses it with the reasons, which the worker
// e-mails (SMTP_URL). A suspended account cannot sign in: it appeals with its
// e-mail and password (suspended-account.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  APPEAL_WINDOW_DAYS,
  AppealBody,
  AppealQueue,
  AppealResponse,
  AuctionParams,
  DecideAppealBody,
  failures,
  Id,
  MaybeAppealResponse,
  type PublicUser,
  pageQuery,
} from '../../core/schemas.ts';
import { signedInId } from '../plugins/authenticate.ts';
import type { Services } from '../services.ts';
import { shownText } from './shown-text.ts';

const QUEUE_PAGE_MAX = 50;
const QueueQuery = pageQuery(QUEUE_PAGE_MAX);
const AppealParams = Type.Object({ id: Id }, { additionalProperties: false });

/**
 * `/api/auctions/:id/appeal`: the seller contests the removal of their
 * auction; `/api/auctions/:id/flags/appeal`: a reporter, the keep.
 */
export const auctionAppealRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { appeals, metrics } = services;
  const secured = { tags: ['appeals'], security: [{ bearer: [] }] };

  app.post(
    '/:id/appeal',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description: `The seller appeals a moderator’s removal of their auction, once, within ${APPEAL_WINDOW_DAYS} days: a moderator upholds or reverses it, with the reasons (e-mailed with \`SMTP_URL\`). 409 \`NOT_REMOVED\`, \`ALREADY_APPEALED\` (with its \`appealId\`), \`APPEAL_WINDOW_CLOSED\`.`,
        params: AuctionParams,
        body: AppealBody,
        response: { 201: AppealResponse, ...failures(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const seller = request.user as PublicUser;
      const text = shownText(request.body.text, 'appeal', 'text');
      const appeal = await appeals.appealRemoval(request.params.id, seller, text);
      metrics.moderation.inc({ action: 'appealed' });
      return reply.status(201).send({ appeal });
    },
  );

  app.get(
    '/:id/appeal',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description:
          'The seller’s appeal of this auction’s removal and what became of it; null when none. Only its seller asks (403 `NOT_SELLER`).',
        params: AuctionParams,
        response: { 200: MaybeAppealResponse, ...failures(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      appeal: await appeals.ofAuction(request.params.id, signedInId(request)),
    }),
  );

  app.post(
    '/:id/flags/appeal',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description: `One who reported the auction appeals a moderator’s decision to keep it up, once, within ${APPEAL_WINDOW_DAYS} days of the keep: a moderator other than the one who kept it (unless \`APPEALS_BY_ANOTHER_MODERATOR=false\`) upholds it or reverses it — taking the auction down for the reason reported —, with the reasons (e-mailed with \`SMTP_URL\`). 404 \`REPORT_NOT_FOUND\` (no report by the caller); 409 \`REPORT_PENDING\` (not reviewed yet), \`ALREADY_REMOVED\`, \`ALREADY_APPEALED\` (with its \`appealId\`), \`APPEAL_WINDOW_CLOSED\`.`,
        params: AuctionParams,
        body: AppealBody,
        response: { 201: AppealResponse, ...failures(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const reporter = request.user as PublicUser;
      const text = shownText(request.body.text, 'appeal', 'text');
      const appeal = await appeals.appealKeep(request.params.id, reporter, text);
      metrics.moderation.inc({ action: 'appealed' });
      return reply.status(201).send({ appeal });
    },
  );

  app.get(
    '/:id/flags/appeal',
    {
      onRequest: app.requireUser,
      schema: {
        ...secured,
        description:
          'The caller’s appeal of keeping this auction after their report, and what became of it; null when none.',
        params: AuctionParams,
        response: { 200: MaybeAppealResponse, ...failures(400, 401, 404) },
      },
    },
    async (request) => ({
      appeal: await appeals.ofReport(request.params.id, signedInId(request)),
    }),
  );
};

/** `/api/moderation/appeals…`, inside the moderation routes (their moderator check applies). */
export const appealReviewRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { appeals, metrics } = services;
  const secured = { tags: ['appeals'], security: [{ bearer: [] }] };

  app.get(
    '/appeals',
    {
      schema: {
        ...secured,
        description: `Moderators only: the appeals no moderator decided yet, the longest waiting first, each with the decision appealed, who took it and who appeals; \`limit\` (≤ ${QUEUE_PAGE_MAX}, default 20) per page, \`nextCursor\` for the next.`,
        querystring: QueueQuery,
        response: { 200: AppealQueue, ...failures(400, 401, 403) },
      },
    },
    (request) =>
      appeals.queue(signedInId(request), request.query.limit ?? 20, request.query.cursor),
  );

  app.post(
    '/appeals/:id/decide',
    {
      schema: {
        ...secured,
        description:
          'Moderators only: decides an appeal once, with the reasons (`reply`, sent to the appellant), and — unless `APPEALS_BY_ANOTHER_MODERATOR=false` — not by the moderator who took the decision (409 `OWN_DECISION`). `upheld`: the decision stands. `reversed`: a removed auction stays ended but is marked `removalReversed` (its seller may list it again); a suspended account is reinstated; a kept auction is taken down, for the reason its appellant reported, as `POST /api/moderation/auctions/{id}/remove` does (409 `AUCTION_CLOSED` for an open auction past its end that is being closed: try again; one a moderator took down meanwhile stays as it is). 404 `APPEAL_NOT_FOUND`, 409 `APPEAL_DECIDED`.',
        params: AppealParams,
        body: DecideAppealBody,
        response: { 200: AppealResponse, ...failures(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const moderator = request.user as PublicUser;
      const { outcome } = request.body;
      const reply = shownText(request.body.reply, 'reply', 'reply');
      const appeal = await appeals.decide(request.params.id, moderator, outcome, reply);
      metrics.moderation.inc({ action: `appeal_${outcome}` });
      request.log.info(
        { appealId: appeal.id, moderatorId: moderator.id, outcome },
        'appeal decided by a moderator',
      );
      return { appeal };
    },
  );
};
