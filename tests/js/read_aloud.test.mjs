// "Read aloud" without a browser: what is said, in which language, by which voice, and the reader's states.
// The markup below is copied from the built example (an activity item on the programme, a rights
// page's Arabic text with a Dutch name): the expected words are written out by hand.

import assert from "node:assert/strict";
import { test } from "node:test";

import { spokenParts } from "../../theme/assets/read-aloud-text.js";
import { languageOf, pickVoice, readableLanguages, voicesOf } from "../../theme/assets/read-aloud-voices.js";
import { DONE, IDLE, PAUSED, READING, Reader } from "../../theme/assets/read-aloud-reader.js";

// A DOM-like tree: el("p", {lang: "nl"}, ["text", el(...)]).
function el(name, attributes = {}, children = []) {
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    attributes,
    childNodes: children.map((child) => (typeof child === "string" ? { nodeType: 3, data: child } : child)),
    getAttribute: (key) => (key in attributes ? attributes[key] : null),
  };
}

const said = (parts) => parts.map(({ text, lang }) => [lang, text]);

// The programme's markup for one activity: the range in words for assistive technology, its figures hidden.
function item() {
  return el("li", { class: "stek-item" }, [
    el("span", { class: "stek-time" }, [el("span", { class: "stek-range" }, [
      el("span", { class: "stek-sr" }, ["van 9 uur 30 tot 12 uur"]),
      el("span", { "aria-hidden": "true" }, [el("time", {}, ["09:30"]), "\u2060–\u2060", el("time", {}, ["12:00"])]),
    ])]),
    "\n      ",
    el("a", { class: "stek-title", href: "/activities/soep-en-babbel/" }, ["Soep en babbel"]),
    "\n      ",
    el("span", { class: "stek-fn" }, [el("span", { class: "stek-fn__mark", "aria-hidden": "true" }, ["●"]), " Ontmoeten"]),
  ]);
}

test("the heading comes first, then each block, in the page's language; times as words, never figures", () => {
  const main = el("div", { id: "stek-main" }, [
    el("h1", {}, ["Programma"]),
    el("div", { class: "stek-read", "data-unspoken": "" }, [el("button", {}, ["Lees voor"]), el("p", { role: "status" }, ["Wordt voorgelezen."])]),
    el("h2", {}, ["Elke week"]),
    el("ul", {}, [item()]),
  ]);
  assert.deepEqual(said(spokenParts(main, { lang: "nl" })), [
    ["nl", "Programma"],
    ["nl", "Elke week"],
    ["nl", "van 9 uur 30 tot 12 uur Soep en babbel Ontmoeten"],
  ]);
});

test("a Dutch name inside Arabic text is said in Dutch, the rest in Arabic", () => {
  const main = el("div", {}, [
    el("h1", {}, ["الدخل الأدنى"]),
    el("p", {}, ["اسأل في ", el("span", { lang: "nl" }, ["Sociaal Huis"]), " كل ثلاثاء."]),
  ]);
  assert.deepEqual(said(spokenParts(main, { lang: "ar" })), [
    ["ar", "الدخل الأدنى"],
    ["ar", "اسأل في"],
    ["nl", "Sociaal Huis"],
    ["ar", "كل ثلاثاء."],
  ]);
});

test("a fallback text keeps the language it is written in", () => {
  const main = el("div", {}, [el("h1", {}, ["Huurpremie"]), el("div", { lang: "nl" }, [el("p", {}, ["Een premie voor huurders."])])]);
  assert.deepEqual(said(spokenParts(main, { lang: "fr" })), [["fr", "Huurpremie"], ["nl", "Een premie voor huurders."]]);
});

test("what the page hides is not said: hidden, aria-hidden, display none, controls", () => {
  const main = el("div", {}, [
    el("p", { hidden: "" }, ["verborgen"]),
    el("p", { "aria-hidden": "true" }, ["voor ogen alleen"]),
    el("li", { class: "filtered" }, ["weggefilterd"]),
    el("form", {}, [el("label", {}, ["Zoek"]), el("input", { value: "x" })]),
    el("script", {}, ["var x = 1;"]),
    el("p", {}, ["Zichtbaar ", el("img", { alt: "een kaart", src: "k.png" }), el("br"), "tweede regel"]),
    el("p", {}, ["–"]),
  ]);
  const isHidden = (element) => element.attributes.class === "filtered";
  assert.deepEqual(said(spokenParts(main, { lang: "nl", isHidden })), [["nl", "Zichtbaar een kaart"], ["nl", "tweede regel"]]);
});

test("each part knows its block, to show it while it is read", () => {
  const heading = el("h1", {}, ["Titel"]);
  const [part] = spokenParts(el("div", {}, [heading]), { lang: "nl" });
  assert.equal(part.block, heading);
});

// ------------------------------------------------------------------ voices

const voice = (lang, extra = {}) => ({ name: `${lang} voice`, lang, localService: true, default: false, ...extra });

