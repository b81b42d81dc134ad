// Every committed dashboard is valid JSON with unique panel ids, reads the Prometheus datasource variable, and each of
// its expressions parses and names only metrics of metrics.txt.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { test } from "node:test";
import { expressionsOf, structureProblems } from "./lib/dashboards.js";
import { dashboardFiles, metricsList } from "./lib/files.js";
import { asQueried, listedMetrics, parseProblems, unlistedProblems } from "./lib/promql.js";

const listed = listedMetrics(metricsList);
const expected = ["edge.json", "messaging.json", "services.json", "verdict-freshness.json"];

test("there is a dashboard per concern", () => {
  assert.deepEqual(dashboardFiles().map((f) => basename(f)), expected);
});

const uids = new Map();
for (const path of dashboardFiles()) {
  const file = basename(path);
  test(`${file} is a valid dashboard whose expressions parse and name only listed metrics`, (t) => {
    const dashboard = JSON.parse(readFileSync(path, "utf8"));
    assert.deepEqual(structureProblems(dashboard, file), []);
    assert.ok(!uids.has(dashboard.uid), `${file} has the uid of ${uids.get(dashboard.uid)}`);
    uids.set(dashboard.uid, file);
    const expressions = expressionsOf(dashboard, file).map(([label, expr]) => [label, asQueried(expr)]);
    t.diagnostic(`${file}: ${expressions.length} expressions`);
    assert.ok(expressions.length > 0);
    assert.deepEqual(parseProblems(expressions), []);
    assert.deepEqual(unlistedProblems(expressions, listed), []);
  });
}
