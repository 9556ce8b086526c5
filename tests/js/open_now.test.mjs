// "Open now" (theme/scripts/open_now.js) at minutes of HOUSE_WEEK (fixtures.mjs: Monday 7 to
// Monday 14 December 2026). Expected values worked out by hand from the week as described there.
import test from "node:test";
import assert from "node:assert/strict";
import { houseStatus, statusText, isOn } from "../../theme/scripts/open_now.js";
import { HOUSE_WEEK as week, minute } from "./fixtures.mjs";

const MONDAY = 0, TUESDAY = 1, WEDNESDAY = 2, FRIDAY = 4, SUNDAY = 6;

function status(day, time) {
  const result = houseStatus(week, day, minute(time));
  return {result, text: statusText(week, result)};
}

test("open from the opening minute until the minute before closing", () => {
  // Monday 7 December, 09:30-16:00.
  assert.deepEqual(status(MONDAY, "09:30").result, {open: true, until: minute("16:00")});
  assert.deepEqual(status(MONDAY, "15:59"), {result: {open: true, until: 960}, text: "Nu open, tot 16:00."});
});

test("exactly at the closing minute the house is closed", () => {
  // Friday 11 December closes at 12:30; the next hours are Monday 14 December (day 7) at 09:30.
  assert.deepEqual(status(FRIDAY, "12:29").result, {open: true, until: minute("12:30")});
  assert.deepEqual(status(FRIDAY, "12:30"), {result: {open: false, opensOn: 7, at: 570},
    text: "Nu gesloten. Opent maandag 14 december om 09:30."});
});

test("an activity running after the house closes is on", () => {
  // Monday 7 December: the house closes at 16:00, the homework club runs 16:00-17:30.
  const homework = week.days[MONDAY].occurrences[0];
  assert.deepEqual(status(MONDAY, "16:00"), {result: {open: false, running: [homework]},
    text: "Het huis is nu gesloten, maar dit loopt nog: Huiswerkklas tot 17:30."});
  assert.deepEqual(status(MONDAY, "17:29").result, {open: false, running: [homework]});
  // At 17:30 it is over too: the house opens again on Tuesday 8 December at 09:30.
  assert.deepEqual(status(MONDAY, "17:30"), {result: {open: false, opensOn: TUESDAY, at: 570},
    text: "Nu gesloten. Opent dinsdag 8 december om 09:30."});
});

test("before opening, it says when the house opens today", () => {
  assert.deepEqual(status(MONDAY, "08:00"), {result: {open: false, opensToday: 570},
    text: "Nu gesloten. Opent vandaag om 09:30."});
});

test("a closure for part of a day closes the house in between", () => {
  // Tuesday 8 December: 09:30-11:00 and 13:00-16:00, closed from 11:00 to 13:00.
  assert.deepEqual(status(TUESDAY, "10:59").text, "Nu open, tot 11:00.");
  assert.deepEqual(status(TUESDAY, "11:00"), {result: {open: false, opensToday: 780},
    text: "Nu gesloten. Opent vandaag om 13:00."});
  assert.deepEqual(status(TUESDAY, "12:59").result, {open: false, opensToday: 780});
  assert.deepEqual(status(TUESDAY, "13:00").text, "Nu open, tot 16:00.");
});

test("a cancelled occurrence is never on, and a closed day points to the next opening", () => {
  // Wednesday 9 December: closed all day, the repair café (13:00-16:00) cancelled; Thursday has
  // no hours either, so the next opening is Friday 11 December at 09:30.
  assert.equal(isOn(week.days[WEDNESDAY].occurrences[0], minute("14:00")), false);
  assert.deepEqual(status(WEDNESDAY, "14:00"), {result: {open: false, opensOn: FRIDAY, at: 570},
    text: "Nu gesloten. Opent vrijdag 11 december om 09:30."});
});

test("past the last opening the data knows, it says only that the house is closed", () => {
  // Sunday 13 December at 20:00: after it, Monday 14 December opens at 09:30 ...
  assert.deepEqual(status(SUNDAY, "20:00").result, {open: false, opensOn: 7, at: 570});
  // ... but on Monday 14 December after 16:00 the data holds no later day.
  assert.deepEqual(status(7, "16:00"), {result: {open: false}, text: "Nu gesloten."});
});
