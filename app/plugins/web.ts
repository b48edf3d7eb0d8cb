// Serves the built web UI (web/dist) at `/`, with the SPA fallback: a GET for
// any other non-API path that accepts HTML gets index.html. Everything else
// unknown is a JSON 404. Without a build, `/` explains how to make one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { routeNotFound } from './errors.ts';

const defaultDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const apiPaths = /^\/(api|socket\.io|docs|openapi\.json|healthz|readyz|metrics)(\/|$|\?)/;

export async function registerWeb(app: FastifyInstance, distDir = defaultDist): Promise<void> {
  const built = existsSync(`${distDir}/index.html`);
  if (built) {
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
