/* Latentris viewer: live mode (docs/publishing.md#live-mode, latentris_lightning/live.py).
   A site exported while training runs has a manifest with live = {revision, running: true}. While running, this
   script re-reads data/manifest.js every few seconds by inserting <script src="data/manifest.js?live=N"> (the page's
   CSP forbids fetch and connect; a script tag works from file:// and over HTTP alike, and the query defeats caches).
   When the revision changes it hands the new manifest to app.liveUpdate, which swaps the data in place and keeps
   the view (method, layer, camera, hidden classes, colouring). It stops once a manifest says running is false or has
   no live entry (the final export at fit end). Classic script: no modules on file://. */
(function () {
  "use strict";
  var L = (window.Latentris = window.Latentris || {});
  var C = L.constants;
  var POLL_MS = C.LIVE_POLL_MS;
  var decode = window.LatentrisVendor && window.LatentrisVendor.msgpackDecode;

  var waiting = null;  /* resolver of the poll in flight */
  var polls = 0;
  var timer = 0;
  var live = (L.live = { polls: 0, updates: 0, revision: null, running: false, stopped: false });

  var receive = window.latentrisReceive;
  window.latentrisReceive = function (key, base64) {
    if (key === "manifest" && waiting) {
      var resolve = waiting;
      waiting = null;
      resolve(base64);
      return;
    }
    return receive.apply(this, arguments);
  };

  function bytes(text) {
    var binary = atob(text);
    var out = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }

  /* One look at data/manifest.js; resolves with the decoded manifest, or null if it could not be read now (a file
     being replaced, a server restarting): the next poll tries again. */
  function readManifest() {
    return new Promise(function (resolve) {
      var script = document.createElement("script");
      var done = false;
      function finish(value) {
        if (done) return;
        done = true;
        waiting = null;
        script.remove();
        resolve(value);
      }
      waiting = function (base64) {
        try { finish(decode(bytes(base64))); } catch (err) { finish(null); }
      };
      script.onload = function () { finish(null); };  /* ran without delivering */
      script.onerror = function () { finish(null); };
      script.src = C.MANIFEST_PATH + "?live=" + (++polls);
      document.head.appendChild(script);
    });
  }

  function stop() {
    live.running = false;
    live.stopped = true;
    clearTimeout(timer);
  }

  function schedule() { timer = setTimeout(poll, POLL_MS); }

  function poll() {
    live.polls += 1;
    readManifest().then(function (raw) {
      if (!raw) return schedule();
      var info = raw.live || null;
      var revision = info ? info.revision : null;
      if (info && info.running && revision === live.revision) return schedule();
      var app = L.app;
      return Promise.resolve(app.liveUpdate(raw, polls)).then(function () {
        live.updates += 1;
        live.revision = revision;
        if (info && info.running) schedule(); else stop();
      });
    }).catch(function (err) {
      console.warn("Latentris live: update failed, retrying: " + (err && err.message ? err.message : err));
      schedule();
    });
  }

  function start() {
    var app = L.app;
    if (!app || !app.ready || !decode) return;
    app.ready.then(function () {
      var info = app.manifest && app.manifest.live;
      if (!info || !info.running) return;  /* a finished site: nothing to watch */
      if (typeof app.liveUpdate !== "function") {
        console.warn("Latentris live: this viewer cannot update in place; reload the page to see new snapshots");
        return;
      }
      live.revision = info.revision;
      live.running = true;
      schedule();
    }, function () { /* the viewer shows its own error */ });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
