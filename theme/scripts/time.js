/**
 * "Open now", "today" and the coming days at the reader's own moment in Brussels, on the home
 * page and in the embeds. The page carries its days in #stek-time-data (script_data.py, described
 * by page_data.schema.json), so the script makes no request; it updates #stek-time (the dated
 * days the page shows without JavaScript) when the minute changes, only where the text changed
 * (patch.js), and announces a change of the house's status once, politely.
 */

import { brusselsClock, momentInBrussels } from "./brussels.js";
import { renderMoment } from "./render.js";
import { patch } from "./patch.js";

function startClock() {
  const box = document.getElementById("stek-time");
  const source = document.getElementById("stek-time-data");
  if (!box || !source || !window.Intl) return;
  const data = JSON.parse(source.textContent);
  const view = {
    embed: box.hasAttribute("data-embed"),
    partner: box.hasAttribute("data-upcoming"),
    root: box.getAttribute("data-root").replace(/\/?$/, "/"),
  };
  // A polite live region, empty until the status changes: then it receives that sentence only.
  const announce = document.createElement("p");
  announce.className = "stek-sr";
  announce.id = "stek-announce";
  announce.setAttribute("aria-live", "polite");
  box.parentNode.insertBefore(announce, box.nextSibling);
  const clock = brusselsClock();
  let shown = "";
  let status = null;
  function draw() {
    const moment = momentInBrussels(new Date(), data.first, clock);
    // Nothing is redrawn within the minute.
    if (moment.day + ":" + moment.minute === shown) return;
    shown = moment.day + ":" + moment.minute;
    const focused = box.contains(document.activeElement);
    patch(box, renderMoment(data, view, moment));
    // Where the focused item itself is gone (over), focus stays in the live part, not on the body.
    if (focused && !box.contains(document.activeElement)) {
      box.tabIndex = -1;
      box.focus({preventScroll: true});
    }
    const line = box.querySelector(".stek-status");
    const now = line ? line.getAttribute("data-said") || line.textContent : "";
    if (status !== null && now !== status) announce.textContent = now;
    status = now;
  }
  draw();
  setInterval(draw, 15000);
  addEventListener("pageshow", draw);
  document.addEventListener("visibilitychange", draw);
}

startClock();
