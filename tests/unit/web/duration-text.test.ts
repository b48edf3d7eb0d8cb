// The median times of the transparency report in words
// (web/src/i18n/duration-text.ts): to the minute, the two largest units at
// most, never rounded up; none decided reads as such, not as zero.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { durationText, medianText } from '../../../web/src/i18n/duration-text.ts';
import { transparencyMessages } from '../../../web/src/i18n/transparency-messages.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const pt = transparencyMessages['pt-BR'];
const en = transparencyMessages.en;
const said = (seconds: number) => durationText(seconds, pt.duration, 'pt-BR');

test('under a minute, minutes, hours and minutes', () => {
  assert.equal(said(0), 'menos de 1 min');
  assert.equal(said(59), 'menos de 1 min');
  assert.equal(said(MINUTE), '1 min');
  assert.equal(said(45 * MINUTE + 59), '45 min', 'the seconds dropped, not rounded up');
  assert.equal(said(HOUR - 1), '59 min');
  assert.equal(said(HOUR), '1 h');
  assert.equal(said(2 * HOUR + 5 * MINUTE + 30), '2 h 5 min');
});

test('days and hours, the minutes dropped; one day or many', () => {
  assert.equal(said(DAY - 1), '23 h 59 min');
  assert.equal(said(DAY), '1 dia');
  assert.equal(said(DAY + 59 * MINUTE), '1 dia', 'minutes are not said after days');
  assert.equal(said(3 * DAY + 4 * HOUR + 30 * MINUTE), '3 dias 4 h');
  assert.equal(said(1234 * DAY), '1.234 dias', 'grouped as the language writes numbers');
});

test('in English', () => {
  const inEnglish = (seconds: number) => durationText(seconds, en.duration, 'en');
  assert.equal(inEnglish(30), 'less than 1 min');
  assert.equal(inEnglish(2 * HOUR + 5 * MINUTE), '2 h 5 min');
  assert.equal(inEnglish(DAY + HOUR), '1 day 1 h');
  assert.equal(inEnglish(1234 * DAY), '1,234 days');
});

test('a median of nothing decided says so', () => {
  assert.equal(medianText(null, pt, 'pt-BR'), 'sem decisões no período');
  assert.equal(medianText(null, en, 'en'), 'no decisions in the period');
  assert.equal(medianText(0, pt, 'pt-BR'), 'menos de 1 min', 'zero is a time, not none');
  assert.equal(medianText(3 * DAY + 4 * HOUR, pt, 'pt-BR'), '3 dias 4 h');
});
