/* Latentris viewer: live mode (docs/publishing.md#live-mode, latentris_lightning/site/live.py).
   A site exported while training runs has a manifest with live = {revision, running: true}. While running, this
   script re-reads data/manifest.js every few seconds through the data loader (L.data.pollManifest inserts
   <script src="data/manifest.js?live=N">: the page's CSP forbids fetch and connect; a script tag works from file://
   and over HTTP alike, and the query defeats caches). When the revision changes it hands the new manifest to
   app.liveUpdate (live-update.js), which swaps the data in place and keeps the view (method, layer, camera, hidden
   classes, colouring). It stops once a manifest says running is false or has no live entry (the final export at fit
   end). Classic script: no modules on file://. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  var polls = 0;
  var timer = 0;
  var live = { polls: 0, updates: 0, revision: null, running: false, stopped: false };
  L.live = live;

  function stop() {
    live.running = false;
    live.stopped = true;
    clearTimeout(timer);
  }

  function schedule() { timer = setTimeout(poll, C.LIVE_POLL_MS); }

  function poll() {
    live.polls += 1;
    polls += 1;
    L.data.pollManifest(polls).then(function (raw) {
      if (!raw) return schedule();
      var info = raw.live || null;
      var revision = info ? info.revision : null;
      if (info && info.running && revision === live.revision) return schedule();
      return Promise.resolve(L.app.liveUpdate(raw, polls)).then(function () {
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
    if (!app || !app.ready || !L.data || !L.data.pollManifest) return;
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
