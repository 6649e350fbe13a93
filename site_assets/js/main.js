/* Latentris viewer: wiring. Loads the manifest, makes the state store, the side panel (ui.js), the views
   (overlays.js on renderer.js), the layout (panels.js), hover and tooltip (tooltip.js), the selection set
   (selection.js), the PNG export (image-export.js) and live mode's update (live-update.js), and connects them:
   which chunk and colouring each view shows, playback and keys. window.Latentris.app is the handle used by the
   browser tests. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  var app = { isReady: false, manifest: null };
  L.app = app;

  function showError(err) {
    if (err && err.superseded) return;  /* a load given up for newer live data: nothing went wrong */
    if (err && err.mismatch && isLive(app.manifest)) {
      /* a data file newer than this page's manifest: live.js's next poll brings the manifest that goes with it */
      console.warn("Latentris live: " + err.message + " (a newer export landed; the next update reads it)");
      return;
    }
    var box = document.getElementById("error");
    box.textContent = "Could not show this site: " + (err && err.message ? err.message : String(err));
    box.hidden = false;
    console.error(err);
  }

  function isLive(manifest) { return !!(manifest && manifest.live && manifest.live.running); }

  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  /* The manifest to build the page on. A live site is rewritten while it is open: an export may land between this
     page's read of the manifest and its read of the first chunk, which then disagrees with it. Read the manifest
     again (up to LIVE_START_TRIES times, LIVE_POLL_MS apart) until the first view's data agrees; a finished site
     never changes, so its errors are real at once. */
  function firstManifest(tries) {
    return L.data.loadManifest().then(function (m) {
      if (!isLive(m)) return m;
      var s = L.state.createState(m);
      return L.data.loadChunk(s.method, s.layer, s.snapshot).then(function () { return m; }, function (err) {
        if (!err.mismatch || tries + 1 >= C.LIVE_START_TRIES) throw err;
        console.warn("Latentris live: " + err.message + "; an export is landing, reading the manifest again");
        return wait(C.LIVE_POLL_MS).then(function () { return L.data.pollManifest("start-" + tries); }).then(function (raw) {
          L.data.reset("start-" + tries, raw || undefined);
          return firstManifest(tries + 1);
        });
      });
    });
  }

  function start() {
    var manifest, store, state, ui, view, flow, runs = null;
    var panels, tooltip, selection, image, live, pageCtx;
    var chunkRequest = 0, playFrame = 0, lastTime = 0, mainShown = false;
    var ranks = null;  /* each sample's rank within its class (L.state.classRanks) */
    var last = function () { return manifest.snapshots.length - 1; };
    function activeViews() { return state.layout === "layers" ? panels.views() : [view]; }
    function allViews() { return [view].concat(panels.views()); }

    function showSnapshot(f) {
      store.set({ snapshot: Math.min(Math.max(f, 0), last()) });
      activeViews().forEach(function (v) { v.setFrame(state.snapshot); });
      if (tooltip.hover() >= 0) tooltip.describe();
      ui.setSnapshot(state.snapshot);
      if (runs) runs.setSnapshot(state.snapshot);
      flow.setSnapshot(state.snapshot).catch(showError);
      panels.list().forEach(function (p) { p.flow.setSnapshot(state.snapshot).catch(showError); });
    }

    /* correct (1) / wrong (0) / unknown (-1) per snapshot and sample, from the predictions (of the layer's run) */
    var correctness = new Map();
    function predictionsOf(layer) { return runs ? runs.predictions(layer) : manifest.predictions; }
    function correctScores(layer) {
      var p = predictionsOf(layer);
      if (!correctness.has(p)) {
        var n = manifest.n_samples, values = new Float32Array(p.length);
        for (var i = 0; i < p.length; i++) values[i] = p[i] < 0 ? -1 : (p[i] === manifest.labels[i % n] ? 1 : 0);
        correctness.set(p, values);
      }
      return correctness.get(p);
    }

    /* What the points are coloured by, for the current layer: null (class colours) or the renderer's scores. */
    function coloring(layer) {
      if (layer === undefined) layer = state.layer;
      if (state.color === "class") return Promise.resolve(null);
      if (state.color === "correct") return Promise.resolve({ values: correctScores(layer), mode: 2 });
      if (state.color === "flow-outliers") return layer === state.layer ? flow.outlierColoring() : Promise.resolve(null);
      var field = L.dynamics.fieldOfColor(state.color);
      if (field) return L.dynamics.load(manifest).then(function (d) { return L.dynamics.coloring(d, field); });
      return L.data.loadScores(layer).then(function (scores) {
        tooltip.scoresLoaded(layer, scores);
        return { values: scores[state.color], mode: 1, range: scores.range[state.color] || [0, 1] };
      });
    }

    /* Load (method, layer)'s chunk (and the colouring's data); a later request wins over one still in flight. */
    function showChunk() {
      var request = ++chunkRequest;
      var label = state.method + " · layer " + state.layer;
      ui.setLayer(state.method, state.layer);
      ui.setStatus("loading " + label + "…");
      var single = Promise.all([L.data.loadChunk(state.method, state.layer, state.snapshot), coloring()]).then(function (loaded) {
        if (request !== chunkRequest) return;
        view.setChunk(loaded[0], manifest.labels);
        view.setColoring(loaded[1]);
        view.setFrame(state.snapshot);
        view.setMarks(tooltip.hover(), state.pinned);
        mainShown = true;
        return Promise.all([flow.setChunk(state.method, state.layer, loaded[0]), showLayerTrails()]);
      });
      var multiples = state.layout !== "layers" ? [] : panels.list().map(function (p) {
        p.cell.classList.toggle("current", p.layer === state.layer);
        return Promise.all([L.data.loadChunk(state.method, p.layer, state.snapshot), coloring(p.layer)]).then(function (loaded) {
          if (request !== chunkRequest) return;
          p.view.setChunk(loaded[0], manifest.labels);
          p.view.setColoring(loaded[1]);
          p.view.setClassVisibility(classVisibility());
          p.view.setFrame(state.snapshot);
          p.view.setMarks(tooltip.hover(), state.pinned);
          return p.flow.setChunk(state.method, p.layer, loaded[0]);
        });
      });
      return Promise.all([single].concat(multiples)).then(function () {
        if (request === chunkRequest) ui.setStatus("");
      });
    }

    function showColoring() {
      var request = ++chunkRequest;
      ui.setColor(state.color);
      var jobs = [coloring().then(function (c) { if (request === chunkRequest) view.setColoring(c); })];
      panels.list().forEach(function (p) {
        jobs.push(coloring(p.layer).then(function (c) { if (request === chunkRequest) p.view.setColoring(c); }));
      });
      return Promise.all(jobs);
    }

    function classVisibility() { return manifest.classes.map(function (_, i) { return !state.hiddenClasses.has(i); }); }

    /* The side panel's flow overlay (on the single view); the layer panels follow its mode and pick. */
    function createMainFlow() {
      return L.flow.createFlow(view, manifest, document.getElementById("flow"), {
        onMode: function (m) { panels.list().forEach(function (p) { p.flow.setMode(m); }); },
        onPick: function (i) { panels.list().forEach(function (p) { p.flow.pick(i); }); }
      });
    }

    /* ---- sample-size control, view mode, selection set: the same in every view ---- */
    function prepareView(v) {
      v.setMode(state.mode);
      v.setRanks(ranks);
      v.setFraction(state.shown / manifest.n_samples);
      v.setSelection(state.selection);
    }

    function setShown(n) {
      store.set({ shown: Math.min(Math.max(Math.round(n), 1), manifest.n_samples) });
      var fraction = state.shown / manifest.n_samples;
      allViews().forEach(function (v) { v.setFraction(fraction); });
      var counts = L.state.subsetCounts(manifest.labels, ranks, manifest.classes.length, fraction);
      ui.setCounts(counts);
      ui.setShown(state.shown, counts.reduce(function (a, b) { return a + b; }, 0));
    }

    /* 3D orbit or 2D; the camera in the hash follows (it carries the 2D zoom) */
    function setMode(mode) {
      var m = C.VIEW_MODES.indexOf(mode) >= 0 ? mode : "3d";
      allViews().forEach(function (v) { v.setMode(m); });
      var views = activeViews();
      var camera = views[Math.min(state.layout === "layers" ? state.layer : 0, views.length - 1)].getCamera();
      store.set({ mode: m, camera: camera });
      ui.setMode(state.mode);
      showHint();
      if (state.mode === "3d") selection.setLassoTool(false);
    }

    /* The side panel's view mode, selection and subset controls showing the state (after the panel is rebuilt). */
    function syncViewControls() {
      ui.setMode(state.mode);
      showHint();
      ui.setSelection(state.selection.length);
      setShown(state.shown);
    }

    function showHint() {
      document.querySelector(".hint").textContent = state.mode === "2d" ?
        "2D · drag to pan · scroll to zoom · shift-drag: box select · alt-drag: lasso" :
        "drag to rotate · scroll to zoom · right-drag to pan";
    }

    /* ---- trails through layers (methods whose manifest axis is "layers": each snapshot's layers in one space) ---- */
    function layerTrailsReason() {
      var m = manifest.methods.filter(function (x) { return x.name === state.method; })[0];
      if (!manifest.methods.some(function (x) { return x.axis === "layers"; })) {
        return "no projection in this export aligns the layers of a snapshot in one space (export with axis=\"layers\"), " +
          "so paths through layers would join unrelated coordinates";
      }
      if (!m || m.axis !== "layers") return "the projection " + state.method + " aligns snapshots, not layers; pick one with axis \"layers\"";
      if (manifest.layers.length < 2) return "this export has a single layer";
      return "";
    }

    /* Load every layer's chunk of the method and hand them to the single view (or drop the trails). */
    var layerTrailsRequest = 0;
    function showLayerTrails() {
      var reason = layerTrailsReason(), request = ++layerTrailsRequest;
      ui.setLayerTrails(state.layerTrails, reason);
      if (!state.layerTrails || reason) { view.setLayerChunks(null); return Promise.resolve(); }
      /* every block of every layer: the trails follow the player to any snapshot, never through held positions */
      return Promise.all(manifest.layers.map(function (_, l) {
        return L.data.loadChunk(state.method, l, state.snapshot).then(function (chunk) { return chunk.complete; });
      })).then(function (chunks) { if (request === layerTrailsRequest) view.setLayerChunks(chunks); });
    }

    /* ---- training dynamics (docs/dynamics.md): the data map and the samples to review, when the site has them ---- */
    var dynamicsParts = {};
    function destroyDynamics() {
      Object.keys(dynamicsParts).forEach(function (k) { dynamicsParts[k].destroy(); });
      dynamicsParts = {};
      app.datamap = app.review = null;
    }
    function buildDynamics(ctx) {
      destroyDynamics();
      var section = document.getElementById("dynamics-section"), built = manifest;
      if (!section || !L.dynamics.available(manifest)) return Promise.resolve(null);
      return L.dynamics.load(manifest).then(function (d) {
        if (!d || built !== manifest) return null;
        L.dynamics.markMissing(document.getElementById("color-select"), d);
        var field = L.dynamics.fieldOfColor(state.color);
        if (field && !d.has(field)) handlers.onColor("class");
        var note = document.getElementById("dynamics-note");
        if (d.has("confidence") && d.has("variability")) {
          dynamicsParts.map = app.datamap = L.datamap.create(ctx, d, document.getElementById("datamap"));
        } else {
          note.textContent = "no data map: " + d.why(d.has("confidence") ? "variability" : "confidence");
        }
        if (d.has("mislabel")) dynamicsParts.review = app.review = L.review.create(ctx, d, document.getElementById("review"));
        section.hidden = !dynamicsParts.map && !dynamicsParts.review;
        return d;
      });
    }

    /* A search on a dynamics field ("forgotten>=2"): the matching samples become the selection set. */
    function searchDynamics(text, query) {
      return L.dynamics.load(manifest).then(function (d) {
        if (!d) { ui.setSearchNote("this site holds no training dynamics to search by " + query.field); return -1; }
        if (!d.has(query.field)) { ui.setSearchNote(query.field + " is missing: " + d.why(query.field)); return -1; }
        var found = L.dynamics.matching(d, query);
        selection.setSelection(found);
        ui.setSearchNote(found.length ? found.length + " samples with " + text.trim() + " selected" :
          "no sample has " + text.trim());
        return found.length;
      });
    }

    function setPinned(pinned) {
      store.set({ pinned: pinned.slice(0, C.MAX_PINNED) });
      activeViews().forEach(function (v) { v.setMarks(tooltip.hover(), state.pinned); });
      ui.setPinned(state.pinned, tooltip.describeSample);
    }

    /* ---- playback ---- */
    function tick(time) {
      var dt = lastTime ? (time - lastTime) / 1000 : 0;
      lastTime = time;
      var next = state.snapshot + (dt * state.speed) / C.SECONDS_PER_SNAPSHOT;
      if (next >= last()) {
        showSnapshot(last());
        setPlaying(false);
        return;
      }
      showSnapshot(next);
      playFrame = requestAnimationFrame(tick);
    }

    function setPlaying(playing) {
      if (playing && last() < 1) playing = false;
      store.set({ playing: playing });
      cancelAnimationFrame(playFrame);
      playFrame = 0;
      lastTime = 0;
      if (playing) {
        if (state.snapshot >= last()) showSnapshot(0);
        playFrame = requestAnimationFrame(tick);
      } else {
        showSnapshot(Math.round(state.snapshot));  /* a paused view shows a real snapshot, not a blend */
      }
      ui.setPlaying(playing);
    }

    function setHidden(hidden) {
      store.set({ hiddenClasses: hidden });
      var visible = classVisibility();
      allViews().forEach(function (v) { v.setClassVisibility(visible); });
      ui.setHidden(hidden);
    }

    /* Keys anywhere outside a text field: ← → step one snapshot, space plays / pauses, [ ] slower / faster. */
    function onKey(ev) {
      var t = ev.target, tag = t && t.tagName;
      if (ev.ctrlKey || ev.metaKey || ev.altKey || tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
      var s = Math.round(state.snapshot), k = C.SPEEDS.indexOf(state.speed);
      if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") {
        handlers.onSnapshot(Math.min(Math.max(s + (ev.key === "ArrowRight" ? 1 : -1), 0), last()), true);
      } else if (ev.key === " " && tag !== "BUTTON") {
        handlers.onPlay();
      } else if (ev.key === "]" || ev.key === "[") {
        var next = C.SPEEDS[Math.min(Math.max(k + (ev.key === "]" ? 1 : -1), 0), C.SPEEDS.length - 1)];
        handlers.onSpeed(next);
      } else {
        return;
      }
      ev.preventDefault();
    }

    /* The run picker changed: rebuild the side-by-side panels with the shown runs' layers. */
    function onRunsShown() {
      if (state.layout !== "layers") return;
      tooltip.setHover(-1);
      panels.apply();
      showChunk().catch(showError);
    }

    var handlers = {
      onMethod: function (name) { store.set({ method: name }); return showChunk().catch(showError); },
      onLayer: function (i) { store.set({ layer: i }); return showChunk().catch(showError); },
      onSnapshot: function (f, settled) {
        if (state.playing) setPlaying(false);
        showSnapshot(settled ? Math.round(f) : f);
      },
      onPlay: function () { setPlaying(!state.playing); },
      onSpeed: function (x) { store.set({ speed: x }); ui.setSpeed(x); },
      onLayout: function (layout) {
        store.set({ layout: C.LAYOUTS.indexOf(layout) >= 0 ? layout : "single" });
        tooltip.setHover(-1);
        panels.apply();
        return showChunk().catch(showError);
      },
      onSharedCamera: function (shared) {
        store.set({ sharedCamera: shared });
        if (shared) panels.shareCamera();
      },
      onPin: function (i) {
        var at = state.pinned.indexOf(i);
        setPinned(at >= 0 ? state.pinned.filter(function (j) { return j !== i; }) : state.pinned.concat([i]));
      },
      onSearch: function (text) {
        var query = L.dynamics.parseQuery(text);
        if (query) return searchDynamics(text, query).catch(showError);
        return tooltip.search(text).then(function (i) {
          if (i < 0) { ui.setSearchNote(text ? "no sample matches " + JSON.stringify(text) : ""); return -1; }
          if (state.pinned.indexOf(i) < 0) setPinned(state.pinned.concat([i]));
          ui.setSearchNote("found " + tooltip.describeSample(i));
          return i;
        }).catch(showError);
      },
      onSnapshotImage: function () { return image.save().catch(showError); },
      onShown: function (n) { setShown(n); },
      onMode: function (mode) { setMode(mode); },
      onLassoTool: function (on) { selection.setLassoTool(on); },
      onClearSelection: function () { selection.setSelection([]); },
      onLayerTrails: function (on) {
        store.set({ layerTrails: on });
        return showLayerTrails().catch(showError);
      },
      onToggleClass: function (i) {
        var hidden = new Set(state.hiddenClasses);
        if (hidden.has(i)) hidden.delete(i); else hidden.add(i);
        setHidden(hidden);
      },
      onShowAll: function (visible) {
        setHidden(visible ? new Set() : new Set(manifest.classes.map(function (_, i) { return i; })));
      },
      onColor: function (key) { store.set({ color: key }); return showColoring().catch(showError); },
      onAlert: function (alert) {
        if (state.playing) setPlaying(false);
        showSnapshot(alert.snapshot);
        if (state.layer !== alert.layer_index) {
          store.set({ layer: alert.layer_index });
          return showChunk().catch(showError);
        }
        return Promise.resolve();
      }
    };

    /* The side panel's controls showing the state (at start, and after live mode rebuilt the panel). */
    function showStateInPanel() {
      if (ui.colorKeys().indexOf(state.color) < 0) store.set({ color: "class" });
      ui.setColor(state.color);
      ui.setPlaying(state.playing);
      ui.setSpeed(state.speed);
      ui.setHidden(state.hiddenClasses);
      ui.setSnapshot(state.snapshot);
      ui.setPinned(state.pinned, tooltip.describeSample);
    }

    /* The modules' view of the page: each takes what it needs. */
    function context() {
      return {
        store: store,
        manifest: function () { return manifest; },
        view: function () { return view; },
        ui: function () { return ui; },
        flow: function () { return flow; },
        runs: function () { return runs; },
        activeViews: activeViews,
        allViews: allViews,
        mainShown: function () { return mainShown; },
        prepareView: prepareView,
        predictionsOf: predictionsOf,
        onPin: function (i) { handlers.onPin(i); },
        onLayer: function (i) { handlers.onLayer(i); },
        showError: showError,
        container: document.getElementById("scene").parentElement,
        showChunk: showChunk,
        showSnapshot: showSnapshot,
        coloring: function () { return coloring(); },
        ranks: function () { return ranks; },
        describeSample: function (i) { return tooltip.describeSample(i); },
        setManifest: function (next) {
          manifest = app.manifest = next;
          correctness.clear();  /* keyed by the old manifest's predictions */
        },
        destroySidePanel: function () {
          destroyDynamics();
          if (ui.metrics && ui.metrics.destroy) ui.metrics.destroy();
          flow.destroy();
        },
        buildSidePanel: function () {
          ui = app.ui = L.ui.createUI(document.getElementById("app"), manifest, handlers);
          flow = app.flow = createMainFlow();
          panels.replaceFlows();
          syncViewControls();
          showStateInPanel();
          ui.setLayout(state.layout, state.sharedCamera);
          buildDynamics(pageCtx).catch(showError);
          return ui;
        }
      };
    }

    return firstManifest(0).then(function (m) {
      manifest = app.manifest = m;
      store = app.store = L.state.createStore(L.state.createState(manifest));
      state = store.get();  /* the same object for the page's life: read it here, change it with store.set */
      /* the one writer of the URL hash */
      store.subscribe(function (s) { L.state.writeHash(s, manifest); });
      /* ask for the first view's block now, so it loads while the page builds (showChunk gets the same promise) */
      L.data.loadChunk(state.method, state.layer, state.snapshot).catch(function () { /* showChunk reports it */ });
      document.title = manifest.title;
      document.getElementById("title").textContent = manifest.title;
      document.getElementById("generator").textContent = manifest.generator;

      pageCtx = context();
      var ctx = pageCtx;
      live = L.liveUpdate.create(ctx);  /* before createUI: it keeps the pristine side panel */
      tooltip = ctx.tooltip = L.tooltip.create(ctx);
      selection = ctx.selection = L.selection.create(ctx);
      panels = ctx.panels = L.panels.create(ctx);
      image = L.imageExport.create(ctx);

      view = app.view = L.overlays.createView(document.getElementById("scene"), { nClasses: manifest.classes.length });
      ui = app.ui = L.ui.createUI(document.getElementById("app"), manifest, handlers);
      flow = app.flow = createMainFlow();
      runs = app.runs = L.runs ? L.runs.create(manifest, { onChange: onRunsShown }) : null;
      if (runs) document.getElementById("controls").appendChild(runs.node);
      showStateInPanel();
      ranks = L.state.classRanks(manifest.labels, manifest.classes.length, C.SUBSET_SEED);
      prepareView(view);
      syncViewControls();
      if (state.camera) view.setCamera(state.camera);
      panels.linkCamera(view);
      tooltip.attach(view);
      selection.attach(view);
      panels.apply();
      if (runs) runs.setSnapshot(state.snapshot);
      document.addEventListener("keydown", onKey);
      buildDynamics(ctx).catch(showError);

      app.setSnapshot = function (f) { handlers.onSnapshot(f, false); };
      app.setLayer = function (i) { return handlers.onLayer(i); };
      app.setMethod = function (name) { return handlers.onMethod(name); };
      app.toggleClass = handlers.onToggleClass;
      app.setColor = function (key) { return handlers.onColor(key); };
      app.play = function () { setPlaying(true); };
      app.pause = function () { setPlaying(false); };
      app.setLayout = function (layout) { return handlers.onLayout(layout); };
      app.panels = panels.list;
      app.hover = tooltip.hover;
      app.setHover = function (i) { tooltip.setHover(i, 0, 0, state.layer); };
      app.search = function (text) { return handlers.onSearch(text); };
      app.snapshotImage = image.save;
      app.setShown = setShown;
      app.setMode = setMode;
      app.setSelection = selection.setSelection;
      app.ranks = function () { return ranks; };
      app.setLayerTrails = function (on) { return handlers.onLayerTrails(on); };
      app.liveUpdate = live.update;
      app.dynamics = function () { return L.dynamics.load(manifest); };
      return showChunk();
    }).then(function () {
      app.isReady = true;
      document.body.classList.add("ready");
    });
  }

  /* app.state: the store's state (read only; tests and the console read it) */
  Object.defineProperty(app, "state", { enumerable: true, get: function () { return app.store ? app.store.get() : null; } });

  function boot() {
    app.ready = start().catch(function (err) {
      showError(err);
      throw err;
    });
    app.ready.catch(function () { /* shown in the error box */ });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
