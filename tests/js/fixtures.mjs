// Page data for the script's unit tests, in the shape of page_data.schema.json, written the way a
// person reads a week: days by name, hours and occurrences as "HH:MM". The words are the Dutch
// site's (plugins/stek/locale/nl), so the expected texts below read as the page would.

export const TEXTS = {
  today_is: "Vandaag, {date}",
  open_until: "Nu open, tot {time}.",
  closed_now: "Nu gesloten.",
  opens_today: "Nu gesloten. Opent vandaag om {time}.",
  opens_at: "Nu gesloten. Opent {day} om {time}.",
  closed_on_now: "Het huis is nu gesloten, maar dit loopt nog: {list}.",
  title_until: "{title} tot {time}",
  hours_today: "Open vandaag: {hours}",
  closed_today: "Vandaag gesloten.",
  nothing_today: "Vandaag staat er niets op het programma.",
  date_range: "Van {first} tot {last}",
  day_open: "{day}: open {hours}",
  day_closed: "{day}: gesloten",
  cancelled: "Gaat niet door",
  one_off: "Eenmalig",
  on_now: "Nu bezig",
  stale: "Deze pagina kent het programma maar tot {date}.",
  whole_programme: "Het hele programma",
  nothing_planned: "Niets op het programma.",
  closed_today_event: "Vandaag gesloten — om {time} {title}",
  day_closed_event: "{day}: gesloten — om {time} {title}",
  event_today: "Nu gesloten. Vandaag om {time}: {title}.",
  event_on: "Nu gesloten. {day} om {time}: {title}.",
  next_date: "Volgende: {date}",
};

// The Dutch site's words for times (tests/spoken_times.json): "van 9.30 tot 16 uur".
export const SPEECH = {clock: 24, whole: "{h}", minutes: "{h}.{mm}", h24: "{time} uur", am: "{time} 's ochtends",
  pm: "{time} 's middags", range: "van {start} tot {end}"};

const FUNCTIONS = {
  ontmoeten: {mark: "●", label: "Ontmoeten"}, leren: {mark: "▲", label: "Leren"},
  politiseren: {mark: "◆", label: "Samen je stem laten horen"}, verwijzen: {mark: "■", label: "Hulp vinden"},
};

const DAY_NAMES = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
  "oktober", "november", "december"];

/** "16:00" -> 960 */
export function minute(text) {
  const [hours, minutes] = text.split(":").map(Number);
  return hours * 60 + minutes;
}

/**
 * Page data from `first` (an ISO date) and a day-by-day description:
 * listings: {id: {title, function, partner?, one_off?}}; `partner` (when given) is the partner whose
 *   embed this is: only its listings are `listed`.
 * days: [{hours: ["09:30-16:00", ...], closed: "why", occurrences: [["id", "16:00", "17:30", why?], ...]}],
 *   a fourth item (a string, "" for no reason) marking a cancelled occurrence.
 * later: the first date after the days on which a listed listing takes place, {date, name}, or null.
 */
export function pageData({first, listings, days, partner = null, coming_days = 7, embed_min_items = 5, later = null}) {
  const ids = Object.keys(listings);
  const times = {};
  const at = (text) => {
    const count = minute(text);
    times[count] = text;
    return count;
  };
  const start = Date.parse(first);
  return {
    first, coming_days, embed_min_items, separator: ", ", texts: TEXTS, functions: FUNCTIONS,
    listings: ids.map((id) => ({
      title: listings[id].title, href: `activities/${id}/`, function: listings[id].function, place: "",
      one_off: Boolean(listings[id].one_off), listed: partner === null || listings[id].partner === partner,
    })),
    days: days.map((day, index) => {
      const date = new Date(start + index * 86400000);
      const short = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
      return {
        name: `${DAY_NAMES[date.getUTCDay()]} ${short}`, date: short, closed: day.closed || "",
        hours: (day.hours || []).map((span) => {
          const [open, close] = span.split("-");
          return {open: at(open), close: at(close)};
        }),
        occurrences: (day.occurrences || []).map(([id, from, until, cancelled]) => ({
          listing: ids.indexOf(id), start: at(from), end: at(until),
          ...(cancelled === undefined ? {} : {cancelled}),
        })),
      };
    }),
    times, speech: SPEECH, later,
  };
}

/**
 * A week of the house from Monday 7 December 2026, and Monday 14 December after it:
 * Mon 7    09:30-16:00; the homework club 16:00-17:30, after the house closes.
 * Tue 8    09:30-11:00 and 13:00-16:00: closed from 11:00 to 13:00 (a closure for part of the day);
 *          the open welcome 09:30-11:00.
 * Wed 9    closed all day ("Teamdag"); the repair café 13:00-16:00 cancelled for it.
 * Thu 10   no hours, nothing on.
 * Fri 11   09:30-12:30.
 * Sat 12, Sun 13   closed.
 * Mon 14   09:30-16:00.
 */
export const HOUSE_WEEK = pageData({
  first: "2026-12-07",
  listings: {
    huiswerkklas: {title: "Huiswerkklas", function: "leren"},
    "open-onthaal": {title: "Open onthaal", function: "ontmoeten"},
    "repair-cafe": {title: "Repair café", function: "ontmoeten"},
  },
  days: [
    {hours: ["09:30-16:00"], occurrences: [["huiswerkklas", "16:00", "17:30"]]},
    {hours: ["09:30-11:00", "13:00-16:00"], occurrences: [["open-onthaal", "09:30", "11:00"]]},
    {closed: "Teamdag", occurrences: [["repair-cafe", "13:00", "16:00", "Teamdag"]]},
    {},
    {hours: ["09:30-12:30"]},
    {},
    {},
    {hours: ["09:30-16:00"]},
  ],
});

/** A house open 09:30-16:00 every day of the given dates' weeks: for the days summer time changes. */
export function openEveryDay(first, count) {
  return pageData({first, listings: {}, days: Array.from({length: count}, () => ({hours: ["09:30-16:00"]}))});
}

/**
 * Eight weeks (56 days) from Monday 7 December 2026 (day 0) for partners' embeds; `on(index)`
 * gives the occurrences of day `index`. Day 1 is Tuesday 8 December, day 7 Monday 14 December.
 */
export function eightWeeks(listings, on, partner, later = null) {
  return pageData({first: "2026-12-07", listings, partner, later,
    days: Array.from({length: 56}, (_, index) => ({hours: ["09:30-16:00"], occurrences: on(index)}))});
}
