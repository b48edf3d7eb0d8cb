// Checks of the load balancer's configuration (deploy/nginx/default.conf):
// what Socket.IO behind nginx needs, and nginx's own syntax check.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTool } from './repo.ts';

/** Socket.IO's defaults: a ping every 25 s, answered within 20 s. */
const SOCKET_IO_SILENCE_SECONDS = 25 + 20;

function seconds(value: string): number {
  const match = /^(\d+)(ms|s|m)?$/.exec(value);
  if (!match) return Number.NaN;
  const amount = Number(match[1]);
  return match[2] === 'ms' ? amount / 1000 : match[2] === 'm' ? amount * 60 : amount;
}

/** What a WebSocket-capable, sticky load balancer for Socket.IO must say. */
export function nginxPolicyProblems(conf: string): string[] {
  const problems: string[] = [];
  const has = (pattern: RegExp, problem: string) => {
    if (!pattern.test(conf)) problems.push(problem);
  };
  has(/^\s*proxy_pass\s+http:\/\/api;/m, 'no proxy_pass to the api upstream');
  has(/^\s*proxy_http_version\s+1\.1;/m, 'WebSocket needs proxy_http_version 1.1');
  has(/^\s*proxy_set_header\s+Upgrade\s+\$http_upgrade;/m, 'the Upgrade header is not passed on');
  has(
    /^\s*proxy_set_header\s+Connection\s+\$connection_upgrade;/m,
    'the Connection header is not set from the upgrade map',
  );
  has(
    /map\s+\$http_upgrade\s+\$connection_upgrade\s*\{[^}]*default\s+upgrade;/,
    'no map turning Upgrade into Connection: upgrade',
  );
  // Stickiness by client address. nginx's `consistent` hash round-robins
  // between the addresses of one `server` name, so it is not sticky here.
  const upstream = /upstream\s+api\s*\{([^}]*)\}/.exec(conf)?.[1] ?? '';
  if (!/^\s*(ip_hash|hash\s+\$remote_addr)\s*;/m.test(upstream)) {
    problems.push(
      'the api upstream is not sticky (ip_hash or hash $remote_addr, without consistent)',
    );
  }
  const timeout = /^\s*proxy_read_timeout\s+(\S+);/m.exec(conf)?.[1];
  if (!timeout || !(seconds(timeout) > SOCKET_IO_SILENCE_SECONDS)) {
    problems.push(
      `proxy_read_timeout ${timeout ?? '(default 60s, implicit)'} must be set above ${SOCKET_IO_SILENCE_SECONDS}s`,
    );
  }
  return problems;
}

/**
 * `nginx -t` on the file as nginx would include it (inside `http {}`), with
 * the upstream host and the log path pointed at a sandbox: `api` only
 * resolves on the compose network.
 */
export function nginxSyntaxCheck(conf: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-check-'));
  try {
    const site = conf
      .replace(/server\s+api:5000/g, 'server 127.0.0.1:5000')
      .replace(/\/var\/log\/nginx\//g, `${dir}/`);
    writeFileSync(join(dir, 'default.conf'), site);
    writeFileSync(
      join(dir, 'nginx.conf'),
      `error_log ${dir}/error.log;\npid ${dir}/nginx.pid;\nevents {}\nhttp {\n  include ${dir}/default.conf;\n}\n`,
    );
    const { status, output } = runTool('nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], {
      aptPackage: 'nginx',
    });
    return { ok: status === 0, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
