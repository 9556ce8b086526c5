/**
 * Whether a page that Pagefind found really holds what the visitor typed.
 *
 * Pagefind finds the start of a word. When no word of the index starts with what was typed, it
 * falls back on shorter words that the typed one starts with: "زرافة" (giraffe) finds "زر"
 * (button), "taalcafe" finds "taal". Such pages do not answer the question: the search says
 * that nothing was found. A typed word is answered by a found word that holds it ("cafe" in
 * "Energiecafé", "computer" in "Computerhoek") or shares most of its letters with it (a plural,
 * "huurcontracten" and "huurcontract"), compared without case, accents, Arabic diacritics and
 * hamza forms, ى/ي and ة/ه.
 */

/** The share of a typed word's letters that a found word must have in one stretch. */
const MOST_LETTERS = 0.7;

/** A word folded for comparing: lower case, no accents or Arabic diacritics, one form of alif, ya and ta marbuta. */
export function foldWord(word) {
  return word.toLocaleLowerCase().normalize("NFD")
    .replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670]/g, "")
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647")
    .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The length of the longest stretch of letters that two words share. */
function longestShared(a, b) {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      if (n > best) best = n;
    }
  }
  return best;
}

/** Whether a found word answers a typed word. */
export function answers(typed, found) {
  const a = foldWord(typed);
  const b = foldWord(found);
  if (!a) return true;
  if (!b) return false;
  return b.includes(a) || longestShared(a, b) >= Math.max(2, Math.ceil(a.length * MOST_LETTERS));
}

/** Whether every word typed is answered by one of the words found on a page (its matches and its title). */
export function answersAll(typed, foundWords) {
  const words = foldWord(typed).split(" ").filter((word) => word.length > 1);
  return words.every((word) => foundWords.some((found) => foldWord(found).split(" ").some((part) => answers(word, part))));
}

/** The words of a Pagefind result's data that matched: the words at its locations, and its title's. */
export function matchedWords(data) {
  const words = (data.content || "").split(/\s+/);
  return [...(data.locations || []).map((at) => words[at] || ""), ...((data.meta && data.meta.title) || "").split(/\s+/)];
}
