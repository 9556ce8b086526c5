// Inline in every page of the site: what partials/stek/after_load.html says it starts.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var data = script.dataset;

  function keepForOffline() {
    navigator.serviceWorker.register(data.worker).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      var keep = data.keep.split(" ").map(function (url) { return new URL(url, location.href).href; });
      registration.active.postMessage({ keep: keep.concat(location.href) });
    }).catch(function () {});
  }

  function offerReading() {
    var template = document.getElementById("stek-read-aloud");
    var main = document.getElementById("stek-main");
    if (!template || !main) return;
    var control = template.content.firstElementChild.cloneNode(true);
    // After the page's heading, or where the page marks its place.
    var place = main.querySelector("[data-read-aloud-here]") || main.querySelector("h1");
    if (place) place.after(control);
    else main.prepend(control);
    control.querySelector("button").addEventListener("click", function () {
      var module = document.createElement("script");
      module.type = "module";
      module.src = data.readAloud;
      document.head.append(module);
    }, { once: true });
  }

  addEventListener("load", function () {
    if ("serviceWorker" in navigator && window.top === window) keepForOffline();
    if ("speechSynthesis" in window && "noModule" in HTMLScriptElement.prototype) offerReading();
  });
})();
