// Mock mode: the template texts, from a hand-made finished auction (pure logic).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FLAG_REASONS, type Auction, type Bid, type FinishedAuction } from '../../core/schemas.ts';
import { auctionFacts, isSold } from '../../worker/texts/facts.ts';
import { createFormatters } from '../../worker/texts/format.ts';
import { phrasebooks } from '../../worker/texts/languages.ts';
import { mockTexts } from '../../worker/texts/mock.ts';

const people = {
  ana: { id: 'u-ana', name: 'Ana' },
  bruno: { id: 'u-bruno', name: 'Bruno' },
  carla: { id: 'u-carla', name: 'Carla' },
};

interface Options {
  outcome?: Auction['outcome'];
  hasReserve?: boolean;
  /** Indexes of the bids placed by a maximum (proxy bidding). */
  automatic?: number[];
  softCloseSeconds?: number;
  /** Placing time of every bid; default 13:00 UTC. */
  placedAt?: string;
  /** The end set at creation; default: the final end (14:05 UTC), i.e. not extended. */
  originalEndsAt?: string | null;
}

function finished(
  bids: [keyof typeof people, number][],
  options: Options = {},
): { finished: FinishedAuction; bids: Bid[] } {
  const history: Bid[] = bids.map(([who, amount], i) => ({
    id: `b${i}`,
    auctionId: 'a-1',
    seq: i + 2,
    amount,
    bidder: people[who],
    placedAt: options.placedAt ?? '2026-11-29T13:00:00.000Z',
    automatic: options.automatic?.includes(i) ?? false,
    buyNow: false,
  }));
  const last = history.at(-1);
  const outcome = options.outcome ?? (last ? 'SOLD' : 'NO_BIDS');
  const winner = outcome === 'SOLD' ? (last?.bidder ?? null) : null;
  return {
    bids: history,
    finished: {
      auction: {
        id: 'a-1',
        title: 'Bicicleta aro 29',
        description: 'Quadro de alumínio.',
        seller: { id: 'u-seller', name: 'Dora' },
        status: 'closed',
        startingPrice: 80_000,
        currentPrice: last?.amount ?? 80_000,
        minimumBid: 80_000,
        minIncrement: 100,
        softCloseSeconds: options.softCloseSeconds ?? 0,
        bidCount: history.length,
        leader: last?.bidder ?? null,
        // 2 h 5 min, shown in São Paulo time (UTC−3).
        startsAt: '2026-11-29T12:00:00.000Z',
        createdAt: '2026-11-29T12:00:00.000Z',
        endsAt: '2026-11-29T14:05:00.000Z',
        originalEndsAt:
          options.originalEndsAt === undefined
            ? '2026-11-29T14:05:00.000Z'
            : options.originalEndsAt,
        maxEndsAt: null,
        closedAt: '2026-11-29T14:05:00.000Z',
        winner,
        hasReserve: options.hasReserve ?? false,
        reserveMet: options.hasReserve ? outcome === 'SOLD' : null,
        buyNowPrice: null,
        buyNowAvailable: false,
        photos: [],
        outcome,
        seq: history.length + 2,
      },
      winner,
      finalPrice: winner ? (last?.amount ?? null) : null,
      bidCount: history.length,
    },
  };
}

const sold = finished([
  ['bruno', 80_000],
  ['carla', 90_000],
  ['bruno', 110_000],
  ['ana', 115_000],
]);
const unsold = finished([]);
const textsOf = (input: ReturnType<typeof finished>, language: 'pt-BR' | 'en') =>
  mockTexts(
    auctionFacts(input.finished, input.bids),
    language,
    createFormatters(language, 'America/Sao_Paulo'),
  );

