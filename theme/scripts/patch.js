/**
 * Live parts that stay put: the page changes only where its text changed. `patch` makes the
 * children of `box` match `fresh` (new nodes, not in the page) by changing the nodes in place:
 * a text node gets its new text, an element its changed attributes; an element is replaced only
 * where its tag differs. Items with a data-key keep their element while the items around them
 * come and go, so a focused link stays the same link and keeps focus, and a screen reader its place.
 */

function keyOf(node) {
  return node.nodeType === 1 ? node.getAttribute("data-key") : null;
}

function sameKind(old, fresh) {
  return old.nodeType === fresh.nodeType && old.nodeName === fresh.nodeName && keyOf(old) === keyOf(fresh);
}

function patchAttributes(old, fresh) {
  for (const {name} of [...old.attributes]) {
    if (!fresh.hasAttribute(name)) old.removeAttribute(name);
  }
  for (const {name, value} of [...fresh.attributes]) {
    if (old.getAttribute(name) !== value) old.setAttribute(name, value);
  }
}

function patchNode(old, fresh) {
  if (old.nodeType === 3) {
    if (old.nodeValue !== fresh.nodeValue) old.nodeValue = fresh.nodeValue;
    return;
  }
  patchAttributes(old, fresh);
  patch(old, [...fresh.childNodes]);
}

/** Make `box`'s children match the nodes `fresh`; returns how many nodes were added, replaced or removed. */
export function patch(box, fresh) {
  let changed = 0;
  let index = 0;
  for (const node of fresh) {
    let old = box.childNodes[index];
    const key = keyOf(node);
    // An item gone before this one: remove it (removing what comes before keeps the focus where it is).
    if (key !== null && old && keyOf(old) !== key && [...box.childNodes].slice(index).some((n) => keyOf(n) === key)) {
      while (keyOf(box.childNodes[index]) !== key) { box.removeChild(box.childNodes[index]); changed++; }
      old = box.childNodes[index];
    }
    if (!old) {
      box.appendChild(node);
      changed++;
    } else if (sameKind(old, node)) {
      patchNode(old, node);
    } else {
      box.replaceChild(node, old);
      changed++;
    }
    index++;
  }
  while (box.childNodes.length > index) { box.removeChild(box.lastChild); changed++; }
  return changed;
}
