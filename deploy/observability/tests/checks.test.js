// The checks themselves: they find what they are for (otherwise the tests above would pass on anything).
import assert from "node:assert/strict";
import { test } from "node:test";
import { expressionsOf, structureProblems } from "./lib/dashboards.js";
import { asQueried, metricNames, parseProblems, unlistedProblems } from "./lib/promql.js";

test("metric names are read from selectors, not from functions, labels, strings, durations or grouping", () => {
  assert.deepEqual(metricNames('histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket{status=~"5..", uri!="x"}[5m])))'),
    ["http_server_requests_seconds_bucket"]);
  assert.deepEqual(metricNames("max(a_total offset 5m) / on (job) group_left (x) b > bool 1e3 or up == 0"), ["a_total", "b", "up"]);
  assert.deepEqual(metricNames('sum without (instance) (increase(c_total[1h])) unless count(d{e="f"}) and inf'), ["c_total", "d"]);
});

test("an unparsable expression is reported with its label", () => {
  const problems = parseProblems([["good", "up"], ["broken", "sum(rate(up[5m])"]]);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^broken: .*unclosed left parenthesis/);
});

test("a metric missing from the list is reported with its label", () => {
  assert.deepEqual(unlistedProblems([["panel 3", "rate(unknown_total[5m]) / up"]], new Map([["up", "prometheus"]])),
    ["panel 3: unknown_total is not in metrics.txt"]);
});

test("Grafana's variables are replaced so that Prometheus can parse the expression", () => {
  assert.equal(asQueried('rate(x{a=~"$application", b=~"${route}"}[$__rate_interval])'), 'rate(x{a=~".*", b=~".*"}[5m])');
});

test("duplicate panel ids, a panel without the datasource variable and a missing variable are reported", () => {
  const ds = { type: "prometheus", uid: "${datasource}" };
  const dashboard = {
    uid: "x",
    templating: { list: [{ type: "query", name: "application", query: { query: "label_values(up, job)" } }] },
    panels: [
      { id: 1, type: "row", title: "r", panels: [{ id: 2, type: "timeseries", title: "a", datasource: ds, targets: [{ refId: "A", expr: "up" }] }] },
      { id: 2, type: "timeseries", title: "b", datasource: { uid: "prometheus" }, targets: [{ refId: "A", expr: "up" }] },
    ],
  };
  assert.deepEqual(structureProblems(dashboard, "x.json"), [
    'x.json: panel id 2 is used by "a" and "b"',
    'x.json: panel 2 "b" does not read the datasource variable',
    'x.json: no Prometheus "datasource" template variable',
  ]);
  assert.deepEqual(expressionsOf(dashboard, "x.json").map(([label]) => label),
    ['x.json panel 2 "a" A', 'x.json panel 2 "b" A', "x.json variable application"]);
});
