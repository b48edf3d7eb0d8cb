// Link previews (app/plugins/page-meta.ts): what a crawler reads of an
// auction's or a profile's page — where the auction stands, an excerpt, the
// cover with PUBLIC_URL — and that whatever users typed is escaped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  auctionMeta,
  profileMeta,
  withPageMeta,
  type PageMeta,
} from '../../../app/plugins/page-meta.ts';
import { auctionFixture, person } from '../web/fixtures.ts';

const INDEX = `<!doctype html>
<html lang="pt-BR">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Arremate — leilões ao vivo." />
    <title>Arremate</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

const photo = {
  id: 'p1',
  width: 800,
  height: 600,
  url: '/api/auctions/a1/photos/p1',
  thumbnailUrl: '/t',
};

describe('link previews of an auction', () => {
  it('say where it stands, in every state', () => {
    const cases: [Parameters<typeof auctionFixture>[0], string][] = [
      [{}, 'Lance inicial: R$ 10,00.'],
      [{ bidCount: 1, currentPrice: 1100 }, 'Lance atual: R$ 11,00 (1 lance).'],
      [{ bidCount: 12, currentPrice: 123_456 }, 'Lance atual: R$ 1.234,56 (12 lances).'],
      [
        { buyNowAvailable: true, buyNowPrice: 9000 },
        'Lance inicial: R$ 10,00. Compre já: R$ 90,00.',
      ],
      [
        { status: 'closed', winner: person('ana'), currentPrice: 4200, bidCount: 3 },
        'Arrematado por R$ 42,00.',
      ],
      [{ status: 'closed', winner: null }, 'Leilão encerrado, sem venda.'],
      [{ status: 'cancelled' }, 'Leilão cancelado.'],
    ];
    for (const [overrides, expected] of cases)
      assert.equal(auctionMeta(auctionFixture(overrides)).description, expected);
  });

  it('add the description, cut at 160 characters, on one line', () => {
    const short = auctionMeta(auctionFixture({ description: 'Relógio\n\nde  bolso' }));
    assert.equal(short.description, 'Lance inicial: R$ 10,00. Relógio de bolso');
    const long = auctionMeta(auctionFixture({ description: 'palavra '.repeat(100) }));
    const excerpt = long.description.slice('Lance inicial: R$ 10,00. '.length);
    assert.equal(excerpt.length, 160);
    assert.ok(excerpt.endsWith('…'));
  });

  it('link the page and its cover only where the site says where it is', () => {
    const auction = auctionFixture({ title: 'Vaso', photos: [photo] });
    assert.deepEqual(auctionMeta(auction, 'https://leiloes.example'), {
      title: 'Vaso — Arremate',
      description: 'Lance inicial: R$ 10,00.',
      url: 'https://leiloes.example/auctions/a1',
      image: 'https://leiloes.example/api/auctions/a1/photos/p1',
    });
    const bare = auctionMeta(auction);
    assert.equal(bare.url, undefined);
    assert.equal(bare.image, undefined, 'crawlers need an absolute image URL');
    assert.equal(auctionMeta(auctionFixture(), 'https://leiloes.example').image, undefined);
  });
});

describe('link previews of a profile', () => {
  const profile = (positive: number, neutral: number, negative: number) => ({
    id: 'u1',
    name: 'Ana',
    memberSince: '2026-03-15T12:00:00.000Z',
    feedback: { positive, neutral, negative },
    suspended: false,
    bidRetractions: 0,
  });

  it('say since when, and how the account was rated', () => {
    assert.equal(
      profileMeta(profile(0, 0, 0)).description,
      'No Arremate desde março de 2026. Ainda sem avaliações.',
    );
    assert.equal(
      profileMeta(profile(1, 0, 0)).description,
      'No Arremate desde março de 2026. 1 avaliação, 100% positivas.',
    );
    // Neutral ratings count as ratings, not in the share of positive ones.
    assert.match(profileMeta(profile(49, 10, 1)).description, /60 avaliações, 98% positivas\.$/);
    // As the page says it (core/feedback-summary.ts): never 100 % with a negative one.
    assert.match(profileMeta(profile(999, 0, 1)).description, /1000 avaliações, 99% positivas\.$/);
    assert.match(profileMeta(profile(0, 2, 0)).description, /2 avaliações\.$/);
    assert.equal(
      profileMeta(profile(0, 0, 0), 'https://x.example').url,
      'https://x.example/users/u1',
    );
  });
});

describe('the page with its tags', () => {
  const meta: PageMeta = {
    title: `"><script>alert('t')</script> & cia — Arremate`,
    description: 'Lance <b>atual</b>',
    url: 'https://x.example/auctions/a1?x="y"',
    image: 'https://x.example/p.webp',
  };

  it('replaces the title and description once, escaping what users typed', () => {
    const html = withPageMeta(INDEX, meta);
    assert.equal(html.match(/<title>/g)?.length, 1);
    assert.equal(html.match(/name="description"/g)?.length, 1);
    assert.doesNotMatch(html, /<script>|<b>|leilões ao vivo/);
    assert.match(
      html,
      /<title>&quot;&gt;&lt;script&gt;alert\(&#39;t&#39;\)&lt;\/script&gt; &amp; cia — Arremate<\/title>/,
    );
    assert.match(html, /<meta property="og:title" content="&quot;&gt;&lt;script&gt;/);
    assert.match(html, /<meta name="description" content="Lance &lt;b&gt;atual&lt;\/b&gt;" \/>/);
    assert.match(
      html,
      /<meta property="og:url" content="https:\/\/x\.example\/auctions\/a1\?x=&quot;y&quot;" \/>/,
    );
    assert.match(html, /<meta property="og:image" content="https:\/\/x\.example\/p\.webp" \/>/);
    assert.match(html, /<meta name="twitter:card" content="summary_large_image" \/>/);
    assert.ok(html.includes('<div id="root"></div>'), 'the app itself is untouched');
  });

  it('leaves out what it does not have', () => {
    const html = withPageMeta(INDEX, { title: 'Ana — Arremate', description: 'x' });
    assert.doesNotMatch(html, /og:url|og:image/);
    assert.match(html, /twitter:card" content="summary"/);
  });

  it('keeps a "$" in a title as it is (no replacement patterns)', () => {
    const html = withPageMeta(INDEX, { title: "R$ 10 $& $' $1", description: '$`' });
    assert.match(html, /<title>R\$ 10 \$&amp; \$&#39; \$1<\/title>/);
  });
});
