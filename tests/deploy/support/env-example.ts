// Checks .env.example against the configuration schemas and docker-compose.yml.
import { allEnvNames, envDefaults } from './env-names.ts';

/** Variables docker-compose.yml interpolates that no process reads. */
export const COMPOSE_ONLY = ['PUBLIC_PORT', 'REDIS_APPENDFSYNC'];

/** `NAME=value` lines, active or commented out ("# NAME=default"). */
export function envEntries(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [, name, value] of text.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=(.*)$/gm))
    entries.set(name!, value!);
  return entries;
}

export function envExampleProblems(envText: string, composeText: string): string[] {
  const problems: string[] = [];
  const entries = envEntries(envText);
  for (const [name, defaultValue] of envDefaults()) {
    if (!entries.has(name)) problems.push(`${name} is missing`);
    else if (entries.get(name) !== defaultValue)
      problems.push(`${name}=${entries.get(name)} but the default is "${defaultValue}"`);
  }
  for (const [, name] of composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)) {
    if (!entries.has(name!)) problems.push(`${name} (docker-compose.yml) is undocumented`);
    if (!allEnvNames.has(name!) && !COMPOSE_ONLY.includes(name!))
      problems.push(`${name} (docker-compose.yml) is read by nothing`);
  }
  for (const name of entries.keys()) {
    if (!allEnvNames.has(name) && !COMPOSE_ONLY.includes(name))
      problems.push(`${name} is read by nothing`);
  }
  return [...new Set(problems)];
}
