// A real Redis Sentinel (redis-server --sentinel, from the same Debian
// package) watching a test master, for failover tests. Quick to judge: the
// master counts as down after 1 s, and one Sentinel is a quorum.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { fieldOf } from '../../core/auction-view.ts';
import { eventually } from './api-client.ts';
import { freePort, processExited } from './redis-server.ts';

export interface TestSentinel {
  port: number;
  name: string;
  /** `host:port` for REDIS_SENTINELS. */
  address: string;
  /** The port Sentinel currently gives for the master. */
  masterPort(): Promise<number>;
  /** Resolves once Sentinel has found `count` replicas linked to the master. */
  replicasKnown(count: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startSentinel(masterPort: number, name = 'arremate'): Promise<TestSentinel> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'arremate-sentinel-'));
  const config = join(dir, 'sentinel.conf'); // Sentinel rewrites it: its own copy
  writeFileSync(
    config,
    [
      `port ${port}`,
      'bind 127.0.0.1',
      `dir ${dir}`,
      `sentinel monitor ${name} 127.0.0.1 ${masterPort} 1`,
      `sentinel down-after-milliseconds ${name} 1000`,
      `sentinel failover-timeout ${name} 5000`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('redis-server', [config, '--sentinel'], { stdio: 'ignore' });
  const client = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 3 });
  client.on('error', () => {});
  const masterPortNow = async () => {
    const [, masterPortText] = (await client.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', name)) as [
      string,
      string,
    ];
    return Number(masterPortText);
  };
  await eventually(async () => (await masterPortNow().catch(() => 0)) === masterPort, 10_000);
  return {
    port,
    name,
    address: `127.0.0.1:${port}`,
    masterPort: masterPortNow,
    async replicasKnown(count) {
      await eventually(async () => {
        const replicas = (await client.call('SENTINEL', 'REPLICAS', name)) as string[][];
        const linked = replicas.filter(
          (fields) =>
            !(fieldOf(fields, 'flags') ?? 'down').includes('down') &&
            fieldOf(fields, 'master-link-status') === 'ok',
        );
        return linked.length >= count;
      }, 20_000);
    },
    async stop() {
      client.disconnect();
      child.kill('SIGKILL');
      await processExited(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
