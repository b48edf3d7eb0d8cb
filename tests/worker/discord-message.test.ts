// The webhook payload: escaping, mentions, Discord's length limits (pure logic).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildDiscordPayload,
  DISCORD_LIMITS,
  embedLength,
  escapeMarkdown,
  truncate,
} from '../../worker/discord-message.ts';
import { limitViolations } from '../support/discord-stand-in.ts';

const input = (over: Partial<Parameters<typeof buildDiscordPayload>[0]> = {}) => ({
  content: 'Leilão encerrado.',
  title: 'Leilão encerrado: Bicicleta',
  description: 'Relatório.',
  fields: [
    { name: 'Resultado', value: 'Arrematado' },
    { name: 'Preço final', value: 'R$ 1.150,00' },
    { name: 'Vencedor(a)', value: 'Ana' },
    { name: 'Lances', value: '4 (3 participantes)' },
  ],
  footer: 'Texto gerado automaticamente, sem uso de IA.',
  timestamp: '2026-11-29T14:05:00.000Z',
  ...over,
});

describe('discord payload', () => {
  it('escapes markdown and defuses mentions; never allows a ping', () => {
    const hostile =
      '**@everyone** __@here__ <@123456> [click](http://x.test) `code` ~~s~~ ||spoiler|| \\o/';
    const payload = buildDiscordPayload(
      input({ title: hostile, content: `# big\n- item\n> quote ${hostile}` }),
    );
    const [embed] = payload.embeds;
    assert.deepEqual(payload.allowed_mentions, { parse: [] });
    assert.equal(
      embed!.title,
      '\\*\\*@\u200beveryone\\*\\* \\_\\_@\u200bhere\\_\\_ \\<@123456> \\[click\\](http://x.test) \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\\\o/',
    );
    assert.match(payload.content, /^\\# big\n\\- item\n\\> quote /);
    assert.doesNotMatch(JSON.stringify(payload), /@everyone|@here/);
  });

  it('keeps every part within the limits when the texts are huge', () => {
    const huge = '*'.repeat(20_000);
    const payload = buildDiscordPayload(
      input({
        content: huge,
        title: huge,
        description: huge,
        footer: huge,
        fields: [1, 2, 3, 4, 5].map(() => ({ name: huge, value: huge })),
      }),
    );
    const [embed] = payload.embeds;
    assert.equal(embed!.fields.length, 4, 'outcome, price, winner, bids; no more');
    // At the limit, or one under when cutting there would split an escape.
    assert.ok(
      payload.content.length >= DISCORD_LIMITS.content - 1 &&
        payload.content.length <= DISCORD_LIMITS.content,
    );
    assert.ok(
      embed!.title.length >= DISCORD_LIMITS.title - 1 &&
        embed!.title.length <= DISCORD_LIMITS.title,
    );
    assert.ok(embed!.description.length <= DISCORD_LIMITS.description);
    assert.ok(embedLength(embed!) <= DISCORD_LIMITS.embedTotal, `embed is ${embedLength(embed!)}`);
    assert.deepEqual(limitViolations(payload), []);
    // Truncated after escaping, never in the middle of an escape: pairs of "\*" then "…".
    assert.match(embed!.title, /^(\\\*)+…$/);
    assert.match(embed!.description, /^(\\\*)+…$/);
  });

  it('gives the description what the rest of the embed leaves of 6000', () => {
    const payload = buildDiscordPayload(
      input({ description: 'x'.repeat(10_000), title: 't'.repeat(300) }),
    );
    const [embed] = payload.embeds;
    assert.equal(embed!.description.length, DISCORD_LIMITS.description);
    assert.ok(embedLength(embed!) <= 6000);
  });

  it('links the title to the auction page only when there is one', () => {
    const url = 'https://leiloes.example/auctions/a-1';
    assert.equal(buildDiscordPayload(input({ url })).embeds[0]?.url, url);
    assert.equal('url' in (buildDiscordPayload(input()).embeds[0] ?? {}), false);
  });

  it('shows the first photo only when there is one', () => {
    const imageUrl = 'https://leiloes.example/api/auctions/a-1/photos/p1';
    assert.deepEqual(buildDiscordPayload(input({ imageUrl })).embeds[0]?.image, { url: imageUrl });
    assert.equal('image' in (buildDiscordPayload(input()).embeds[0] ?? {}), false);
  });

  it('never leaves a field empty (Discord rejects it)', () => {
    const payload = buildDiscordPayload(input({ fields: [{ name: '', value: '' }] }));
    assert.deepEqual(payload.embeds[0]!.fields, [{ name: '—', value: '—', inline: true }]);
  });

  it('truncate keeps surrogate pairs whole', () => {
    assert.equal(truncate('ab😀😀', 4), 'ab…');
    assert.equal(truncate('short', 10), 'short');
    assert.equal(escapeMarkdown('R$ 1.150,00 - ok'), 'R$ 1.150,00 - ok');
  });
});