describe('mock texts', () => {
  it('pt-BR, with bids: price, winner, bids and bidders, price movement, duration, not-AI mark', () => {
    const texts = textsOf(sold, 'pt-BR');
    assert.match(texts.report, /arrematado por R\$\s1\.150,00 por Ana\./);
    assert.match(texts.report, /4 lances de 3 participantes/);
    assert.match(
      texts.report,
      /abriu em R\$\s800,00 .*primeiro lance foi de R\$\s800,00 .*R\$\s1\.150,00 — alta de 43,8%/,
    );
    assert.match(
      texts.report,
      /Maior salto: R\$\s200,00 \(de R\$\s900,00 para R\$\s1\.100,00, lance de Bruno\)/,
    );
    assert.match(
      texts.report,
      /Duração: 2 horas e 5 minutos \(de 29\/11\/2026, 09:00 BRT a 29\/11\/2026, 11:05 BRT\)/,
    );
    assert.match(texts.report, /Vendedor\(a\): Dora/);
    assert.match(texts.report, /sem uso de IA/);
    assert.ok(texts.email);
    assert.match(texts.email, /^Assunto: Você arrematou "Bicicleta aro 29"/);
    assert.match(texts.email, /Olá, Ana,/);
    assert.match(texts.email, /Pague exatamente R\$\s1\.150,00/);
    assert.match(texts.email, /código do leilão: a-1/);
    assert.match(
      texts.post,
      /"Bicicleta aro 29" foi arrematado por R\$\s1\.150,00 por Ana.*\(texto automático, sem IA\)$/,
    );
  });

  it('pt-BR, without bids: not sold, no email, the starting price', () => {
    const texts = textsOf(unsold, 'pt-BR');
    assert.equal(texts.email, null);
    assert.match(texts.report, /encerrado sem lances; o item não foi vendido/);
    assert.match(texts.report, /nenhum lance recebido/);
    assert.match(texts.report, /ficou no valor inicial de R\$\s800,00/);
    assert.doesNotMatch(texts.report, /Maior salto|NaN|null|undefined/);
    assert.match(
      texts.post,
      /^Leilão encerrado sem lances: "Bicicleta aro 29" \(preço inicial de R\$\s800,00\)/,
    );
  });

  it('en, with and without bids', () => {
    const texts = textsOf(sold, 'en');
    assert.match(texts.report, /sold for R\$1,150\.00 to Ana\./);
    assert.match(texts.report, /4 bids from 3 bidders/);
    assert.match(texts.report, /up 43\.8% on the starting price/);
    assert.match(texts.report, /Duration: 2 hours, 5 minutes/);
    assert.match(texts.report, /without AI/);
    assert.match(texts.email ?? '', /^Subject: You won "Bicicleta aro 29"\n\nHello Ana,/);
    const none = textsOf(unsold, 'en');
    assert.equal(none.email, null);
    assert.match(none.report, /closed without bids; the item was not sold/);
    assert.match(none.post, /^Auction closed without bids/);
  });

  it('uses the singular for one bid from one bidder', () => {
    const texts = textsOf(finished([['carla', 95_000]]), 'pt-BR');
    assert.match(texts.report, /1 lance de 1 participante\./);
    assert.match(texts.report, /alta de 18,8%/);
    assert.match(
      texts.report,
      /Maior salto: R\$\s150,00 \(de R\$\s800,00 para R\$\s950,00, lance de Carla\)/,
    );
  });

  it('says the reserve was met, counts automatic bids and marks an automatic jump', () => {
    const bids = finished(
      [
        ['bruno', 80_000],
        ['carla', 85_000],
        ['bruno', 95_000],
      ],
      { hasReserve: true, automatic: [2] },
    );
    const texts = textsOf(bids, 'pt-BR');
    assert.match(
      texts.report,
      /arrematado por R\$\s950,00 por Bruno\. O preço de reserva definido pelo vendedor foi atingido\./,
    );
    assert.match(texts.report, /3 lances de 2 participantes \(1 lance automático: /);
    assert.match(texts.report, /lance automático de Bruno\)/);
    const english = textsOf(bids, 'en');
    assert.match(english.report, /to Bruno\. The seller's reserve price was met\./);
    assert.match(english.report, /3 bids from 2 bidders \(1 automatic bid: /);
    assert.match(english.report, /from R\$850\.00 to R\$950\.00, automatic bid by Bruno\)/);
  });

  it('says late bids extended the end, and only then', () => {
    // A bid 2 minutes before the end, with a 2-minute window: the end is that bid + window.
    const late = finished([['ana', 90_000]], {
      softCloseSeconds: 120,
      placedAt: '2026-11-29T14:03:00.000Z',
      originalEndsAt: '2026-11-29T14:04:00.000Z',
    });
    assert.match(
      textsOf(late, 'pt-BR').report,
      /Prorrogação: lances feitos a menos de 2 minutos do fim prorrogaram o encerramento \(anti-sniping\); o leilão terminou em 29\/11\/2026, 11:05 BRT\./,
    );
    assert.match(
      textsOf(late, 'en').report,
      /Extension: bids placed less than 2 minutes before the end extended it/,
    );
    const early = finished([['ana', 90_000]], { softCloseSeconds: 120 });
    assert.doesNotMatch(textsOf(early, 'pt-BR').report, /Prorrogação/);
    // Stored before the original end was recorded: told from the bid times.
    const older = finished([['ana', 90_000]], {
      softCloseSeconds: 120,
      placedAt: '2026-11-29T14:03:00.000Z',
      originalEndsAt: null,
    });
    assert.match(textsOf(older, 'pt-BR').report, /Prorrogação/);
  });

  it('is deterministic', () => {
    assert.deepEqual(textsOf(sold, 'pt-BR'), textsOf(sold, 'pt-BR'));
  });
});

describe('the seller’s e-mail and the contact line', () => {
  const sellerMail = (
    input: ReturnType<typeof finished>,
    language: 'pt-BR' | 'en',
    buyer: string | null,
    auctionUrl: string | null = null,
  ) =>
    phrasebooks[language].sellerEmail(
      auctionFacts(input.finished, input.bids),
      createFormatters(language, 'America/Sao_Paulo'),
      buyer,
      auctionUrl,
    );
  const reserveNotMet = finished([['carla', 95_000]], {
    outcome: 'RESERVE_NOT_MET',
    hasReserve: true,
  });

  it('en: a sale names the buyer, the amount and how to reach them', () => {
    const mail = sellerMail(sold, 'en', 'ana@example.com');
    assert.equal(mail.subject, 'Your auction "Bicicleta aro 29" sold');
    assert.match(mail.text, /^Hello Dora,\n/);
    assert.match(mail.text, /Ana won the item for R\$1,150\.00, after 4 bids from 3 bidders\./);
    assert.match(
      mail.text,
      /1\. Arrange payment and delivery with Ana: reply to this e-mail or write to ana@example\.com\./,
    );
    assert.match(
      mail.text,
      /\n3\. Once the item is delivered, rate Ana on the auction's page, within 60 days/,
    );
    assert.match(mail.text, /Auction code: a-1\./);
    assert.doesNotMatch(mail.text, /NaN|null|undefined|https?:/, 'no link without PUBLIC_URL');
    const linked = sellerMail(sold, 'en', null, 'https://leiloes.example/auctions/a-1');
    assert.match(
      linked.text,
      /\nThe auction's page: https:\/\/leiloes\.example\/auctions\/a-1\nAuction code/,
    );
    const ligado = sellerMail(unsold, 'pt-BR', null, 'https://leiloes.example/auctions/a-1');
    assert.match(
      ligado.text,
      /\nPágina do leilão: https:\/\/leiloes\.example\/auctions\/a-1\nCódigo/,
    );
  });

  it('en and pt-BR: no sale says why, and names nobody', () => {
    const none = sellerMail(unsold, 'en', null);
    assert.equal(none.subject, 'Your auction "Bicicleta aro 29" ended without a sale');
    assert.match(none.text, /without bids; the item was not sold\./);
    const short = sellerMail(reserveNotMet, 'en', null);
    assert.match(
      short.text,
      /with 1 bid, but the highest \(R\$950\.00\) did not reach your reserve/,
    );
    const curto = sellerMail(reserveNotMet, 'pt-BR', null);
    assert.equal(curto.subject, 'Seu leilão "Bicicleta aro 29" terminou sem venda');
    assert.match(curto.text, /com 1 lance, mas o maior deles \(R\$\s950,00\) não atingiu/);
    for (const mail of [none, short, curto]) assert.doesNotMatch(mail.text, /Carla|@/);
  });

  it('a sale without the buyer’s address still names them', () => {
    const mail = sellerMail(sold, 'pt-BR', null);
    assert.match(mail.text, /1\. Combine o pagamento e a entrega com Ana\.\n/);
  });

  it('the winner’s e-mail gets the seller’s name and address, in each language', () => {
    const soldFacts = auctionFacts(sold.finished, sold.bids);
    if (!isSold(soldFacts)) assert.fail('the auction was sold');
    assert.equal(
      phrasebooks.en.sellerContact(soldFacts, 'dora@example.com'),
      'To arrange payment and delivery with Dora, reply to this e-mail or write to dora@example.com.',
    );
    assert.match(
      phrasebooks['pt-BR'].sellerContact(soldFacts, 'dora@example.com'),
      /^Para combinar o pagamento e a entrega com Dora, .*dora@example\.com\.$/,
    );
  });
});

describe('the e-mail to a rated person', () => {
  const notice = {
    name: 'Ana',
    title: 'Vitrola',
    authorName: 'Bruno',
    authorRole: 'buyer' as const,
    ratedName: 'Ana',
    rating: 'negative' as const,
    comment: 'Demorou.',
    reply: null,
    auctionUrl: null,
  };

  it('names the author, their part, the rating and the comment, in each language', () => {
    const en = phrasebooks.en.feedbackReceivedEmail(notice);
    assert.equal(en.subject, 'Bruno rated you: negative');
    assert.match(
      en.text,
      /^Bruno, who bought "Vitrola", left you a negative rating:\n\n"Demorou\."$/m,
    );
    assert.match(en.text, /You may answer it once, on the auction page\./);
    assert.doesNotMatch(en.text, /https?:/, 'no link without PUBLIC_URL');
    const pt = phrasebooks['pt-BR'].feedbackReceivedEmail({
      ...notice,
      authorRole: 'seller',
      rating: 'neutral',
      comment: '',
      auctionUrl: 'https://leiloes.example/auctions/a-1',
    });
    assert.equal(pt.subject, 'Bruno avaliou você: neutra');
    assert.match(
      pt.text,
      /^Bruno, quem vendeu "Vitrola", deixou uma avaliação neutra para você\.$/m,
    );
    assert.match(pt.text, /^Página do leilão: https:\/\/leiloes\.example\/auctions\/a-1$/m);
  });

  it('to the author, the answer beside their rating, in each language', () => {
    const answered = { ...notice, name: 'Bruno', reply: 'Os Correios atrasaram.' };
    const en = phrasebooks.en.feedbackRepliedEmail(answered);
    assert.equal(en.subject, 'Ana answered your rating');
    assert.match(
      en.text,
      /^You left Ana a negative rating after the sale of "Vitrola": "Demorou\."\n\nAna answered:\n"Os Correios atrasaram\."$/m,
    );
    const pt = phrasebooks['pt-BR'].feedbackRepliedEmail({ ...answered, comment: '' });
    assert.equal(pt.subject, 'Ana respondeu à sua avaliação');
    assert.match(
      pt.text,
      /^Você deixou uma avaliação negativa para Ana depois da venda de "Vitrola"\.\n\nAna respondeu:\n"Os Correios atrasaram\."$/m,
    );
  });
});

describe('removal e-mails', () => {
  const notice = {
    name: 'Bruno',
    title: 'Lanterna',
    role: 'bidder' as const,
    endedAs: null,
    reason: 'fraud' as const,
    auctionUrl: 'https://leiloes.example/auctions/a-1',
  };

  it('tell the seller and each bidder why, in each language, with every reason worded', () => {
    const en = phrasebooks.en.removalEmail(notice);
    assert.equal(en.subject, '"Lanterna" was removed by the moderators');
    assert.match(
      en.text,
      /^Arremate’s moderators removed the auction "Lanterna", which you bid on\. Reason: fraud or a scam\.$/m,
    );
    assert.match(en.text, /your bids no longer count and there is nothing to pay/);
    assert.match(en.text, /^The auction's page: https:\/\/leiloes\.example\/auctions\/a-1$/m);
    const pt = phrasebooks['pt-BR'].removalEmail({ ...notice, role: 'seller', auctionUrl: null });
    assert.match(
      pt.text,
      /^A moderação do Arremate removeu o seu anúncio "Lanterna"\. Motivo: fraude ou golpe\.$/m,
    );
    assert.doesNotMatch(pt.text, /Página do leilão/, 'no page without PUBLIC_URL');
    const suspended = phrasebooks.en.suspensionEmail({
      name: 'Bruno',
      reason: 'offensive',
      bidsCancelled: true,
    });
    assert.equal(suspended.subject, 'Your Arremate account was suspended');
    assert.match(
      suspended.text,
      /^Arremate’s moderators suspended your account\. Reason: offensive content\.$/m,
    );
    assert.match(suspended.text, / Your bids on open auctions were cancelled; those on auctions/);
    const review = { name: 'Bruno', title: 'Lanterna', auctionUrl: null };
    const removed = phrasebooks.en.reviewEmail({ ...review, decision: 'removed', reason: 'fraud' });
    assert.equal(removed.subject, 'Your report about "Lanterna"');
    assert.match(
      removed.text,
      /^Arremate’s moderators reviewed your report about "Lanterna" and removed the listing\. Reason: fraud or a scam\.$/m,
    );
    const kept = phrasebooks.en.reviewEmail({ ...review, decision: 'kept', reason: null });
    assert.match(kept.text, /and kept the listing: they found no breach/);
    assert.match(kept.text, /are in My activity\.$/m);
    assert.match(kept.text, /^If you disagree, you may appeal this decision within six months/m);
    assert.doesNotMatch(removed.text, /appeal/);
    for (const language of ['en', 'pt-BR'] as const)
      for (const reason of FLAG_REASONS) {
        const text = phrasebooks[language].removalEmail({ ...notice, reason }).text;
        assert.match(text, /(Reason|Motivo): [^\n.]{5,}\./, `${language} ${reason}`);
        assert.doesNotMatch(text, /undefined/);
      }
  });

  it('tell the seller and the buyer of an ended auction that its result stands', () => {
    const ended = { ...notice, endedAs: 'closed' as const };
    const buyer = phrasebooks.en.removalEmail({ ...ended, role: 'buyer' }).text;
    assert.match(
      buyer,
      /^Arremate’s moderators removed the listing "Lanterna", which you won\. Reason: fraud or a scam\.$/m,
    );
    assert.match(buyer, /its result stands, but weigh the reason before you pay/);
    assert.doesNotMatch(buyer, /nothing to pay|no longer count/);
    const seller = phrasebooks['pt-BR'].removalEmail({ ...ended, role: 'seller' }).text;
    assert.match(seller, /^O leilão já tinha terminado: o resultado não muda, mas o anúncio saiu/m);
    // Cancelled by its seller before: no result, no sale, and never in the ended search.
    const cancelled = { ...notice, endedAs: 'cancelled' as const, role: 'seller' as const };
    const pt = phrasebooks['pt-BR'].removalEmail(cancelled).text;
    assert.match(pt, /^Você já tinha cancelado este leilão: nada muda nele/m);
    assert.doesNotMatch(pt, /buscas|resultado/);
    assert.match(
      phrasebooks.en.removalEmail(cancelled).text,
      /^You had already cancelled this auction: nothing changes in it/m,
    );
    assert.doesNotMatch(seller, /sem venda/);
    const comprador = phrasebooks['pt-BR'].removalEmail({ ...ended, role: 'buyer' }).text;
    assert.match(comprador, /removeu o anúncio "Lanterna", que você arrematou\. Motivo: fraude/);
    assert.match(comprador, /antes de pagar ou de receber o item/);
  });
});

describe('appeal e-mails', () => {
  const decided = { name: 'Ana', reason: 'counterfeit' as const, reply: 'A nota fiscal confirma.' };
  const removal = {
    ...decided,
    kind: 'removal' as const,
    title: 'Lanterna',
    auctionUrl: 'https://leiloes.example/auctions/a-1',
  };
  const suspension = { ...decided, kind: 'suspension' as const, suspendedNow: false };

  it('say which decision, what became of it and why, in each language', () => {
    const en = phrasebooks.en.appealEmail({ ...removal, outcome: 'reversed' });
    assert.equal(en.subject, 'Your appeal: the removal of your listing "Lanterna" was reversed');
    assert.match(
      en.text,
      /^Arremate’s moderators reviewed your appeal against the removal of your listing "Lanterna" \(reason: a counterfeit\)\.$/m,
    );
    assert.match(en.text, /stays ended, without a sale, but you may list the item again with/);
    assert.match(en.text, /^Their reasons:\n"A nota fiscal confirma\."$/m);
    assert.match(en.text, /^The auction's page: https:\/\/leiloes\.example\/auctions\/a-1$/m);
    assert.doesNotMatch(en.text, /out-of-court/, 'reversed: nothing left to contest');
    const enUpheld = phrasebooks.en.appealEmail({ ...suspension, outcome: 'upheld' });
    assert.equal(enUpheld.subject, 'Your appeal: the suspension of your account stands');
    assert.match(enUpheld.text, /^They upheld the decision: it stands\.$/m);
    assert.match(enUpheld.text, /out-of-court dispute settlement body, or to the courts\.$/m);
    assert.doesNotMatch(enUpheld.text, /auction's page/);
    const enBack = phrasebooks.en.appealEmail({ ...suspension, outcome: 'reversed' });
    assert.match(
      enBack.text,
      /your account was reinstated and you can sign in again\. Bids of yours cancelled with the suspension do not count again\.$/m,
    );
    const enLater = phrasebooks.en.appealEmail({
      ...suspension,
      outcome: 'reversed',
      suspendedNow: true,
    });
    assert.match(enLater.text, /but a later one, a decision of its own, is in force/);
    const enKeep = phrasebooks.en.appealEmail({ ...removal, kind: 'keep', outcome: 'reversed' });
    assert.equal(
      enKeep.subject,
      'Your appeal: the decision to keep up the listing "Lanterna" was reversed',
    );
    assert.match(enKeep.text, /\(the reason you reported: a counterfeit\)\.$/m);
    assert.match(enKeep.text, /^They reversed the decision and took the listing down\.$/m);
    assert.match(enKeep.text, /^The auction's page: /m);

    const pt = phrasebooks['pt-BR'].appealEmail({
      ...removal,
      outcome: 'upheld',
      auctionUrl: null,
    });
    assert.equal(pt.subject, 'Seu recurso: a remoção do seu anúncio "Lanterna" foi mantida');
    assert.match(
      pt.text,
      /^A moderação do Arremate analisou o seu recurso contra a remoção do seu anúncio "Lanterna" \(motivo: falsificação\)\.\n\nA moderação manteve a decisão\.$/m,
    );
    assert.match(pt.text, /^Os motivos da moderação:\n"A nota fiscal confirma\."$/m);
    assert.match(pt.text, /órgão certificado de resolução extrajudicial de litígios ou à Justiça/);
    assert.doesNotMatch(pt.text, /Página do leilão/, 'no page without PUBLIC_URL');
    const ptBack = phrasebooks['pt-BR'].appealEmail({ ...suspension, outcome: 'reversed' });
    assert.equal(ptBack.subject, 'Seu recurso: a suspensão da sua conta foi revertida');
    assert.match(
      ptBack.text,
      /a sua conta foi reativada e você já pode entrar de novo\. Lances seus cancelados com a suspensão não voltam a valer\.$/m,
    );
    assert.doesNotMatch(ptBack.text, /extrajudicial/);
    const ptKeep = phrasebooks['pt-BR'].appealEmail({
      ...removal,
      kind: 'keep',
      outcome: 'upheld',
    });
    assert.equal(
      ptKeep.subject,
      'Seu recurso: a decisão de manter o anúncio "Lanterna" foi mantida',
    );
    assert.match(ptKeep.text, /\(motivo da denúncia: falsificação\)\.$/m);
    assert.match(ptKeep.text, /extrajudicial/);
    const ptRelist = phrasebooks['pt-BR'].appealEmail({ ...removal, outcome: 'reversed' });
    assert.match(ptRelist.text, /anunciar o item de novo com "Anunciar de novo" na página dele/);
    for (const language of ['en', 'pt-BR'] as const)
      for (const reason of FLAG_REASONS) {
        const text = phrasebooks[language].appealEmail({
          ...suspension,
          reason,
          outcome: 'upheld',
        });
        assert.match(text.text, /\((reason|motivo): [^\n)]{5,}\)\./, `${language} ${reason}`);
        assert.doesNotMatch(text.text, /undefined/);
      }
  });
});

describe('saved-search e-mails', () => {
  const notice = {
    name: 'Bruno',
    query: 'relogio',
    category: null,
    title: 'Relógio de bolso',
    price: 2500,
    startsAt: '2026-01-01T12:00:00.000Z',
    endsAt: '2026-01-02T12:00:00.000Z',
    perDay: 10,
    auctionUrl: 'https://leiloes.example/auctions/a-1',
  };

  it('name the search — words, a category, or both — in each language', () => {
    const words = phrasebooks.en.searchMatchEmail(notice, createFormatters('en', 'UTC'));
    assert.equal(words.subject, 'New listing for your search: "Relógio de bolso"');
    assert.match(words.text, /^A new listing matches the search you saved \(“relogio”\):$/m);
    assert.match(words.text, /^"Relógio de bolso", from R\$25\.00, ends on /m);
    assert.doesNotMatch(words.text, /starts on/, 'started already');
    assert.match(words.text, /at most 10 alerts like this a day/);
    const ptBR = createFormatters('pt-BR', 'UTC');
    const both = phrasebooks['pt-BR'].searchMatchEmail({ ...notice, category: 'jewelry' }, ptBR);
    assert.match(both.text, /\(“relogio” em Joias e relógios\):$/m);
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const category = phrasebooks['pt-BR'].searchMatchEmail(
      { ...notice, query: '', category: 'music', startsAt: later, perDay: 1, auctionUrl: null },
      ptBR,
    );
    assert.match(category.text, /\(a categoria Música e instrumentos\):$/m);
    assert.match(category.text, / Começa em /);
    assert.match(category.text, /no máximo 1 aviso destes por dia/);
    assert.doesNotMatch(category.text, /Página do leilão/);
    const enCategory = phrasebooks.en.searchMatchEmail(
      { ...notice, query: '', category: 'toys' },
      createFormatters('en', 'UTC'),
    );
    assert.match(enCategory.text, /\(the category Toys & games\):$/m);
  });
});

describe('bids the moderators cancelled', () => {
  it('are not facts of the auction: the report reads as if they had never been placed', () => {
    const shill = { id: 'u-shill', name: 'Sérgio' };
    const withCancelled = {
      finished: sold.finished,
      bids: [
        ...sold.bids.slice(0, 2),
        // A suspended account's bid, and the automatic answer it drew, both cancelled.
        { ...(sold.bids[1] as Bid), id: 'c1', bidder: shill, amount: 150_000, cancelled: true },
        { ...(sold.bids[1] as Bid), id: 'c2', amount: 155_000, automatic: true, cancelled: true },
        ...sold.bids.slice(2),
      ] satisfies Bid[],
    };
    assert.deepEqual(
      auctionFacts(withCancelled.finished, withCancelled.bids),
      auctionFacts(sold.finished, sold.bids),
    );
    assert.deepEqual(textsOf(withCancelled, 'pt-BR'), textsOf(sold, 'pt-BR'));
  });
});
