// Cross-checks between Kubernetes objects, the mistakes a schema cannot see:
// a Service or PodDisruptionBudget selecting no pods, an autoscaler aimed at
// nothing, a probe on a port the container does not declare, a reference to
// a ConfigMap or Secret that nobody creates.
import type { KubeObject } from './kubernetes.ts';

interface Container {
  name: string;
  ports?: { name?: string; containerPort: number }[];
  envFrom?: { configMapRef?: Ref; secretRef?: Ref }[];
  env?: { valueFrom?: { configMapKeyRef?: Ref; secretKeyRef?: Ref } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
}
interface Ref {
  name: string;
  optional?: boolean;
}
interface Probe {
  httpGet?: { port: number | string };
  tcpSocket?: { port: number | string };
}
interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec: {
    containers: Container[];
    volumes?: { configMap?: Ref; secret?: { secretName: string; optional?: boolean } }[];
  };
}
export interface Workload {
  object: KubeObject;
  template: PodTemplate;
}

export interface RefOptions {
  /** Secrets the user creates with kubectl; references to them must be optional. */
  userSecrets: string[];
}

const spec = (object: KubeObject) => object.spec as Record<string, unknown>;
const id = (object: KubeObject) => `${object.kind}/${object.metadata.name}`;

export function workloadsOf(objects: KubeObject[]): Workload[] {
  return objects
    .filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'].includes(o.kind))
    .map((object) => ({ object, template: spec(object).template as PodTemplate }));
}

function matches(
  selector: Record<string, string> | undefined,
  labels: Record<string, string> = {},
): boolean {
  return (
    !!selector &&
    Object.keys(selector).length > 0 &&
    Object.entries(selector).every(([k, v]) => labels[k] === v)
  );
}

function portExists(container: Container, port: number | string): boolean {
  return (container.ports ?? []).some((p) =>
    typeof port === 'number' ? p.containerPort === port : p.name === port,
  );
}

function checkSelectors(objects: KubeObject[], workloads: Workload[], problems: string[]): void {
  for (const { object, template } of workloads) {
    const selector = (spec(object).selector as { matchLabels?: Record<string, string> })
      .matchLabels;
    if (!matches(selector, template.metadata?.labels))
      problems.push(`${id(object)}: selector does not match its pod labels`);
  }
  for (const object of objects.filter((o) => o.kind === 'Service')) {
    const selector = spec(object).selector as Record<string, string> | undefined;
    const targets = workloads.filter((w) => matches(selector, w.template.metadata?.labels));
    if (targets.length === 0) problems.push(`${id(object)}: selector matches no pods`);
    const ports = (spec(object).ports ?? []) as { port: number; targetPort?: number | string }[];
    for (const { port, targetPort = port } of ports) {
      const served = targets.some((w) =>
        w.template.spec.containers.some((c) => portExists(c, targetPort)),
      );
      if (targets.length > 0 && !served)
        problems.push(`${id(object)}: targetPort ${targetPort} is no container port`);
    }
  }
  for (const object of objects.filter((o) => o.kind === 'PodDisruptionBudget')) {
    const selector = (spec(object).selector as { matchLabels?: Record<string, string> })
      .matchLabels;
    if (!workloads.some((w) => matches(selector, w.template.metadata?.labels))) {
      problems.push(`${id(object)}: selector matches no pods`);
    }
  }
}

function checkTargets(objects: KubeObject[], problems: string[]): void {
  for (const object of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
    const target = spec(object).scaleTargetRef as {
      apiVersion: string;
      kind: string;
      name: string;
    };
    const found = objects.some(
      (o) =>
        o.kind === target.kind &&
        o.apiVersion === target.apiVersion &&
        o.metadata.name === target.name,
    );
    if (!found)
      problems.push(`${id(object)}: scale target ${target.kind}/${target.name} does not exist`);
  }
  for (const object of objects.filter((o) => o.kind === 'StatefulSet')) {
    const serviceName = spec(object).serviceName as string;
    const headless = objects.find((o) => o.kind === 'Service' && o.metadata.name === serviceName);
    if (!headless || spec(headless).clusterIP !== 'None') {
      problems.push(`${id(object)}: serviceName ${serviceName} is not a headless Service`);
    }
  }
}

function checkContainers(
  objects: KubeObject[],
  workloads: Workload[],
  options: RefOptions,
  problems: string[],
): void {
  const defined = (kind: string, name: string) =>
    objects.some((o) => o.kind === kind && o.metadata.name === name);
  const checkRef = (where: string, kind: 'ConfigMap' | 'Secret', ref: Ref | undefined) => {
    if (!ref) return;
    if (kind === 'Secret' && options.userSecrets.includes(ref.name)) {
      // It may not exist yet (mock mode until the user creates it).
      if (ref.optional !== true)
        problems.push(`${where}: reference to user-created Secret ${ref.name} must be optional`);
    } else if (!defined(kind, ref.name)) {
      problems.push(`${where}: ${kind} ${ref.name} is not defined`);
    }
  };
  for (const { object, template } of workloads) {
    for (const container of template.spec.containers) {
      const where = `${id(object)} container ${container.name}`;
      for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe'] as const) {
        const port = container[probe]?.httpGet?.port ?? container[probe]?.tcpSocket?.port;
        if (port !== undefined && !portExists(container, port))
          problems.push(`${where}: ${probe} port ${port} is not declared`);
      }
      for (const source of container.envFrom ?? []) {
        checkRef(where, 'ConfigMap', source.configMapRef);
        checkRef(where, 'Secret', source.secretRef);
      }
      for (const variable of container.env ?? []) {
        checkRef(where, 'ConfigMap', variable.valueFrom?.configMapKeyRef);
        checkRef(where, 'Secret', variable.valueFrom?.secretKeyRef);
      }
    }
    for (const volume of template.spec.volumes ?? []) {
      checkRef(id(object), 'ConfigMap', volume.configMap);
      if (volume.secret)
        checkRef(id(object), 'Secret', {
          name: volume.secret.secretName,
          optional: volume.secret.optional,
        });
    }
  }
  for (const name of options.userSecrets) {
    if (defined('Secret', name))
      problems.push(`Secret/${name} is user-created; defining it lets kubectl apply overwrite it`);
  }
}

export function referenceProblems(objects: KubeObject[], options: RefOptions): string[] {
  const problems: string[] = [];
  const workloads = workloadsOf(objects);
  checkSelectors(objects, workloads, problems);
  checkTargets(objects, problems);
  checkContainers(objects, workloads, options, problems);
  return problems;
}
