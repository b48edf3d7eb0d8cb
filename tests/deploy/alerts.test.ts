// k8s/monitoring/alerts.yaml: valid for Prometheus (promtool check rules),
// each alert firing on its trouble and quiet on a healthy platform
// (promtool's rule tests, tests/deploy/alerts/rule-tests.yaml), and asking
// only for metrics and labels our processes export — a renamed metric would
// otherwise leave its alert silent forever.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
import { queryProblems } from './support/exported-metrics.ts';
import { parseManifests } from './support/kubernetes.ts';
import { runPromtool } from './support/promtool.ts';
import { readRepoFile, repoRoot } from './support/repo.ts';

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

const dir = mkdtempSync(join(tmpdir(), 'arremate-alerts-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('is one PrometheusRule, outside what `kubectl apply -f k8s/` applies', () => {
  assert.equal(others.length, 0);
  assert.equal(manifest?.apiVersion, 'monitoring.coreos.com/v1');
  assert.equal(manifest?.kind, 'PrometheusRule');
});

test('promtool accepts the rules, and every rule test passes', () => {
  writeFileSync(join(dir, 'rules.yaml'), JSON.stringify({ groups }));
  copyFileSync(join(repoRoot, 'tests/deploy/alerts/rule-tests.yaml'), join(dir, 'rule-tests.yaml'));
  const check = runPromtool(['check', 'rules', 'rules.yaml'], dir);
  assert.equal(check.status, 0, check.output);
  assert.match(check.output, new RegExp(`SUCCESS: ${rules.length} rules found`));
  const tests = runPromtool(['test', 'rules', 'rule-tests.yaml'], dir);
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

test('asks only for metrics and labels the API, the worker or kube-state-metrics export', () => {
  for (const { alert, expr } of rules) assert.deepEqual(queryProblems(expr), [], alert);
});
