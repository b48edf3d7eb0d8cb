// The e-mails about moderators' decisions, in Brazilian Portuguese: a listing
// removed, an account suspended, a report decided, an appeal decided.
import type { FlagReason } from '../../core/schemas.ts';
import type { AppealNotice, Phrasebook, RemovalNotice } from './phrasebook.ts';

/** Why a moderator removed an auction or suspended an account, as the web UI says it. */
const MODERATION_REASONS: Record<FlagReason, string> = {
  prohibited: 'item proibido',
  counterfeit: 'falsificação',
  fraud: 'fraude ou golpe',
  offensive: 'conteúdo ofensivo',
  misleading: 'descrição enganosa',
  other: 'violação das regras da plataforma',
};

/** What an appeal's decision means for the appellant (a reversed removal's auction stays ended). */
const appealOutcome = (n: AppealNotice) => {
  if (n.outcome === 'upheld') return 'A moderação manteve a decisão.';
  if (n.kind === 'keep') return 'A moderação reverteu a decisão e removeu o anúncio.';
  if (n.kind === 'removal')
    return (
      'A moderação reverteu a decisão. O leilão continua encerrado, sem venda, mas você pode ' +
      'anunciar o item de novo com "Anunciar de novo" na página dele.'
    );
  return n.suspendedNow
    ? 'A moderação reverteu aquela suspensão, mas uma posterior, decisão à parte, está em vigor: ' +
        'você ainda não pode entrar.'
    : 'A moderação reverteu a decisão: a sua conta foi reativada e você já pode entrar de novo. ' +
        'Lances seus cancelados com a suspensão não voltam a valer.';
};

/** What the removal changes for the person written to, by how the auction stood. */
const removalConsequence = (n: RemovalNotice) => {
  if (n.endedAs === 'cancelled')
    return 'Você já tinha cancelado este leilão: nada muda nele, mas a página dele mostra o motivo da remoção.';
  if (n.endedAs === 'closed')
    return n.role === 'seller'
      ? 'O leilão já tinha terminado: o resultado não muda, mas o anúncio saiu das buscas ' +
          'e a página dele mostra o motivo da remoção.'
      : 'O leilão já tinha terminado e o resultado não muda, mas leve o motivo em conta ' +
          'antes de pagar ou de receber o item. O Arremate não intermedeia pagamentos.';
  return n.role === 'seller'
    ? 'O leilão foi encerrado sem venda: os lances recebidos não valem mais.'
    : 'O leilão foi encerrado sem venda: os seus lances não valem mais e não há nada a pagar.';
};

type ModerationEmails = Pick<
  Phrasebook,
  'removalEmail' | 'suspensionEmail' | 'reviewEmail' | 'appealEmail'
>;

/** `auctionLink`: the phrasebook's own line with the auction's page. */
export function moderationEmails({
  auctionLink,
}: {
  auctionLink: (url: string) => string;
}): ModerationEmails {
  return {
    removalEmail: (n) => ({
      subject: `"${n.title}" foi removido pela moderação`,
      text: [
        `Olá, ${n.name},`,
        '',
        {
          seller: `A moderação do Arremate removeu o seu anúncio "${n.title}".`,
          bidder: `A moderação do Arremate removeu o leilão "${n.title}", em que você deu lance.`,
          buyer: `A moderação do Arremate removeu o anúncio "${n.title}", que você arrematou.`,
        }[n.role] + ` Motivo: ${MODERATION_REASONS[n.reason]}.`,
        '',
        removalConsequence(n),
        ...(n.auctionUrl ? ['', auctionLink(n.auctionUrl)] : []),
        '',
        'Equipe Arremate',
      ].join('\n'),
    }),
    suspensionEmail: (n) => ({
      subject: 'Sua conta no Arremate foi suspensa',
      text: [
        `Olá, ${n.name},`,
        '',
        `A moderação do Arremate suspendeu a sua conta. Motivo: ${MODERATION_REASONS[n.reason]}.`,
        '',
        'Você saiu de todos os dispositivos e não poderá entrar até que a conta seja reativada. ' +
          (n.bidsCancelled
            ? 'Os seus lances em leilões abertos foram cancelados; os de leilões já encerrados ' +
              'continuam valendo.'
            : 'Os lances já dados continuam valendo.'),
        '',
        'Equipe Arremate',
      ].join('\n'),
    }),
    reviewEmail: (n) => ({
      subject: `Sua denúncia sobre "${n.title}"`,
      text: [
        `Olá, ${n.name},`,
        '',
        n.decision === 'removed'
          ? `A moderação do Arremate analisou a sua denúncia sobre "${n.title}" e removeu o ` +
            `anúncio. Motivo: ${MODERATION_REASONS[n.reason ?? 'other']}.`
          : `A moderação do Arremate analisou a sua denúncia sobre "${n.title}" e manteve o ` +
            'anúncio: não encontrou nele violação das regras da plataforma.',
        '',
        'Obrigado por avisar. Suas denúncias e o que foi decidido sobre cada uma ficam em ' +
          'Minha atividade.',
        // The DSA's art. 16(5) and 20: the notice's author may contest a keep.
        ...(n.decision === 'kept'
          ? [
              '',
              'Se discordar, você pode recorrer desta decisão em até seis meses, em Minha ' +
                'atividade: outra pessoa da moderação vai analisar o recurso.',
            ]
          : []),
        ...(n.auctionUrl ? ['', auctionLink(n.auctionUrl)] : []),
        '',
        'Equipe Arremate',
      ].join('\n'),
    }),
    appealEmail: (n) => {
      const decision =
        n.kind === 'removal'
          ? `a remoção do seu anúncio "${n.title}"`
          : n.kind === 'keep'
            ? `a decisão de manter o anúncio "${n.title}"`
            : 'a suspensão da sua conta';
      const upheld = n.outcome === 'upheld';
      return {
        subject: `Seu recurso: ${decision} foi ${upheld ? 'mantida' : 'revertida'}`,
        text: [
          `Olá, ${n.name},`,
          '',
          `A moderação do Arremate analisou o seu recurso contra ${decision} ` +
            `(${n.kind === 'keep' ? 'motivo da denúncia' : 'motivo'}: ${MODERATION_REASONS[n.reason]}).`,
          '',
          appealOutcome(n),
          '',
          'Os motivos da moderação:',
          `"${n.reply}"`,
          // The DSA's art. 21: where else a decision the appeal left standing may be contested.
          ...(upheld
            ? [
                '',
                'Você também pode recorrer a um órgão certificado de resolução extrajudicial de litígios ou à Justiça.',
              ]
            : []),
          ...(n.kind !== 'suspension' && n.auctionUrl ? ['', auctionLink(n.auctionUrl)] : []),
          '',
          'Equipe Arremate',
        ].join('\n'),
      };
    },
  };
}
