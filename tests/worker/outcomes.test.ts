// Issue 8's outcomes, end to end: auctions sold (with automatic bids, a met
// reserve and a soft-close extension), bought with Buy It Now, without bids,
// with the reserve not met, and ended at a hard deadline — made and closed
// by the real Lua scripts — then the worker's texts in both languages, the
// Discord embed, and the Gemini prompt. No reserve amount ever appears.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import type { AuctionReport } from '../../core/schemas.ts';
import type { DiscordBody } from '../support/discord-stand-in.ts';
import { closedAuctions, storeFor, type AuctionPlan } from './closed-auctions.ts';
import {
  MODEL,
  processed,
  runWorkerUntil,
  storedReport,
  uniquePrefix,
  useTestbed,
} from './harness.ts';

const MET_RESERVE = 55_500;
const HIGH_RESERVE = 123_456;

const plans = {
  // Bruno's maximum (R$ 500) answers Carla's R$ 200 with R$ 205, automatically; Carla's R$ 600
  // then beats it. Every bid lands inside the 1 s window, so each moves the end.
  sold: {
    title: 'Relógio de bolso',
    startingPrice: 10_000,
    minIncrement: 500,
    reservePrice: MET_RESERVE,
    softCloseSeconds: 1,
    bids: [
      [0, 10_000, 50_000],
      [1, 20_000],
      [1, 60_000],
    ],
  },
  boughtNow: {
    title: 'Câmera analógica',
    reservePrice: HIGH_RESERVE,
    buyNowPrice: 150_000,
    bids: [[0, 90_000]],
    buyNowBy: 2,
  },
  noBids: { title: 'Vaso de cerâmica' },
  // Bruno's maximum (R$ 1.000) answers Carla with R$ 901; the reserve is above every bid.
  reserveNotMet: {
    title: 'Guitarra',
    reservePrice: HIGH_RESERVE,
    bids: [
      [0, 80_000, 100_000],
      [1, 90_000],
    ],
  },
  // A bid inside the window would move the end 1 s on, but the hard deadline comes first.
  deadline: { title: 'Luminária', softCloseSeconds: 1, maxEndsInMs: 600, bids: [[2, 80_000]] },
} satisfies Record<string, AuctionPlan>;
type Case = keyof typeof plans;

/** Every way an amount could be written: centavos, reais with either separator, grouped. */
function amountForms(cents: number): string[] {
  const reais = cents / 100;
  const grouped = (locale: string) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(reais);
  return [
    String(cents),
    reais.toFixed(2),
    reais.toFixed(2).replace('.', ','),
    grouped('pt-BR'),
    grouped('en'),
  ];
}

function assertNoReserve(text: string, where: string) {
  for (const reserve of [MET_RESERVE, HIGH_RESERVE]) {
    for (const form of amountForms(reserve)) {
      assert.ok(!text.includes(form), `${where} reveals a reserve (${form})`);
    }
  }
}

interface Expected {
  report: RegExp[];
  email: RegExp | null;
  post: RegExp;
  /** Discord fields: outcome, price, winner, bids. */
  fields: [string, RegExp, string, string];
}

