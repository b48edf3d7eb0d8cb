// What search engines read first: robots.txt (keep out of the API and of
// personal pages; where the sitemap is) and sitemap.xml (every open auction's
// page, so a seller's item can be found). Sitemaps take absolute URLs only,
// so the sitemap exists where PUBLIC_URL says where the site is.
import type { FastifyPluginAsync } from 'fastify';
import { publicOrigin } from '../../core/config.ts';
import { routeNotFound } from '../plugins/errors.ts';
import { escapeMarkup } from '../plugins/page-meta.ts';
import type { Services } from '../services.ts';

/** The sitemap protocol's limit for one file. */
export const SITEMAP_MAX_URLS = 50_000;

/** Pages that are someone's own, or forms: nothing for an index. */
const PRIVATE_PAGES = [
  '/api/',
  '/account',
  '/activity',
  '/watchlist',
  '/new',
  '/login',
  '/signup',
  '/forgot',
  '/reset',
  '/verify-email',
  '/email-revert',
];

export const crawlerRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  const origin = publicOrigin(services.config);

  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) => {
    const lines = [
      'User-agent: *',
      ...PRIVATE_PAGES.map((path) => `Disallow: ${path}`),
      ...(origin ? ['', `Sitemap: ${origin}/sitemap.xml`] : []),
    ];
    return reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(`${lines.join('\n')}\n`);
  });

  app.get('/sitemap.xml', { schema: { hide: true } }, async (request, reply) => {
    if (!origin) return routeNotFound(request, reply);
    const ids = await services.auctions.openAuctionIds(SITEMAP_MAX_URLS - 1);
    const urls = [`${origin}/`, ...ids.map((id) => `${origin}/auctions/${id}`)];
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...urls.map((url) => `  <url><loc>${escapeMarkup(url)}</loc></url>`),
      '</urlset>',
      '',
    ].join('\n');
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(body);
  });
};
