// Times as a voice says them (theme/scripts/spoken.js): the same hand-written table as
// stek.site.spoken's tests (tests/spoken_times.json).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { spokenMinute, spokenRange } from "../../theme/scripts/spoken.js";
import { minute } from "./fixtures.mjs";

const TABLE = JSON.parse(readFileSync(new URL("../spoken_times.json", import.meta.url), "utf-8"));

for (const c of TABLE.times) {
  test(`${c.lang} ${c.time} is said "${c.said}"`, () => {
    assert.equal(spokenMinute(TABLE.words[c.lang], minute(c.time)), c.said);
  });
}

for (const c of TABLE.ranges) {
  test(`${c.lang} ${c.start}–${c.end} is said "${c.said}"`, () => {
    assert.equal(spokenRange(TABLE.words[c.lang], minute(c.start), minute(c.end)), c.said);
  });
}
