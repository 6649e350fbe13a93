/* Latentris viewer: wiring. Loads the manifest, builds the panel and the renderer, loads the chunk in view, plays.
   window.Latentris.app is the handle used by the browser tests. */
(function () {
  "use strict";
  var L = (window.Latentris = window.Latentris || {});
  var C = L.constants;

  var app = (L.app = { isReady: false, state: null, manifest: null });

  function showError(err) {
    var box = document.getElementById("error");
    box.textContent = "Could not show this site: " + (err && err.message ? err.message : String(err));
    box.hidden = false;
    console.error(err);
  }

  function start() {
    var manifest, state, ui, view, flow, chunkRequest = 0, playFrame = 0, lastTime = 0;
    var last = function () { return manifest.snapshots.length - 1; };

    function showSnapshot(f) {
      state.snapshot = Math.min(Math.max(f, 0), last());
      view.setFrame(state.snapshot);
      ui.setSnapshot(state.snapshot);
      flow.setSnapshot(state.snapshot).catch(showError);
      L.state.writeHash(state, manifest);
    }

    /* correct (1) / wrong (0) / unknown (-1) per snapshot and sample, from the predictions */
    var correctness = null;
    function correctScores() {
      if (!correctness) {
        var n = manifest.n_samples, p = manifest.predictions;
        correctness = new Float32Array(p.length);
        for (var i = 0; i < p.length; i++) correctness[i] = p[i] < 0 ? -1 : (p[i] === manifest.labels[i % n] ? 1 : 0);
      }
      return correctness;
    }

    /* What the points are coloured by, for the current layer: null (class colours) or the renderer's scores. */
    function coloring() {
      if (state.color === "class") return Promise.resolve(null);
      if (state.color === "correct") return Promise.resolve({ values: correctScores(), mode: 2 });
      if (state.color === "flow-outliers") return flow.outlierColoring();
      return L.data.loadScores(state.layer).then(function (scores) {
        return { values: scores[state.color], mode: 1, range: scores.range[state.color] || [0, 1] };
      });
    }

    /* Load (method, layer)'s chunk (and the colouring's data); a later request wins over one still in flight. */
    function showChunk() {
      var request = ++chunkRequest;
      var label = state.method + " · layer " + state.layer;
      ui.setLayer(state.method, state.layer);
      ui.setStatus("loading " + label + "…");
      L.state.writeHash(state, manifest);
      return Promise.all([L.data.loadChunk(state.method, state.layer), coloring()]).then(function (loaded) {
        if (request !== chunkRequest) return;
        view.setChunk(loaded[0], manifest.labels);
        view.setColoring(loaded[1]);
        view.setFrame(state.snapshot);
        ui.setStatus("");
        return flow.setChunk(state.method, state.layer, loaded[0]);
      });
    }

    function showColoring() {
      var request = ++chunkRequest;
      ui.setColor(state.color);
      L.state.writeHash(state, manifest);
      return coloring().then(function (c) {
        if (request !== chunkRequest) return;
        view.setColoring(c);
      });
    }

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
      state.playing = playing;
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
      state.hiddenClasses = hidden;
      view.setClassVisibility(manifest.classes.map(function (_, i) { return !hidden.has(i); }));
      ui.setHidden(hidden);
    }

    var handlers = {
      onMethod: function (name) { state.method = name; return showChunk().catch(showError); },
      onLayer: function (i) { state.layer = i; return showChunk().catch(showError); },
      onSnapshot: function (f, settled) {
        if (state.playing) setPlaying(false);
        showSnapshot(settled ? Math.round(f) : f);
      },
      onPlay: function () { setPlaying(!state.playing); },
      onSpeed: function (x) { state.speed = x; ui.setSpeed(x); },
      onToggleClass: function (i) {
        var hidden = new Set(state.hiddenClasses);
        if (hidden.has(i)) hidden.delete(i); else hidden.add(i);
        setHidden(hidden);
      },
      onShowAll: function (visible) {
        setHidden(visible ? new Set() : new Set(manifest.classes.map(function (_, i) { return i; })));
      },
      onColor: function (key) { state.color = key; return showColoring().catch(showError); },
      onAlert: function (alert) {
        if (state.playing) setPlaying(false);
        showSnapshot(alert.snapshot);
        if (state.layer !== alert.layer_index) {
          state.layer = alert.layer_index;
          return showChunk().catch(showError);
        }
        return Promise.resolve();
      }
    };

    return L.data.loadManifest().then(function (m) {
      manifest = app.manifest = m;
      state = app.state = L.state.createState(manifest);
      document.title = manifest.title;
      document.getElementById("title").textContent = manifest.title;
      document.getElementById("generator").textContent = manifest.generator;

      var root = document.getElementById("app");
      view = app.view = L.renderer.createRenderer(document.getElementById("scene"), { nClasses: manifest.classes.length });
      ui = app.ui = L.ui.createUI(root, manifest, handlers);
      flow = app.flow = L.flow.createFlow(view, manifest, document.getElementById("flow"));
      if (ui.colorKeys().indexOf(state.color) < 0) state.color = "class";
      ui.setColor(state.color);
      ui.setPlaying(false);
      ui.setSpeed(state.speed);
      ui.setHidden(state.hiddenClasses);
      ui.setSnapshot(state.snapshot);

      app.setSnapshot = function (f) { handlers.onSnapshot(f, false); };
      app.setLayer = function (i) { return handlers.onLayer(i); };
      app.setMethod = function (name) { return handlers.onMethod(name); };
      app.toggleClass = handlers.onToggleClass;
      app.setColor = function (key) { return handlers.onColor(key); };
      app.play = function () { setPlaying(true); };
      app.pause = function () { setPlaying(false); };
      return showChunk();
    }).then(function () {
      app.isReady = true;
      document.body.classList.add("ready");
    });
  }

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
