// The words of deciding appeals on /moderation (*Recursos*) that depend on
// what the appeal contests — its heading, a keep's facts, what each decision
// does, the status once taken — in both languages. A catalogue of its own
// rather than a part of messages-pt-br.ts and messages-en.ts, as the
// transparency report's: only moderators read it, and here it ships in the
// moderation page's chunk instead of everyone's first load. The rest of
// *Recursos* is the main catalogues' (t.appeals…).
import type { Appeal } from '../../../core/schemas.ts';
import type { AppealOutcome } from '../api/endpoints.ts';
import type { Locale } from '../format.ts';

const ptBR = {
  /** Before the subject, in an item's heading: what the appeal contests. */
  subjectOf: {
    removal: 'Remoção de',
    suspension: 'Suspensão da conta de',
    keep: 'Decisão de manter',
  } satisfies Record<Appeal['kind'], string>,
  /** A keep's facts: the reason is the one reported, the appellant one who reported. */
  keep: {
    reason: 'Motivo denunciado',
    decidedAt: 'Mantido em',
    decidedBy: 'Mantido por',
    appellant: 'Recurso de quem denunciou',
  },
  /** Above the decision's buttons: what each does. */
  consequence: {
    removal:
      'Manter: a remoção continua. Reverter: o anúncio continua encerrado, mas quem vende pode anunciar o item de novo.',
    suspension:
      'Manter: a conta continua suspensa. Reverter: a conta é reativada e a pessoa pode entrar de novo; lances cancelados com a suspensão não voltam.',
    keepOpen: (reason: string) =>
      `Manter: o anúncio continua no ar. Reverter: o anúncio é removido pelo motivo denunciado (${reason}) — o leilão termina agora, sem venda, e quem vende é avisado e pode recorrer.`,
    keepEnded: (reason: string) =>
      `Manter: o anúncio continua como está. Reverter: o anúncio é removido pelo motivo denunciado (${reason}) — o leilão já terminou e o resultado continua valendo, mas o anúncio sai das buscas, e quem vende é avisado e pode recorrer.`,
  },
  /** AUCTION_CLOSED on reversing a keep: the auction's close is under way (its general sentence speaks of bids). */
  closingNow:
    'Este leilão está sendo encerrado neste instante. Tente reverter de novo em alguns segundos.',
  /** The polite status once a decision is taken here. */
  decidedDone: (kind: Appeal['kind'], outcome: AppealOutcome, subject: string) =>
    ({
      removal: {
        upheld: `Remoção de ${subject} mantida; o recurso saiu da lista.`,
        reversed: `Remoção de ${subject} revertida: quem vende pode anunciar o item de novo. O recurso saiu da lista.`,
      },
      suspension: {
        upheld: `Suspensão da conta de ${subject} mantida; o recurso saiu da lista.`,
        reversed: `Suspensão da conta de ${subject} revertida: a conta foi reativada. O recurso saiu da lista.`,
      },
      keep: {
        upheld: `Decisão de manter ${subject} confirmada: o anúncio continua no ar. O recurso saiu da lista.`,
        reversed: `Decisão de manter ${subject} revertida: o anúncio foi removido. O recurso saiu da lista.`,
      },
    })[kind][outcome],
};

export type AppealReviewMessages = typeof ptBR;

const en: AppealReviewMessages = {
  subjectOf: {
    removal: 'Removal of',
    suspension: 'Suspension of the account of',
    keep: 'Decision to keep',
  },
  keep: {
    reason: 'Reason reported',
    decidedAt: 'Kept on',
    decidedBy: 'Kept by',
    appellant: 'Appeal by the reporter',
  },
  consequence: {
    removal:
      'Uphold: the removal stands. Reverse: the listing stays ended, but the seller may list the item again.',
    suspension:
      'Uphold: the account stays suspended. Reverse: the account is reinstated and the person may sign in again; bids cancelled with the suspension do not come back.',
    keepOpen: (reason) =>
      `Uphold: the listing stays up. Reverse: the listing is taken down for the reason reported (${reason}) — the auction ends now, without a sale, and the seller is told and may appeal.`,
    keepEnded: (reason) =>
      `Uphold: the listing stays as it is. Reverse: the listing is taken down for the reason reported (${reason}) — the auction had ended and its result stands, but the listing leaves the searches, and the seller is told and may appeal.`,
  },
  closingNow: 'This auction is being closed right now. Try reversing again in a few seconds.',
  decidedDone: (kind, outcome, subject) =>
    ({
      removal: {
        upheld: `Removal of ${subject} upheld; the appeal left the list.`,
        reversed: `Removal of ${subject} reversed: the seller may list the item again. The appeal left the list.`,
      },
      suspension: {
        upheld: `Suspension of ${subject}’s account upheld; the appeal left the list.`,
        reversed: `Suspension of ${subject}’s account reversed: the account was reinstated. The appeal left the list.`,
      },
      keep: {
        upheld: `Decision to keep ${subject} upheld: the listing stays up. The appeal left the list.`,
        reversed: `Decision to keep ${subject} reversed: the listing was taken down. The appeal left the list.`,
      },
    })[kind][outcome],
};

export const appealReviewMessages: Record<Locale, AppealReviewMessages> = { 'pt-BR': ptBR, en };
