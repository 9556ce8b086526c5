// The embed rule (theme/scripts/coming_days.js; SPEC "Embeds"): a partner's embed lists its next
// occurrences, at least 5 that take place within the 8 weeks of data, further than the coming
// week when needed, and no day more than that. Day 0 is Monday 7 December 2026 (fixtures.mjs).
import test from "node:test";
import assert from "node:assert/strict";
import { partnerEmbedDays, houseEmbedDays, laterDate } from "../../theme/scripts/coming_days.js";
import { eightWeeks, minute } from "./fixtures.mjs";

const LISTINGS = {
  spreekuur: {title: "Spreekuur", function: "verwijzen", partner: "caw"},
  koffie: {title: "Koffie", function: "ontmoeten"},
};
const days = (data, index = 0, time = "08:00") => partnerEmbedDays(data, index, minute(time));
const indexes = (listed) => listed.map((day) => day.index);
const count = (listed) => listed.reduce((sum, day) => sum + day.occurrences.length, 0);

test("a partner with something every day: the coming week, 7 occurrences", () => {
  // Monday 7 to Sunday 13 December: the week is covered and 7 >= 5.
  const data = eightWeeks(LISTINGS, () => [["spreekuur", "10:00", "11:00"], ["koffie", "10:00", "12:00"]], "caw");
  assert.deepEqual(indexes(days(data)), [0, 1, 2, 3, 4, 5, 6]);
  // Only the partner's own listings.
  assert.equal(count(days(data)), 7);
});

test("a weekly partner: exactly 5, reaching beyond the week, not a sixth", () => {
  // Every Tuesday: 8, 15, 22, 29 December 2026 and 5 January 2027 (days 1, 8, 15, 22, 29);
  // Tuesday 12 January (day 36) is not needed any more.
  const data = eightWeeks(LISTINGS, (index) => (index % 7 === 1 ? [["spreekuur", "13:00", "15:00"]] : []), "caw");
  assert.deepEqual(indexes(days(data)), [1, 8, 15, 22, 29]);
});

test("cancelled dates are listed but do not count", () => {
  // Tuesday 22 December (day 15) is cancelled: five that take place need Tuesday 12 January (day 36).
  const data = eightWeeks(LISTINGS, (index) => (index % 7 !== 1 ? []
    : [["spreekuur", "13:00", "15:00", ...(index === 15 ? ["Kerstvakantie"] : [])]]), "caw");
  const listed = days(data);
  assert.deepEqual(indexes(listed), [1, 8, 15, 22, 29, 36]);
  assert.deepEqual(listed[2].occurrences[0].cancelled, "Kerstvakantie");
});

test("a partner with one quarterly event still gets its next date", () => {
  // Saturday 16 January 2027 (day 40), six weeks ahead: past the week, the only one in 8 weeks.
  const data = eightWeeks(LISTINGS, (index) => (index === 40 ? [["spreekuur", "10:00", "12:00"]] : []), "caw");
  assert.deepEqual(indexes(days(data)), [40]);
});

test("a partner with nothing in 8 weeks lists nothing", () => {
  const data = eightWeeks(LISTINGS, () => [["koffie", "10:00", "12:00"]], "caw");
  assert.deepEqual(days(data), []);
});

test("a day is listed whole: three on a Monday, twice, make 6", () => {
  // Mondays 7 and 14 December (days 0 and 7), three sessions each: after the first Monday only 3,
  // so the second Monday comes too, all three of it; Monday 21 December (day 14) no more.
  const three = [["spreekuur", "09:00", "10:00"], ["spreekuur", "10:00", "11:00"], ["spreekuur", "11:00", "12:00"]];
  const data = eightWeeks(LISTINGS, (index) => (index % 7 === 0 ? three : []), "caw");
  assert.deepEqual(indexes(days(data)), [0, 7]);
  assert.equal(count(days(data)), 6);
});

