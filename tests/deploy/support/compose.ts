// Checks of docker-compose.yml: the current Compose specification's JSON
// schema (shipped by the dclint package) and Debian's docker-compose 1.29.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { runTool } from './repo.ts';

const require = createRequire(import.meta.url);

function loadComposeSchema(): object {
  const dclintDir = dirname(require.resolve('dclint/package.json'));
  const schema = JSON.parse(readFileSync(join(dclintDir, 'schemas/compose.schema.json'), 'utf8'));
  // A draft-07 URI ajv does not bundle; the schema validates fine without it.
  delete schema.$schema;
  return schema;
}

// strict: false because the schema uses annotations ajv does not know
// (e.g. `deprecated`); they carry no validation.
const validateCompose = new Ajv({ allErrors: true, strict: false }).compile(loadComposeSchema());

/** Parses compose YAML as Compose does (YAML merge keys `<<:` resolved). */
export function parseCompose(text: string): Record<string, unknown> {
  return parse(text, { merge: true }) as Record<string, unknown>;
}

/** Schema violations ("/services/api: must NOT have additional properties (enviroment)"). */
export function composeSchemaProblems(document: unknown): string[] {
  if (validateCompose(document)) return [];
  return (validateCompose.errors ?? []).map((error) => {
    const extra =
      'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : '';
    return `${error.instancePath || '/'}: ${error.message}${extra}`;
  });
}

/**
 * `docker-compose config -q` (v1) on a file, in a clean environment with an
 * empty env file, so a developer's .env cannot change the outcome.
 */
export function dockerComposeConfig(
  file: string,
  emptyEnvFile: string,
): { ok: boolean; output: string } {
  const { status, output } = runTool(
    'docker-compose',
    ['--env-file', emptyEnvFile, '-f', file, 'config', '-q'],
    {
      cwd: dirname(file),
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      aptPackage: 'docker-compose',
    },
  );
  return { ok: status === 0, output };
}
