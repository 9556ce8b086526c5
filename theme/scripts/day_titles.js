/**
 * Days named with their date and hours ("vrijdag 27 november: open 09:30–12:30"), as the page
 * names them without JavaScript, and the headings around them.
 */

import { fill } from "./words.js";

// Word joiners around the dash: a range never breaks across lines.
export const DASH = "\u2060–\u2060";

/** The house's hours on a day, as the page writes them: "09:30–12:30, 13:30–16:00". */
export function hoursText(data, day) {
  return day.hours.map((span) => data.times[span.open] + DASH + data.times[span.close]).join(data.separator);
}

/** "vrijdag 27 november: open 09:30–12:30", or "zaterdag 28 november: gesloten". */
export function dayTitle(data, day) {
  if (!day.hours.length) return fill(data.texts.day_closed, {day: day.name});
  return fill(data.texts.day_open, {day: day.name, hours: hoursText(data, day)});
}

/** "Vandaag, vrijdag 27 november": only the script may say "today", at the reader's moment. */
export function todayTitle(data, day) {
  return fill(data.texts.today_is, {date: day.name});
}

/** "Van 28 november tot 3 december": the days after today that the home page lists. */
export function daysRangeTitle(data, first, last) {
  return fill(data.texts.date_range, {first: data.days[first].date, last: data.days[last].date});
}

/** "Open vandaag: 09:30–12:30", or why the house is closed today. Returns the parts of the line. */
export function todaysHours(data, day) {
  if (day.hours.length) return [fill(data.texts.hours_today, {hours: hoursText(data, day)})];
  if (day.closed) return [data.texts.closed_today + " (", day.closed, ")"];
  return [data.texts.closed_today];
}
