// Proof 2: every rendered object validates strictly (unknown fields, types, required fields, quantities) against its
// API's schema, by exactly one validator; and each validator rejects the committed bad objects, saying why.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { test } from "node:test";
import { describe, everyRendering, fixture } from "./lib/rendered.js";
import { validateObject } from "./lib/schema/validate.js";

for (const [label, objects] of everyRendering()) {
  test(`every object of ${label} is valid`, async (t) => {
    const perValidator = {};
    const problems = [];
    for (const object of objects) {
      const { validator, problems: found } = await validateObject(object);
      perValidator[validator] = (perValidator[validator] ?? 0) + 1;
      problems.push(...found.map((p) => `${describe(object)}: ${p}`));
    }
    t.diagnostic(`${label}: ${objects.length} objects, ${JSON.stringify(perValidator)}`);
    assert.deepEqual(problems, []);
    assert.ok(objects.length > 0, `${label} rendered no object`);
  });
}

const expectation = "test.nicepick.dev/expected-problem";
const badFixtures = readdirSync(join(import.meta.dirname, "fixtures", "schema")).map((f) => basename(f, ".yaml"));

for (const name of badFixtures) {
  test(`every object of fixtures/schema/${name}.yaml is rejected for its expected problem`, async (t) => {
    for (const object of fixture(`schema/${name}`)) {
      const { validator, problems } = await validateObject(object);
      const expected = object.metadata.annotations[expectation];
      t.diagnostic(`${describe(object)} [${validator}]: ${problems.join("; ")}`);
      assert.ok(problems.some((p) => p.includes(expected)), `${describe(object)}: expected "${expected}", got ${JSON.stringify(problems)}`);
    }
  });
}
