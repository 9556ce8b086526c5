/**
 * Tells the page around the frame how tall the embed is, so that the partner's own short, fixed
 * listener (the snippet on programme-on-your-site/) sets the iframe to that height: no scroll
 * bar inside, no empty band. Only a number leaves the frame; nothing is read back.
 */

function reportHeight() {
  if (window.parent === window) return;
  const root = document.documentElement;
  let last = 0;
  function post() {
    // The document's own height, not scrollHeight: that never drops below the frame's height,
    // so a frame set too tall would keep its empty band.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({type: "stek-embed-height", height}, "*");
  }
  post();
  // Again once everything is in, even at the same height: the first message may have come
  // before the partner's page listened.
  window.addEventListener("load", () => { last = 0; post(); });
  window.addEventListener("resize", post);
  if (window.ResizeObserver) new ResizeObserver(post).observe(root);
  else if (window.MutationObserver) new MutationObserver(post).observe(root, {childList: true, subtree: true, characterData: true});
}

reportHeight();
