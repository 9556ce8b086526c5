/**
 * The elements of #stek-time at the reader's moment, built the way the templates write them
 * without JavaScript. `view` says where: {embed, partner, root}; an embed has its own plain
 * classes (assets/stek-embed.css) and opens links in the partner's whole window.
 */

import { isoDate, clockTime } from "./brussels.js";
import { fill } from "./words.js";
import { dayTitle, todayTitle, daysRangeTitle, todaysHours } from "./day_titles.js";
import { spokenRange } from "./spoken.js";
import { isOn, houseStatus, statusText } from "./open_now.js";
import { lastComingDay, houseEmbedDays, partnerEmbedDays, laterDate } from "./coming_days.js";

/** An element with a class (none when empty) and children: nodes, strings, or texts in another language. */
function element(tag, className, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (typeof child === "string" || child.nodeType) {
      node.append(child);
    } else {
      // A text that falls back to another language says which, for screen readers and fonts.
      const span = document.createElement("span");
      span.lang = child.lang;
      span.dir = child.dir;
      span.textContent = child.text;
      node.append(span);
    }
  }
  return node;
}

function pageLink(view, text, href) {
  const link = element("a", view.embed ? "" : "stek-title", [text]);
  link.href = view.root + href;
  if (view.embed) link.target = "_top";
  return link;
}

function timeElement(data, index, minute) {
  const time = element("time", "", [data.times[minute]]);
  time.dateTime = isoDate(data.first, index) + "T" + clockTime(minute);
  return time;
}

/**
 * Text with figures as the page shows it, and heard in words: the words for screen readers only,
 * the figures hidden from them (as stek.site.format's `said`). The same text once, where they agree.
 */
export function said(shown, spoken) {
  if (shown.join("") === spoken.join("")) return shown;
  const figures = element("span", "", shown);
  figures.setAttribute("aria-hidden", "true");
  return [element("span", "stek-sr", spoken), figures];
}

/** "09:30–12:30", heard as "van 9.30 tot 12.30 uur" by screen readers, on the pages and in the embeds. */
function timeRange(data, view, index, start, end) {
  // Unbroken, except after the dash where the range alone is wider than the line (stek.site.format).
  return element("span", "stek-range", said([timeElement(data, index, start), "\u2060–", document.createElement("wbr"),
    timeElement(data, index, end)],
    [spokenRange(data.speech, start, end)]));
}

/** One occurrence: time, title, function (shape and word), and what to know (cancelled, once, on now, where). */
function occurrenceItem(data, view, index, occurrence, minute) {
  const embed = view.embed;
  const listing = data.listings[occurrence.listing];
  const fn = data.functions[listing.function];
  const cancelled = "cancelled" in occurrence;
  const now = minute != null && isOn(occurrence, minute);
  const mark = element("span", embed ? "" : "stek-fn__mark", [fn.mark]);
  mark.setAttribute("aria-hidden", "true");
  const children = [
    element("span", embed ? "time" : "stek-time", [timeRange(data, view, index, occurrence.start, occurrence.end)]), " ",
    pageLink(view, listing.title, listing.href), " ",
    element("span", embed ? "fn" : "stek-fn stek-fn--" + listing.function, [mark, " " + fn.label]),
  ];
  const note = embed ? "note" : "stek-item__note";
  if (cancelled) {
    const why = occurrence.cancelled;
    children.push(" ", element("span", note, why ? [data.texts.cancelled + ": ", why] : [data.texts.cancelled]));
  } else if (listing.one_off) {
    children.push(" ", element("span", note, [data.texts.one_off]));
  }
  if (now) children.push(" ", element("strong", embed ? "note" : "stek-item__note stek-item__now", [data.texts.on_now]));
  if (!embed && listing.place) children.push(" ", element("span", "stek-place", [listing.place]));
  const className = embed ? (cancelled ? "cancelled" : "")
    : "stek-item stek-item--" + listing.function + (cancelled ? " stek-item--cancelled" : "") + (now ? " stek-item--now" : "");
  const item = element("li", className, children);
  if (!embed) item.setAttribute("data-function", listing.function);
  // Its identity, so that a redraw keeps this element (and a focused link in it) where the list changes.
  item.setAttribute("data-key", occurrence.listing + "@" + occurrence.start);
  return item;
}

