// Events in the day's status (open_now.js, day_titles.js): an event in the house counts as an
// opening where it starts before the house's hours, and a closed day with an event says so.
// Expected texts worked out by hand from the days below (the Dutch site's words, fixtures.mjs).
import test from "node:test";
import assert from "node:assert/strict";
import { houseStatus, statusText } from "../../theme/scripts/open_now.js";
import { dayTitle, todaysHours } from "../../theme/scripts/day_titles.js";
import { pageData, minute } from "./fixtures.mjs";

/**
 * Friday 8 January 2027 (day 0): winter hours 13:00-16:00; the New Year brunch 12:00-14:00.
 * Saturday 9 January: closed, nothing on. Sunday 10 January: closed; the New Year reception
 * 14:00-17:00. Monday 11 January: 09:30-16:00; a cancelled event at 08:00.
 */
const WINTER = pageData({
  first: "2027-01-08",
  listings: {
    brunch: {title: "Nieuwjaarsbrunch", function: "ontmoeten", one_off: true},
    receptie: {title: "Nieuwjaarsreceptie", function: "ontmoeten", one_off: true},
    ontbijt: {title: "Ontbijt", function: "ontmoeten", one_off: true},
  },
  days: [
    {hours: ["13:00-16:00"], occurrences: [["brunch", "12:00", "14:00"]]},
    {},
    {occurrences: [["receptie", "14:00", "17:00"]]},
    {hours: ["09:30-16:00"], occurrences: [["ontbijt", "08:00", "09:30", "Ziek"]]},
  ],
});
const FRIDAY = 0, SUNDAY = 2, MONDAY = 3;

function status(day, time, say = false) {
  return statusText(WINTER, houseStatus(WINTER, day, minute(time)), say);
}

test("on a winter day the status names the event at 12:00, not the opening at 13:00", () => {
  assert.deepEqual(houseStatus(WINTER, FRIDAY, minute("10:00")), {open: false, eventToday: WINTER.days[FRIDAY].occurrences[0]});
  assert.equal(status(FRIDAY, "10:00"), "Nu gesloten. Vandaag om 12:00: Nieuwjaarsbrunch.");
  assert.equal(status(FRIDAY, "10:00", true), "Nu gesloten. Vandaag om 12 uur: Nieuwjaarsbrunch.");
  // During the brunch, before the house opens: it is on.
  assert.equal(status(FRIDAY, "12:30"), "Het huis is nu gesloten, maar dit loopt nog: Nieuwjaarsbrunch tot 14:00.");
  assert.equal(status(FRIDAY, "13:00"), "Nu open, tot 16:00.");
});

test("the next opening is Sunday's reception, named with its weekday, before Monday's hours", () => {
  assert.equal(status(FRIDAY, "16:30"), "Nu gesloten. Zondag 10 januari om 14:00: Nieuwjaarsreceptie.");
  assert.equal(status(SUNDAY, "09:00"), "Nu gesloten. Vandaag om 14:00: Nieuwjaarsreceptie.");
  // After the reception, Monday's hours: Monday's cancelled breakfast at 08:00 does not count.
  assert.equal(status(SUNDAY, "17:00"), "Nu gesloten. Opent maandag 11 januari om 09:30.");
});

test("a closed day with an event says so, in the dated title and in today's line", () => {
  const sunday = WINTER.days[SUNDAY];
  assert.equal(dayTitle(WINTER, sunday), "zondag 10 januari: gesloten — om 14:00 Nieuwjaarsreceptie");
  assert.equal(dayTitle(WINTER, sunday, true), "zondag 10 januari: gesloten — om 14 uur Nieuwjaarsreceptie");
  assert.deepEqual(todaysHours(WINTER, sunday), ["Vandaag gesloten — om 14:00 Nieuwjaarsreceptie"]);
  // A closed day without an event stays as it was.
  assert.equal(dayTitle(WINTER, WINTER.days[1]), "zaterdag 9 januari: gesloten");
});

test("hours and status are heard in words", () => {
  assert.equal(dayTitle(WINTER, WINTER.days[MONDAY], true), "maandag 11 januari: open van 9.30 tot 16 uur");
  assert.deepEqual(todaysHours(WINTER, WINTER.days[FRIDAY], true), ["Open vandaag: van 13 tot 16 uur"]);
  assert.equal(status(MONDAY, "10:00", true), "Nu open, tot 16 uur.");
});
