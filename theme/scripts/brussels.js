/**
 * The reader's moment on the house's clock: the page's data counts days from the build's date
 * and minutes after midnight on the wall clock in Brussels, so the script needs no time-zone
 * rules of its own. Intl knows them, whatever the reader's own zone and summer time.
 */

const DAY_MS = 86400000;

const BRUSSELS_CLOCK = {timeZone: "Europe/Brussels", hourCycle: "h23", year: "numeric", month: "numeric",
  day: "numeric", hour: "numeric", minute: "numeric"};

/** A formatter of Brussels dates and times, made once: the page asks it every 15 seconds. */
export function brusselsClock() {
  return new Intl.DateTimeFormat("en-GB", BRUSSELS_CLOCK);
}

/**
 * The moment `instant` (a Date) in Brussels: `day`, counted from the ISO date `first` (0 is that
 * day, -1 the day before), and `minute`, after midnight on the clock in Brussels.
 */
export function momentInBrussels(instant, first, clock = brusselsClock()) {
  const parts = {};
  for (const part of clock.formatToParts(instant)) parts[part.type] = Number(part.value);
  // Calendar days, not 24-hour spans: the days of the summer-time changes have 23 and 25 hours.
  const day = Math.round((Date.UTC(parts.year, parts.month - 1, parts.day) - Date.parse(first)) / DAY_MS);
  return {day, minute: (parts.hour % 24) * 60 + parts.minute};
}

/** The ISO date of day `day` counted from `first`: "2026-11-28" for day 1 from "2026-11-27". */
export function isoDate(first, day) {
  return new Date(Date.parse(first) + day * DAY_MS).toISOString().slice(0, 10);
}

/** A minute of the day as "HH:MM", for <time datetime>. */
export function clockTime(minute) {
  const two = (n) => String(n).padStart(2, "0");
  return two(Math.floor(minute / 60)) + ":" + two(minute % 60);
}
