// k8s/: every object valid against the official schemas with no unknown
// field, the references between objects resolvable, and the deployment's
// promises (probes, limits, non-root, graceful rollouts) written down.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import type { IDeployment, IStatefulSet } from 'kubernetes-models/apps/v1';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { IConfigMap, IContainer, IPodSpec, IService } from 'kubernetes-models/v1';
import { allEnvNames } from './support/env-names.ts';
import {
  parseManifests,
  schemaProblems,
  unknownFieldProblems,
  type KubeObject,
} from './support/kubernetes.ts';
import { referenceProblems, workloadsOf } from './support/kubernetes-refs.ts';
import { readRepoFile } from './support/repo.ts';
import { standInImages } from './support/stand-ins.ts';

const files = readdirSync(new URL('../../k8s/', import.meta.url)).filter((f) => /\.ya?ml$/.test(f));
const objects = files.flatMap((file) => parseManifests(readRepoFile(`k8s/${file}`)));
const userSecrets = ['app-secrets'];

/** The object of that kind and name, typed as kubernetes-models declares it. */
function find<T>(kind: string, name: string): T {
  const object = objects.find((o) => o.kind === kind && o.metadata.name === name);
  assert.ok(object, `${kind}/${name} is missing`);
  return object as T;
}
function podSpec(kind: string, name: string): IPodSpec {
  const spec = find<IDeployment | IStatefulSet>(kind, name).spec?.template.spec;
  assert.ok(spec, `${kind}/${name} has no pod spec`);
  return spec;
}
function firstContainer(kind: string, name: string): IContainer {
  const [container] = podSpec(kind, name).containers;
  assert.ok(container);
  return container;
}

test('k8s/ holds the four files of the README and nothing kubectl would choke on', () => {
  assert.deepEqual(files.sort(), ['api.yaml', 'config.yaml', 'redis.yaml', 'worker.yaml']);
  assert.ok(objects.every((o) => o.apiVersion && o.kind && o.metadata?.name));
});

test('every object matches the official schema (kubernetes-models)', async () => {
  for (const object of objects) assert.deepEqual(await schemaProblems(object), []);
});

test('no object has a field its type lacks (client-node models)', () => {
  for (const object of objects) assert.deepEqual(unknownFieldProblems(object), []);
});

test('selectors, targets, probe ports and ConfigMap/Secret references resolve', () => {
  assert.deepEqual(referenceProblems(objects, { userSecrets }), []);
});

test('api: 3 replicas, probes on /readyz and /healthz, drains before it stops', () => {
  const deployment = find<IDeployment>('Deployment', 'api');
  assert.equal(deployment.spec?.replicas, 3);
  assert.equal(deployment.spec?.template.metadata?.labels?.app, 'api');
  assert.deepEqual(deployment.spec?.strategy?.rollingUpdate, { maxUnavailable: 0, maxSurge: 1 });
  const container = firstContainer('Deployment', 'api');
  assert.equal(container.image, 'api:latest');
  assert.equal(container.imagePullPolicy, 'IfNotPresent');
  assert.equal(container.readinessProbe?.httpGet?.path, '/readyz');
  assert.equal(container.livenessProbe?.httpGet?.path, '/healthz');
  assert.equal(container.ports?.[0]?.containerPort, 5000);
  // preStop sleep while endpoints drop the pod, then up to 10 s of drain
  // (app/main.ts), inside the grace period with margin.
  const preStopSeconds = Number(container.lifecycle?.preStop?.exec?.command?.[1]);
  assert.ok(preStopSeconds >= 5);
  assert.ok(
    (podSpec('Deployment', 'api').terminationGracePeriodSeconds ?? 30) >= preStopSeconds + 10 + 5,
  );
});

test('api-service: port 80 to the container port 5000, ClientIP affinity', () => {
  const service = find<IService>('Service', 'api-service');
  assert.deepEqual(service.spec?.selector, { app: 'api' });
  assert.deepEqual(
    service.spec?.ports?.map((p) => [p.port, p.targetPort]),
    [[80, 'http']],
  );
  assert.equal(service.spec?.sessionAffinity, 'ClientIP');
  assert.ok(
    (find<IHorizontalPodAutoscaler>('HorizontalPodAutoscaler', 'api').spec?.minReplicas ?? 0) >= 3,
  );
  assert.ok(
    Number(find<IPodDisruptionBudget>('PodDisruptionBudget', 'api').spec?.minAvailable) >= 1,
  );
});

