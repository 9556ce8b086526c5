// Day titles and headings (theme/scripts/day_titles.js) for HOUSE_WEEK (fixtures.mjs), as the page
// writes them without JavaScript ("vrijdag 27 november: open 09:30–12:30"). "⁠" is a word joiner:
// a range never breaks across lines.
import test from "node:test";
import assert from "node:assert/strict";
import { dayTitle, hoursText, todayTitle, daysRangeTitle, todaysHours } from "../../theme/scripts/day_titles.js";
import { lastComingDay } from "../../theme/scripts/coming_days.js";
import { fill } from "../../theme/scripts/words.js";
import { HOUSE_WEEK as week, pageData } from "./fixtures.mjs";

const J = "\u2060";

test("a day with hours names its date and hours", () => {
  // Monday 7 December 2026, 09:30-16:00.
  assert.equal(dayTitle(week, week.days[0]), `maandag 7 december: open 09:30${J}–${J}16:00`);
});

test("a day closed for part of the day names both spans", () => {
  // Tuesday 8 December: 09:30-11:00 and 13:00-16:00.
  assert.equal(dayTitle(week, week.days[1]), `dinsdag 8 december: open 09:30${J}–${J}11:00, 13:00${J}–${J}16:00`);
});

test("a closed day says so", () => {
  // Wednesday 9 December (Teamdag) and Thursday 10 December (no hours).
  assert.equal(dayTitle(week, week.days[2]), "woensdag 9 december: gesloten");
  assert.equal(dayTitle(week, week.days[3]), "donderdag 10 december: gesloten");
});

test("today's heading and hours", () => {
  assert.equal(todayTitle(week, week.days[4]), "Vandaag, vrijdag 11 december");
  assert.deepEqual(todaysHours(week, week.days[4]), [`Open vandaag: 09:30${J}–${J}12:30`]);
  // Wednesday 9 December is closed for the team day: the reason, in brackets.
  assert.deepEqual(todaysHours(week, week.days[2]), ["Vandaag gesloten. (", "Teamdag", ")"]);
  assert.deepEqual(todaysHours(week, week.days[3]), ["Vandaag gesloten."]);
});

test("the coming days after today: six more, within the data", () => {
  // From Monday 7 December: Tuesday 8 to Sunday 13 December.
  assert.equal(lastComingDay(week, 0), 6);
  assert.equal(daysRangeTitle(week, 1, 6), "Van 8 december tot 13 december");
  // From Saturday 12 December the data ends on Monday 14 December (day 7).
  assert.equal(lastComingDay(week, 5), 7);
});

test("hours in a language with its own separator", () => {
  // Arabic separates list items with "، ".
  const arabic = {...pageData({first: "2026-12-08", listings: {}, days: [{hours: ["09:30-11:00", "13:00-16:00"]}]}),
    separator: "، "};
  assert.equal(hoursText(arabic, arabic.days[0]), `09:30${J}–${J}11:00، 13:00${J}–${J}16:00`);
});

test("placeholders are filled by name, each wherever it stands", () => {
  assert.equal(fill("{title} tot {time}", {time: "17:30", title: "Huiswerkklas"}), "Huiswerkklas tot 17:30");
});
