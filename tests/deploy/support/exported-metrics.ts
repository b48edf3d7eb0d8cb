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

/**
 * What is wrong with `expr`'s metrics and labels, in words (none: nothing).
 * Selectors are `name{…}`, or `{__name__=~"…", …}` for several metrics; an
 * `outcome` must be an error code for bids, and a word of the metric's help
 * for the worker's.
 */
export function queryProblems(expr: string): string[] {
  const problems: string[] = [];
  const known = (name: string) => {
    if (KUBE_STATE_METRICS.includes(name)) return undefined;
    const metric = ours.get(name);
    if (!metric) problems.push(`no process of ours exports ${name}`);
    return metric;
  };
  for (const [, name, matchers = ''] of expr.matchAll(/([a-z_:][a-z0-9_:]*)?\{([^}]*)\}/g)) {
    const pairs = [...matchers.matchAll(/(\w+)\s*(=~?|!=|!~)\s*"([^"]*)"/g)];
    const byName = pairs.find(([, label]) => label === '__name__');
    const names = name
      ? [name]
      : [...ours.keys()].filter((n) => new RegExp(`^(?:${byName?.[3]})$`).test(n));
    if (names.length === 0) problems.push(`{${matchers}} names no metric of ours`);
    for (const metricName of names) {
      const metric = known(metricName);
      if (!metric) continue;
      for (const [, label = '', , value = ''] of pairs) {
        if (label === '__name__') continue;
        if (!metric.labels.includes(label)) problems.push(`${metricName} has no label ${label}`);
        if (label !== 'outcome' || /[.*+?()[\]]/.test(value.replace(/\|/g, ''))) continue;
        for (const word of value.split('|'))
          if (
            metricName === 'arremate_bids_total'
              ? !(word in ErrorCode)
              : !new RegExp(`\\b${word}\\b`).test(metric.help)
          )
            problems.push(`${metricName} has no outcome ${word}`);
      }
    }
  }
  // Bare names, once selectors and strings are out of the way.
  const rest = expr.replace(/\{[^}]*\}/g, ' ').replace(/"[^"]*"/g, ' ');
  for (const [name] of rest.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g))
    if (!FUNCTIONS.has(name)) known(name);
  return problems;
}
