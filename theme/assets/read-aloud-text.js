// What a page says when it is read aloud: its main text, part by part, each part in its own language.
//
// The page already carries a spoken form of every time range for screen readers (a visually hidden
// "van 9 uur 30 tot 12 uur" beside figures marked aria-hidden): reading what assistive technology
// reads, and skipping what it skips, gives times as words. Works on the DOM or anything shaped
// like it (nodeType, nodeName, childNodes, getAttribute, data), so node's tests need no browser.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Elements whose content is not the page's text: code, controls, embedded things.
const UNSPOKEN = new Set([
  "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "FORM",
  "FIELDSET", "SVG", "IFRAME", "VIDEO", "AUDIO", "CANVAS", "OBJECT", "DIALOG",
]);

// Elements that end a part: the voice pauses between them, as a reader does between lines.
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT",
  "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI",
  "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TD", "TH", "TR", "UL",
]);

// Spaces a page uses to keep a time range on one line, and the word joiners around its dash.
const SPACES = /[\s\u00a0\u2007\u202f\u2060\u200b]+/g;
// A part worth saying has a letter or a figure: a lone ":" or "–" is not read.
const SAYABLE = /[\p{L}\p{N}]/u;

/** Whether an element is left out whatever its style: hidden, hidden from assistive technology, or marked unspoken. */
export function isUnspoken(element) {
  const name = String(element.nodeName).toUpperCase();
  return UNSPOKEN.has(name)
    || element.getAttribute("hidden") !== null
    || element.getAttribute("aria-hidden") === "true"
    || element.getAttribute("data-unspoken") !== null;
}

/**
 * The parts to say, in reading order: [{text, lang, block}], `block` being the element the part
 * belongs to (to show it while it is read). `lang` is the nearest lang attribute, else `lang`.
 * `isHidden(element)` says what the page does not show (display: none, in the browser).
 */
export function spokenParts(root, { lang = "", isHidden = () => false } = {}) {
  const parts = [];
  let current = null;

  function flush() {
    if (current !== null) {
      const text = current.text.replace(SPACES, " ").trim();
      if (SAYABLE.test(text)) parts.push({ text, lang: current.lang, block: current.block });
    }
    current = null;
  }

  function add(text, partLang, block) {
    if (current !== null && current.lang === partLang && current.block === block) {
      current.text += text;
      return;
    }
    if (current !== null && !SAYABLE.test(text)) {
      current.text += text; // a space between two words of the same sentence
      return;
    }
    flush();
    current = { text, lang: partLang, block };
  }

  function visit(node, nodeLang, block) {
    if (node.nodeType === TEXT_NODE) {
      add(node.data, nodeLang, block);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || isUnspoken(node) || isHidden(node)) return;
    const name = String(node.nodeName).toUpperCase();
    const own = node.getAttribute("lang");
    const here = own ? own : nodeLang;
    if (name === "BR") {
      flush();
      return;
    }
    if (name === "IMG") {
      add(` ${node.getAttribute("alt") || ""} `, here, block);
      return;
    }
    const isBlock = BLOCKS.has(name);
    if (isBlock) flush();
    for (const child of node.childNodes) visit(child, here, isBlock ? node : block);
    if (isBlock) flush();
  }

  visit(root, lang, root);
  flush();
  return parts;
}
