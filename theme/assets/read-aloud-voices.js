// The phone's own voices: which one reads a language, and which languages the phone can read.
//
// Only voices that speak on the phone itself: a voice with localService false sends the text to
// a server (some browsers offer such voices), and nothing a visitor reads may leave the phone.

/** The language of a tag, lower case, whatever its spelling: "nl-BE", "nl_BE", "NL" -> "nl". */
export function languageOf(tag) {
  return String(tag || "").replace(/_/g, "-").split("-")[0].toLowerCase();
}

/** The region of a tag, upper case, or "": "nl-BE", "nl_be" -> "BE". */
function regionOf(tag) {
  const region = String(tag || "").replace(/_/g, "-").split("-")[1] || "";
  return region.length === 2 ? region.toUpperCase() : "";
}

/** The voices that speak on the phone itself. */
export function localVoices(voices) {
  return Array.from(voices || []).filter((voice) => voice.localService !== false);
}

/**
 * The voice for `lang` ("nl", "ar", "fr-BE"), or null when the phone has none.
 * Preferred: the exact tag, then a voice of one of `regions` (the STEK is in Belgium, so Flemish
 * and Belgian French before the Netherlands' and France's), then the phone's default, then any.
 */
export function pickVoice(voices, lang, regions = ["BE"]) {
  const wanted = languageOf(lang);
  const candidates = localVoices(voices).filter((voice) => languageOf(voice.lang) === wanted);
  if (candidates.length === 0) return null;
  const exact = regionOf(lang);
  return candidates.find((voice) => exact && regionOf(voice.lang) === exact)
    || regions.map((region) => candidates.find((voice) => regionOf(voice.lang) === region)).find(Boolean)
    || candidates.find((voice) => voice.default)
    || candidates[0];
}

/** The languages among `languages` that the phone has a voice for, in the order given. */
export function readableLanguages(voices, languages) {
  const spoken = new Set(localVoices(voices).map((voice) => languageOf(voice.lang)));
  return languages.filter((lang) => spoken.has(languageOf(lang)));
}

/**
 * The phone's voices once it has listed them: browsers fill the list after the page loads and
 * say so with "voiceschanged"; after `wait` ms, whatever is there (maybe nothing).
 */
export function voicesOf(synth, wait = 1500) {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener("voiceschanged", done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, wait);
    synth.addEventListener("voiceschanged", done);
  });
}
