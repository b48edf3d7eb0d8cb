// Paths and process helpers shared by the deployment checks.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}

export interface ToolResult {
  status: number;
  output: string;
}

/**
 * Runs a system tool (yamllint, docker-compose, nginx) and returns its exit
 * status and combined output. A missing tool is an error naming the Debian
 * package, never a silent pass.
 */
export function runTool(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; aptPackage?: string } = {},
): ToolResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) {
    const hint = options.aptPackage ? ` (apt-get install ${options.aptPackage})` : '';
    throw new Error(`cannot run ${command}${hint}: ${result.error.message}`);
  }
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}