function occurrenceList(data, view, index, occurrences, minute) {
  return element("ul", view.embed ? "" : "stek-items",
    occurrences.map((occurrence) => occurrenceItem(data, view, index, occurrence, minute)));
}

/** Days under their dated titles; `minute` marks what is on now (today only). */
function dayBlocks(data, view, days, tag, minute) {
  const out = [];
  for (const {index, occurrences} of days) {
    const day = data.days[index];
    out.push(element(tag, "", said([dayTitle(data, day)], [dayTitle(data, day, true)])));
    if (day.closed) out.push(element("p", "", [day.closed]));
    if (occurrences.length) out.push(occurrenceList(data, view, index, occurrences, minute));
    else if (!day.closed) out.push(element("p", "stek-empty", [data.texts.nothing_planned]));
  }
  return out;
}

/** A partner's embed: its next occurrences, today's first under "today". */
function partnerBlocks(data, view, index, minute) {
  const out = [];
  for (const {index: next, occurrences} of partnerEmbedDays(data, index, minute)) {
    const day = data.days[next];
    out.push(element("h2", "", next === index ? [todayTitle(data, day)] : said([dayTitle(data, day)], [dayTitle(data, day, true)])),
      occurrenceList(data, view, next, occurrences, next === index ? minute : null));
  }
  const later = laterBlock(data, index, minute, true);
  if (later) out.push(later);
  else if (!out.length) out.push(element("p", "", [data.texts.nothing_planned]));
  return out;
}

/** "Volgende: donderdag 11 maart 2027" when the embed's days hold nothing (more); else null. */
function laterBlock(data, index, minute, partner) {
  const later = laterDate(data, index, minute, partner);
  return later ? element("p", "later", [fill(data.texts.next_date, {date: later.name})]) : null;
}

/** Past the page's data: say so, and point to the programme, instead of claiming anything. */
function staleBlocks(data, view) {
  const last = data.days[data.days.length - 1];
  return [element("p", "stek-status", [fill(data.texts.stale, {date: last.name})]),
    element("p", "", [pageLink(view, data.texts.whole_programme, "programme/")])];
}

/** What #stek-time shows at `moment` ({day, minute} in Brussels, see brussels.js). */
export function renderMoment(data, view, moment) {
  const {day: index, minute} = moment;
  if (index < 0 || index >= data.days.length) return staleBlocks(data, view);
  const day = data.days[index];
  const status = houseStatus(data, index, minute);
  const out = [];
  if (!view.embed) {
    const heading = element("h2", "", [todayTitle(data, day)]);
    heading.id = "stek-days-title";
    out.push(heading);
  }
  const line = element("p", "stek-status" + (view.embed ? "" : " stek-status--" + (status.open ? "open" : "closed")),
    said([statusText(data, status)], [statusText(data, status, true)]));
  // What the live region announces when the status changes (time.js): the sentence in words.
  line.setAttribute("data-said", statusText(data, status, true));
  out.push(line, element("p", "stek-hours", said(todaysHours(data, day), todaysHours(data, day, true))));
  if (view.partner) return out.concat(partnerBlocks(data, view, index, minute));
  if (view.embed) {
    const [today, ...coming] = houseEmbedDays(data, index, minute);
    const later = laterBlock(data, index, minute, false);
    return out.concat(dayBlocks(data, view, [today], "h2", minute), dayBlocks(data, view, coming, "h2", null),
      later ? [later] : []);
  }
  out.push(day.occurrences.length ? occurrenceList(data, view, index, day.occurrences, minute)
    : element("p", "stek-empty", [data.texts.nothing_today]));
  const last = lastComingDay(data, index);
  if (last > index) {
    out.push(element("h2", "", [daysRangeTitle(data, index + 1, last)]));
    const coming = [];
    for (let next = index + 1; next <= last; next++) coming.push({index: next, occurrences: data.days[next].occurrences});
    out.push(...dayBlocks(data, view, coming, "h3", null));
  }
  return out;
}
