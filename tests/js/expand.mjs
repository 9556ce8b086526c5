// Expands iCalendar files with ical.js (Mozilla's parser), as a calendar app would.
// Usage: node tests/js/expand.mjs FIRST LAST FILE.ics...   (dates YYYY-MM-DD)
// Prints {file: [{uid, summary, start, end}]} as JSON, with UTC instants, for occurrences that
// start from a day before FIRST to two days after LAST: the caller cuts the exact local window.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const DAY = 86400000;
const [first, last, ...files] = process.argv.slice(2);
const from = Date.parse(`${first}T00:00:00Z`) - DAY;
const until = Date.parse(`${last}T00:00:00Z`) + 2 * DAY;

function expand(file) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  // Use the feed's own VTIMEZONE, as a client does that has no time zone database.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const result = [];
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    const add = (start, end) => {
      const instant = start.toJSDate().getTime();
      if (instant >= from && instant < until) {
        result.push({ uid: event.uid, summary: event.summary,
                      start: start.toJSDate().toISOString(), end: end.toJSDate().toISOString() });
      }
    };
    if (!event.isRecurring()) {
      add(event.startDate, event.endDate);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.toJSDate().getTime() < until; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      add(details.startDate, details.endDate);
    }
  }
  return result;
}

const output = {};
for (const file of files) output[file] = expand(file);
process.stdout.write(JSON.stringify(output));
