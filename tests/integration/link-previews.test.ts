// What crawlers read. An auction's and a profile's page (`/auctions/:id`,
// `/users/:id`) come with their own title and Open Graph tags, for the
// crawlers of chat apps and social networks, which read them without running
// the app and do not all ask for text/html; search engines get robots.txt and
// a sitemap of the open auctions. Real Redis, two replicas serving a copy of
// index.html.
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import {
  call,
  createAuction,
  placeBid,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { startReplica } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

const dist = mkdtempSync(join(tmpdir(), 'arremate-dist-'));
copyFileSync(new URL('../../web/index.html', import.meta.url), join(dist, 'index.html'));

let seller: Session;
let bidder: Session;
const stack = useReplicaStack(2, {
  env: { WEB_DIST_DIR: dist, PUBLIC_URL: 'https://leiloes.example/' },
  setup: async () => {
    [seller, bidder] = await registerEach(stack.url(), ['Seller', 'Bidder'] as const);
  },
});
const { url } = stack;

// A page as a crawler asks for it (accepting anything), from the other replica.
async function crawl(path: string) {
  const response = await fetch(`${url(1)}${path}`, {
    headers: { accept: '*/*', 'user-agent': 'WhatsApp/2.23.20.0' },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    html: await response.text(),
  };
}
const tag = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)" />`).exec(html)?.[1];

describe('link previews', () => {
  it('an auction’s page names the item, where it stands, and shows its cover', async () => {
    const auction = await createAuction(url(), seller.token, {
      title: 'Relógio "Omega" <1960> & caixa',
      description: 'Funcionando,\ncom caixa original.',
    });
    const image = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#36c' },
    })
      .jpeg()
      .toBuffer();
    const uploaded = await fetch(`${url()}/api/auctions/${auction.id}/photos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${seller.token}`, 'content-type': 'image/jpeg' },
      body: image,
    });
    assert.equal(uploaded.status, 201);
    const [cover] = ((await uploaded.json()) as { photos: { url: string }[] }).photos;

    const page = await crawl(`/auctions/${auction.id}`);
    assert.equal(page.status, 200);
    assert.match(page.type ?? '', /^text\/html/);
    assert.match(
      page.html,
      /<title>Relógio &quot;Omega&quot; &lt;1960&gt; &amp; caixa — Arremate<\/title>/,
    );
    assert.equal(
      tag(page.html, 'og:title'),
      'Relógio &quot;Omega&quot; &lt;1960&gt; &amp; caixa — Arremate',
    );
    assert.equal(
      tag(page.html, 'og:description'),
      'Lance inicial: R$ 10,00. Funcionando, com caixa original.',
    );
    assert.equal(tag(page.html, 'og:url'), `https://leiloes.example/auctions/${auction.id}`);
    assert.equal(tag(page.html, 'og:image'), `https://leiloes.example${cover!.url}`);
    assert.match(page.html, /<div id="root"><\/div>/, 'the app still loads');

    // The preview follows the auction.
    assert.equal((await placeBid(url(), bidder.token, auction.id, 1000)).status, 201);
    assert.match(
      tag((await crawl(`/auctions/${auction.id}`)).html, 'og:description') ?? '',
      /^Lance atual: R\$ 10,00 \(1 lance\)\./,
    );
  });

  it('a profile’s page names the account, never its e-mail', async () => {
    const page = await crawl(`/users/${seller.user.id}`);
    assert.equal(page.status, 200);
    assert.match(page.html, /<title>Seller — Arremate<\/title>/);
    assert.match(
      tag(page.html, 'og:description') ?? '',
      /^No Arremate desde .+\. Ainda sem avaliações\.$/,
    );
    assert.equal(page.html.includes(seller.user.email), false);
  });

  it('an unknown auction or user is a 404 that still loads the app, with no tags', async () => {
    for (const path of ['/auctions/no-such-auction', '/users/nobody', '/auctions/bad%20id']) {
      const page = await crawl(path);
      assert.equal(page.status, 404, path);
      assert.match(page.html, /<title>Arremate<\/title>/);
      assert.equal(tag(page.html, 'og:title'), undefined);
      assert.match(page.html, /<div id="root"><\/div>/);
    }
  });

  it('leaves the other pages and the API as they were', async () => {
    const lobby = await fetch(`${url()}/watchlist`, { headers: { accept: 'text/html' } });
    assert.equal(lobby.status, 200);
    assert.match(await lobby.text(), /<title>Arremate<\/title>/);
    const api = await fetch(`${url()}/api/auctions/no-such-auction`);
    assert.equal(api.status, 404);
    assert.equal(
      ((await api.json()) as { error: { code: string } }).error.code,
      'AUCTION_NOT_FOUND',
    );
  });
});

describe('robots.txt and the sitemap', () => {
  it('keep crawlers out of the API and personal pages, and list every open auction', async () => {
    const robots = await crawl('/robots.txt');
    assert.equal(robots.status, 200);
    assert.match(robots.type ?? '', /^text\/plain/);
    for (const line of ['User-agent: *', 'Disallow: /api/', 'Disallow: /account'])
      assert.ok(robots.html.split('\n').includes(line), line);
    assert.match(robots.html, /^Sitemap: https:\/\/leiloes\.example\/sitemap\.xml$/m);

    const open = await createAuction(url(), seller.token, { title: 'No mapa' });
    const cancelled = await createAuction(url(), seller.token, { title: 'Fora do mapa' });
    await call(url(), 'POST', `/api/auctions/${cancelled.id}/cancel`, { token: seller.token });
    const sitemap = await crawl('/sitemap.xml');
    assert.equal(sitemap.status, 200);
    assert.match(sitemap.type ?? '', /^application\/xml/);
    assert.match(sitemap.html, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns=/);
    const locs = [...sitemap.html.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    assert.equal(locs[0], 'https://leiloes.example/');
    assert.ok(locs.includes(`https://leiloes.example/auctions/${open.id}`));
    assert.ok(!locs.includes(`https://leiloes.example/auctions/${cancelled.id}`), 'open ones only');
  });

  it('without PUBLIC_URL: no sitemap (it takes absolute addresses), robots.txt without it', async () => {
    const bare = await startReplica(stack.redis, { WEB_DIST_DIR: dist });
    try {
      const sitemap = await fetch(`${bare.url}/sitemap.xml`);
      assert.equal(sitemap.status, 404);
      const robots = await (await fetch(`${bare.url}/robots.txt`)).text();
      assert.match(robots, /Disallow: \/api\//);
      assert.doesNotMatch(robots, /Sitemap/);
    } finally {
      await bare.close();
    }
  });
});
