import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  AccountExport,
  AskedQuestion,
  ErrorBody,
  FEEDBACK_WINDOW_DAYS,
  GivenFlag,
  MY_AUCTIONS_PAGE_MAX,
  NotificationChanges,
  NotificationSettings,
  PendingFeedback,
} from '../../core/schemas.ts';
import { exportAccount } from '../account-export.ts';
import { signedInId } from '../plugins/authenticate.ts';
import { myAuctionsPageRoute } from './my-auctions-page.ts';
import type { Services } from '../services.ts';

const secured = { tags: ['activity'], security: [{ bearer: [] }] };

/**
 * The signed-in user's own auctions, as eBay's "Buying" and "Selling": the
 * ones they bid on (their standing follows from `leader` and `winner`) and
 * the ones they put up for sale. Indexed by the bid and create scripts.
 * And everything about the account at once, for its owner (`/export`).
 */
export const activityRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { auctions } = services;
  app.addHook('onRequest', app.requireUser);

  myAuctionsPageRoute(
    app,
    '/buying',
    {
      tag: 'activity',
      order: 'Auctions you bid on or bought, open and finished, the one you last bid on first',
    },
    auctions.buying,
  );
  myAuctionsPageRoute(
    app,
    '/selling',
    { tag: 'activity', order: 'Auctions you put up for sale, open and finished, newest first' },
    auctions.selling,
  );

  app.get(
    '/feedback/pending',
    {
      schema: {
        ...secured,
        description: `The sales you may still rate — the ones you sold or won, closed less than ${FEEDBACK_WINDOW_DAYS} days ago, without your rating yet —, the soonest to close first.`,
        response: {
          200: Type.Object({ items: Type.Array(PendingFeedback) }),
          401: ErrorBody,
        },
      },
    },
    async (request) => {
      const pending = await services.feedback.pending(signedInId(request));
      const found = new Map(
        (await auctions.byIds(pending.map((sale) => sale.auctionId))).map((auction) => [
          auction.id,
          auction,
        ]),
      );
      return {
        items: pending.flatMap(({ auctionId, role, openUntil }) => {
          const auction = found.get(auctionId);
          return auction ? [{ auction, role, openUntil: new Date(openUntil).toISOString() }] : [];
        }),
      };
    },
  );

  app.get(
    '/questions',
    {
      schema: {
        ...secured,
        description: `The questions you asked sellers, the latest first (the last ${MY_AUCTIONS_PAGE_MAX}), each with its auction's title and the answer once given; those a seller removed are left out.`,
        response: { 200: Type.Object({ items: Type.Array(AskedQuestion) }), 401: ErrorBody },
      },
    },
    async (request) => ({
      items: await services.questions.askedBy(signedInId(request), MY_AUCTIONS_PAGE_MAX),
    }),
  );

  app.get(
    '/flags',
    {
      schema: {
        ...secured,
        description: `The auctions you reported to the moderators, the latest first (the last ${MY_AUCTIONS_PAGE_MAX}), each with your report and what became of it: \`pending\`, \`kept\` (reviewed, the auction stays) or \`removed\`.`,
        response: { 200: Type.Object({ items: Type.Array(GivenFlag) }), 401: ErrorBody },
      },
    },
    async (request) => ({
      items: await services.moderation.flaggedBy(signedInId(request), MY_AUCTIONS_PAGE_MAX),
    }),
  );

  app.get(
    '/export',
    {
      schema: {
        ...secured,
        description:
          'Everything kept about your account, as one JSON file: the account and its e-mail choices, the auctions you sell, those you bid on with your own bids there (and your secret maximum where you still lead), your watchlist, the questions you asked, the feedback you received and left. Counts against the search rate limit.',
        response: { 200: AccountExport, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      await services.rateLimits.consume('search', { ip: request.ip });
      const data = await exportAccount(services, signedInId(request));
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="arremate-${day}.json"`)
        .send(data);
    },
  );

  app.get(
    '/notifications',
    {
      schema: {
        ...secured,
        description: 'What you are told by e-mail (each kind is on until turned off).',
        response: { 200: NotificationSettings, 401: ErrorBody },
      },
    },
    (request) => services.accounts.notifications(signedInId(request)),
  );

  app.put(
    '/notifications',
    {
      schema: {
        ...secured,
        description:
          'Turns e-mails on or off, one kind or more (the worker sends them when SMTP_URL is set): `outbidEmails`, one e-mail when someone overtakes you as leader of an open auction (at most one per bid of yours); `endingSoonEmails`, one e-mail ENDING_SOON_EMAIL_MINUTES (60) before an auction you watch or bid on ends; `questionEmails`, a question about your auction and the answer to yours; `feedbackEmails`, a rating of you and the answer to yours; `searchEmails`, a new listing matching a search you saved (at most SEARCH_ALERT_EMAILS_PER_DAY a day). Answers all of them as they now are.',
        body: NotificationChanges,
        response: { 200: NotificationSettings, 400: ErrorBody, 401: ErrorBody },
      },
    },
    (request) => services.accounts.setNotifications(signedInId(request), request.body),
  );
};
