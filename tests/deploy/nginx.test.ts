// deploy/nginx/default.conf: valid for nginx, sticky, WebSocket-capable, and
// patient enough for Socket.IO's heartbeat.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nginxPolicyProblems, nginxSyntaxCheck } from './support/nginx.ts';
import { readRepoFile } from './support/repo.ts';

const conf = readRepoFile('deploy/nginx/default.conf');

test('nginx -t accepts the load balancer configuration', () => {
  const result = nginxSyntaxCheck(conf);
  assert.ok(result.ok, result.output);
});

test('sticky by client address, WebSocket upgrade, read timeout above ping interval + timeout', () => {
  assert.deepEqual(nginxPolicyProblems(conf), []);
});

test('the checks catch a broken configuration', () => {
  assert.equal(nginxSyntaxCheck(conf.replace('listen 80;', 'listen 80')).ok, false);
  const weakened = conf
    .replace(/hash \$remote_addr;/, 'hash $remote_addr consistent;')
    .replace(/proxy_read_timeout \S+;/, 'proxy_read_timeout 30s;')
    .replace(/proxy_set_header Upgrade \$http_upgrade;/, '');
  assert.deepEqual(nginxPolicyProblems(weakened), [
    'the Upgrade header is not passed on',
    'the api upstream is not sticky (ip_hash or hash $remote_addr, without consistent)',
    'proxy_read_timeout 30s must be set above 45s',
  ]);
});
