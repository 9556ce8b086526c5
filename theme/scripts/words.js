/**
 * The site's words as the page's data carries them (`texts`, in the page's language): a text
 * is a string, or {text, lang, dir} where it falls back to another language.
 */

/** A text with its {placeholders} filled in: fill("Open until {time}.", {time: "16:00"}). */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, name) => values[name]);
}

/** The words of a text, without the language they are written in. */
export function plainText(text) {
  return typeof text === "string" ? text : text.text;
}
