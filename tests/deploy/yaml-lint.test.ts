// Every YAML file of the repository passes yamllint (.yamllint, strict).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { yamllintFiles, yamllintProblems } from './support/yamllint.ts';

test('yamllint finds the deployment files and every YAML file is clean', () => {
  const files = yamllintFiles();
  for (const expected of [
    'docker-compose.yml',
    'k8s/api.yaml',
    'k8s/worker.yaml',
    'k8s/redis.yaml',
    'k8s/config.yaml',
  ]) {
    assert.ok(files.includes(expected), `yamllint does not see ${expected}: ${files.join(', ')}`);
  }
  assert.deepEqual(yamllintProblems(files), []);
});

test('yamllint rejects a duplicated key, bad indentation and a bare "yes"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yamllint-'));
  try {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(
      broken,
      'kind: ConfigMap\nkind: Secret\nmetadata:\n  name: x\ndata:\n   flag: yes\n',
    );
    const problems = yamllintProblems([broken]).join('\n');
    assert.match(problems, /key-duplicates/);
    assert.match(problems, /indentation/);
    assert.match(problems, /truthy/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
