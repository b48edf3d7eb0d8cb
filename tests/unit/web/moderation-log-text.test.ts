// What the moderation log says of each decision (web/src/i18n/moderation-log-text.ts):
// the UI knows the API's actions; each names its moderator and what it was
// about, linking to them while they exist, in words when gone; an appeal names
// the auction or the account it concerned; bids cancelled name the account
// and then the auction; a newer replica's action or reason is not shown as a
// key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModerationLogEntry } from '../../../core/schemas.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import {
  LOG_ACTIONS,
  isLogAction,
  logReasonText,
  logSentence,
  type LogSentence,
} from '../../../web/src/i18n/moderation-log-text.ts';

const API_ACTIONS = ModerationLogEntry.properties.action.anyOf.map((literal) => literal.const);

type Entry = Parameters<typeof logSentence>[0];
type About = Pick<Entry, 'auctionId' | 'auctionTitle' | 'userId' | 'userName'>;

const mara = { id: 'u-mara', name: 'Mara Moderadora' };
const onAuction: About = {
  auctionId: 'a-1',
  auctionTitle: 'Relógio falso',
  userId: null,
  userName: null,
};
const onAccount: About = {
  auctionId: null,
  auctionTitle: null,
  userId: 'u-vera',
  userName: 'Vera',
};
/** `action` as any string: the API's, or one from a newer replica. */
const entry = (action: string, about: About, reason: string | null = null) =>
  ({ action, moderator: mara, ...about, reason }) as Entry;

/** The sentence as it reads, with the links marked: [text](href). */
const read = ({ who, verb, about, then, after }: LogSentence) => {
  const say = ({ text, href }: { text: string; href: string | null }) =>
    href ? `[${text}](${href})` : text;
  const more = then ? `${then.words}${say(then.mention)}` : '';
  return `${say(who)} ${verb}${about ? ` ${say(about)}` : ''}${more}${after}.`;
};

test('the UI’s actions are the API’s: one added there and not here fails', () => {
  assert.deepEqual([...LOG_ACTIONS].sort(), [...API_ACTIONS].sort());
  for (const notOne of ['', 'appeal', 'toString', '__proto__', 'Removed', null, 1])
    assert.equal(isLogAction(notOne), false, String(notOne));
});

test('each action reads as a sentence naming who and what, linked', () => {
  const said = (action: string, about: About) => read(logSentence(entry(action, about), ptBR));
  const who = '[Mara Moderadora](/users/u-mara)';
  const lot = '[“Relógio falso”](/auctions/a-1)';
  assert.equal(said('removed', onAuction), `${who} removeu ${lot}.`);
  assert.equal(said('kept', onAuction), `${who} manteve ${lot} após analisar as denúncias.`);
  assert.equal(said('suspended', onAccount), `${who} suspendeu [Vera](/users/u-vera).`);
  assert.equal(said('reinstated', onAccount), `${who} reativou [Vera](/users/u-vera).`);
  assert.equal(
    said('appeal_upheld', onAuction),
    `${who} manteve a remoção de ${lot} após recurso.`,
  );
  assert.equal(
    said('appeal_reversed', onAccount),
    `${who} reverteu a suspensão de [Vera](/users/u-vera) após recurso.`,
  );
  assert.equal(
    read(logSentence(entry('appeal_upheld', onAccount), en)),
    '[Mara Moderadora](/users/u-mara) upheld the suspension of [Vera](/users/u-vera) on appeal.',
  ); // A reporter's appeal against keeping the auction up, as the API names it.
  const keepAppeal = (action: string) => ({
    ...entry(action, onAuction),
    appealKind: 'keep' as const,
  });
  assert.equal(
    read(logSentence(keepAppeal('appeal_reversed'), ptBR)),
    `${who} reverteu a decisão de manter ${lot} após recurso.`,
  );
  assert.equal(
    read(logSentence(keepAppeal('appeal_upheld'), en)),
    '[Mara Moderadora](/users/u-mara) upheld the decision to keep [“Relógio falso”](/auctions/a-1) on appeal.',
  );
  // The kind the API gives wins over the entry's shape: a removal's appeal names the auction.
  assert.equal(
    said('appeal_upheld', onAuction),
    read(logSentence({ ...entry('appeal_upheld', onAuction), appealKind: 'removal' }, ptBR)),
  );
});

test('bids cancelled name the suspended account, then the auction, each linked while it exists', () => {
  const both: About = { ...onAuction, userId: 'u-sergio', userName: 'Sérgio' };
  assert.equal(
    read(logSentence(entry('bids_cancelled', both, 'fraud'), ptBR)),
    '[Mara Moderadora](/users/u-mara) cancelou os lances de [Sérgio](/users/u-sergio) em [“Relógio falso”](/auctions/a-1).',
  );
  assert.equal(
    read(logSentence(entry('bids_cancelled', both), en)),
    '[Mara Moderadora](/users/u-mara) cancelled the bids of [Sérgio](/users/u-sergio) on [“Relógio falso”](/auctions/a-1).',
  );
  assert.equal(
    read(
      logSentence(entry('bids_cancelled', { ...both, userName: null, auctionTitle: null }), ptBR),
    ),
    '[Mara Moderadora](/users/u-mara) cancelou os lances de uma conta que não existe mais em um anúncio que não existe mais.',
  );
  assert.equal(logReasonText('fraud', ptBR), 'Motivo: Fraude ou golpe', 'the suspension’s reason');
  // Every other action names one thing.
  for (const action of API_ACTIONS.filter((action) => action !== 'bids_cancelled'))
    assert.equal(logSentence(entry(action, both), ptBR).then, null, action);
});

test('every action has its own words, in Portuguese and in English', () => {
  for (const t of [ptBR, en]) {
    const sentences = API_ACTIONS.flatMap((action) =>
      [onAuction, onAccount].map((about) => read(logSentence(entry(action, about), t))),
    );
    assert.equal(new Set(sentences).size, sentences.length);
  }
});

test('a moderator, auction or account gone is said in words, not linked', () => {
  const gone = {
    ...entry('removed', { ...onAuction, auctionTitle: null }),
    moderator: null,
  };
  assert.equal(
    read(logSentence(gone, ptBR)),
    'Conta excluída removeu um anúncio que não existe mais.',
  );
  assert.equal(
    read(logSentence(entry('suspended', { ...onAccount, userName: null }), en)),
    '[Mara Moderadora](/users/u-mara) suspended an account that no longer exists.',
  );
});

test('the reason reads as the report form names it; none, or an unknown one, is left unsaid', () => {
  assert.equal(logReasonText('counterfeit', ptBR), 'Motivo: Falsificação');
  assert.equal(logReasonText('fraud', en), 'Reason: Fraud or scam');
  for (const unknown of [null, '', 'spaceships', '__proto__'])
    assert.equal(logReasonText(unknown, ptBR), null, String(unknown));
});

test('an action this build does not know reads as a decision not described', () => {
  const sentence = logSentence(entry('auction_relisted', onAuction), ptBR);
  assert.equal(sentence.about, null);
  assert.equal(
    read(sentence),
    '[Mara Moderadora](/users/u-mara) tomou uma decisão que esta versão da página não sabe descrever.',
  );
});
