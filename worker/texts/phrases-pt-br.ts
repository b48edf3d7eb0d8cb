// Brazilian Portuguese wording of the template texts (the default language).
import { excerpt, plural, type Phrasebook } from './phrasebook.ts';

export const ptBR: Phrasebook = {
  reportTitle: (f) => `Relatório do leilão "${f.title}"`,
  item: (f) =>
    f.description.trim() ? `Item: ${f.title} — ${excerpt(f.description)}` : `Item: ${f.title}`,
  seller: (f) => `Vendedor(a): ${f.seller}`,
  result: (f, fmt) =>
    f.winner !== null && f.finalPrice !== null
      ? `Resultado: arrematado por ${fmt.money(f.finalPrice)} por ${f.winner}.`
      : 'Resultado: encerrado sem lances; o item não foi vendido.',
  bids: (f) =>
    f.bidCount === 0
      ? 'Lances: nenhum lance recebido.'
      : `Lances: ${plural(f.bidCount, 'lance', 'lances')} de ${plural(f.bidderCount, 'participante', 'participantes')}.`,
  priceMovement: (f, fmt) => {
    if (f.finalPrice === null || f.firstBid === null || f.increaseRatio === null) {
      return `Evolução do preço: o preço ficou no valor inicial de ${fmt.money(f.startingPrice)}.`;
    }
    const lines = [
      `Evolução do preço: abriu em ${fmt.money(f.startingPrice)} (preço inicial); o primeiro lance foi de ` +
        `${fmt.money(f.firstBid)} e o lance vencedor, de ${fmt.money(f.finalPrice)} — ` +
        `alta de ${fmt.percent(f.increaseRatio)} sobre o preço inicial.`,
    ];
    const jump = f.largestJump;
    if (jump && jump.amount > 0) {
      lines.push(
        `Maior salto: ${fmt.money(jump.amount)} (de ${fmt.money(jump.from)} para ${fmt.money(jump.to)}, ` +
          `lance de ${jump.bidder}).`,
      );
    }
    return lines.join('\n');
  },
  duration: (f, fmt) =>
    `Duração: ${fmt.duration(f.durationMs)} (de ${fmt.dateTime(f.createdAt)} a ${fmt.dateTime(f.closedAt)}).`,
  email: (f, fmt) =>
    [
      `Assunto: Você arrematou "${f.title}"`,
      '',
      `Olá, ${f.winner},`,
      '',
      `Parabéns! Seu lance de ${fmt.money(f.finalPrice)} venceu o leilão "${f.title}", encerrado em ` +
        `${fmt.dateTime(f.closedAt)}, depois de ${plural(f.bidCount, 'lance', 'lances')} de ` +
        `${plural(f.bidderCount, 'participante', 'participantes')}.`,
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
  post: (f, fmt) =>
    f.winner !== null && f.finalPrice !== null
      ? `Leilão encerrado: "${f.title}" foi arrematado por ${fmt.money(f.finalPrice)} por ${f.winner}, ` +
        `depois de ${plural(f.bidCount, 'lance', 'lances')} de ${plural(f.bidderCount, 'participante', 'participantes')}.`
      : `Leilão encerrado sem lances: "${f.title}" (preço inicial de ${fmt.money(f.startingPrice)}).`,
  discord: {
    title: (f) => `Leilão encerrado: ${f.title}`,
    price: 'Preço final',
    notSold: 'Não vendido',
    winner: 'Vencedor(a)',
    nobody: 'Ninguém',
    bids: 'Lances',
    bidsValue: (f) => `${f.bidCount} (${plural(f.bidderCount, 'participante', 'participantes')})`,
    byModel: (model) => `Textos escritos por IA (${model}).`,
  },
  notByAi: 'Texto gerado automaticamente a partir dos dados do leilão, sem uso de IA.',
  shortNotByAi: '(texto automático, sem IA)',
};
