// The reader's moment in Brussels (theme/scripts/brussels.js, with open_now.js): the days summer
// time changes in 2027, and readers in other time zones. Offsets worked out by hand: Brussels is
// UTC+1 in winter (CET) and UTC+2 in summer (CEST); summer time starts on Sunday 28 March 2027 at
// 02:00 (clocks go to 03:00) and ends on Sunday 31 October 2027 at 03:00 (clocks go back to 02:00).
import test from "node:test";
import assert from "node:assert/strict";
import { momentInBrussels, isoDate, clockTime } from "../../theme/scripts/brussels.js";
import { houseStatus } from "../../theme/scripts/open_now.js";
import { HOUSE_WEEK, openEveryDay } from "./fixtures.mjs";

const at = (iso, first) => momentInBrussels(new Date(iso), first);

test("Sunday 28 March 2027: summer time starts", () => {
  const first = "2027-03-27"; // Saturday
  // 00:59 UTC is 01:59 CET; a minute later the clocks jump: 01:00 UTC is 03:00 CEST.
  assert.deepEqual(at("2027-03-28T00:59:00Z", first), {day: 1, minute: 119});
  assert.deepEqual(at("2027-03-28T01:00:00Z", first), {day: 1, minute: 180});
  // The house closes at 16:00 CEST, which is 14:00 UTC (not 15:00 UTC, as in winter).
  const house = openEveryDay(first, 3);
  const closing = at("2027-03-28T14:00:00Z", first);
  assert.deepEqual(closing, {day: 1, minute: 960});
  assert.equal(houseStatus(house, closing.day, closing.minute).open, false);
  const before = at("2027-03-28T13:59:00Z", first);
  assert.deepEqual(houseStatus(house, before.day, before.minute), {open: true, until: 960});
  // 22:30 UTC on the Sunday is 00:30 CEST on Monday 29 March: day 2, though the Sunday had 23 hours.
  assert.deepEqual(at("2027-03-28T22:30:00Z", first), {day: 2, minute: 30});
});

test("Sunday 31 October 2027: summer time ends", () => {
  const first = "2027-10-30"; // Saturday
  // 02:30 comes twice: at 00:30 UTC (CEST) and at 01:30 UTC (CET), both on Sunday, day 1.
  assert.deepEqual(at("2027-10-31T00:30:00Z", first), {day: 1, minute: 150});
  assert.deepEqual(at("2027-10-31T01:30:00Z", first), {day: 1, minute: 150});
  // The house closes at 16:00 CET, which is 15:00 UTC now.
  const house = openEveryDay(first, 3);
  const before = at("2027-10-31T14:59:00Z", first);
  assert.deepEqual(before, {day: 1, minute: 959});
  assert.deepEqual(houseStatus(house, before.day, before.minute), {open: true, until: 960});
  const closing = at("2027-10-31T15:00:00Z", first);
  assert.deepEqual(closing, {day: 1, minute: 960});
  assert.equal(houseStatus(house, closing.day, closing.minute).open, false);
  // 23:30 UTC on the Sunday is 00:30 CET on Monday 1 November: day 2, though the Sunday had 25 hours.
  assert.deepEqual(at("2027-10-31T23:30:00Z", first), {day: 2, minute: 30});
});

function inZone(zone, run) {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    run();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

test("a reader in New York sees the house's moment, not their own", () => {
  inZone("America/New_York", () => {
    // 15:00 UTC on Monday 7 December 2026 is 10:00 in New York (UTC-5) and 16:00 in Brussels.
    const instant = new Date("2026-12-07T15:00:00Z");
    assert.equal(instant.getHours(), 10); // the reader's own clock is New York's
    const moment = momentInBrussels(instant, HOUSE_WEEK.first);
    assert.deepEqual(moment, {day: 0, minute: 960});
    // Closed at 16:00 in Brussels though it is 10:00 for the reader: the homework club is on.
    assert.equal(houseStatus(HOUSE_WEEK, moment.day, moment.minute).open, false);
  });
});

test("a reader in Auckland, already on the next day, sees Brussels's day", () => {
  inZone("Pacific/Auckland", () => {
    // 11:30 UTC on Monday 7 December 2026 is 00:30 on Tuesday 8 December in Auckland (UTC+13,
    // its summer) and 12:30 on Monday in Brussels: open until 16:00.
    const instant = new Date("2026-12-07T11:30:00Z");
    assert.equal(instant.getDate(), 8);
    const moment = momentInBrussels(instant, HOUSE_WEEK.first);
    assert.deepEqual(moment, {day: 0, minute: 750});
    assert.deepEqual(houseStatus(HOUSE_WEEK, moment.day, moment.minute), {open: true, until: 960});
  });
});

test("before and after the page's data, the day is out of its range", () => {
  // 22:59 UTC on Sunday 6 December is 23:59 in Brussels: the day before the data (day -1).
  assert.deepEqual(at("2026-12-06T22:59:00Z", "2026-12-07"), {day: -1, minute: 1439});
  assert.deepEqual(at("2026-12-06T23:00:00Z", "2026-12-07"), {day: 0, minute: 0});
});

test("dates and times for <time datetime>", () => {
  assert.equal(isoDate("2027-03-27", 2), "2027-03-29"); // Monday, after the 23-hour Sunday
  assert.equal(isoDate("2026-12-07", 25), "2027-01-01");
  assert.equal(clockTime(570), "09:30");
  assert.equal(clockTime(1050), "17:30");
});
