// Link previews: when someone pastes an auction's or a profile's address into
// WhatsApp, Telegram, Discord or a social network, its crawler reads the
// page's <title> and Open Graph tags without running our JavaScript. The
// single-page app's index.html has only "Arremate"; the API fills in the
// item, its price and its cover photo before sending it.
import { feedbackSummary } from '../../core/feedback-summary.ts';
import type { Auction, UserProfile } from '../../core/schemas.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute URLs only (crawlers need them): set with PUBLIC_URL. */
  url?: string;
  image?: string;
}

const SITE = 'Arremate';
const EXCERPT = 160;

const money = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const month = new Intl.DateTimeFormat('pt-BR', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const reais = (cents: number) => money.format(cents / 100).replace(/\s/g, ' ');

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1).trimEnd()}…`;
}

/** Where the auction stands, in the site's default language (pt-BR). */
function standing(auction: Auction): string {
  const bids = auction.bidCount === 1 ? '1 lance' : `${auction.bidCount} lances`;
  switch (auction.status) {
    case 'cancelled':
      return 'Leilão cancelado.';
    case 'closed':
      return auction.winner
        ? `Arrematado por ${reais(auction.currentPrice)}.`
        : 'Leilão encerrado, sem venda.';
    default: {
      const price =
        auction.bidCount === 0
          ? `Lance inicial: ${reais(auction.startingPrice)}.`
          : `Lance atual: ${reais(auction.currentPrice)} (${bids}).`;
      return auction.buyNowAvailable && auction.buyNowPrice !== null
        ? `${price} Compre já: ${reais(auction.buyNowPrice)}.`
        : price;
    }
  }
}

export function auctionMeta(auction: Auction, origin?: string): PageMeta {
  const cover = auction.photos[0];
  return {
    title: `${auction.title} — ${SITE}`,
    description: [standing(auction), excerpt(auction.description)].filter(Boolean).join(' '),
    ...(origin && { url: `${origin}/auctions/${auction.id}` }),
    ...(origin && cover && { image: `${origin}${cover.url}` }),
  };
}

export function profileMeta(profile: UserProfile, origin?: string): PageMeta {
  const { total, percentPositive } = feedbackSummary(profile.feedback);
  const ratings =
    total === 0
      ? 'Ainda sem avaliações.'
      : `${total === 1 ? '1 avaliação' : `${total} avaliações`}` +
        (percentPositive === null ? '.' : `, ${percentPositive}% positivas.`);
  return {
    title: `${profile.name} — ${SITE}`,
    description: `No ${SITE} desde ${month.format(new Date(profile.memberSince))}. ${ratings}`,
    ...(origin && { url: `${origin}/users/${profile.id}` }),
  };
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text made safe inside HTML or XML, in content and in quoted attributes. */
export const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] as string);

/**
 * index.html with the page's title and description in place of the app's, and
 * the Open Graph and Twitter tags after them. Everything is escaped: titles,
 * names and descriptions are what users typed.
 */
export function withPageMeta(indexHtml: string, meta: PageMeta): string {
  const property = (name: string, content: string) =>
    `<meta property="${name}" content="${escapeMarkup(content)}" />`;
  const tags = [
    `<title>${escapeMarkup(meta.title)}</title>`,
    `<meta name="description" content="${escapeMarkup(meta.description)}" />`,
    property('og:site_name', SITE),
    property('og:type', 'website'),
    property('og:locale', 'pt_BR'),
    property('og:title', meta.title),
    property('og:description', meta.description),
    ...(meta.url ? [property('og:url', meta.url)] : []),
    ...(meta.image ? [property('og:image', meta.image)] : []),
    `<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}" />`,
  ];
  return indexHtml
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/<title>[^<]*<\/title>/, () => tags.join('\n    '));
}
