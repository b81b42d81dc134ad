// The alerting rules (prometheus/alerts.yml) name only metrics of metrics.txt, and each expression parses.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";
import { alertRules, metricsList } from "./lib/files.js";
import { listedMetrics, parseProblems, unlistedProblems } from "./lib/promql.js";

test("every alerting rule's expression parses and names only listed metrics", () => {
  const rules = parse(readFileSync(alertRules, "utf8")).groups.flatMap((group) => group.rules);
  const expressions = rules.map((rule) => [`alerts.yml ${rule.alert ?? rule.record}`, String(rule.expr)]);
  assert.ok(expressions.length > 0, "alerts.yml has no rule");
  assert.deepEqual(parseProblems(expressions), []);
  assert.deepEqual(unlistedProblems(expressions, listedMetrics(metricsList)), []);
});
