/**
 * Lists of next dates drop the past ones in the browser: an element with data-end (an ISO
 * date-time with its offset) hides once that moment is past. A list with data-show="N" shows its
 * first N items not past (the page without JavaScript shows the first N it knew); a list left
 * empty hides, and the element named by its data-empty shows instead.
 */

/** Whether an element's data-end is past at `now` (milliseconds): an item ending now is over. */
export function isPast(element, now) {
  return Date.parse(element.getAttribute("data-end")) <= now;
}

function dropPast(now) {
  for (const element of document.querySelectorAll("[data-end]")) {
    if (isPast(element, now)) element.hidden = true;
  }
  for (const list of document.querySelectorAll("[data-show]")) {
    let left = Number(list.getAttribute("data-show"));
    for (const item of list.children) item.hidden = isPast(item, now) || left-- <= 0;
  }
  for (const list of document.querySelectorAll("[data-empty]")) {
    if (![...list.children].some((item) => !item.hidden)) {
      list.hidden = true;
      document.getElementById(list.getAttribute("data-empty")).hidden = false;
    }
  }
}

dropPast(Date.now());
