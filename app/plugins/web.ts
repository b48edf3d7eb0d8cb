// Serves the built web UI (web/dist) at `/`, with the SPA fallback: a GET for
// any other non-API path that accepts HTML gets index.html. An auction's and
// a profile's page get it with their own title and link-preview tags, for any
// client (crawlers do not all send `Accept: text/html`). Everything else
// unknown is a JSON 404. Without a build, `/` explains how to make one.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Auction, UserProfile } from '../../core/schemas.ts';
import { routeNotFound } from './errors.ts';
import { auctionMeta, profileMeta, withPageMeta, type PageMeta } from './page-meta.ts';

const defaultDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const apiPaths = /^\/(api|socket\.io|docs|openapi\.json|healthz|readyz|metrics)(\/|$|\?)/;

/** What the pages with their own previews read, and where people open the site (PUBLIC_URL). */
export interface PageSources {
  auction(id: string): Promise<Auction | null>;
  profile(id: string): Promise<UserProfile | null>;
  origin?: string;
}

const pageId = /^[A-Za-z0-9_-]{1,64}$/;

export async function registerWeb(
  app: FastifyInstance,
  sources: PageSources,
  distDir = defaultDist,
): Promise<void> {
  const built = existsSync(`${distDir}/index.html`);
  if (built) {
    const indexHtml = readFileSync(`${distDir}/index.html`, 'utf8');
    /** index.html with the page's tags; a 404 (the app then says so) when there is no such thing. */
    const page = <T>(
      path: string,
      read: (id: string) => Promise<T | null>,
      meta: (found: T, origin?: string) => PageMeta,
    ) =>
      app.get<{ Params: { id: string } }>(
        path,
        { schema: { hide: true } },
        async (request, reply) => {
          const { id } = request.params;
          const found = pageId.test(id) ? await read(id) : null;
          return reply
            .status(found ? 200 : 404)
            .type('text/html; charset=utf-8')
            .header('cache-control', 'no-cache')
            .send(found ? withPageMeta(indexHtml, meta(found, sources.origin)) : indexHtml);
        },
      );
    page('/auctions/:id', sources.auction, auctionMeta);
    page('/users/:id', sources.profile, profileMeta);
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      // Hashed asset names change with content, so they can be cached for good.
      setHeaders: (res, path) => {
        if (path.includes('/assets/'))
          res.header('cache-control', 'public, max-age=31536000, immutable');
        else res.header('cache-control', 'no-cache');
      },
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><title>Arremate</title><h1>Arremate</h1><p>The API is running. Build the UI with <code>npm run build:web</code>; API docs at <a href="/docs">/docs</a>.</p>',
        ),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (built && wantsPage && !apiPaths.test(request.url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return routeNotFound(request, reply);
  });
}
