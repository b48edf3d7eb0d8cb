// docker-compose.yml: valid for the current Compose specification and for
// docker-compose 1.29, and saying what the deployment promises.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { composeSchemaProblems, dockerComposeConfig, parseCompose } from './support/compose.ts';
import { apiEnvNames, workerEnvNames } from './support/env-names.ts';
import { readRepoFile, repoRoot } from './support/repo.ts';
import { standInImages } from './support/stand-ins.ts';

interface Service {
  image?: string;
  build?: { dockerfile?: string };
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test?: string[] };
  deploy?: { replicas?: number };
  depends_on?: unknown;
  stop_grace_period?: string;
}

const text = readRepoFile('docker-compose.yml');
const compose = parseCompose(text) as { services: Record<string, Service>; volumes?: object };
const { api, worker, redis, lb } = compose.services;
const sandbox = mkdtempSync(join(tmpdir(), 'compose-check-'));
const emptyEnv = join(sandbox, 'empty.env');
writeFileSync(emptyEnv, '');
after(() => rmSync(sandbox, { recursive: true, force: true }));

test('matches the Compose specification schema (dclint)', () => {
  assert.deepEqual(composeSchemaProblems(compose), []);
});

test('docker-compose 1.29 accepts it without a .env file', () => {
  const result = dockerComposeConfig(join(repoRoot, 'docker-compose.yml'), emptyEnv);
  assert.ok(result.ok, result.output);
});

test('both checkers reject a misspelt key', () => {
  const broken = structuredClone(compose) as { services: Record<string, Record<string, unknown>> };
  broken.services.api!.enviroment = { PORT: '5000' };
  assert.match(composeSchemaProblems(broken).join('\n'), /additional properties \(enviroment\)/);
  const file = join(sandbox, 'docker-compose.yml');
  writeFileSync(
    file,
    'services:\n  api:\n    image: api:latest\n    enviroment:\n      PORT: "5000"\n',
  );
  const result = dockerComposeConfig(file, emptyEnv);
  assert.equal(result.ok, false);
  assert.match(result.output, /enviroment/);
});

test('services: redis, three api replicas, the worker and the load balancer', () => {
  assert.deepEqual(Object.keys(compose.services).sort(), ['api', 'lb', 'redis', 'worker']);
  assert.equal(api?.deploy?.replicas, 3);
  assert.equal(api?.build?.dockerfile, 'Dockerfile.api');
  assert.equal(worker?.build?.dockerfile, 'Dockerfile.worker');
  // The UI at http://localhost:5000 unless PUBLIC_PORT says otherwise.
  assert.deepEqual(lb?.ports, ['${PUBLIC_PORT:-5000}:80']);
});

test('redis keeps an AOF (fsync every second) on a named volume and has a healthcheck', () => {
  const command = (redis?.command ?? []).join(' ');
  assert.match(command, /--appendonly yes/);
  assert.match(command, /--appendfsync \$\{REDIS_APPENDFSYNC:-everysec\}/);
  assert.match(command, /--dir \/data/);
  assert.ok(redis?.volumes?.includes('redis-data:/data'));
  assert.ok(compose.volumes && 'redis-data' in compose.volumes);
  assert.deepEqual(redis?.healthcheck?.test, ['CMD', 'redis-cli', 'ping']);
});

test('images are the ones npm run test:containers builds or makes locally', () => {
  const standIns = standInImages();
  assert.equal(redis?.image, standIns.redis);
  assert.equal(lb?.image, standIns.nginx);
  const testScript = readRepoFile('scripts/containers/test.sh');
  for (const image of [api?.image, worker?.image]) {
    assert.ok(image && testScript.includes(`-t ${image}`), `test.sh does not build ${image}`);
  }
});

test('the load balancer mounts a config file that exists', () => {
  const [source] = (lb?.volumes?.[0] ?? '').split(':');
  assert.ok(source && existsSync(join(repoRoot, source)), `missing ${source}`);
});

test('environment names are ones the processes read (no typos)', () => {
  for (const name of Object.keys(api?.environment ?? {}))
    assert.ok(apiEnvNames.has(name), `api: ${name}`);
  for (const name of Object.keys(worker?.environment ?? {}))
    assert.ok(workerEnvNames.has(name), `worker: ${name}`);
  assert.equal(api?.environment?.REDIS_HOST, 'redis');
  assert.equal(worker?.environment?.REDIS_HOST, 'redis');
});

test('no health-gated depends_on, and drain time before SIGKILL', () => {
  // Health-gated start order hangs under podman without systemd, and the
  // processes wait for Redis themselves; plain lists only.
  for (const service of Object.values(compose.services)) {
    if (service.depends_on !== undefined) assert.ok(Array.isArray(service.depends_on));
  }
  // app/main.ts drains within 10 s; the worker's grace is 15 s.
  assert.equal(api?.stop_grace_period, '15s');
  assert.equal(worker?.stop_grace_period, '20s');
});
