// The e-mail to a bidder whose bids the seller cancelled (eBay's bid
// cancellation), in both languages side by side: the seller's reason is a
// sentence in each, so the four are translated together and never shown as
// the raw code. Not a notice one turns off, so it has no "turn it off" line.
import type { SellerCancelReason } from '../../core/schemas.ts';
import type { Phrasebook } from './phrasebook.ts';

type SellerCancellationEmail = Pick<Phrasebook, 'sellerCancellationEmail'>;

/** The reason the seller chose (core/schemas/bids.ts), as the bidder reads it. */
const REASONS_PT_BR: Record<SellerCancelReason, string> = {
  bidder_request: 'Segundo quem vende, você pediu para desistir dos seus lances.',
  listing_error: 'Segundo quem vende, o anúncio tinha um erro.',
  item_unavailable: 'Segundo quem vende, o item não está mais disponível para venda.',
  fraud_concern:
    'Quem vende não conseguiu confirmar a sua identidade ou teve dúvidas sobre os seus lances.',
};

const REASONS_EN: Record<SellerCancelReason, string> = {
  bidder_request: 'The seller says you asked to back out of your bids.',
  listing_error: 'The seller says the listing had a mistake in it.',
  item_unavailable: 'The seller says the item is no longer available for sale.',
  fraud_concern: 'The seller could not verify who you are, or had doubts about your bids.',
};

/** `auctionLink`: the phrasebook's own line with the auction's page. */
export function sellerCancellationPtBR({
  auctionLink,
}: {
  auctionLink: (url: string) => string;
}): SellerCancellationEmail {
  return {
    sellerCancellationEmail: (n) => ({
      subject: `Seus lances em "${n.title}" foram cancelados por quem vende`,
      text: [
        `Olá, ${n.name},`,
        '',
        `${n.sellerName}, que anunciou "${n.title}", cancelou todos os seus lances nesse leilão. ` +
          REASONS_PT_BR[n.reason],
        '',
        'Os lances continuam no histórico público do leilão, marcados como cancelados por quem ' +
          'vende. Enquanto o leilão estiver aberto, você pode dar lances de novo, a menos que ' +
          'quem vende tenha bloqueado você.',
        ...(n.auctionUrl ? ['', auctionLink(n.auctionUrl)] : []),
        '',
        'Equipe Arremate',
      ].join('\n'),
    }),
  };
}

/** `auctionLink`: the phrasebook's own line with the auction's page. */
export function sellerCancellationEn({
  auctionLink,
}: {
  auctionLink: (url: string) => string;
}): SellerCancellationEmail {
  return {
    sellerCancellationEmail: (n) => ({
      subject: `The seller cancelled your bids on "${n.title}"`,
      text: [
        `Hello ${n.name},`,
        '',
        `${n.sellerName}, who listed "${n.title}", cancelled all your bids on that auction. ` +
          REASONS_EN[n.reason],
        '',
        'Your bids stay in the auction’s public history, marked as cancelled by the seller. ' +
          'While the auction is open you may bid on it again, unless the seller blocked you.',
        ...(n.auctionUrl ? ['', auctionLink(n.auctionUrl)] : []),
        '',
        'The Arremate team',
      ].join('\n'),
    }),
  };
}
