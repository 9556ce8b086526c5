// The STEK's service worker: the home page, the programme and the pages a visitor opened, there
// without data. Written to the site's root by the build (a static template of the theme, so that
// its scope covers every language); assets/after-load.js registers it once a page has loaded.
//
// - Pages: network first, so whoever is online reads the newest build; the kept copy when the
//   network fails, or answers too slowly while a copy is kept. Every page is dated and its
//   script works out "open now" from the 8 weeks of data it carries, so a kept copy stays true.
// - Only the site's own pages and scripts, under the worker's scope: never another origin's
//   requests, never a page in a frame (an embed on a partner's site), never the embed or the poster.
// - One cache a build: the build's date names it, and the new worker drops the old caches,
//   taking over the pages they kept (they are renewed as the visitor opens them).
//
// Plain JavaScript between the Jinja marks: node's tests (tests/js/offline.test.mjs) run this file
// as it is, with a stand-in for the worker's global scope.

const VERSION = "{{ build_date_utc.strftime('%Y%m%d%H%M%S') }}";
const CACHE_PREFIX = "stek-offline";
// Enough for the pages of a few visits; the oldest go first past it.
const KEPT_PAGES = 60;
// On a slow connection, the kept copy after this wait (the network's answer is still kept).
const NETWORK_WAIT_MS = 6000;

/** The name of this build's cache: per scope too, as two sites can share an origin (user.github.io/a/, /b/). */
function cacheName(scope, version) {
  return `${CACHE_PREFIX} ${scope} ${version}`;
}

/** Whether a cache is one of this site's, from another build. */
function isOldCache(name, scope, version) {
  return name.startsWith(`${CACHE_PREFIX} ${scope} `) && name !== cacheName(scope, version);
}

/** The page's address without query and fragment: one copy a page. */
function cacheKey(url) {
  const address = new URL(url);
  address.search = "";
  address.hash = "";
  return address.href;
}

// The embed and the poster, in any language: pages for partners' frames and for paper.
const NOT_KEPT = /^(?:[a-z]{2,3}(?:-[a-z0-9]+)?\/)?(?:embed|print)(?:\/|$)/i;

/**
 * What the worker does with a request: "page" (network first, kept), "script" (the site's own
 * scripts, network first, kept) or null (the browser fetches it as if there were no worker).
 * request: {url, method, mode, destination}; scope: the registration's scope, ending in "/".
 */
function handling(request, scope) {
  if (request.method !== "GET") return null;
  const url = new URL(request.url);
  const home = new URL(scope);
  if (url.origin !== home.origin || !url.pathname.startsWith(home.pathname)) return null;
  const path = url.pathname.slice(home.pathname.length);
  if (NOT_KEPT.test(path)) return null;
  if (request.mode === "navigate") {
    return request.destination === "document" || request.destination === "" ? "page" : null;
  }
  if (request.destination === "script" && /^assets\/[\w-]+\.js$/.test(path)) return "script";
  return null;
}

/** The addresses a page asks to keep: only pages of this site under the scope, at most a few. */
function pagesToKeep(message, scope) {
  const urls = message && Array.isArray(message.keep) ? message.keep.slice(0, 5) : [];
  return [...new Set(urls.filter((url) => typeof url === "string")
    .filter((url) => {
      try {
        return handling({ url, method: "GET", mode: "navigate", destination: "document" }, scope) === "page";
      } catch {
        return false;
      }
    })
    .map(cacheKey))];
}

/** Whether a response may be kept: a whole page or script of this origin, not a redirect or an error. */
function keepable(response) {
  return Boolean(response) && response.ok && response.type === "basic" && !response.redirected;
}

/** The kept requests to drop, oldest first, so that `limit` remain. */
function overLimit(keys, limit) {
  return keys.length > limit ? keys.slice(0, keys.length - limit) : [];
}

/**
 * The network's answer, or the kept copy: when the network fails, or when it has not answered
 * after `wait` ms and a copy is kept (without a copy, the network is waited for).
 */
function networkOrKept(network, kept, wait) {
  return new Promise((resolve, reject) => {
    let answered = false;
    const answer = (response) => {
      if (!answered) {
        answered = true;
        resolve(response);
      }
    };
    const timer = setTimeout(() => kept().then((copy) => copy && answer(copy)), wait);
    network.then((response) => {
      clearTimeout(timer);
      answer(response);
    }, (error) => {
      clearTimeout(timer);
      kept().then((copy) => (copy ? answer(copy) : answered || reject(error)), reject);
    });
  });
}

// ---------------------------------------------------------------- the worker itself

function serve(worker) {
  const scope = () => worker.registration.scope;
  const openCache = () => worker.caches.open(cacheName(scope(), VERSION));

  async function keep(cache, key, response) {
    if (!keepable(response)) return;
    await cache.put(key, response);
    for (const old of overLimit(await cache.keys(), KEPT_PAGES)) await cache.delete(old);
  }

  async function answer(event) {
    const cache = await openCache();
    const key = cacheKey(event.request.url);
    const network = worker.fetch(event.request).then(async (response) => {
      await keep(cache, key, response.clone());
      return response;
    });
    event.waitUntil(network.catch(() => undefined));
    return networkOrKept(network, () => cache.match(key), NETWORK_WAIT_MS);
  }

  async function keepPages(urls) {
    const cache = await openCache();
    for (const url of urls) {
      if (await cache.match(url)) continue;
      try {
        await keep(cache, url, await worker.fetch(url, { credentials: "same-origin" }));
      } catch {
        // Offline just now: the page is kept at the next visit.
      }
    }
  }

  async function takeOver() {
    const cache = await openCache();
    for (const name of await worker.caches.keys()) {
      if (!isOldCache(name, scope(), VERSION)) continue;
      const old = await worker.caches.open(name);
      for (const request of await old.keys()) {
        if (!(await cache.match(request))) await cache.put(request, await old.match(request));
      }
      await worker.caches.delete(name);
    }
    await worker.clients.claim();
  }

  worker.addEventListener("install", () => worker.skipWaiting());
  worker.addEventListener("activate", (event) => event.waitUntil(takeOver()));
  worker.addEventListener("message", (event) => event.waitUntil(keepPages(pagesToKeep(event.data, scope()))));
  worker.addEventListener("fetch", (event) => {
    if (handling(event.request, scope()) !== null) event.respondWith(answer(event));
  });
}

if (typeof ServiceWorkerGlobalScope !== "undefined" && self instanceof ServiceWorkerGlobalScope) serve(self);
