// The base images scripts/containers/lib.sh makes locally (no registry here).
// The Dockerfiles, docker-compose.yml and k8s/ must name exactly these, or
// `npm run test:containers` would build and run something else.
import { readRepoFile } from './repo.ts';

export interface StandIns {
  node: string;
  redis: string;
  nginx: string;
}

/** Image names as a Dockerfile or compose file writes them (docker.io/library/ dropped). */
export function standInImages(libSh = readRepoFile('scripts/containers/lib.sh')): StandIns {
  const variables = new Map<string, string>();
  for (const [, name, raw] of libSh.matchAll(/^([A-Z_]+)="?([^"\n]*)"?$/gm)) {
    const value = raw!.replace(/\$\{([A-Z_]+)\}/g, (_, ref: string) => variables.get(ref) ?? '');
    variables.set(name!, value);
  }
  const image = (name: string) => {
    const value = variables.get(name);
    if (!value) throw new Error(`scripts/containers/lib.sh defines no ${name}`);
    return value.replace(/^docker\.io\/library\//, '');
  };
  return { node: image('NODE_IMAGE'), redis: image('REDIS_IMAGE'), nginx: image('NGINX_IMAGE') };
}
