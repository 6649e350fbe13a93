/* Latentris viewer: the view state, and its mirror in location.hash (#method=pca&layer=1&epoch=3&color=margin&layout=layers&sel=4,17&cam=…). */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  function parseHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    return { method: params.get("method"), layer: params.get("layer"), epoch: params.get("epoch"),
             color: params.get("color"), layout: params.get("layout"), sel: params.get("sel"), cam: params.get("cam"),
             speed: params.get("speed"), shared: params.get("shared"),
             mode: params.get("mode"), show: params.get("show"), set: params.get("set"), ltrails: params.get("ltrails") };
  }

  /* "4,17,9" → the valid, distinct sample indices, at most max of them. */
  function sampleList(text, n, max) {
    var seen = new Set();
    return text.split(",").map(Number).filter(function (i) {
      if (!Number.isInteger(i) || i < 0 || i >= n || seen.has(i)) return false;
      seen.add(i);
      return true;
    }).slice(0, max);
  }

  /* Initial state: defaults, overridden by whatever valid values the hash holds. */
  function createState(manifest) {
    var state = {
      method: manifest.methods[0].name,
      layer: 0,
      snapshot: 0,            /* float in [0, S-1]; fractions are interpolated frames */
      playing: false,
      speed: C.DEFAULT_SPEED,
      hiddenClasses: new Set(),
      color: "class",         /* "class", "correct" or a per-sample score key; checked against the bundle in main */
      layout: "single",       /* "single" (the current layer) or "layers" (every layer side by side) */
      sharedCamera: true,     /* layer panels move together */
      pinned: [],             /* pinned sample indices, marked with trails in every panel */
      hover: -1,              /* the hovered sample (tooltip.js sets it), ringed in every view and the data map */
      camera: null,           /* [px, py, pz, tx, ty, tz] (+ zoom in 2D) or null = fitted to the data */
      mode: "3d",             /* "3d" orbit or "2d" orthographic */
      shown: manifest.n_samples, /* sample-size control: show this many (a stratified subset) */
      selection: [],          /* the selection set (box / lasso in 2D), sample indices */
      layerTrails: false      /* trails of the pinned samples through the layers (methods with axis "layers") */
    };
    var h = parseHash();
    if (h.method && manifest.chunks[h.method]) state.method = h.method;
    var layer = Number(h.layer);
    if (h.layer !== null && Number.isInteger(layer) && layer >= 0 && layer < manifest.layers.length) state.layer = layer;
    if (h.color) state.color = h.color;
    if (C.LAYOUTS.indexOf(h.layout) >= 0) state.layout = h.layout;
    if (h.shared === "0") state.sharedCamera = false;
    var speed = Number(h.speed);
    if (h.speed !== null && C.SPEEDS.indexOf(speed) >= 0) state.speed = speed;
    if (h.sel) state.pinned = sampleList(h.sel, manifest.n_samples, C.MAX_PINNED);
    if (h.cam) {
      var cam = h.cam.split(",").map(Number);
      if ((cam.length === 6 || cam.length === 7) && cam.every(Number.isFinite)) state.camera = cam;
    }
    if (C.VIEW_MODES.indexOf(h.mode) >= 0) state.mode = h.mode;
    if (h.ltrails === "1") state.layerTrails = true;
    var shown = Number(h.show);
    if (h.show !== null && Number.isInteger(shown) && shown >= 1 && shown <= manifest.n_samples) state.shown = shown;
    if (h.set) state.selection = sampleList(h.set, manifest.n_samples, C.MAX_HASH_SELECTION);
    if (h.epoch !== null) {
      var s = manifest.snapshots.findIndex(function (snap) { return String(snap.epoch) === h.epoch; });
      if (s >= 0) state.snapshot = s;
    }
    return state;
  }

  /* Nearest real snapshot to the (possibly fractional) current one. */
  function nearestSnapshot(state, manifest) {
    return Math.min(Math.max(Math.round(state.snapshot), 0), manifest.snapshots.length - 1);
  }

  function writeHash(state, manifest) {
    var params = {
      method: state.method,
      layer: String(state.layer),
      epoch: String(manifest.snapshots[nearestSnapshot(state, manifest)].epoch)
    };
    if (state.color && state.color !== "class") params.color = state.color;
    if (state.layout !== "single") params.layout = state.layout;
    if (!state.sharedCamera) params.shared = "0";
    if (state.speed !== C.DEFAULT_SPEED) params.speed = String(state.speed);
    if (state.pinned.length) params.sel = state.pinned.join(",");
    if (state.mode !== "3d") params.mode = state.mode;
    if (state.layerTrails) params.ltrails = "1";
    if (state.shown < manifest.n_samples) params.show = String(state.shown);
    if (state.selection.length && state.selection.length <= C.MAX_HASH_SELECTION) params.set = state.selection.join(",");
    if (state.camera) params.cam = state.camera.map(function (x) { return Number(x.toFixed(4)); }).join(",");
    var hash = "#" + new URLSearchParams(params).toString();
    if (hash === location.hash) return;
    try {
      history.replaceState(null, "", hash);
    } catch (_err) {
      location.replace(hash);
    }
  }

  /* The view state as a store: get() returns the state (read it; set is its only writer), set(patch) changes the
     keys in patch and tells every subscriber fn(state, patch), in the order they subscribed; subscribe returns an
     unsubscribe function. One subscriber writes the URL hash (main.js). */
  function createStore(initial) {
    var state = Object.assign({}, initial), listeners = [];
    return {
      get: function () { return state; },
      set: function (patch) {
        Object.assign(state, patch);
        listeners.slice().forEach(function (fn) { fn(state, patch); });
        return state;
      },
      subscribe: function (fn) {
        listeners.push(fn);
        return function () { var at = listeners.indexOf(fn); if (at >= 0) listeners.splice(at, 1); };
      }
    };
  }

  /* ---- the stratified subset (sample-size control) ---- */

  /* A seeded generator of uniform numbers in [0, 1) (mulberry32). */
  function seededRandom(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /* Each sample's rank within its class: a seeded shuffle of the class's samples, sample at place k of n gets k / n
     (so uniform in [0, 1)); showing rank < f keeps ceil(f × n) of every class. */
  function classRanks(labels, nClasses, seed) {
    var members = [];
    for (var c = 0; c < nClasses; c++) members.push([]);
    for (var i = 0; i < labels.length; i++) members[labels[i]].push(i);
    var random = seededRandom(seed), ranks = new Float32Array(labels.length);
    members.forEach(function (list) {
      for (var k = list.length - 1; k > 0; k--) {
        var j = Math.floor(random() * (k + 1)), t = list[k];
        list[k] = list[j]; list[j] = t;
      }
      list.forEach(function (idx, place) { ranks[idx] = place / list.length; });
    });
    return ranks;
  }

  /* Samples per class with rank below fraction. */
  function subsetCounts(labels, ranks, nClasses, fraction) {
    var counts = new Array(nClasses).fill(0);
    for (var i = 0; i < labels.length; i++) if (ranks[i] < fraction) counts[labels[i]]++;
    return counts;
  }

  L.state = { createState: createState, createStore: createStore, writeHash: writeHash, nearestSnapshot: nearestSnapshot,
              classRanks: classRanks, subsetCounts: subsetCounts };
})();
