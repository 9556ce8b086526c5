/**
 * "Open now" at a minute of a day of the page's data: is the house open, and if not, what is on
 * all the same (the homework club until 17:30, after the house's hours end at 16:00), or when
 * does it open? Closures are in the data already: a closed day has no hours, a closure for part
 * of a day leaves a gap between them, a cancelled occurrence carries `cancelled`.
 */

import { fill, plainText } from "./words.js";

/** Whether an occurrence is going on at `minute`: from its start, until (not at) its end. */
export function isOn(occurrence, minute) {
  return !("cancelled" in occurrence) && occurrence.start <= minute && minute < occurrence.end;
}

/**
 * The house's status at `minute` of day `index`, one of:
 * {open: true, until}: open, until a minute of the same day;
 * {open: false, running}: closed, but these occurrences are on (cancelled ones never are);
 * {open: false, opensToday}: closed, opens later the same day at that minute;
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
  if (later) return {open: false, opensToday: later.open};
  for (let next = index + 1; next < data.days.length; next++) {
    if (data.days[next].hours.length) return {open: false, opensOn: next, at: data.days[next].hours[0].open};
  }
  return {open: false};
}

/** The status in words: "Nu open, tot 16:00.", "Nu gesloten. Opent maandag 30 november om 09:30." */
export function statusText(data, status) {
  const texts = data.texts;
  if (status.open) return fill(texts.open_until, {time: data.times[status.until]});
  if (status.running) {
    const running = status.running.map((occurrence) => fill(texts.title_until, {
      title: plainText(data.listings[occurrence.listing].title), time: data.times[occurrence.end]}));
    return fill(texts.closed_on_now, {list: running.join(data.separator)});
  }
  if ("opensToday" in status) return fill(texts.opens_today, {time: data.times[status.opensToday]});
  if ("opensOn" in status) return fill(texts.opens_at, {day: data.days[status.opensOn].name, time: data.times[status.at]});
  return texts.closed_now;
}
