// The words of *Cancelar lances de um licitante*, the seller's cancellation of
// one bidder's bids (components/cancel-bidder-bids.tsx): the panel, the
// question with its four reasons (eBay's), what was done and each refusal.
// A catalogue of its own, as *Histórico de moderação*'s is: the main ones are
// long, and these words are said on one panel only. What the history, the
// alerts, the bid form and the announcements say of the cancelled bids is in
// the main catalogues, beside the moderators' and the retractions' words.
import type { SellerCancelReason } from '../../../core/schemas.ts';
import type { Locale } from '../format.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const ptBR = {
  title: 'Cancelar lances de um licitante',
  explain:
    'Se um licitante pedir, se o anúncio tiver um erro, se o item não estiver mais disponível ou se houver suspeita de fraude, você pode cancelar os lances dele. Para cancelar o leilão com lances, cancele antes os lances de cada licitante.',
  /** A bidder's line: their bids standing (among those the page holds) and the highest. */
  standing: (count: number, highest: string) =>
    `${count} ${plural(count, 'lance valendo', 'lances valendo')}, o maior de ${highest}`,
  /** When the page holds only the latest bids: whose are listed, and how to see the others. */
  olderBids:
    'A lista mostra quem tem lance valendo entre os lances carregados. Quem só deu lances mais antigos aparece ao carregar os lances anteriores.',
  button: (name: string) => `Cancelar lances de ${name}`,
  question: (name: string) =>
    `Cancelar os lances de ${name}? Todos os lances de ${name} neste leilão serão cancelados, e o histórico vai mostrá-los como cancelados pelo vendedor. ${name} poderá dar lances de novo, a menos que você bloqueie essa pessoa.`,
  /** The seller's reason is e-mailed to the bidder only. */
  reason: 'Motivo (quem acompanha o leilão não vê)',
  reasons: {
    bidder_request: 'O licitante pediu para cancelar',
    listing_error: 'Havia um erro no anúncio',
    item_unavailable: 'O item não está mais disponível',
    fraud_concern: 'Suspeita de fraude',
  } satisfies Record<SellerCancelReason, string>,
  chooseReason: 'Escolha o motivo do cancelamento.',
  confirm: 'Sim, cancelar os lances',
  /** Then who leads now (retraction's words). */
  done: (name: string) => `Pronto: os lances de ${name} foram cancelados.`,
  noBid: (name: string) => `${name} não tem lance valendo neste leilão: não há o que cancelar.`,
  auctionClosed: 'Este leilão já terminou: os lances não podem mais ser cancelados.',
  notSeller: 'Só quem vende este leilão pode cancelar lances nele.',
  /** `seconds`: how long the API asks to wait, when it says. */
  rateLimited: (seconds: number | null) =>
    `Você cancelou lances muitas vezes em pouco tempo. ${seconds === null ? 'Aguarde um instante' : `Aguarde ${seconds} ${plural(seconds, 'segundo', 'segundos')}`} e tente de novo.`,
  invalid: 'O cancelamento não foi aceito. Recarregue a página e tente de novo.',
  /** The answer was lost (network, server error): it may have been done. */
  lost: (name: string) =>
    `A resposta não chegou: não dá para saber se os lances de ${name} foram cancelados. Veja o histórico de lances antes de tentar de novo.`,
};

export type SellerCancelMessages = typeof ptBR;

const en: SellerCancelMessages = {
  title: 'Cancel a bidder’s bids',
  explain:
    'If a bidder asks, if the listing has a mistake, if the item is no longer available or if you suspect fraud, you can cancel their bids. To cancel an auction with bids, first cancel each bidder’s bids.',
  standing: (count, highest) =>
    `${count} ${plural(count, 'bid standing', 'bids standing')}, the highest ${highest}`,
  olderBids:
    'Listed: bidders with a bid standing among the bids loaded. Those whose bids are all older show once you load earlier bids.',
  button: (name) => `Cancel ${name}’s bids`,
  question: (name) =>
    `Cancel ${name}’s bids? Every bid ${name} placed on this auction will be cancelled, and the history will show them as cancelled by the seller. ${name} may bid again unless you block them.`,
  reason: 'Reason (not shown to those watching the auction)',
  reasons: {
    bidder_request: 'The bidder asked to cancel',
    listing_error: 'The listing had a mistake',
    item_unavailable: 'The item is no longer available',
    fraud_concern: 'Suspected fraud',
  },
  chooseReason: 'Choose the reason for the cancellation.',
  confirm: 'Yes, cancel the bids',
  done: (name) => `Done: ${name}’s bids were cancelled.`,
  noBid: (name) => `${name} has no bid standing on this auction: there is nothing to cancel.`,
  auctionClosed: 'This auction has ended: its bids can no longer be cancelled.',
  notSeller: 'Only the seller of this auction can cancel bids on it.',
  rateLimited: (seconds) =>
    `You cancelled bids many times in a short while. ${seconds === null ? 'Wait a moment' : `Wait ${seconds} ${plural(seconds, 'second', 'seconds')}`} and try again.`,
  invalid: 'The cancellation was not accepted. Reload the page and try again.',
  lost: (name) =>
    `The answer did not arrive: there is no telling whether ${name}’s bids were cancelled. Look at the bid history before trying again.`,
};

export const sellerCancelMessages: Record<Locale, SellerCancelMessages> = { 'pt-BR': ptBR, en };
