// The offline worker (theme/sw.js) without a browser: its rules, then its events with stand-ins for
// the worker's scope (caches, fetch, clients). The file is run as it is, Jinja marks included.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";

const SOURCE = readFileSync(new URL("../../theme/sw.js", import.meta.url), "utf8");
const SCOPE = "https://stek.example/house/";

/** The worker's file in a context of its own; with `worker`, as a service worker with that scope. */
function load(worker = null) {
  const context = { URL, setTimeout, clearTimeout, console };
  if (worker !== null) {
    class ServiceWorkerGlobalScope {}
    Object.setPrototypeOf(worker, ServiceWorkerGlobalScope.prototype);
    Object.assign(context, { ServiceWorkerGlobalScope, self: worker });
  }
  vm.createContext(context);
  vm.runInContext(SOURCE, context);
  context.VERSION = vm.runInContext("VERSION", context);
  return context;
}

const sw = load();
const request = (url, extra = {}) => ({ url, method: "GET", mode: "navigate", destination: "document", ...extra });

test("the cache's name carries the scope and the build; only this site's other builds are old", () => {
  assert.equal(sw.cacheName(SCOPE, "20261127090000"), "stek-offline https://stek.example/house/ 20261127090000");
  assert.equal(sw.isOldCache("stek-offline https://stek.example/house/ 20261126090000", SCOPE, "20261127090000"), true);
  assert.equal(sw.isOldCache("stek-offline https://stek.example/house/ 20261127090000", SCOPE, "20261127090000"), false);
  // Another house on the same origin (user.github.io/other/), and other caches: not ours to drop.
  assert.equal(sw.isOldCache("stek-offline https://stek.example/other/ 20261126090000", SCOPE, "20261127090000"), false);
  assert.equal(sw.isOldCache("workbox-precache", SCOPE, "20261127090000"), false);
});

test("the build writes the version: the source still has its Jinja mark", () => {
  assert.match(sw.VERSION, /^\{\{ build_date_utc\.strftime\('%Y%m%d%H%M%S'\) \}\}$/);
});

test("pages of the site in every language are kept", () => {
  for (const url of [SCOPE, `${SCOPE}programme/`, `${SCOPE}ar/`, `${SCOPE}ar/programme/`, `${SCOPE}fr/rights/leefloon/`,
    `${SCOPE}activities/soep-en-babbel/?from=home#dates`]) {
    assert.equal(sw.handling(request(url), SCOPE), "page", url);
  }
  assert.equal(sw.handling(request(`${SCOPE}assets/read-aloud.js`, { mode: "cors", destination: "script" }), SCOPE), "script");
});

test("never another origin, another site on the origin, a frame, the embed or the poster", () => {
  const cases = [
    request("https://partner.example/house/"),
    request("https://www.openstreetmap.org/search?query=Rozenstraat"),
    request("https://stek.example/other/programme/"),
    request(`${SCOPE}embed/`, { destination: "iframe" }),
    request(`${SCOPE}programme/`, { destination: "iframe" }),
    request(`${SCOPE}embed/`),
    request(`${SCOPE}fr/embed/caw/`),
    request(`${SCOPE}print/`),
    request(`${SCOPE}ar/print/`),
    request(`${SCOPE}programme/`, { method: "POST" }),
    request(`${SCOPE}programme.json`, { mode: "cors", destination: "" }),
    request(`${SCOPE}calendar.ics`, { mode: "no-cors", destination: "" }),
    request(`${SCOPE}pagefind/pagefind.js`, { mode: "cors", destination: "script" }),
    request("https://cdn.example/assets/read-aloud.js", { mode: "cors", destination: "script" }),
  ];
  for (const case_ of cases) assert.equal(sw.handling(case_, SCOPE), null, JSON.stringify(case_));
  // Pages whose names merely contain the words stay kept.
  assert.equal(sw.handling(request(`${SCOPE}activities/print-workshop/`), SCOPE), "page");
});

test("a page asks to keep only pages of this site, without query or fragment, a few at most", () => {
  const message = { keep: [`${SCOPE}`, `${SCOPE}programme/?x=1#top`, "https://evil.example/", `${SCOPE}embed/`, 42,
    `${SCOPE}programme/`, "not a url"] };
  assert.deepEqual([...sw.pagesToKeep(message, SCOPE)], [SCOPE, `${SCOPE}programme/`]);
  assert.deepEqual([...sw.pagesToKeep({ keep: "x" }, SCOPE)], []);
  assert.deepEqual([...sw.pagesToKeep(null, SCOPE)], []);
});

test("the oldest kept pages go past the limit", () => {
  assert.deepEqual([...sw.overLimit(["a", "b", "c", "d"], 3)], ["a"]);
  assert.deepEqual([...sw.overLimit(["a"], 3)], []);
});

// ------------------------------------------------------------------ the worker's events

function page(body, extra = {}) {
  return { body, ok: true, type: "basic", redirected: false, clone() { return this; }, ...extra };
}

class FakeCache {
  constructor() {
    this.entries = new Map();
  }
  async match(key) {
    return this.entries.get(typeof key === "string" ? key : key.url);
  }
  async put(key, response) {
    this.entries.set(typeof key === "string" ? key : key.url, response);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url }));
  }
  async delete(key) {
    return this.entries.delete(typeof key === "string" ? key : key.url);
  }
}

