// The operators' command (`node app/moderator.ts grant|revoke <email>`), run
// as they run it: a real process against the stack's Redis, with the same
// REDIS_* environment the API replicas get (stack.ts) — so granting a
// moderator in a browser test is also a test of the command itself.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { E2EStack } from './stack.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function moderatorCli(
  stack: E2EStack,
  action: 'grant' | 'revoke',
  email: string,
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...stack.redis.env };
  // As for the API (stack.ts): a REDIS_URL or Sentinels from the outside would win over the test's Redis.
  delete env.REDIS_URL;
  delete env.REDIS_SENTINELS;
  const child = spawn(process.execPath, ['app/moderator.ts', action, email], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
