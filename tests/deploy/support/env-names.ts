// The environment variables each process reads, straight from the
// configuration schemas, so deployment files cannot drift from them.
import { ApiEnv } from '../../../app/config.ts';
import { WorkerEnv } from '../../../worker/config.ts';

export const apiEnvNames = new Set(Object.keys(ApiEnv.properties));
export const workerEnvNames = new Set(Object.keys(WorkerEnv.properties));
export const allEnvNames = new Set([...apiEnvNames, ...workerEnvNames]);

/** Each schema property's default, as the string an env file would hold ('' when none). */
export function envDefaults(): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const schema of [ApiEnv, WorkerEnv]) {
    for (const [name, property] of Object.entries(schema.properties)) {
      const value = (property as { default?: unknown }).default;
      defaults.set(name, value === undefined ? '' : String(value));
    }
  }
  return defaults;
}