const ptBR: Record<Case, Expected> = {
  sold: {
    report: [
      /Resultado: arrematado por R\$\s600,00 por Carla\. O preço de reserva definido pelo vendedor foi atingido\./,
      /Lances: 4 lances de 2 participantes \(1 lance automático: o sistema cobre as outras ofertas em nome de quem definiu um lance máximo\)\./,
      /primeiro lance foi de R\$\s100,00 e o lance vencedor, de R\$\s600,00 — alta de 500%/,
      /Prorrogação: lances feitos a menos de 1 segundo do fim prorrogaram o encerramento \(anti-sniping\); o leilão terminou em .+\./,
    ],
    email:
      /^Assunto: Você arrematou "Relógio de bolso"\n\nOlá, Carla,\n\nParabéns! Seu lance de R\$\s600,00 venceu/,
    post: /^Leilão encerrado: "Relógio de bolso" foi arrematado por R\$\s600,00 por Carla, depois de 4 lances de 2 participantes\. \(texto automático, sem IA\)$/,
    fields: ['Arrematado', /^R\$\s600,00$/, 'Carla', '4 (2 participantes, 1 automático)'],
  },
  boughtNow: {
    report: [
      /Resultado: comprado por Davi no “Compre já”, por R\$\s1\.500,00, o que encerrou o leilão na hora\./,
      /primeiro lance foi de R\$\s900,00 e a compra no “Compre já” fechou em R\$\s1\.500,00/,
    ],
    email:
      /^Assunto: Você comprou "Câmera analógica"\n\nOlá, Davi,\n\nParabéns! Você comprou "Câmera analógica" no “Compre já”, por R\$\s1\.500,00/,
    post: /^Leilão encerrado: Davi comprou "Câmera analógica" no “Compre já”, por R\$\s1\.500,00\./,
    fields: ['Comprado no “Compre já”', /^R\$\s1\.500,00$/, 'Davi', '2 (2 participantes)'],
  },
  noBids: {
    report: [/Resultado: encerrado sem lances; o item não foi vendido\./, /nenhum lance recebido/],
    email: null,
    post: /^Leilão encerrado sem lances: "Vaso de cerâmica" \(preço inicial de R\$\s800,00\)/,
    fields: ['Sem lances', /^Não vendido$/, 'Ninguém', '0'],
  },
  reserveNotMet: {
    report: [
      /Resultado: não vendido\. Houve lances, mas o maior deles \(R\$\s901,00\) não atingiu o preço de reserva definido pelo vendedor, que é sigiloso; por isso não há vencedor\(a\) nem venda\./,
      /3 lances de 2 participantes \(1 lance automático/,
      /e o maior lance, de R\$\s901,00/,
    ],
    email: null,
    post: /^Leilão encerrado sem venda: "Guitarra" recebeu 3 lances \(o maior, de R\$\s901,00\), mas o preço de reserva do vendedor não foi atingido\./,
    fields: [
      'Reserva não atingida',
      /^Não vendido \(maior lance: R\$\s901,00\)$/,
      'Ninguém',
      '3 (2 participantes, 1 automático)',
    ],
  },
  deadline: {
    report: [
      /Prorrogação: houve lances a menos de 1 segundo do fim; o leilão terminou no prazo máximo, .+, que nenhuma prorrogação ultrapassa\./,
      /o lance vencedor, de R\$\s800,00 — sem alta sobre o preço inicial\./,
    ],
    email: /^Assunto: Você arrematou "Luminária"/,
    post: /foi arrematado por R\$\s800,00 por Davi/,
    fields: ['Arrematado', /^R\$\s800,00$/, 'Davi', '1 (1 participante)'],
  },
};

const en: Record<Case, Expected> = {
  sold: {
    report: [
      /Result: sold for R\$600\.00 to Carla\. The seller's reserve price was met\./,
      /Bids: 4 bids from 2 bidders \(1 automatic bid: the system answers other bids on behalf of a bidder who set a maximum\)\./,
      /the first bid was R\$100\.00 and the winning bid R\$600\.00 — up 500% on the starting price/,
      /Extension: bids placed less than 1 second before the end extended it \(anti-sniping\); the auction ended on .+\./,
    ],
    email: /^Subject: You won "Relógio de bolso"\n\nHello Carla,/,
    post: /^Auction closed: "Relógio de bolso" sold for R\$600\.00 to Carla, after 4 bids from 2 bidders\. \(automatic text, no AI\)$/,
    fields: ['Sold', /^R\$600\.00$/, 'Carla', '4 (2 bidders, 1 automatic)'],
  },
  boughtNow: {
    report: [
      /Result: bought by Davi with Buy It Now for R\$1,500\.00, which closed the auction at once\./,
      /the Buy It Now purchase closed it at R\$1,500\.00/,
    ],
    email:
      /^Subject: You bought "Câmera analógica"\n\nHello Davi,\n\nCongratulations! You bought "Câmera analógica" with Buy It Now for R\$1,500\.00/,
    post: /^Auction closed: Davi bought "Câmera analógica" with Buy It Now for R\$1,500\.00\./,
    fields: ['Bought with Buy It Now', /^R\$1,500\.00$/, 'Davi', '2 (2 bidders)'],
  },
  noBids: {
    report: [/Result: closed without bids; the item was not sold\./, /Bids: none received\./],
    email: null,
    post: /^Auction closed without bids: "Vaso de cerâmica"/,
    fields: ['No bids', /^Not sold$/, 'Nobody', '0'],
  },
  reserveNotMet: {
    report: [
      /Result: not sold\. There were bids, but the highest \(R\$901\.00\) did not reach the reserve price the seller set, which is kept secret; so there is no winner and no sale\./,
      /3 bids from 2 bidders \(1 automatic bid/,
    ],
    email: null,
    post: /^Auction closed unsold: "Guitarra" got 3 bids \(the highest R\$901\.00\), but the seller's reserve price was not met\./,
    fields: [
      'Reserve not met',
      /^Not sold \(highest bid: R\$901\.00\)$/,
      'Nobody',
      '3 (2 bidders, 1 automatic)',
    ],
  },
  deadline: {
    report: [
      /Extension: bids came less than 1 second before the end; the auction ended at its hard deadline, .+, which no extension can pass\./,
      /the winning bid R\$800\.00 — no rise on the starting price\./,
    ],
    email: /^Subject: You won "Luminária"/,
    post: /sold for R\$800\.00 to Davi/,
    fields: ['Sold', /^R\$800\.00$/, 'Davi', '1 (1 bidder)'],
  },
};

describe('outcomes (issue 8)', () => {
  const bed = useTestbed();
  const cases = Object.keys(plans) as Case[];

  /** Closes one auction per case under a fresh prefix and runs a worker until all are processed. */
  async function processAll(vars: Record<string, string>, withGemini = false) {
    const prefix = uniquePrefix();
    const auctions = await closedAuctions(
      storeFor(bed.client, prefix),
      cases.map((name) => plans[name]),
    );
    await runWorkerUntil(
      bed.redis,
      { ...bed.vars(prefix, withGemini), ...vars },
      (logs) => processed(logs).length === cases.length,
    );
    const keys = redisKeys(prefix);
    const reports = new Map<Case, AuctionReport>();
    for (const [i, name] of cases.entries()) {
      const report = await storedReport(bed.client, keys.report(auctions[i]!.id));
      assert.ok(report, `a report for ${name}`);
      reports.set(name, report);
    }
    return reports;
  }

  const postAbout = (title: string): DiscordBody => {
    const post = bed.discord.created.find((p) => p.body.embeds?.[0]?.title?.endsWith(title));
    assert.ok(post, `a Discord post about ${title}`);
    return post.body;
  };

  for (const [language, expected] of [
    ['pt-BR', ptBR],
    ['en', en],
  ] as const) {
    it(`mock texts and Discord embeds for every outcome (${language})`, async () => {
      const reports = await processAll({ REPORT_LANGUAGE: language });
      for (const name of cases) {
        const report = reports.get(name)!;
        const want = expected[name];
        assert.equal(report.generatedBy, 'mock');
        for (const pattern of want.report) assert.match(report.report, pattern, name);
        if (want.email === null) assert.equal(report.email, null, `${name}: no email`);
        else assert.match(report.email ?? '', want.email, name);
        assert.match(report.post, want.post, name);
        assertNoReserve(JSON.stringify(report), `${name}'s report`);

        const body = postAbout(plans[name].title);
        assertNoReserve(JSON.stringify(body), `${name}'s Discord post`);
        const values = body.embeds![0]!.fields!.map((field) => field.value);
        const [outcome, price, winner, bids] = want.fields;
        assert.equal(values[0], outcome, name);
        assert.match(values[1] ?? '', price, name);
        assert.deepEqual(values.slice(2), [winner, bids], name);
      }
      // Only the sold auction with soft close and the deadline one mention an extension.
      for (const name of ['boughtNow', 'noBids', 'reserveNotMet'] as const) {
        assert.doesNotMatch(reports.get(name)!.report, /Prorrogação|Extension/, name);
      }
    });
  }

  it('Gemini: the prompt carries the outcome and its explanation, never the reserve', async () => {
    const reports = await processAll({}, true);
    assert.deepEqual(bed.gemini.unexpected, []);
    assert.equal(bed.gemini.requests.length, cases.length);
    const prompts = new Map(
      bed.gemini.requests.map((request) => {
        const text = request.body.contents[0]!.parts[0]!.text;
        const facts = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
        assertNoReserve(JSON.stringify(request.body), `the prompt about ${String(facts.title)}`);
        return [facts.title, facts];
      }),
    );
    const unsold = prompts.get(plans.reserveNotMet.title);
    assert.equal(unsold?.outcome, 'RESERVE_NOT_MET');
    assert.equal(unsold?.hasReserve, true);
    assert.equal(unsold?.winner, null);
    assert.equal(unsold?.finalPrice, null);
    assert.match(String(unsold?.highestBid), /^R\$\s901,00$/);
    assert.equal(unsold?.automaticBidCount, 1);
    assert.equal(prompts.get(plans.boughtNow.title)?.outcome, 'BOUGHT_NOW');
    assert.equal(prompts.get(plans.noBids.title)?.outcome, 'NO_BIDS');
    assert.equal(prompts.get(plans.sold.title)?.outcome, 'SOLD');
    assert.deepEqual(
      (prompts.get(plans.sold.title)?.softClose as { kind: string } | null)?.kind,
      'extended',
    );
    const instruction = bed.gemini.requests[0]!.body.systemInstruction!.parts[0]!.text;
    assert.match(
      instruction,
      /RESERVE_NOT_MET: there were bids, but the highest bid did not reach/,
    );
    assert.match(instruction, /never state, estimate or hint at it/);
    assert.match(instruction, /BOUGHT_NOW: the winner bought the item at its Buy It Now price/);
    // The stand-in answers with an email whenever the facts name a winner; none for these two.
    assert.equal(reports.get('reserveNotMet')?.email, null);
    assert.equal(reports.get('noBids')?.email, null);
    assert.equal(reports.get('boughtNow')?.generatedBy, MODEL);
  });
});
