// Brazilian Portuguese wording of the template texts (the default language).
// "Compre já" and "anti-sniping" are the words the web UI uses.
import { CATEGORY_NAMES } from '../../core/category-names.ts';
import { FEEDBACK_WINDOW_DAYS } from '../../core/schemas.ts';
import { isSold } from './facts.ts';
import { moderationEmails } from './moderation-phrases-pt-br.ts';
import { excerpt, plural, type LeadRestoredCause, type Phrasebook } from './phrasebook.ts';
import { sellerCancellationPtBR } from './seller-cancellation-phrases.ts';

const bidsAndBidders = (bids: number, bidders: number) =>
  `${plural(bids, 'lance', 'lances')} de ${plural(bidders, 'participante', 'participantes')}`;

const RATING_WORDS = { positive: 'positiva', neutral: 'neutra', negative: 'negativa' } as const;

/** Why a rival's bids no longer count, up to "you lead": never the rival, nor the seller's reason. */
const LEAD_RESTORED_CAUSES: Record<LeadRestoredCause, (title: string) => string> = {
  moderation: (title) =>
    `A moderação suspendeu uma conta que deu lances em "${title}" e cancelou esses lances. ` +
    'O leilão foi recalculado como se ela nunca tivesse participado: ',
  retraction: (title) =>
    `Um licitante retirou o lance que tinha dado em "${title}". O leilão foi recalculado ` +
    'sem ele: ',
  seller: (title) =>
    `Quem vende "${title}" cancelou os lances de outro licitante. O leilão foi recalculado ` +
    'sem eles: ',
};

/** The end of every notice e-mail: the page (with PUBLIC_URL), how to stop them, the signature. */
const noticeEnding = (auctionUrl: string | null) => [
  ...(auctionUrl ? ['', ptBR.auctionLink(auctionUrl)] : []),
  '',
  'Para não receber mais estes avisos, desligue-os em Minha conta.',
  '',
  'Equipe Arremate',
];

