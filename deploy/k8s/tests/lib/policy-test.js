// One shape for every policy test: a rule finds nothing in the rendered overlays it applies to, and reports exactly
// the expected violations on its committed bad fixture (so a rule that reports nothing can never pass unnoticed).
import assert from "node:assert/strict";
import { test } from "node:test";
import { fixture, overlay } from "./rendered.js";

/**
 * Registers the tests of one rule: `rule(objects)` returns violation messages; `overlays` are rendered overlay names;
 * `bad` is a fixture name under fixtures/ and `expected` the messages the rule must give for it.
 */
export function policyTest(rule, { overlays, bad, expected }) {
  for (const name of overlays) {
    test(`${rule.name}: none in overlay ${name}`, () => {
      assert.deepEqual(rule(overlay(name)), []);
    });
  }
  test(`${rule.name}: reports fixtures/${bad}.yaml`, () => {
    assert.deepEqual(rule(fixture(bad)), expected);
  });
}
