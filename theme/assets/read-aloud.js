// The "Read aloud" control: the page's main text read by the phone's own speech synthesis.
//
// after-load.js puts the control on the page (from its <template> in partials/stek/after_load.html,
// in the page's words) where the browser can speak, and loads this module at the first press of
// the button. Nothing leaves the phone: only the phone's own voices are used.

import { spokenParts } from "./read-aloud-text.js";
import { languageOf, pickVoice, readableLanguages, voicesOf } from "./read-aloud-voices.js";
import { PAUSED, READING, Reader } from "./read-aloud-reader.js";

const MARK = "stek-reading";

/** What the page does not show: its display or visibility rules it out. */
function hiddenByStyle(element) {
  const style = getComputedStyle(element);
  return style.display === "none" || style.visibility === "hidden";
}

/** The languages the site is in, as its language menu lists them: [{lang, link}]. */
function siteLanguages() {
  return Array.from(document.querySelectorAll(".stek-langs a[hreflang]"),
    (link) => ({ lang: link.getAttribute("hreflang"), link }));
}

/** Wire the control and start reading: the press that loaded this module asked for it. */
export function takeOver(control) {
  const synth = window.speechSynthesis;
  const play = control.querySelector(".stek-read__play");
  const label = play.querySelector(".stek-read__label");
  const icon = play.querySelector(".stek-read__icon");
  const stop = control.querySelector(".stek-read__stop");
  const status = control.querySelector(".stek-read__status");
  const others = control.querySelector(".stek-read__others");
  const words = { start: label.textContent, startIcon: icon.textContent };
  const pageLang = document.documentElement.lang;
  const main = document.getElementById("stek-main") || document.querySelector("main");
  let voices = [];
  let marked = null;

  function say(text) {
    // Only where the text changed: a live region repeats whatever is written into it.
    if (status.textContent !== text) status.textContent = text;
  }

  function show(state) {
    const reading = state === READING;
    label.textContent = reading ? play.dataset.pause : state === PAUSED ? play.dataset.resume : words.start;
    icon.textContent = reading ? play.dataset.pauseIcon : words.startIcon;
    const stopShown = state === READING || state === PAUSED;
    if (!stopShown && document.activeElement === stop) play.focus();
    stop.hidden = !stopShown;
    say(status.dataset[state] || "");
  }

  function mark(part) {
    if (marked) marked.classList.remove(MARK);
    marked = part && part.block !== main ? part.block : null;
    if (marked) {
      marked.classList.add(MARK);
      marked.scrollIntoView({ block: "nearest" });
    }
  }

  const reader = new Reader({
    synth,
    Utterance: window.SpeechSynthesisUtterance,
    voiceFor: (lang) => pickVoice(voices, lang),
    onState: show,
    onPart: mark,
  });

  /** No voice for the page's language: say so, and offer this page in the languages the phone can read. */
  function offerOthers() {
    say(status.dataset.noVoice);
    const languages = siteLanguages();
    const readable = readableLanguages(voices, languages.map((language) => language.lang))
      .filter((lang) => languageOf(lang) !== languageOf(pageLang));
    const list = others.querySelector(".stek-read__links");
    list.replaceChildren(...languages.filter((language) => readable.includes(language.lang)).map((language) => {
      const item = document.createElement("li");
      const link = language.link.cloneNode(true);
      link.removeAttribute("aria-current");
      item.append(link);
      return item;
    }));
    others.hidden = list.children.length === 0;
  }

  async function begin() {
    voices = await voicesOf(synth);
    if (!pickVoice(voices, pageLang)) {
      offerOthers();
      return;
    }
    others.hidden = true;
    reader.start(spokenParts(main, { lang: pageLang, isHidden: hiddenByStyle }), pageLang);
  }

  play.addEventListener("click", () => {
    if (reader.state === READING) reader.pause();
    else if (reader.state === PAUSED) reader.resume();
    else begin();
  });
  stop.addEventListener("click", () => reader.stop());
  // Leaving the page ends its reading: a voice reading a page no longer shown only confuses.
  addEventListener("pagehide", () => reader.stop());
  begin();
}

if (typeof document !== "undefined") {
  const control = document.querySelector(".stek-read");
  if (control && !control.dataset.ready) {
    control.dataset.ready = "yes";
    takeOver(control);
  }
}
