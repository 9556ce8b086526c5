/**
 * "Open now", "today" and the coming days at the reader's own moment in Brussels, on the home
 * page and in the embeds. The page carries its days in #stek-time-data (script_data.py, described
 * by page_data.schema.json), so the script makes no request; it redraws #stek-time (the dated
 * days the page shows without JavaScript) when the minute changes.
 */

import { brusselsClock, momentInBrussels } from "./brussels.js";
import { renderMoment } from "./render.js";

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
  const clock = brusselsClock();
  let shown = "";
  function draw() {
    const moment = momentInBrussels(new Date(), data.first, clock);
    // Live parts change only where their text changed: nothing is redrawn within the minute.
    if (moment.day + ":" + moment.minute === shown) return;
    shown = moment.day + ":" + moment.minute;
    box.textContent = "";
    box.append(...renderMoment(data, view, moment));
  }
  draw();
  setInterval(draw, 15000);
  addEventListener("pageshow", draw);
  document.addEventListener("visibilitychange", draw);
}

startClock();
