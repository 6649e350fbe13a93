/* Latentris viewer: live mode's update in place (live.js polls, docs/publishing.md#live-mode). A newer manifest of
   the same run is swapped in: every panel's camera, the method, layer, layout, colouring, hidden classes, pins and
   speed stay; the snapshot shown stays, unless it was the last one, then the view follows to the newest. Classic
   script: window.Latentris.liveUpdate. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  /* The snapshot of `next` that is `at` of the current manifest (snapshots only ever get appended). */
  function sameSnapshot(next, at, index) {
    var found = next.snapshots.findIndex(function (s) { return s.epoch === at.epoch && s.step === at.step; });
    return found >= 0 ? found : Math.min(index, next.snapshots.length - 1);
  }

  /* A manifest of another run (other samples, classes or layers) cannot keep the view: reload instead. */
  function sameRun(manifest, next) {
    var names = function (list) { return list.map(function (x) { return x.name; }).join("\u0000"); };
    return next.n_samples === manifest.n_samples && names(next.classes) === names(manifest.classes) &&
      names(next.layers) === names(manifest.layers);
  }

  /* ctx: {store, manifest(), setManifest(next), tooltip, destroySidePanel(), buildSidePanel(), showChunk(),
     showSnapshot(f)}. Call create before the side panel is first built: it keeps a pristine copy of it. */
  function create(ctx) {
    var store = ctx.store;
    var pristinePanel = document.querySelector("#app aside.panel").cloneNode(true);  /* the side panel before createUI */
    var panelPressed = false;  /* a pointer is down in the side panel (dragging the slider, say) */
    document.addEventListener("pointerdown", function (ev) {
      panelPressed = !!(ev.target && ev.target.closest && ev.target.closest("#app aside.panel"));
    }, true);
    ["pointerup", "pointercancel"].forEach(function (type) {
      document.addEventListener(type, function () { panelPressed = false; }, true);
    });

    /* Resolves once no pointer is pressed in the side panel: a rebuild never pulls a control from under a drag. */
    function whenPanelIdle() {
      return new Promise(function (resolve) {
        (function check() { if (panelPressed) setTimeout(check, C.LIVE_IDLE_CHECK_MS); else resolve(); })();
      });
    }

    /* The data the current view needs from `next`, loaded before anything is swapped: a chunk caught mid-write by
       the next export fails here, the view stays as it was and live.js tries again. */
    function preload(next) {
      var state = store.get();
      var method = next.chunks[state.method] ? state.method : next.methods[0].name;
      var layers = state.layout === "layers" ? next.layers.map(function (_, i) { return i; }) : [state.layer];
      /* every block: the old view stays on screen meanwhile, and the new one never shows a held snapshot */
      return Promise.all(layers.map(function (i) {
        return L.data.loadChunk(method, i).then(function (chunk) { return chunk.complete; });
      }));
    }

    /* Replace the side panel (pickers, slider, legend, charts, alerts, CKA, flow) with one built for the current
       manifest, keeping what the user typed, the focus and the scroll position. */
    function rebuildPanel() {
      var old = document.querySelector("#app aside.panel");
      var search = document.getElementById("search-input"), note = document.getElementById("search-note");
      var kept = { search: search ? search.value : "", note: note ? note.textContent : "", scroll: old.scrollTop,
                   focus: old.contains(document.activeElement) ? document.activeElement.id : "" };
      ctx.destroySidePanel();
      old.replaceWith(pristinePanel.cloneNode(true));
      var ui = ctx.buildSidePanel();
      search = document.getElementById("search-input");
      if (search) search.value = kept.search;
      ui.setSearchNote(kept.note);
      document.querySelector("#app aside.panel").scrollTop = kept.scroll;
      var focus = kept.focus && document.getElementById(kept.focus);
      if (focus) focus.focus({ preventScroll: true });
    }

    /* Swap in `raw` (a decoded manifest that live.js read; `version` tags the data files read for it). Rejects (and
       changes nothing on screen) when the data cannot be read yet. */
    function update(raw, version) {
      return whenPanelIdle().then(function () {
        L.data.reset(version === undefined ? Date.now() : version, raw);
        return L.data.loadManifest();
      }).then(function (next) {
        if (!sameRun(ctx.manifest(), next)) { location.reload(); return new Promise(function () {}); }
        return preload(next).then(function () { return next; });
      }).then(function (next) {
        var manifest = ctx.manifest(), state = store.get();
        var index = L.state.nearestSnapshot(state, manifest), last = next.snapshots.length - 1;
        var follow = !state.playing && index === manifest.snapshots.length - 1;
        var target = sameSnapshot(next, manifest.snapshots[index], index);
        ctx.setManifest(next);
        var hadSamples = ctx.tooltip.reset();
        store.set({
          method: next.chunks[state.method] ? state.method : next.methods[0].name,
          snapshot: follow ? last : Math.min(Math.max(state.snapshot + target - index, 0), last)
        });
        rebuildPanel();
        if (hadSamples) ctx.tooltip.ensureSamples().catch(function () {});
        return ctx.showChunk().then(function () {
          ctx.showSnapshot(store.get().snapshot);
          /* every data file in view was read again: an error about older data (a chunk caught half-written by the
             exporter while the user switched layers, say) no longer applies */
          document.getElementById("error").hidden = true;
        });
      });
    }

    return { update: update };
  }

  L.liveUpdate = { create: create, sameRun: sameRun, sameSnapshot: sameSnapshot };
})();
