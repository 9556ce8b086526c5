// Whether a page Pagefind found answers what was typed (theme/scripts/search_match.js). The
// words come from the example's pages; that "زر" is a button and "زرافة" a giraffe is by hand.
import test from "node:test";
import assert from "node:assert/strict";
import { answers, answersAll, foldWord, matchedWords } from "../../theme/scripts/search_match.js";

test("words are folded as Pagefind folds them", () => {
  assert.equal(foldWord("Energiecafé,"), "energiecafe");
  assert.equal(foldWord("أطفال"), "اطفال");
  assert.equal(foldWord("تعلّم"), "تعلم");
  assert.equal(foldWord("مستشفى"), "مستشفي");
  assert.equal(foldWord("مدرسة"), "مدرسه");
});

test("a word inside a longer one, or most of its letters, answers", () => {
  assert.ok(answers("cafe", "Energiecafé"));
  assert.ok(answers("computer", "10:00–12:00WaarComputerhoek,"));
  assert.ok(answers("huurcontracten", "huurcontract"));
  assert.ok(answers("ايجار", "الإيجار"));
});

test("a few letters of what was typed do not answer", () => {
  assert.ok(!answers("زرافة", "زر"));
  assert.ok(!answers("taalcafe", "taal."));
  assert.ok(!answers("taalcafe", "binnen.Talen"));
});

test("every typed word needs an answer among the words found or the title", () => {
  const page = {content: "Kom naar het Energiecafé in de zaal", locations: [3], meta: {title: "Energiecafé"}};
  assert.deepEqual(matchedWords(page), ["Energiecafé", "Energiecafé"]);
  assert.ok(answersAll("cafe", matchedWords(page)));
  assert.ok(!answersAll("cafe giraf", matchedWords(page)));
});
