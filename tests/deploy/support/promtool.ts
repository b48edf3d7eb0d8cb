// Prometheus's promtool, for the alerts' and the dashboard's checks:
// ensure_promtool (scripts/lib.sh, run by `npm test`) puts it in .tools/ when
// it is not installed; a missing one is an error saying how to get it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runTool, type ToolResult } from './repo.ts';

const local = join(repoRoot, '.tools/prometheus/usr/bin/promtool');

export function runPromtool(args: string[], cwd: string): ToolResult {
  try {
    return runTool(existsSync(local) ? local : 'promtool', args, { cwd });
  } catch (error) {
    const hint = "run: bash -c 'source scripts/lib.sh; ensure_promtool'";
    throw new Error(`${(error as Error).message}; ${hint}`, { cause: error });
  }
}
