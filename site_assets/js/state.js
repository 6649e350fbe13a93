/* Latentris viewer: the view state, and its mirror in location.hash (#method=pca&layer=1&epoch=3&color=margin). */
(function () {
  "use strict";
  var L = (window.Latentris = window.Latentris || {});
  var C = L.constants;

  function parseHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    return { method: params.get("method"), layer: params.get("layer"), epoch: params.get("epoch"),
             color: params.get("color") };
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
      color: "class"          /* "class", "correct" or a per-sample score key; checked against the bundle in main */
    };
    var h = parseHash();
    if (h.method && manifest.chunks[h.method]) state.method = h.method;
    var layer = Number(h.layer);
    if (h.layer !== null && Number.isInteger(layer) && layer >= 0 && layer < manifest.layers.length) state.layer = layer;
    if (h.color) state.color = h.color;
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
