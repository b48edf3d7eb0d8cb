// Spawning the real entry points (node app/main.ts, …) for process-level tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { eventually } from './api-client.ts';

export interface RunningProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `node <script>`; an `undefined` in `env` removes that variable. */
export function runNode(script: string, env: Record<string, string | undefined>): RunningProcess {
  const merged: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const child = spawn(process.execPath, [script], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

export async function waitForReady(base: string, timeoutMs = 15_000): Promise<void> {
  await eventually(
    async () => (await fetch(`${base}/readyz`).catch(() => null))?.status === 200,
    timeoutMs,
    100,
  );
}
