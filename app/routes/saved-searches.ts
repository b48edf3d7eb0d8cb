// Saved searches ("Alertas de busca"): the signed-in user keeps up to
// MAX_SAVED_SEARCHES searches — words, a category, or both — and is told when
// a new listing matches one: `search:matched` on their devices and, unless
// turned off (`searchEmails`), an e-mail (worker/search-alerts.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ErrorBody,
  MAX_SAVED_SEARCHES,
  SavedSearch,
  SavedSearches,
  SavedSearchParams,
  SaveSearchBody,
} from '../../core/schemas.ts';
import { signedInId } from '../plugins/authenticate.ts';
import type { Services } from '../services.ts';

const secured = { tags: ['saved searches'], security: [{ bearer: [] }] };

export const savedSearchRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { savedSearches } = services;
  app.addHook('onRequest', app.requireUser);

  app.get(
    '',
    {
      schema: {
        ...secured,
        description: 'Your saved searches, newest first.',
        response: { 200: SavedSearches, 401: ErrorBody },
      },
    },
    async (request) => ({ items: await savedSearches.list(signedInId(request)) }),
  );

  app.post(
    '',
    {
      schema: {
        ...secured,
        description: `Saves a search — words every new listing's title must hold (case and accents ignored, as in search), a category, or both — and tells you of each new listing that matches it. At most ${MAX_SAVED_SEARCHES}; the same words and category are saved once (409 \`SEARCH_ALREADY_SAVED\` with its \`searchId\`).`,
        body: SaveSearchBody,
        response: { 201: SavedSearch, 400: ErrorBody, 401: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await savedSearches.save(signedInId(request), request.body)),
  );

  app.delete(
    '/:id',
    {
      schema: {
        ...secured,
        description: 'Deletes a saved search: no more alerts from it.',
        params: SavedSearchParams,
        response: { 204: Type.Null(), 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await savedSearches.forget(signedInId(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
