// Dockerfile.api and Dockerfile.worker: lint-clean, pinned to the Node base
// test:containers builds, non-root, exec-form CMD, SIGTERM reaching node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dockerfileProblems, type DockerfilePolicy } from './support/dockerfile.ts';
import { readRepoFile } from './support/repo.ts';
import { standInImages } from './support/stand-ins.ts';

const baseImage = standInImages().node;
const api: DockerfilePolicy = {
  baseImage,
  command: ['node', 'app/main.ts'],
  requireHealthcheck: true,
};
const worker: DockerfilePolicy = {
  baseImage,
  command: ['node', 'worker/main.ts'],
  requireHealthcheck: false,
};
const apiText = readRepoFile('Dockerfile.api');

test('the Node base is an exact Node 24 LTS slim release', () => {
  assert.match(baseImage, /^node:24\.\d+\.\d+-bookworm-slim$/);
});

test('Dockerfile.api passes the linter and the house rules', () => {
  assert.deepEqual(dockerfileProblems(apiText, api), []);
});

test('Dockerfile.worker passes the linter and the house rules', () => {
  assert.deepEqual(dockerfileProblems(readRepoFile('Dockerfile.worker'), worker), []);
});

test('production dependencies only in the final images; the web UI copied from its build stage', () => {
  for (const text of [apiText, readRepoFile('Dockerfile.worker')]) {
    assert.match(
      text,
      /FROM base AS prod-deps\n(?:.*\n)*?RUN npm install --omit=dev --ignore-scripts/,
    );
    assert.match(text, /COPY --from=prod-deps \/app\/node_modules\/ node_modules\//);
  }
  assert.match(apiText, /COPY --from=web-build \/app\/web\/dist\/ web\/dist\//);
});

test('the checks catch a floating base, root, shell-form CMD and a missing HEALTHCHECK', () => {
  const broken = apiText
    .replace(`FROM ${baseImage} AS base`, 'FROM node:latest AS base')
    .replace('USER 1000:1000', 'USER root')
    .replace('CMD ["node", "app/main.ts"]', 'CMD node app/main.ts')
    .replace(/HEALTHCHECK[^\n]*\\\n[^\n]*\n/, '')
    .replace('STOPSIGNAL SIGTERM', 'STOPSIGNAL SIGKILL');
  assert.deepEqual(dockerfileProblems(broken, api), [
    `FROM node:latest: the base must be exactly ${baseImage}`,
    'USER root is root',
    'CMD must be in exec form, so node is PID 1 and receives SIGTERM',
    'STOPSIGNAL SIGTERM is missing',
    'HEALTHCHECK CMD must exist, in exec form',
  ]);
  assert.match(
    dockerfileProblems('FROM scratch\nCOPY onlyone\n', worker).join('\n'),
    /COPY requires at least two arguments/,
  );
});
