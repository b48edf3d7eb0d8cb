// What reaches Discord and Redis, end to end: hostile titles, oversized model
// answers, the model's texts and the language setting.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { limitViolations } from '../support/discord-stand-in.ts';
import { closedAuctions, storeFor, type AuctionPlan } from './closed-auctions.ts';
import {
  MODEL,
  processed,
  runWorkerUntil,
  storedReport,
  uniquePrefix,
  useTestbed,
} from './harness.ts';

describe('content', () => {
  const bed = useTestbed();

  async function runOne(plan: AuctionPlan, vars: Record<string, string> = {}, withGemini = false) {
    const prefix = uniquePrefix();
    const [auction] = await closedAuctions(storeFor(bed.client, prefix), [plan]);
    await runWorkerUntil(
      bed.redis,
      { ...bed.vars(prefix, withGemini), ...vars },
      (logs) => processed(logs).length === 1,
    );
    return storedReport(bed.client, redisKeys(prefix).report(auction!.id));
  }

  it('a title full of markdown and mentions pings nobody and formats nothing', async () => {
    const title = '**@everyone** @here <@&123> __FREE__ [prize](http://evil.test) `x`';
    const report = await runOne({
      title,
      description: '# @everyone\n> ||spoiler||',
      bids: [[0, 80_000]],
    });
    assert.ok(report?.post.includes(title), 'the stored text keeps the title as typed');
    const [post] = bed.discord.created;
    assert.ok(post, 'Discord accepted the message');
    assert.deepEqual(post.body.allowed_mentions, { parse: [] });
    assert.doesNotMatch(JSON.stringify(post.body), /@everyone|@here/);
    assert.match(
      post.body.embeds![0]!.title!,
      /^Leilão encerrado: \\\*\\\*@\u200beveryone\\\*\\\* @\u200bhere \\<@&123> \\_\\_FREE\\_\\_ \\\[prize\\\]\(http/,
    );
  });

  it('with PUBLIC_URL the post links the page and shows the first photo; without, neither', async () => {
    const settings: Record<string, string>[] = [{ PUBLIC_URL: 'https://leiloes.example/' }, {}];
    for (const vars of settings) {
      const prefix = uniquePrefix();
      const store = storeFor(bed.client, prefix);
      const [auction] = await closedAuctions(store, [{ bids: [[0, 80_000]], photos: 2 }]);
      const { id, photos } = (await store.get(auction!.id))!;
      assert.equal(photos.length, 2);
      bed.discord.created.length = 0;
      await runWorkerUntil(
        bed.redis,
        { ...bed.vars(prefix), ...vars },
        (logs) => processed(logs).length === 1,
      );
      const embed = bed.discord.created[0]!.body.embeds![0]!;
      if (vars.PUBLIC_URL) {
        assert.equal(embed.url, `https://leiloes.example/auctions/${id}`);
        assert.deepEqual(embed.image, { url: `https://leiloes.example${photos[0]!.url}` });
      } else {
        assert.equal('url' in embed || 'image' in embed, false);
      }
    }
  });

  it("an oversized model answer is cut to Discord's limits, and the model is credited", async () => {
    bed.gemini.script({
      text: JSON.stringify({
        report: '*_'.repeat(2_990),
        email: 'Assunto: oi',
        post: '@everyone '.repeat(99),
      }),
    });
    const report = await runOne({ bids: [[0, 80_000]] }, {}, true);
    assert.equal(report?.generatedBy, MODEL);
    const [post] = bed.discord.created;
    assert.ok(post, 'Discord accepted the message');
    assert.deepEqual(limitViolations(post.body), []);
    const embed = post.body.embeds![0]!;
    assert.ok(embed.description!.endsWith('…'));
    assert.ok(embed.description!.length >= 4000, 'the description keeps what fits');
    assert.equal(embed.footer?.text, `Textos escritos por IA (${MODEL}).`);
  });

  it("Gemini 429 then success: the model's texts, in English when REPORT_LANGUAGE=en", async () => {
    const { gemini, discord } = bed;
    gemini.script({ status: 429 });
    const report = await runOne(
      {
        bids: [
          [0, 80_000],
          [1, 95_000],
        ],
      },
      { REPORT_LANGUAGE: 'en' },
      true,
    );
    assert.equal(gemini.requests.length, 2);
    assert.equal(report?.generatedBy, MODEL);
    assert.equal(report?.email, 'Assunto: Parabéns, Carla!');
    assert.match(gemini.requests[1]!.body.systemInstruction!.parts[0]!.text, /Write in English/);
    const fields = discord.created[0]!.body.embeds![0]!.fields!;
    assert.deepEqual(
      fields.map((f) => f.name),
      ['Outcome', 'Final price', 'Winner', 'Bids'],
    );
    assert.deepEqual(
      fields.map((f) => f.value),
      ['Sold', 'R$950.00', 'Carla', '2 (2 bidders)'],
    );
  });
});
