/**
 * "Open now" at a minute of a day of the page's data: is the house open, and if not, what is on
 * all the same (the homework club until 17:30, after the house's hours end at 16:00), or when
 * does it open? Closures are in the data already: a closed day has no hours, a closure for part
 * of a day leaves a gap between them, a cancelled occurrence carries `cancelled`. An event in the
 * house (a one-off listing) counts as an opening where it starts before the house's hours.
 */

import { fill, plainText } from "./words.js";
import { firstEvent, timeText } from "./day_titles.js";

/** Whether an occurrence is going on at `minute`: from its start, until (not at) its end. */
export function isOn(occurrence, minute) {
  return !("cancelled" in occurrence) && occurrence.start <= minute && minute < occurrence.end;
}

/**
 * The house's status at `minute` of day `index`, one of:
 * {open: true, until}: open, until a minute of the same day;
 * {open: false, running}: closed, but these occurrences are on (cancelled ones never are);
 * {open: false, eventToday}: closed, an event (this occurrence) starts later today, before any hours;
 * {open: false, opensToday}: closed, opens later the same day at that minute;
 * {open: false, eventOn, event}: closed, the next opening is an event on a later day, before its hours;
 * {open: false, opensOn, at}: closed, opens on a later day of the data, at that minute;
 * {open: false}: closed, and no opening known in the data.
 */
export function houseStatus(data, index, minute) {
  const day = data.days[index];
  // The closing minute itself is closed: hours run from `open` until (not at) `close`.
  const span = day.hours.find((hours) => hours.open <= minute && minute < hours.close);
  if (span) return {open: true, until: span.close};
  const running = day.occurrences.filter((occurrence) => isOn(occurrence, minute));
  if (running.length) return {open: false, running};
  const later = day.hours.find((hours) => hours.open > minute);
  const event = firstEvent(data, day, minute);
  if (event && (!later || event.start < later.open)) return {open: false, eventToday: event};
  if (later) return {open: false, opensToday: later.open};
  for (let next = index + 1; next < data.days.length; next++) {
    const hours = data.days[next].hours;
    const first = firstEvent(data, data.days[next]);
    if (first && (!hours.length || first.start < hours[0].open)) return {open: false, eventOn: next, event: first};
    if (hours.length) return {open: false, opensOn: next, at: hours[0].open};
  }
  return {open: false};
}

/**
 * The status in words: "Nu open, tot 16:00.", "Nu gesloten. Opent maandag 30 november om 09:30.";
 * `say`: as a voice says it ("Nu open, tot 16 uur.").
 */
export function statusText(data, status, say = false) {
  const texts = data.texts;
  const time = (minute) => timeText(data, minute, say);
  const title = (occurrence) => plainText(data.listings[occurrence.listing].title);
  if (status.open) return fill(texts.open_until, {time: time(status.until)});
  if (status.running) {
    const running = status.running.map((occurrence) => fill(texts.title_until, {
      title: title(occurrence), time: time(occurrence.end)}));
    return fill(texts.closed_on_now, {list: running.join(data.separator)});
  }
  if (status.eventToday) return fill(texts.event_today, {time: time(status.eventToday.start), title: title(status.eventToday)});
  if ("opensToday" in status) return fill(texts.opens_today, {time: time(status.opensToday)});
  if ("eventOn" in status) {
    return fill(texts.event_on, {day: capital(data.days[status.eventOn].name), time: time(status.event.start), title: title(status.event)});
  }
  if ("opensOn" in status) return fill(texts.opens_at, {day: data.days[status.opensOn].name, time: time(status.at)});
  return texts.closed_now;
}

/** A day's name at the start of a sentence: "Zondag 10 januari". */
function capital(text) {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
