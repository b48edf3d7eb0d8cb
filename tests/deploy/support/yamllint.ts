// yamllint with the repository's .yamllint configuration.
import { join } from 'node:path';
import { repoRoot, runTool } from './repo.ts';

const config = join(repoRoot, '.yamllint');

/** Lint problems, one per line ("file:line:col: [level] message"); empty when clean. */
export function yamllintProblems(paths: string[]): string[] {
  const { status, output } = runTool(
    'yamllint',
    ['-c', config, '--strict', '-f', 'parsable', ...paths],
    {
      aptPackage: 'yamllint',
    },
  );
  const problems = output.split('\n').filter((line) => line.trim() !== '');
  if (status !== 0 && problems.length === 0) return [`yamllint exited with ${status}`];
  return problems;
}

/** The files yamllint would check under the repository, after its ignores. */
export function yamllintFiles(): string[] {
  const { output } = runTool('yamllint', ['-c', config, '--list-files', '.'], {
    aptPackage: 'yamllint',
  });
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/^\.\//, ''));
}
