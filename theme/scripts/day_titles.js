/**
 * Days named with their date and hours ("vrijdag 27 november: open 09:30–12:30"), as the page
 * names them without JavaScript, and the headings around them. Each text with times comes as
 * shown (`say` false: figures) or as heard (`say` true: in words, spoken.js).
 */

import { fill, plainText } from "./words.js";
import { spokenMinute, spokenRange } from "./spoken.js";

// Word joiners around the dash: a range never breaks across lines.
export const DASH = "\u2060–\u2060";

/** A minute as the page shows it ("16:00") or as a voice says it ("16 uur"). */
export function timeText(data, minute, say = false) {
  return say ? spokenMinute(data.speech, minute) : data.times[minute];
}

/** The house's hours on a day, as the page writes them: "09:30–12:30, 13:30–16:00" (heard "van 9.30 tot 12.30 uur, …"). */
export function hoursText(data, day, say = false) {
  return day.hours.map((span) => (say ? spokenRange(data.speech, span.open, span.close)
    : data.times[span.open] + DASH + data.times[span.close])).join(data.separator);
}

/** The day's first event in the house that takes place: it counts in the day's status. */
export function firstEvent(data, day, after = -1) {
  return day.occurrences.find((occurrence) => data.listings[occurrence.listing].one_off
    && !("cancelled" in occurrence) && occurrence.start > after);
}

/** "vrijdag 27 november: open 09:30–12:30", "zaterdag 28 november: gesloten", or the event of a closed day. */
export function dayTitle(data, day, say = false) {
  if (day.hours.length) return fill(data.texts.day_open, {day: day.name, hours: hoursText(data, day, say)});
  const event = firstEvent(data, day);
  if (event) {
    return fill(data.texts.day_closed_event, {day: day.name, time: timeText(data, event.start, say),
      title: plainText(data.listings[event.listing].title)});
  }
  return fill(data.texts.day_closed, {day: day.name});
}

/** "Vandaag, vrijdag 27 november": only the script may say "today", at the reader's moment. */
export function todayTitle(data, day) {
  return fill(data.texts.today_is, {date: day.name});
}

/** "Van 28 november tot 3 december": the days after today that the home page lists. */
export function daysRangeTitle(data, first, last) {
  return fill(data.texts.date_range, {first: data.days[first].date, last: data.days[last].date});
}

/** "Open vandaag: 09:30–12:30", or why the house is closed today, or its event. Returns the parts of the line. */
export function todaysHours(data, day, say = false) {
  if (day.hours.length) return [fill(data.texts.hours_today, {hours: hoursText(data, day, say)})];
  const event = firstEvent(data, day);
  if (event) {
    return [fill(data.texts.closed_today_event, {time: timeText(data, event.start, say),
      title: plainText(data.listings[event.listing].title)})];
  }
  if (day.closed) return [data.texts.closed_today + " (", day.closed, ")"];
  return [data.texts.closed_today];
}
