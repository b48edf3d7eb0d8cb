// .env.example documents every variable the API and the worker read, with
// their real defaults, plus the compose-only settings docker-compose.yml uses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { envEntries, envExampleProblems } from './support/env-example.ts';
import { readRepoFile } from './support/repo.ts';

const envText = readRepoFile('.env.example');
const composeText = readRepoFile('docker-compose.yml');

test('every variable is listed with its real default; compose variables are documented', () => {
  assert.deepEqual(envExampleProblems(envText, composeText), []);
});

test('the variables the original README and issue 5 name are there', () => {
  const entries = envEntries(envText);
  for (const name of [
    'PORT',
    'HOST',
    'REDIS_URL',
    'REDIS_HOST',
    'REDIS_PORT',
    'REDIS_DB',
    'REDIS_KEY_PREFIX',
    'LOG_LEVEL',
    'GEMINI_API_KEY',
    'GEMINI_MODEL',
    'GEMINI_BASE_URL',
    'DISCORD_WEBHOOK_URL',
    'REPORT_LANGUAGE',
  ]) {
    assert.ok(entries.has(name), name);
  }
});

test('the check catches a missing variable, a wrong default and an unknown name', () => {
  const broken = envText
    .replace(/^# PORT=5000\n/m, '')
    .replace('# LOG_LEVEL=info', '# LOG_LEVEL=debug')
    .concat('REDIS_HOTS=redis\n');
  // Only what the breakage adds, whatever the real file's state.
  const before = new Set(envExampleProblems(envText, composeText));
  const added = envExampleProblems(broken, `${composeText}\n# \${GEMINI_MODLE}\n`).filter(
    (problem) => !before.has(problem),
  );
  assert.deepEqual(added, [
    'LOG_LEVEL=debug but the default is "info"',
    'PORT is missing',
    'GEMINI_MODLE (docker-compose.yml) is undocumented',
    'GEMINI_MODLE (docker-compose.yml) is read by nothing',
    'REDIS_HOTS is read by nothing',
  ]);
});