test("today's occurrences that are over are not listed", () => {
  // Every day 10:00-11:00. At 11:00 on Monday 7 December today's is over: Tuesday 8 to Sunday 13.
  const data = eightWeeks(LISTINGS, () => [["spreekuur", "10:00", "11:00"]], "caw");
  assert.deepEqual(indexes(days(data, 0, "10:59")), [0, 1, 2, 3, 4, 5, 6]);
  assert.deepEqual(indexes(days(data, 0, "11:00")), [1, 2, 3, 4, 5, 6]);
});

test("near the end of the data, what is left", () => {
  // From Monday 18 January 2027 (day 42), the Tuesdays left are 19 and 26 January (days 43 and 50).
  const data = eightWeeks(LISTINGS, (index) => (index % 7 === 1 ? [["spreekuur", "13:00", "15:00"]] : []), "caw");
  assert.deepEqual(indexes(days(data, 42)), [43, 50]);
});

test("the house's embed: today's not over, then the six days after it", () => {
  const data = eightWeeks(LISTINGS, () => [["koffie", "10:00", "12:00"]], null);
  const listed = houseEmbedDays(data, 3, minute("12:00"));
  // Thursday 10 December at 12:00: today's coffee is over; Friday 11 to Wednesday 16 December follow.
  assert.deepEqual(listed.map((day) => [day.index, day.occurrences.length]),
    [[3, 0], [4, 1], [5, 1], [6, 1], [7, 1], [8, 1], [9, 1]]);
});

// Never "nothing" while something is coming (SPEC "Embeds"): the date after the data, worked out by
// hand. Day 0 is Monday 7 December 2026; the data's 56 days end on Sunday 31 January 2027.
const MARCH = {date: "2027-03-11", name: "donderdag 11 maart 2027"};

test("a partner whose only event is 14 weeks away: nothing listed, its date named", () => {
  // Thursday 11 March 2027 is day 94, 13 weeks and 3 days after Monday 7 December: beyond the data.
  const data = eightWeeks(LISTINGS, () => [["koffie", "10:00", "12:00"]], "caw", MARCH);
  assert.deepEqual(days(data), []);
  assert.deepEqual(laterDate(data, 0, minute("08:00"), true), MARCH);
  // Read seven weeks later, on Monday 25 January (day 49): still named.
  assert.deepEqual(laterDate(data, 49, minute("08:00"), true), MARCH);
});

test("a weekly partner with enough in its weeks names no later date, until the data nearly ends", () => {
  const data = eightWeeks(LISTINGS, (index) => (index % 7 === 1 ? [["spreekuur", "13:00", "15:00"]] : []), "caw",
    {date: "2027-02-02", name: "dinsdag 2 februari 2027"});
  assert.equal(laterDate(data, 0, minute("08:00"), true), null);
  // On Monday 18 January (day 42): Tuesdays 19 and 26 January only, the data ends on the 31st.
  assert.deepEqual(indexes(days(data, 42)), [43, 50]);
  assert.deepEqual(laterDate(data, 42, minute("08:00"), true), {date: "2027-02-02", name: "dinsdag 2 februari 2027"});
});

test("the house's embed with an empty week names the next day that holds something", () => {
  // Nothing from Monday 7 to Sunday 13 December; the open welcome on Wednesday 16 December (day 9).
  const data = eightWeeks({...LISTINGS, onthaal: {title: "Open onthaal", function: "ontmoeten"}},
    (index) => (index === 9 ? [["onthaal", "09:30", "11:00"]] : []), null, MARCH);
  assert.deepEqual(laterDate(data, 0, minute("08:00"), false), {name: "woensdag 16 december"});
  // With something in the week, nothing more is named.
  assert.equal(laterDate(data, 5, minute("08:00"), false), null);
  // An empty house for all its data: the date after it.
  assert.deepEqual(laterDate(eightWeeks(LISTINGS, () => [], null, MARCH), 0, minute("08:00"), false), MARCH);
});
