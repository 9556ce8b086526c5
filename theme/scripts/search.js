/**
 * The search page: what the visitor types, looked up in Pagefind's index of this site (loaded
 * from this site only, while the page loads: the <head> names its files), the first page found
 * shown as soon as its piece of the index is here, the others after it.
 *
 * "Searching…" shows, and is announced politely, at the first keystroke; then the number of
 * pages found. A page that only holds a few letters of what was typed is not an answer
 * (search_match.js). Without JavaScript the page lists every page of its language.
 */
import { answersAll, matchedWords } from "./search_match.js";

/** Wait this long after a keystroke before searching: typing goes on meanwhile. */
const TYPING_MS = 150;

function searchPage() {
  const data = JSON.parse(document.getElementById("stek-search-data").textContent);
  const form = document.getElementById("stek-search");
  const field = document.getElementById("stek-q");
  const status = document.getElementById("stek-count");
  const found = document.getElementById("stek-found");
  const every = document.getElementById("stek-every");
  const bundle = new URL(data.bundle, location.href);
  const entry = document.getElementById("stek-search-entry");
  let engine = null;
  let timer = 0;
  let asked = 0;
  form.hidden = false;

  function load() {
    if (!engine) {
      engine = import(bundle.href).then(async (pagefind) => {
        // The worker would be one more file to wait for; the index of one house is small.
        await pagefind.options({baseUrl: bundle.pathname.replace(/pagefind\/pagefind\.js$/, ""), noWorker: true,
          excerptLength: 24, metaCacheTag: entry ? entry.dataset.tag : null});
        await pagefind.init();
        return pagefind;
      });
      // Offline, or a file that did not come: the next keystroke tries again.
      engine.catch(() => { engine = null; });
    }
    return engine;
  }

  function say(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  function item(page) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = page.url;
    a.textContent = page.meta.title || page.url;
    li.appendChild(a);
    if (page.excerpt) {
      const p = document.createElement("p");
      p.innerHTML = page.excerpt;
      li.appendChild(p);
    }
    return li;
  }

  function count(n) {
    return data.counts[Math.min(n, data.counts.length - 1)];
  }

  function clear() {
    found.hidden = true;
    found.textContent = "";
  }

  async function search() {
    const text = field.value.trim();
    const mine = ++asked;
    if (!text) {
      clear();
      every.hidden = false;
      say("");
      return;
    }
    const pagefind = await load();
    const results = (await pagefind.search(text)).results;
    const first = results.length ? await results[0].data() : null;
    if (mine !== asked) return;
    every.hidden = true;
    if (!first || !answersAll(text, matchedWords(first))) {
      clear();
      say(count(0));
      return;
    }
    found.textContent = "";
    found.appendChild(item(first));
    found.hidden = false;
    say(count(results.length));
    const rest = (await Promise.all(results.slice(1).map((result) => result.data())))
      .filter((page) => answersAll(text, matchedWords(page)));
    if (mine !== asked) return;
    for (const page of rest) found.appendChild(item(page));
    say(count(1 + rest.length));
  }

  /** The search; when the index cannot be reached, the list of every page again, and no "searching…" left. */
  function searchOrList() {
    search().catch(() => {
      clear();
      every.hidden = false;
      say("");
    });
  }

  field.addEventListener("input", () => {
    clearTimeout(timer);
    if (field.value.trim()) {
      say(data.busy);
      // The piece of the index for these letters starts coming while the visitor types on.
      load().then((pagefind) => pagefind.preload(field.value.trim())).catch(() => {});
    }
    timer = setTimeout(searchOrList, TYPING_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    searchOrList();
  });
  load().catch(() => {});
  const asked_for = new URLSearchParams(location.search).get("q");
  if (asked_for) {
    field.value = asked_for;
    say(data.busy);
    searchOrList();
  }
}

searchPage();
