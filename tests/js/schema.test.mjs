// The fixtures are page data as Python writes it: each follows plugins/stek/site/page_data.schema.json,
// the schema the Python tests hold the built pages' data to. Checked with Ajv (package.json).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { HOUSE_WEEK, openEveryDay, eightWeeks } from "./fixtures.mjs";

const schema = JSON.parse(readFileSync(new URL("../../plugins/stek/site/page_data.schema.json", import.meta.url)));

async function validator(t) {
  let Ajv2020;
  try {
    ({ default: Ajv2020 } = await import("ajv/dist/2020.js"));
  } catch (error) {
    if (process.env.CI === "true") throw error;
    t.skip("ajv missing: run `npm ci`");
    return null;
  }
  return new Ajv2020({allErrors: true}).compile(schema);
}

const FIXTURES = {
  house_week: HOUSE_WEEK,
  summer_time: openEveryDay("2027-03-27", 3),
  partner: eightWeeks({a: {title: {text: "Spreekuur", lang: "nl", dir: "ltr"}, function: "verwijzen", partner: "caw"}},
    (index) => (index === 40 ? [["a", "10:00", "12:00", ""]] : []), "caw"),
};

for (const [name, data] of Object.entries(FIXTURES)) {
  test(`fixture ${name} follows the schema`, async (t) => {
    const validate = await validator(t);
    if (validate) assert.ok(validate(data), JSON.stringify(validate.errors));
  });
}

test("the schema turns away positional arrays and unknown keys", async (t) => {
  const validate = await validator(t);
  if (!validate) return;
  const broken = structuredClone(HOUSE_WEEK);
  broken.days[0].occurrences[0] = [0, 960, 1050];
  assert.equal(validate(broken), false);
  const extra = {...structuredClone(HOUSE_WEEK), week: 7};
  assert.equal(validate(extra), false);
});
