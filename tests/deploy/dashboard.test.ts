// k8s/monitoring/grafana/arremate.json, the Grafana dashboard: every query valid
// PromQL (promtool, given them as recording rules), asking only for metrics
// and labels our processes export, its legends naming labels the query
// keeps, and the panels laid out on Grafana's 24-column grid without
// overlapping. (No Grafana runs here to load it.)
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { groupingLabels, labelsOf, queryProblems } from './support/exported-metrics.ts';
import { runPromtool } from './support/promtool.ts';
import { readRepoFile } from './support/repo.ts';

interface Panel {
  id: number;
  type: string;
  title: string;
  description?: string;
  datasource?: { type: string; uid: string };
  gridPos: { h: number; w: number; x: number; y: number };
  targets?: { refId: string; expr: string; legendFormat?: string }[];
}

const dashboard = JSON.parse(readRepoFile('k8s/monitoring/grafana/arremate.json')) as {
  uid: string;
  title: string;
  templating: { list: { name: string; type: string; query: string }[] };
  panels: Panel[];
};
const charts = dashboard.panels.filter((panel) => panel.type !== 'row');
const queries = charts.flatMap((panel) =>
  (panel.targets ?? []).map((target) => ({ panel: panel.title, ...target })),
);

test('asks the chosen Prometheus, every chart with its words and queries', () => {
  assert.equal(dashboard.uid, 'arremate');
  const [variable] = dashboard.templating.list;
  assert.deepEqual(
    [variable?.name, variable?.type, variable?.query],
    ['datasource', 'datasource', 'prometheus'],
  );
  assert.ok(charts.length >= 10);
  for (const panel of charts) {
    assert.deepEqual(panel.datasource, { type: 'prometheus', uid: '${datasource}' }, panel.title);
    assert.ok(panel.description, panel.title);
    const refIds = (panel.targets ?? []).map((target) => target.refId);
    assert.ok(refIds.length > 0, panel.title);
    assert.equal(new Set(refIds).size, refIds.length, panel.title);
  }
  const ids = dashboard.panels.map((panel) => panel.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('lays the panels out on the 24-column grid, none over another', () => {
  const taken = new Set<string>();
  for (const { title, gridPos } of dashboard.panels) {
    assert.ok(gridPos.x >= 0 && gridPos.w > 0 && gridPos.x + gridPos.w <= 24, title);
    for (let x = gridPos.x; x < gridPos.x + gridPos.w; x += 1)
      for (let y = gridPos.y; y < gridPos.y + gridPos.h; y += 1) {
        assert.ok(!taken.has(`${x},${y}`), `${title} overlaps another panel`);
        taken.add(`${x},${y}`);
      }
  }
});

test('every query asks for metrics and labels we export, and its legend names labels it keeps', () => {
  for (const { panel, expr, legendFormat = '' } of queries) {
    assert.deepEqual(queryProblems(expr), [], `${panel}: ${expr}`);
    // Aggregated, a series keeps only the labels it is grouped by.
    const grouped = groupingLabels(expr);
    const kept = /\b(sum|max|min|avg|count)\b/.test(expr) ? new Set(grouped) : labelsOf(expr);
    for (const [, label = ''] of legendFormat.matchAll(/\{\{\s*(\w+)\s*\}\}/g))
      assert.ok(kept.has(label), `${panel}: the legend's ${label} is not a label of the result`);
  }
});

test('every query is valid PromQL (promtool, as recording rules)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arremate-dashboard-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const rules = queries.map(({ expr }, i) => ({ record: `arremate:dashboard_query_${i}`, expr }));
  writeFileSync(join(dir, 'queries.yaml'), JSON.stringify({ groups: [{ name: 'q', rules }] }));
  const result = runPromtool(['check', 'rules', 'queries.yaml'], dir);
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, new RegExp(`SUCCESS: ${rules.length} rules found`));
});
