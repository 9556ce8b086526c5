// Live parts that stay put (theme/scripts/patch.js): the page's nodes are changed in place, only
// where the text changed, so a focused link stays the same element. A small DOM of our own: the
// few methods patch.js calls.
import test from "node:test";
import assert from "node:assert/strict";
import { patch } from "../../theme/scripts/patch.js";

class Node {
  constructor(nodeType, nodeName, nodeValue = null) {
    Object.assign(this, {nodeType, nodeName, nodeValue, childNodes: [], attributes: []});
  }
  get lastChild() { return this.childNodes[this.childNodes.length - 1] || null; }
  getAttribute(name) { const found = this.attributes.find((a) => a.name === name); return found ? found.value : null; }
  hasAttribute(name) { return this.attributes.some((a) => a.name === name); }
  setAttribute(name, value) {
    const found = this.attributes.find((a) => a.name === name);
    if (found) found.value = value; else this.attributes.push({name, value});
  }
  removeAttribute(name) { this.attributes = this.attributes.filter((a) => a.name !== name); }
  appendChild(node) { this.childNodes.push(node); return node; }
  removeChild(node) { this.childNodes.splice(this.childNodes.indexOf(node), 1); return node; }
  replaceChild(node, old) { this.childNodes[this.childNodes.indexOf(old)] = node; return old; }
}

/** el("li", {"data-key": "0@570"}, ["text", el(...)]) */
function el(name, attributes = {}, children = []) {
  const node = new Node(1, name.toUpperCase());
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  for (const child of children) node.appendChild(typeof child === "string" ? new Node(3, "#text", child) : child);
  return node;
}

const item = (key, title, now = false) => el("li", {"data-key": key, class: now ? "stek-item stek-item--now" : "stek-item"},
  [el("a", {href: "activities/" + title + "/"}, [title])]);

test("the same moment again changes nothing", () => {
  const box = el("div", {}, [el("p", {class: "stek-status"}, ["Nu open, tot 16:00."]), el("ul", {}, [item("0@570", "soep")])]);
  const link = box.childNodes[1].childNodes[0].childNodes[0];
  assert.equal(patch(box, [el("p", {class: "stek-status"}, ["Nu open, tot 16:00."]), el("ul", {}, [item("0@570", "soep")])]), 0);
  assert.equal(box.childNodes[1].childNodes[0].childNodes[0], link);
});

test("a changed text and class are written into the nodes already there", () => {
  const box = el("div", {}, [el("p", {class: "stek-status stek-status--open"}, ["Nu open, tot 16:00."]),
    el("ul", {}, [item("0@570", "soep")])]);
  const [line, list] = box.childNodes;
  const text = line.childNodes[0];
  const link = list.childNodes[0].childNodes[0];
  assert.equal(patch(box, [el("p", {class: "stek-status stek-status--closed"}, ["Nu gesloten."]),
    el("ul", {}, [item("0@570", "soep", true)])]), 0);
  assert.equal(box.childNodes[0], line);
  assert.equal(line.childNodes[0], text);
  assert.equal(text.nodeValue, "Nu gesloten.");
  assert.equal(line.getAttribute("class"), "stek-status stek-status--closed");
  assert.equal(list.childNodes[0].getAttribute("class"), "stek-item stek-item--now");
  assert.equal(list.childNodes[0].childNodes[0], link);
});

test("an item that is over goes, and the item after it keeps its element", () => {
  const list = el("ul", {}, [item("0@570", "onthaal"), item("1@720", "soep"), item("2@810", "taal")]);
  const soup = list.childNodes[1];
  const link = soup.childNodes[0];
  assert.equal(patch(list, [item("1@720", "soep"), item("2@810", "taal")]), 1);
  assert.equal(list.childNodes.length, 2);
  assert.equal(list.childNodes[0], soup);
  assert.equal(soup.childNodes[0], link);
});

test("an element of another kind is replaced, and what is left over removed", () => {
  const box = el("div", {}, [el("p", {}, ["Niets op het programma."]), el("h3", {}, ["dinsdag"]), el("p", {}, ["x"])]);
  const fresh = el("ul", {}, [item("0@570", "soep")]);
  assert.equal(patch(box, [fresh, el("h3", {}, ["dinsdag"])]), 2);
  assert.deepEqual(box.childNodes.map((n) => n.nodeName), ["UL", "H3"]);
  assert.equal(box.childNodes[0], fresh);
});
