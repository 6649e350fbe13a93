/* Latentris viewer: the view state, and its mirror in location.hash (#method=pca&layer=1&epoch=3&color=margin&layout=layers&sel=4,17&cam=…). */
(function () {
  "use strict";
  var L = (window.Latentris = window.Latentris || {});
  var C = L.constants;

  function parseHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    return { method: params.get("method"), layer: params.get("layer"), epoch: params.get("epoch"),
             color: params.get("color"), layout: params.get("layout"), sel: params.get("sel"), cam: params.get("cam"),
             speed: params.get("speed"), shared: params.get("shared") };
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
      camera: null            /* [px, py, pz, tx, ty, tz] or null = fitted to the data */
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
    if (h.sel) {
      state.pinned = h.sel.split(",").map(Number).filter(function (i, k, all) {
        return Number.isInteger(i) && i >= 0 && i < manifest.n_samples && all.indexOf(i) === k;
      }).slice(0, C.MAX_PINNED);
    }
    if (h.cam) {
      var cam = h.cam.split(",").map(Number);
      if (cam.length === 6 && cam.every(Number.isFinite)) state.camera = cam;
    }
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
    if (state.camera) params.cam = state.camera.map(function (x) { return Number(x.toFixed(4)); }).join(",");
    var hash = "#" + new URLSearchParams(params).toString();
    if (hash === location.hash) return;
    try {
      history.replaceState(null, "", hash);
    } catch (err) {
      location.replace(hash);
    }
  }

  L.state = { createState: createState, writeHash: writeHash, nearestSnapshot: nearestSnapshot };
})();
