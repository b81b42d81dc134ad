// What the checks need to know of a PromQL expression: whether Prometheus parses it (promtool, Debian's prometheus
// package), and which metric names it reads.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

const keywords = new Set(["and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left",
  "group_right", "inf", "nan", "atan2"]);

/**
 * The metric names an expression selects, e.g. ["up", "nicepick_outbox_backlog_events"] for
 * `max(nicepick_outbox_backlog_events) or up`: identifiers outside strings, label matchers, range brackets and
 * grouping clauses that are not followed by "(" (a function or aggregation) and are not keywords.
 */
export function metricNames(expr) {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, " ");
  const names = new Set();
  // not preceded by a digit or a dot, so that the "e" of 1e3 is no name
  for (const match of bare.matchAll(/(?<![\w.])[A-Za-z_:][A-Za-z0-9_:]*(?=\s*(\(?))/g)) {
    if (match[1] === "(" || keywords.has(match[0].toLowerCase())) continue;
    names.add(match[0]);
  }
  return [...names];
}

/**
 * A Grafana panel's expression as Prometheus receives it: $__rate_interval and its kin become a duration, any other
 * template variable (only ever inside a label matcher's string here) a regular expression matching everything.
 */
export function asQueried(expr) {
  return expr.replace(/\$__\w+|\$\{__\w+\}/g, "5m").replace(/\$\{\w+(?::\w+)?\}|\$\w+/g, ".*");
}

/** The metrics a committed list allows: metrics.txt's names mapped to who exposes each ("all", "services", ...). */
export function listedMetrics(path) {
  return new Map(readFileSync(path, "utf8").split("\n").map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean).map((line) => line.split(/\s+/)));
}

/**
 * promtool's complaints about expressions, given as [label, expr] pairs; empty when every one parses. Each is checked
 * as a recording rule of one throwaway rules file (`promtool check rules`), and each complaint names its label.
 */
export function parseProblems(labelled) {
  if (labelled.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), "promql-"));
  try {
    const file = join(dir, "expressions.yml");
    const rules = labelled.map(([, expr], i) => ({ record: `expression_${i}`, expr }));
    writeFileSync(file, stringify({ groups: [{ name: "expressions", rules }] }));
    try {
      execFileSync("promtool", ["check", "rules", file], { stdio: "pipe" });
      return [];
    } catch (error) {
      if (error.code === "ENOENT") throw new Error("promtool is missing: install Debian's prometheus package");
      const output = `${error.stdout}${error.stderr}`;
      return labelled.flatMap(([label], i) => output.split("\n")
        .filter((line) => line.includes(`"expression_${i}"`))
        .map((line) => `${label}: ${line.trim()}`))
        .concat(output.includes('"expression_') ? [] : [`promtool: ${output.trim()}`]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Problems of expressions naming metrics the list does not have, as "<label>: <name> is not in metrics.txt". */
export function unlistedProblems(labelled, listed) {
  return labelled.flatMap(([label, expr]) => metricNames(expr).filter((name) => !listed.has(name))
    .map((name) => `${label}: ${name} is not in metrics.txt`));
}