test("the phone's own voice for a language: Belgian first, never a voice that sends the text away", () => {
  const voices = [voice("en-US", { default: true }), voice("nl-NL"), voice("nl-BE"), voice("ar-SA"),
    voice("fr-FR", { localService: false }), voice("fr_BE", { localService: false })];
  assert.equal(pickVoice(voices, "nl").lang, "nl-BE");
  assert.equal(pickVoice(voices, "nl-NL").lang, "nl-NL");
  assert.equal(pickVoice(voices, "ar").lang, "ar-SA");
  assert.equal(pickVoice(voices, "fr"), null);
  assert.equal(pickVoice([], "nl"), null);
  assert.equal(pickVoice([voice("nl_be")], "nl").lang, "nl_be");
  assert.equal(pickVoice([voice("ar-EG"), voice("ar-SA", { default: true })], "ar").lang, "ar-SA");
  assert.equal(languageOf("AR_sa"), "ar");
});

test("the languages the phone can read, among the site's", () => {
  const voices = [voice("en-GB"), voice("fr-BE"), voice("nl-NL", { localService: false })];
  assert.deepEqual(readableLanguages(voices, ["nl", "fr", "en", "ar"]), ["fr", "en"]);
});

test("voices listed late are waited for, and no voices at all end the wait", async () => {
  const listeners = new Set();
  let list = [];
  const synth = {
    getVoices: () => list,
    addEventListener: (type, listener) => listeners.add(listener),
    removeEventListener: (type, listener) => listeners.delete(listener),
  };
  const waiting = voicesOf(synth, 1000);
  list = [voice("nl-BE")];
  for (const listener of [...listeners]) listener();
  assert.deepEqual((await waiting).map((v) => v.lang), ["nl-BE"]);
  assert.equal(listeners.size, 0);
  list = [];
  assert.deepEqual(await voicesOf(synth, 10), []);
});

// ------------------------------------------------------------------ the reader

// A stand-in for speechSynthesis: it records what it is asked to say and ends an utterance when told.
function fakeSynth() {
  return {
    spoken: [],
    cancels: 0,
    current: null,
    speak(utterance) {
      this.spoken.push([utterance.lang, utterance.text, utterance.voice?.lang]);
      this.current = utterance;
    },
    cancel() {
      this.cancels += 1;
      const utterance = this.current;
      this.current = null;
      // Browsers report a cancelled utterance afterwards, as an error "interrupted" or an end.
      if (utterance) queueMicrotask(() => utterance.onerror?.({ error: "interrupted" }));
    },
    finish() {
      const utterance = this.current;
      this.current = null;
      utterance.onend?.({});
    },
  };
}

class Utterance {
  constructor(text) {
    this.text = text;
  }
}

const PARTS = [{ text: "Programma", lang: "nl" }, { text: "Elke week", lang: "nl" }, { text: "Sociaal Huis", lang: "nl" }];

function reader(synth, voices, states) {
  return new Reader({ synth, Utterance, voiceFor: (lang) => pickVoice(voices, lang), onState: (state) => states.push(state) });
}

test("parts are read one after the other, each with its voice, until the end", () => {
  const synth = fakeSynth();
  const states = [];
  const r = reader(synth, [voice("nl-BE")], states);
  r.start(PARTS, "nl");
  synth.finish();
  synth.finish();
  synth.finish();
  assert.deepEqual(synth.spoken, [["nl", "Programma", "nl-BE"], ["nl", "Elke week", "nl-BE"], ["nl", "Sociaal Huis", "nl-BE"]]);
  assert.deepEqual(states, [READING, DONE]);
});

test("pause stops the voice; resume says the interrupted part again, then goes on", async () => {
  const synth = fakeSynth();
  const states = [];
  const r = reader(synth, [voice("nl-BE")], states);
  r.start(PARTS, "nl");
  synth.finish();
  r.pause();
  await new Promise((resolve) => setTimeout(resolve, 0)); // the cancelled utterance's late "interrupted"
  assert.equal(r.state, PAUSED);
  assert.equal(synth.spoken.length, 2);
  r.resume();
  synth.finish();
  assert.deepEqual(synth.spoken.map(([, text]) => text), ["Programma", "Elke week", "Elke week", "Sociaal Huis"]);
  assert.deepEqual(states, [READING, PAUSED, READING]);
});

test("stop ends the reading; a late end of the cancelled part moves nothing", async () => {
  const synth = fakeSynth();
  const states = [];
  const r = reader(synth, [voice("nl-BE")], states);
  r.start(PARTS, "nl");
  r.stop();
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(r.state, IDLE);
  assert.deepEqual(synth.spoken.map(([, text]) => text), ["Programma"]);
  assert.deepEqual(states, [READING, IDLE]);
});

test("a part in a language the phone has no voice for is read by the page's voice", () => {
  const synth = fakeSynth();
  const r = reader(synth, [voice("ar-SA")], []);
  r.start([{ text: "اسأل في", lang: "ar" }, { text: "Sociaal Huis", lang: "nl" }], "ar");
  synth.finish();
  assert.deepEqual(synth.spoken, [["ar", "اسأل في", "ar-SA"], ["ar", "Sociaal Huis", "ar-SA"]]);
});
