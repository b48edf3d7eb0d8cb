// A local stack for load runs: API replicas as real processes (`node
// app/main.ts`) on loopback, sharing one Redis. Used by `npm run bench` and
// by the Locust test (tests/load/). Rate limits (shared and per-socket) are
// off: a load generator is one client hammering on purpose.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { runNode, waitForReady, type RunningProcess } from '../tests/support/processes.ts';
import { freePort } from '../tests/support/redis-server.ts';

export interface ApiProcess {
  url: string;
  pid: number;
  process: RunningProcess;
}

export interface ApiStack {
  replicas: ApiProcess[];
  urls: string[];
  stop(): Promise<void>;
}

export async function startApiProcesses(
  redisEnv: Record<string, string>,
  count: number,
  env: Record<string, string> = {},
  /** The entry point; another checkout's, to compare versions (bench/compare.ts). */
  entry = 'app/main.ts',
): Promise<ApiStack> {
  const replicas = await Promise.all(
    Array.from({ length: count }, async () => {
      const port = await freePort();
      const process = runNode(entry, {
        ...redisEnv,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_ENABLED: 'false',
        SOCKET_EVENTS_PER_SECOND: '1000000',
        ...env,
      });
      return { url: `http://127.0.0.1:${port}`, pid: process.child.pid ?? -1, process };
    }),
  );
  const stop = () => Promise.all(replicas.map((r) => stopProcess(r.process))).then(() => {});
  try {
    const exitedEarly = (r: ApiProcess) =>
      r.process.exited.then(({ code }) => Promise.reject(new Error(`exited with ${code}`)));
    await Promise.all(replicas.map((r) => Promise.race([waitForReady(r.url), exitedEarly(r)])));
  } catch (error) {
    const output = replicas.map((r) => r.process.output()).join('\n');
    await stop();
    throw new Error(`API replicas did not become ready:\n${output}`, { cause: error });
  }
  return { replicas, urls: replicas.map((r) => r.url), stop };
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopProcess(process: RunningProcess, graceMs = 5000): Promise<void> {
  const { child } = process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await process.exited;
  clearTimeout(timer);
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return Math.round((kib / 1024) * 10) / 10;
}

/**
 * How busy the machine is apart from us: the 1-minute load average and the
 * share of the last 10 s in which some runnable task waited for a CPU
 * (Linux pressure stall information; null where unavailable).
 */
export function machineLoad(): { loadAverage: number; cpuPressure: number | null } {
  let cpuPressure: number | null = null;
  try {
    const psi = readFileSync('/proc/pressure/cpu', 'utf8');
    cpuPressure = Number(/^some avg10=([\d.]+)/m.exec(psi)?.[1] ?? NaN);
  } catch {
    // no PSI on this kernel
  }
  return { loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10, cpuPressure };
}

/** CPU time (user + system) a process has used so far, in seconds, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ on Linux
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/**
 * Starts measuring how busy processes are; `stop()` gives each one's CPU use
 * since then in % of one core, this process (the load generator) last.
 */
export function cpuMeter(pids: readonly number[]) {
  const startedAt = performance.now();
  const before = pids.map(cpuSeconds);
  const self = process.cpuUsage();
  return {
    stop(): number[] {
      const seconds = (performance.now() - startedAt) / 1000;
      const own = process.cpuUsage(self);
      const used = [
        ...pids.map((pid, i) => cpuSeconds(pid) - (before[i] as number)),
        (own.user + own.system) / 1e6,
      ];
      return used.map((cpu) => Math.round((cpu / seconds) * 100));
    },
  };
}

/** CPU time (user + system) the Redis server has used so far, in seconds (INFO cpu). */
export async function redisCpuSeconds(redis: { info(section: string): Promise<string> }) {
  const info = await redis.info('cpu');
  const field = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return field('used_cpu_user') + field('used_cpu_sys');
}

/** CPU time each process spent per bid during a throughput run, µs. */
export interface CpuPerBid {
  replica: number;
  redis: number;
  harness: number;
}

/**
 * Runs `run` and divides the CPU time the replica, Redis and this process
 * (the load generator) spent meanwhile by the bids it sent (`sent`).
 */
export async function measureCpuPerBid<T>(
  replicaPid: number,
  redis: { info(section: string): Promise<string> },
  run: () => Promise<T>,
  sent: (result: T) => number,
): Promise<T & { cpuPerBid: CpuPerBid }> {
  const own = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  };
  const before = [cpuSeconds(replicaPid), await redisCpuSeconds(redis), own()];
  const result = await run();
  const after = [cpuSeconds(replicaPid), await redisCpuSeconds(redis), own()];
  const bids = Math.max(1, sent(result));
  const [replica, redisCpu, harness] = after.map((value, i) =>
    Math.round(((value - (before[i] as number)) * 1e6) / bids),
  ) as [number, number, number];
  return { ...result, cpuPerBid: { replica, redis: redisCpu, harness } };
}
