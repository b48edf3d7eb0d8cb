// k8s/monitoring/alerts.yaml: valid for Prometheus (promtool check rules),
// each alert firing on its trouble and quiet on a healthy platform
// (promtool's rule tests, tests/deploy/alerts/rule-tests.yaml), and asking
// only for metrics and labels our processes export — a renamed metric would
// otherwise leave its alert silent forever.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import { parse } from 'yaml';
import { createMetrics } from '../../app/metrics.ts';
import { ErrorCode } from '../../core/errors.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { createWorkerMetrics } from '../../worker/metrics.ts';
import { parseManifests } from './support/kubernetes.ts';
import { readRepoFile, repoRoot, runTool } from './support/repo.ts';

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface RuleGroup {
  name: string;
  rules: Rule[];
}

const [manifest, ...others] = parseManifests(readRepoFile('k8s/monitoring/alerts.yaml'));
const groups = (manifest?.spec as { groups: RuleGroup[] }).groups;
const rules = groups.flatMap((group) => group.rules);

/** Metrics kube-state-metrics exports, which no process of ours can show. */
const KUBE_STATE_METRICS = ['kube_deployment_status_replicas_unavailable'];

// ensure_promtool (scripts/lib.sh) puts it in .tools/ when it is not installed.
const localPromtool = join(repoRoot, '.tools/prometheus/usr/bin/promtool');
const promtool = existsSync(localPromtool) ? localPromtool : 'promtool';
const dir = mkdtempSync(join(tmpdir(), 'arremate-alerts-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function runPromtool(args: string[]) {
  try {
    return runTool(promtool, args, { cwd: dir });
  } catch (error) {
    const hint = "run: bash -c 'source scripts/lib.sh; ensure_promtool'";
    throw new Error(`${(error as Error).message}; ${hint}`, { cause: error });
  }
}

test('is one PrometheusRule, outside what `kubectl apply -f k8s/` applies', () => {
  assert.equal(others.length, 0);
  assert.equal(manifest?.apiVersion, 'monitoring.coreos.com/v1');
  assert.equal(manifest?.kind, 'PrometheusRule');
});

test('promtool accepts the rules, and every rule test passes', () => {
  writeFileSync(join(dir, 'rules.yaml'), JSON.stringify({ groups }));
  copyFileSync(join(repoRoot, 'tests/deploy/alerts/rule-tests.yaml'), join(dir, 'rule-tests.yaml'));
  const check = runPromtool(['check', 'rules', 'rules.yaml']);
  assert.equal(check.status, 0, check.output);
  assert.match(check.output, new RegExp(`SUCCESS: ${rules.length} rules found`));
  const tests = runPromtool(['test', 'rules', 'rule-tests.yaml']);
  assert.equal(tests.status, 0, tests.output);
});

test('every alert has a severity and words, and a rule test where it fires', () => {
  const ruleTests = parse(readRepoFile('tests/deploy/alerts/rule-tests.yaml')) as {
    tests: { alert_rule_test: { alertname: string; exp_alerts: unknown[] }[] }[];
  };
  const firing = new Set(
    ruleTests.tests.flatMap((t) =>
      t.alert_rule_test.filter((c) => c.exp_alerts.length > 0).map((c) => c.alertname),
    ),
  );
  for (const rule of rules) {
    assert.match(rule.labels?.severity ?? '', /^(critical|warning|info)$/, rule.alert);
    assert.ok(rule.annotations?.summary && rule.annotations.description, rule.alert);
    assert.ok(firing.has(rule.alert), `no rule test sees ${rule.alert} fire`);
  }
});

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

const FUNCTIONS = new Set(['histogram_quantile', 'min_over_time']);

test('asks only for metrics and labels the API, the worker or kube-state-metrics export', () => {
  const api = createMetrics({} as Redis, redisKeys(), () => 0).registry;
  const ours = new Map([...exported(api), ...exported(createWorkerMetrics().registry)]);
  const checkName = (alert: string, name: string) => {
    if (KUBE_STATE_METRICS.includes(name)) return undefined;
    const metric = ours.get(name);
    assert.ok(metric, `${alert}: no process of ours exports ${name}`);
    return metric;
  };
  for (const { alert, expr } of rules) {
    // Selectors: `name{…}`, or `{__name__=~"…", …}` for several metrics at once.
    for (const [, name, matchers = ''] of expr.matchAll(/([a-z_:][a-z0-9_:]*)?\{([^}]*)\}/g)) {
      const pairs = [...matchers.matchAll(/(\w+)\s*(=~?)\s*"([^"]*)"/g)];
      const byName = pairs.find(([, label]) => label === '__name__');
      const names = name
        ? [name]
        : [...ours.keys()].filter((n) => new RegExp(`^(?:${byName?.[3]})$`).test(n));
      assert.ok(names.length > 0, `${alert}: {${matchers}} names no metric of ours`);
      for (const metricName of names) {
        const metric = checkName(alert, metricName);
        if (!metric) continue;
        for (const [, label = '', , value = ''] of pairs) {
          if (label === '__name__') continue;
          assert.ok(metric.labels.includes(label), `${alert}: ${metricName} has no label ${label}`);
          if (label !== 'outcome') continue;
          // A bid's outcome is an error code (or ACCEPTED…); the worker's are
          // the words each metric's help lists.
          for (const word of value.split('|'))
            if (metricName === 'arremate_bids_total')
              assert.ok(word in ErrorCode, `${alert}: ${word} is not an error code`);
            else assert.match(metric.help, new RegExp(`\\b${word}\\b`), `${alert}: ${word}?`);
        }
      }
    }
    // Bare names, once selectors and strings are out of the way.
    const rest = expr.replace(/\{[^}]*\}/g, ' ').replace(/"[^"]*"/g, ' ');
    for (const [name] of rest.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g))
      if (!FUNCTIONS.has(name)) checkName(alert, name);
  }
});