test('worker and redis: labels, images, AOF on a persistent volume', () => {
  assert.equal(
    find<IDeployment>('Deployment', 'worker').spec?.template.metadata?.labels?.app,
    'worker',
  );
  assert.equal(firstContainer('Deployment', 'worker').image, 'worker:latest');
  const redis = firstContainer('StatefulSet', 'redis');
  assert.equal(redis.image, standInImages().redis);
  assert.match(redis.args?.join(' ') ?? '', /--appendonly yes --appendfsync everysec/);
  const claims = find<IStatefulSet>('StatefulSet', 'redis').spec?.volumeClaimTemplates ?? [];
  assert.deepEqual(
    claims.map((claim) => claim.metadata?.name),
    ['data'],
  );
  assert.ok(redis.volumeMounts?.some((m) => m.name === 'data' && m.mountPath === '/data'));
});

test('every pod: non-root, read-only root with a writable volume, requests and limits, no service links', () => {
  for (const { object } of workloadsOf(objects)) {
    const pod = podSpec(object.kind, object.metadata.name);
    assert.equal(pod.securityContext?.runAsNonRoot, true, object.metadata.name);
    assert.equal(pod.enableServiceLinks, false, object.metadata.name);
    for (const container of pod.containers) {
      assert.equal(container.securityContext?.readOnlyRootFilesystem, true);
      assert.equal(container.securityContext?.allowPrivilegeEscalation, false);
      assert.ok(container.resources?.requests?.cpu && container.resources.requests.memory);
      assert.ok(container.resources?.limits?.memory);
      const writable = (container.volumeMounts ?? []).map((m) => m.mountPath);
      assert.ok(
        writable.includes('/tmp') || writable.includes('/data'),
        `${container.name} has nowhere to write`,
      );
    }
  }
});

test('the ConfigMap holds only variables the processes read; secrets stay out of it', () => {
  const data = find<IConfigMap>('ConfigMap', 'app-config').data ?? {};
  for (const name of Object.keys(data))
    assert.ok(allEnvNames.has(name), `unknown variable ${name}`);
  for (const secret of ['GEMINI_API_KEY', 'DISCORD_WEBHOOK_URL', 'SMTP_URL', 'REDIS_URL'])
    assert.ok(!(secret in data), secret);
});

test('the checks catch typos, wrong types and dangling references', async () => {
  const broken = structuredClone(objects);
  const brokenFind = <T>(kind: string, name: string) =>
    broken.find((o) => o.kind === kind && o.metadata.name === name) as T;
  const deployment = brokenFind<IDeployment & KubeObject>('Deployment', 'api');
  const container = deployment.spec!.template.spec!.containers[0]! as IContainer &
    Record<string, unknown>;
  container.imagePullPolcy = 'IfNotPresent';
  (deployment.spec as unknown as Record<string, unknown>).replicas = 'three';
  container.readinessProbe!.httpGet!.port = 'metrics';
  container.envFrom![0]!.configMapRef!.name = 'app-confg';
  const worker = brokenFind<IDeployment>('Deployment', 'worker');
  delete worker.spec!.template.spec!.containers[0]!.env![0]!.valueFrom!.secretKeyRef!.optional;
  brokenFind<IService>('Service', 'api-service').spec!.selector = { app: 'apí' };
  brokenFind<IHorizontalPodAutoscaler>('HorizontalPodAutoscaler', 'api').spec!.scaleTargetRef.name =
    'web';
  broken.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'app-secrets' } });

  assert.deepEqual(unknownFieldProblems(deployment), [
    'Deployment/api.spec.template.spec.containers[0].imagePullPolcy: unknown field of V1Container',
  ]);
  assert.match((await schemaProblems(deployment)).join('\n'), /spec\/replicas must be integer/);
  assert.deepEqual(referenceProblems(broken, { userSecrets }), [
    'Service/api-service: selector matches no pods',
    'HorizontalPodAutoscaler/api: scale target Deployment/web does not exist',
    'Deployment/api container api: readinessProbe port metrics is not declared',
    'Deployment/api container api: ConfigMap app-confg is not defined',
    'Deployment/worker container worker: reference to user-created Secret app-secrets must be optional',
    'Secret/app-secrets is user-created; defining it lets kubectl apply overwrite it',
  ]);
});
