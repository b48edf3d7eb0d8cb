// What our processes export to Prometheus, read from their real prom-client
// registries, and a check that a PromQL query asks only for those metrics and
// labels (alerts, dashboards): a renamed metric would otherwise leave its
// alert silent or its panel empty, with nothing failing.
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import { createMetrics } from '../../../app/metrics.ts';
import { ErrorCode } from '../../../core/errors.ts';
import { redisKeys } from '../../../core/redis/keys.ts';
import { createWorkerMetrics } from '../../../worker/metrics.ts';

/** Metrics kube-state-metrics exports, which no process of ours can show. */
const KUBE_STATE_METRICS = ['kube_deployment_status_replicas_unavailable'];

/** PromQL functions whose names look like metric names. */
const FUNCTIONS = new Set([
  'histogram_quantile',
  'min_over_time',
  'max_over_time',
  'avg_over_time',
  'label_replace',
]);

interface Exported {
  labels: string[];
  help: string;
}

/** Each metric a registry holds, with the series names a histogram adds. */
function exported(registry: Registry): Map<string, Exported> {
  const names = new Map<string, Exported>();
  for (const metric of registry.getMetricsAsArray()) {
    const {
      name,
      help,
      labelNames = [],
    } = metric as unknown as Exported & {
      name: string;
      labelNames?: string[];
    };
    for (const suffix of ['', '_bucket', '_count', '_sum'])
      names.set(name + suffix, {
        labels: suffix === '_bucket' ? [...labelNames, 'le'] : labelNames,
        help,
      });
  }
  return names;
}

// The API's collectors would ask Redis only when scraped; nothing scrapes here.
const ours = new Map([
  ...exported(createMetrics({} as Redis, redisKeys(), () => 0).registry),
  ...exported(createWorkerMetrics().registry),
]);

interface Selector {
  /** The metrics it names: one, or those a `__name__` regex matches among ours. */
  names: string[];
  matchers: { label: string; value: string }[];
  text: string;
}

/** `name{…}` and `{__name__=~"…", …}` selectors, then bare metric names. */
function selectorsOf(expr: string): Selector[] {
  const found: Selector[] = [];
  for (const [text, name, inside = ''] of expr.matchAll(/([a-z_:][a-z0-9_:]*)?\{([^}]*)\}/g)) {
    const matchers = [...inside.matchAll(/(\w+)\s*(?:=~?|!=|!~)\s*"([^"]*)"/g)].map(
      ([, label = '', value = '']) => ({ label, value }),
    );
    const byName = matchers.find((m) => m.label === '__name__');
    const names = name
      ? [name]
      : [...ours.keys()].filter((n) => new RegExp(`^(?:${byName?.value})$`).test(n));
    found.push({ names, matchers: matchers.filter((m) => m.label !== '__name__'), text });
  }
  const rest = expr
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\bby\s*\([^)]*\)/g, ' ');
  for (const [name] of rest.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g))
    if (!FUNCTIONS.has(name)) found.push({ names: [name], matchers: [], text: name });
  return found;
}

/** The labels `by (…)` clauses group by. */
export function groupingLabels(expr: string): string[] {
  return [...expr.matchAll(/\bby\s*\(([^)]*)\)/g)].flatMap(([, list = '']) =>
    list.split(',').map((label) => label.trim()),
  );
}

/** Labels every series has from Prometheus itself, and the bucket's and the metric's names. */
const SERIES_LABELS = ['instance', 'job', 'le', '__name__'];

/** Every label a series of this query may carry. */
export function labelsOf(expr: string): Set<string> {
  const labels = new Set(SERIES_LABELS);
  for (const { names } of selectorsOf(expr))
    for (const name of names) for (const label of ours.get(name)?.labels ?? []) labels.add(label);
  return labels;
}

/**
 * What is wrong with `expr`'s metrics and labels, in words (none: nothing).
 * An `outcome` must be an error code for bids, and a word of the metric's
 * help for the worker's.
 */
export function queryProblems(expr: string): string[] {
  const problems: string[] = [];
  for (const { names, matchers, text } of selectorsOf(expr)) {
    if (names.length === 0) problems.push(`${text} names no metric of ours`);
    for (const name of names) {
      if (KUBE_STATE_METRICS.includes(name)) continue;
      const metric = ours.get(name);
      if (!metric) {
        problems.push(`no process of ours exports ${name}`);
        continue;
      }
      for (const { label, value } of matchers) {
        if (!metric.labels.includes(label)) problems.push(`${name} has no label ${label}`);
        if (label !== 'outcome' || /[.*+?()[\]]/.test(value)) continue;
        for (const word of value.split('|'))
          if (
            name === 'arremate_bids_total'
              ? !(word in ErrorCode)
              : !new RegExp(`\\b${word}\\b`).test(metric.help)
          )
            problems.push(`${name} has no outcome ${word}`);
      }
    }
  }
  const labels = labelsOf(expr);
  for (const label of groupingLabels(expr))
    if (!labels.has(label)) problems.push(`no metric here has a label ${label} to group by`);
  return problems;
}