/** A worker with stand-ins; `network(url)` answers its fetches (throw: offline). */
function worker(network) {
  const stores = new Map();
  const listeners = {};
  const self = {
    registration: { scope: SCOPE },
    fetched: [],
    claimed: false,
    caches: {
      stores,
      async open(name) {
        if (!stores.has(name)) stores.set(name, new FakeCache());
        return stores.get(name);
      },
      async keys() {
        return [...stores.keys()];
      },
      async delete(name) {
        return stores.delete(name);
      },
    },
    clients: { claim: async () => { self.claimed = true; } },
    fetch: async (input) => {
      const url = typeof input === "string" ? input : input.url;
      self.fetched.push(url);
      return network(url);
    },
    skipWaiting: () => {},
    addEventListener: (type, listener) => { listeners[type] = listener; },
  };
  const context = load(self);
  self.cacheName = context.cacheName(SCOPE, context.VERSION);
  self.dispatch = async (type, fields) => {
    const waits = [];
    const event = { ...fields, responded: null, waitUntil: (promise) => waits.push(promise), respondWith: (answer) => { event.responded = answer; } };
    listeners[type](event);
    const response = event.responded === null ? null : await event.responded;
    await Promise.all(waits);
    return { event, response };
  };
  return self;
}

test("online, a page comes from the network and is kept; offline, the kept copy comes", async () => {
  let online = true;
  const self = worker((url) => {
    if (!online) throw new TypeError("Failed to fetch");
    return page(`fresh ${url}`);
  });
  const url = `${SCOPE}ar/programme/`;
  const first = await self.dispatch("fetch", { request: request(`${url}?ref=home`) });
  assert.equal(first.response.body, `fresh ${url}?ref=home`);
  assert.equal((await self.caches.stores.get(self.cacheName).match(url)).body, `fresh ${url}?ref=home`);
  online = false;
  const offline = await self.dispatch("fetch", { request: request(url) });
  assert.equal(offline.response.body, `fresh ${url}?ref=home`);
});

test("offline, a page never kept fails as it would without a worker", async () => {
  const self = worker(() => { throw new TypeError("Failed to fetch"); });
  await assert.rejects(self.dispatch("fetch", { request: request(`${SCOPE}about/`) }), TypeError);
});

test("another origin's request and the embed are left to the browser: no answer, no fetch, nothing kept", async () => {
  const self = worker((url) => page(url));
  for (const req of [request("https://partner.example/"), request(`${SCOPE}embed/`), request(`${SCOPE}programme/`, { destination: "iframe" })]) {
    const { event } = await self.dispatch("fetch", { request: req });
    assert.equal(event.responded, null);
  }
  assert.deepEqual(self.fetched, []);
  assert.equal(self.caches.stores.size, 0);
});

test("an error page, a redirect or another origin's answer is not kept", async () => {
  const answers = {
    [`${SCOPE}gone/`]: page("not found", { ok: false, status: 404 }),
    [`${SCOPE}moved/`]: page("moved", { redirected: true }),
    [`${SCOPE}opaque/`]: page("", { ok: false, type: "opaque" }),
  };
  const self = worker((url) => answers[url]);
  for (const url of Object.keys(answers)) await self.dispatch("fetch", { request: request(url) });
  assert.deepEqual(await (await self.caches.open(self.cacheName)).keys(), []);
});

test("a page's message keeps the home page and the programme of its language, each fetched once", async () => {
  const self = worker((url) => page(`page ${url}`));
  const keep = [`${SCOPE}fr/`, `${SCOPE}fr/programme/`, `${SCOPE}fr/programme/#week`];
  await self.dispatch("message", { data: { keep } });
  await self.dispatch("message", { data: { keep } });
  assert.deepEqual(self.fetched, [`${SCOPE}fr/`, `${SCOPE}fr/programme/`]);
  const cache = await self.caches.open(self.cacheName);
  assert.deepEqual((await cache.keys()).map((key) => key.url), [`${SCOPE}fr/`, `${SCOPE}fr/programme/`]);
});

test("a new build's worker drops the old cache, keeps what it held, and leaves other caches alone", async () => {
  const self = worker((url) => page(url));
  const old = await self.caches.open(`stek-offline ${SCOPE} 20261126000000`);
  await old.put(`${SCOPE}rights/leefloon/`, page("kept yesterday"));
  await self.caches.open(`stek-offline https://stek.example/other/ 20261126000000`);
  await self.dispatch("activate", {});
  assert.deepEqual([...self.caches.stores.keys()].sort(),
    [self.cacheName, `stek-offline https://stek.example/other/ 20261126000000`].sort());
  assert.equal((await self.caches.stores.get(self.cacheName).match(`${SCOPE}rights/leefloon/`)).body, "kept yesterday");
  assert.equal(self.claimed, true);
});

test("on a network too slow to answer, the kept copy comes after the wait, and the late answer is still kept", async () => {
  let late;
  const network = new Promise((resolve) => { late = resolve; });
  const answer = await sw.networkOrKept(network, async () => page("kept"), 10);
  assert.equal(answer.body, "kept");
  late(page("fresh"));
  // Without a kept copy, the network is waited for.
  const slow = new Promise((resolve) => setTimeout(() => resolve(page("fresh")), 30));
  assert.equal((await sw.networkOrKept(slow, async () => undefined, 5)).body, "fresh");
});
