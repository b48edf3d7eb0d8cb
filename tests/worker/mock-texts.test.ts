// Mock mode: the template texts, from a hand-made finished auction (pure logic).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Bid, FinishedAuction } from '../../core/schemas.ts';
import { auctionFacts } from '../../worker/texts/facts.ts';
import { createFormatters } from '../../worker/texts/format.ts';
import { mockTexts } from '../../worker/texts/mock.ts';

const people = {
  ana: { id: 'u-ana', name: 'Ana' },
  bruno: { id: 'u-bruno', name: 'Bruno' },
  carla: { id: 'u-carla', name: 'Carla' },
};

function finished(bids: [keyof typeof people, number][]): {
  finished: FinishedAuction;
  bids: Bid[];
} {
  const history: Bid[] = bids.map(([who, amount], i) => ({
    id: `b${i}`,
    auctionId: 'a-1',
    seq: i + 2,
    amount,
    bidder: people[who],
    placedAt: '2026-11-29T13:00:00.000Z',
  }));
  const last = history.at(-1);
  const winner = last?.bidder ?? null;
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
        softCloseSeconds: 0,
        bidCount: history.length,
        leader: winner,
        // 2 h 5 min, shown in São Paulo time (UTC−3).
        createdAt: '2026-11-29T12:00:00.000Z',
        endsAt: '2026-11-29T14:05:00.000Z',
        closedAt: '2026-11-29T14:05:00.000Z',
        winner,
        seq: history.length + 2,
      },
      winner,
      finalPrice: last?.amount ?? null,
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

  it('is deterministic', () => {
    assert.deepEqual(textsOf(sold, 'pt-BR'), textsOf(sold, 'pt-BR'));
  });
});