export const ptBR: Phrasebook = {
  reportTitle: (f) => `Relatório do leilão "${f.title}"`,
  item: (f) =>
    f.description.trim() ? `Item: ${f.title} — ${excerpt(f.description)}` : `Item: ${f.title}`,
  seller: (f) => `Vendedor(a): ${f.seller}`,
  result: {
    sold: (f, fmt) =>
      `Resultado: arrematado por ${fmt.money(f.finalPrice)} por ${f.winner}.` +
      (f.hasReserve ? ' O preço de reserva definido pelo vendedor foi atingido.' : ''),
    boughtNow: (f, fmt) =>
      `Resultado: comprado por ${f.winner} no “Compre já”, por ${fmt.money(f.finalPrice)}, ` +
      'o que encerrou o leilão na hora.',
    reserveNotMet: (f, fmt) =>
      `Resultado: não vendido. Houve lances, mas o maior deles (${fmt.money(f.highestBid)}) não ` +
      'atingiu o preço de reserva definido pelo vendedor, que é sigiloso; por isso não há ' +
      'vencedor(a) nem venda.',
    noBids: () => 'Resultado: encerrado sem lances; o item não foi vendido.',
  },
  bids: (f) => {
    if (f.bidCount === 0) return 'Lances: nenhum lance recebido.';
    const automatic =
      f.automaticBidCount === 0
        ? ''
        : ` (${plural(f.automaticBidCount, 'lance automático', 'lances automáticos')}: o sistema ` +
          'cobre as outras ofertas em nome de quem definiu um lance máximo)';
    return `Lances: ${bidsAndBidders(f.bidCount, f.bidderCount)}${automatic}.`;
  },
  price: {
    unchanged: (start) => `Evolução do preço: o preço ficou no valor inicial de ${start}.`,
    boughtBeforeBids: (start, price, rise) =>
      `Evolução do preço: preço inicial de ${start}; o item foi comprado pelo preço do ` +
      `“Compre já”, ${price}, antes de qualquer lance — ${rise}.`,
    moved: (start, first, closing, rise) =>
      `Evolução do preço: abriu em ${start} (preço inicial); o primeiro lance foi de ${first} ` +
      `e ${closing} — ${rise}.`,
    closing: {
      SOLD: (amount) => `o lance vencedor, de ${amount}`,
      RESERVE_NOT_MET: (amount) => `o maior lance, de ${amount}`,
      BOUGHT_NOW: (amount) => `a compra no “Compre já” fechou em ${amount}`,
    },
    rise: (percent) =>
      percent === null
        ? 'sem alta sobre o preço inicial'
        : `alta de ${percent} sobre o preço inicial`,
    jump: (amount, from, to, bidder, automatic) =>
      `Maior salto: ${amount} (de ${from} para ${to}, lance ${automatic ? 'automático ' : ''}de ${bidder}).`,
  },
  softClose: (effect, fmt) => {
    const window = fmt.duration(effect.windowSeconds * 1000);
    return effect.kind === 'extended'
      ? `Prorrogação: lances feitos a menos de ${window} do fim prorrogaram o encerramento (anti-sniping); ` +
          `o leilão terminou em ${fmt.dateTime(effect.endedAt)}.`
      : `Prorrogação: houve lances a menos de ${window} do fim; o leilão terminou no prazo ` +
          `máximo, ${fmt.dateTime(effect.endedAt)}, que nenhuma prorrogação ultrapassa.`;
  },
  duration: (f, fmt) =>
    `Duração: ${fmt.duration(f.durationMs)} (de ${fmt.dateTime(f.startedAt)} a ${fmt.dateTime(f.closedAt)}).`,
  mailSubject: (title) => `Você arrematou "${title}"`,
  sellerContact: (f, sellerEmail) =>
    `Para combinar o pagamento e a entrega com ${f.seller}, responda a este e-mail ou escreva ` +
    `para ${sellerEmail}.`,
  auctionLink: (url) => `Página do leilão: ${url}`,
  feedbackInvite: (other) =>
    `Depois da entrega, avalie ${other} na página do leilão, em até ${FEEDBACK_WINDOW_DAYS} dias: ` +
    'as avaliações ajudam quem compra e vende aqui a saber em quem confiar.',
  outbidEmail: (n, fmt) => ({
    subject: `Seu lance em "${n.title}" foi superado`,
    text: [
      `Olá, ${n.name},`,
      '',
      `Alguém deu um lance maior que o seu em "${n.title}". O lance atual é de ` +
        `${fmt.money(n.currentPrice)}; para voltar à frente, ofereça pelo menos ` +
        `${fmt.money(n.minimumBid)} até ${fmt.dateTime(n.endsAt)}.`,
      ...(n.auctionUrl ? ['', ptBR.auctionLink(n.auctionUrl)] : []),
      '',
      'Você recebe no máximo um aviso destes a cada lance seu. Para não receber mais, desligue ' +
        'os avisos por e-mail em Minha conta.',
      '',
      'Equipe Arremate',
    ].join('\n'),
  }),
  leadRestoredEmail: (n, fmt) => ({
    subject: `Você voltou à frente em "${n.title}"`,
    text: [
      `Olá, ${n.name},`,
      '',
      LEAD_RESTORED_CAUSES[n.cause](n.title) +
        `você está na frente, por ${fmt.money(n.currentPrice)}. O leilão termina em ` +
        `${fmt.dateTime(n.endsAt)}.`,
      ...(n.auctionUrl ? ['', ptBR.auctionLink(n.auctionUrl)] : []),
      '',
      'Este aviso segue a sua escolha de avisos de lances superados. Para não receber mais, ' +
        'desligue os avisos por e-mail em Minha conta.',
      '',
      'Equipe Arremate',
    ].join('\n'),
  }),
  feedbackReceivedEmail: (n) => {
    const rating = RATING_WORDS[n.rating];
    const who = n.authorRole === 'buyer' ? 'quem comprou' : 'quem vendeu';
    return {
      subject: `${n.authorName} avaliou você: ${rating}`,
      text: [
        `Olá, ${n.name},`,
        '',
        `${n.authorName}, ${who} "${n.title}", deixou uma avaliação ${rating} para você` +
          (n.comment ? ':' : '.'),
        ...(n.comment ? ['', `"${n.comment}"`] : []),
        '',
        'A avaliação é pública no seu perfil. Você pode respondê-la uma vez, na página do leilão.',
        ...noticeEnding(n.auctionUrl),
      ].join('\n'),
    };
  },
  feedbackRepliedEmail: (n) => {
    const rating = RATING_WORDS[n.rating];
    return {
      subject: `${n.ratedName} respondeu à sua avaliação`,
      text: [
        `Olá, ${n.name},`,
        '',
        `Você deixou uma avaliação ${rating} para ${n.ratedName} depois da venda de "${n.title}"` +
          (n.comment ? `: "${n.comment}"` : '.'),
        '',
        `${n.ratedName} respondeu:`,
        `"${n.reply ?? ''}"`,
        '',
        'A resposta fica pública ao lado da avaliação; nenhuma das duas muda mais.',
        ...noticeEnding(n.auctionUrl),
      ].join('\n'),
    };
  },
  ...moderationEmails({ auctionLink: (url) => ptBR.auctionLink(url) }),
  ...sellerCancellationPtBR({ auctionLink: (url) => ptBR.auctionLink(url) }),
  searchMatchEmail: (n, fmt) => {
    const category = n.category ? CATEGORY_NAMES['pt-BR'][n.category] : null;
    const search = n.query
      ? `“${n.query}”${category ? ` em ${category}` : ''}`
      : `a categoria ${category}`;
    const starts =
      Date.parse(n.startsAt) > Date.now() ? ` Começa em ${fmt.dateTime(n.startsAt)}.` : '';
    return {
      subject: `Novo anúncio para a sua busca: "${n.title}"`,
      text: [
        `Olá, ${n.name},`,
        '',
        `Um novo anúncio corresponde à busca que você salvou (${search}):`,
        '',
        `"${n.title}", a partir de ${fmt.money(n.price)}, termina em ${fmt.dateTime(n.endsAt)}.` +
          starts,
        ...(n.auctionUrl ? ['', ptBR.auctionLink(n.auctionUrl)] : []),
        '',
        `Você recebe no máximo ${plural(n.perDay, 'aviso destes', 'avisos destes')} por dia. ` +
          'Para não receber mais, exclua o alerta ou desligue estes avisos em Minha conta.',
        '',
        'Equipe Arremate',
      ].join('\n'),
    };
  },
  questionAskedEmail: (n) => ({
    subject: `Nova pergunta sobre "${n.title}"`,
    text: [
      `Olá, ${n.name},`,
      '',
      `${n.askerName} perguntou sobre o seu leilão "${n.title}":`,
      '',
      `"${n.question}"`,
      '',
      'A pergunta e a sua resposta ficam públicas na página do leilão; responda por lá.',
      ...noticeEnding(n.auctionUrl),
    ].join('\n'),
  }),
  questionAnsweredEmail: (n) => ({
    subject: `Sua pergunta sobre "${n.title}" foi respondida`,
    text: [
      `Olá, ${n.name},`,
      '',
      `Você perguntou sobre "${n.title}":`,
      `"${n.question}"`,
      '',
      'Quem vende respondeu:',
      `"${n.answer ?? ''}"`,
      ...noticeEnding(n.auctionUrl),
    ].join('\n'),
  }),
  endingSoonEmail: (n, fmt) => {
    const standing = n.leading
      ? `Você está na frente, com ${fmt.money(n.currentPrice)}.`
      : n.hasBids
        ? `O lance atual é de ${fmt.money(n.currentPrice)}; para ficar na frente, ofereça pelo ` +
          `menos ${fmt.money(n.minimumBid)}.`
        : `Ainda não há lances: o primeiro pode ser de ${fmt.money(n.minimumBid)}.`;
    return {
      subject: `"${n.title}" termina em breve`,
      text: [
        `Olá, ${n.name},`,
        '',
        `O leilão "${n.title}", ${n.watching ? 'que você acompanha' : 'em que você deu lance'}, ` +
          `termina em ${fmt.dateTime(n.endsAt)}. ${standing}`,
        ...(n.auctionUrl ? ['', ptBR.auctionLink(n.auctionUrl)] : []),
        '',
        'Você recebe este aviso uma vez por leilão que acompanha ou em que deu lance. Para não ' +
          'receber mais, desligue os avisos por e-mail em Minha conta.',
        '',
        'Equipe Arremate',
      ].join('\n'),
    };
  },
  sellerEmail: (f, fmt, buyerEmail, auctionUrl) => {
    const ended = `Seu leilão "${f.title}" terminou em ${fmt.dateTime(f.closedAt)}`;
    const footer = [
      ...(auctionUrl ? [ptBR.auctionLink(auctionUrl)] : []),
      `Código do leilão: ${f.auctionId}.`,
      '',
      'Equipe Arremate',
    ];
    if (isSold(f)) {
      const reach = buyerEmail ? `: responda a este e-mail ou escreva para ${buyerEmail}` : '';
      return {
        subject:
          f.outcome === 'BOUGHT_NOW'
            ? `Seu item "${f.title}" foi comprado no “Compre já”`
            : `Seu leilão "${f.title}" foi arrematado`,
        text: [
          `Olá, ${f.seller},`,
          '',
          f.outcome === 'BOUGHT_NOW'
            ? `${ended}: ${f.winner} comprou o item no “Compre já”, por ${fmt.money(f.finalPrice)}.`
            : `${ended}: ${f.winner} arrematou o item por ${fmt.money(f.finalPrice)}, depois de ` +
              `${bidsAndBidders(f.bidCount, f.bidderCount)}.`,
          '',
          'Próximos passos:',
          `1. Combine o pagamento e a entrega com ${f.winner}${reach}.`,
          `2. O valor a receber é ${fmt.money(f.finalPrice)}; envie o item só depois de confirmar o pagamento.`,
          `3. ${ptBR.feedbackInvite(f.winner)}`,
          '',
          ...footer,
        ].join('\n'),
      };
    }
    return {
      subject: `Seu leilão "${f.title}" terminou sem venda`,
      text: [
        `Olá, ${f.seller},`,
        '',
        f.outcome === 'RESERVE_NOT_MET' && f.highestBid !== null
          ? `${ended} com ${plural(f.bidCount, 'lance', 'lances')}, mas o maior deles ` +
            `(${fmt.money(f.highestBid)}) não atingiu o seu preço de reserva; por isso não houve venda.`
          : `${ended} sem lances; o item não foi vendido.`,
        'Você pode anunciá-lo de novo quando quiser, em um novo leilão.',
        '',
        ...footer,
      ].join('\n'),
    };
  },
  email: (f, fmt) =>
    [
      f.outcome === 'BOUGHT_NOW'
        ? `Assunto: Você comprou "${f.title}"`
        : `Assunto: Você arrematou "${f.title}"`,
      '',
      `Olá, ${f.winner},`,
      '',
      f.outcome === 'BOUGHT_NOW'
        ? `Parabéns! Você comprou "${f.title}" no “Compre já”, por ${fmt.money(f.finalPrice)}, em ` +
          `${fmt.dateTime(f.closedAt)}.`
        : `Parabéns! Seu lance de ${fmt.money(f.finalPrice)} venceu o leilão "${f.title}", encerrado em ` +
          `${fmt.dateTime(f.closedAt)}, depois de ${bidsAndBidders(f.bidCount, f.bidderCount)}.`,
      '',
      'Próximos passos para o pagamento:',
      `1. Aguarde o contato de ${f.seller}, responsável pelo anúncio, com a forma de pagamento e os dados para a entrega.`,
      `2. Pague exatamente ${fmt.money(f.finalPrice)} e guarde o comprovante.`,
      '3. Antes de pagar, confira se quem vai receber é mesmo quem anunciou o item; desconfie de pedidos feitos por outras pessoas.',
      `4. Em caso de dúvida, informe o código do leilão: ${f.auctionId}.`,
      '',
      'Obrigado por participar!',
      'Equipe Arremate',
    ].join('\n'),
  post: {
    sold: (f, fmt) =>
      `Leilão encerrado: "${f.title}" foi arrematado por ${fmt.money(f.finalPrice)} por ${f.winner}, ` +
      `depois de ${bidsAndBidders(f.bidCount, f.bidderCount)}.`,
    boughtNow: (f, fmt) =>
      `Leilão encerrado: ${f.winner} comprou "${f.title}" no “Compre já”, por ${fmt.money(f.finalPrice)}.`,
    reserveNotMet: (f, fmt) =>
      `Leilão encerrado sem venda: "${f.title}" recebeu ${plural(f.bidCount, 'lance', 'lances')} ` +
      `(o maior, de ${fmt.money(f.highestBid)}), mas o preço de reserva do vendedor não foi atingido.`,
    noBids: (f, fmt) =>
      `Leilão encerrado sem lances: "${f.title}" (preço inicial de ${fmt.money(f.startingPrice)}).`,
  },
  discord: {
    title: (f) => `Leilão encerrado: ${f.title}`,
    outcome: 'Resultado',
    outcomes: {
      SOLD: 'Arrematado',
      BOUGHT_NOW: 'Comprado no “Compre já”',
      NO_BIDS: 'Sem lances',
      RESERVE_NOT_MET: 'Reserva não atingida',
    },
    price: 'Preço final',
    notSold: 'Não vendido',
    notSoldHighest: (amount) => `Não vendido (maior lance: ${amount})`,
    winner: 'Vencedor(a)',
    nobody: 'Ninguém',
    bids: 'Lances',
    bidsValue: (f) =>
      f.bidCount === 0
        ? '0'
        : `${f.bidCount} (${plural(f.bidderCount, 'participante', 'participantes')}` +
          `${f.automaticBidCount > 0 ? `, ${plural(f.automaticBidCount, 'automático', 'automáticos')}` : ''})`,
    byModel: (model) => `Textos escritos por IA (${model}).`,
  },
  notByAi: 'Texto gerado automaticamente a partir dos dados do leilão, sem uso de IA.',
  shortNotByAi: '(texto automático, sem IA)',
};
