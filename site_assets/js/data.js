/* Latentris viewer: loading the data files of a site bundle (docs/site-bundle.md).
   A data file is a classic script calling latentrisReceive(key, base64 of msgpack); fetch() is not allowed on
   file://, a <script src> is. */
(function () {
  "use strict";
  var L = (window.Latentris = window.Latentris || {});
  var C = L.constants;
  var decode = LatentrisVendor.msgpackDecode;

  var pending = new Map();  /* key -> {resolve, reject} */
  var chunkCache = new Map(); /* path -> Promise<chunk> */
  var manifestPromise = null;

  function base64ToBytes(text) {
    if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  /* Called by every data file. */
  window.latentrisReceive = function (key, base64) {
    var waiter = pending.get(key);
    if (!waiter) {
      console.warn("Latentris: ignoring unexpected data key " + JSON.stringify(key));
      return;
    }
    pending.delete(key);
    try {
      waiter.resolve(decode(base64ToBytes(base64)));
    } catch (err) {
      waiter.reject(new Error("could not decode " + key + ": " + err.message));
    }
  };

  /* Insert <script src=path> and resolve with the decoded payload delivered under `key`. */
  function loadScript(path, key) {
    if (key === undefined) key = path;
    if (pending.has(key)) return Promise.reject(new Error("already loading " + key));
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      function cleanup() { script.remove(); }
      pending.set(key, {
        resolve: function (value) { cleanup(); resolve(value); },
        reject: function (err) { cleanup(); reject(err); }
      });
      script.onerror = function () {
        if (!pending.has(key)) return;
        pending.delete(key);
        cleanup();
        reject(new Error("could not load " + path + " (missing file?)"));
      };
      script.onload = function () {
        /* The script ran; if it delivered, the key is gone already. */
        if (!pending.has(key)) return;
        pending.delete(key);
        cleanup();
        reject(new Error(path + " loaded but did not deliver " + JSON.stringify(key)));
      };
      script.src = path;
      document.head.appendChild(script);
    });
  }

  /* A msgpack bin as a typed array. The copy gives a fresh, aligned buffer. */
  function typedArray(bin, Type, name) {
    if (!(bin instanceof Uint8Array)) throw new Error((name || "field") + " is not a byte string");
    if (bin.byteLength % Type.BYTES_PER_ELEMENT !== 0) {
      throw new Error((name || "field") + ": " + bin.byteLength + " bytes is not a whole number of " + Type.name + " items");
    }
    return new Type(bin.slice().buffer);
  }

  function ensure(condition, message) {
    if (!condition) throw new Error("invalid site data: " + message);
  }

  function checkManifest(m) {
    ensure(m && m.format === C.FORMAT, "manifest format is not " + JSON.stringify(C.FORMAT));
    if (!(m.version <= C.SUPPORTED_VERSION)) {
      throw new Error("this site was exported in format version " + m.version + ", but this viewer reads version " +
        C.SUPPORTED_VERSION + " at most; re-export it with the latentris-lightning that wrote it, or update the viewer");
    }
    var n = m.n_samples;
    var S = m.snapshots.length;
    var labels = typedArray(m.labels, Uint16Array, "labels");
    ensure(labels.length === n, "labels has " + labels.length + " entries, expected n_samples = " + n);
    var predictions = m.predictions ? typedArray(m.predictions, Int16Array, "predictions") : null;
    ensure(!predictions || predictions.length === S * n, "predictions is not S × N");
    ensure(m.layers.length > 0 && S > 0 && m.methods.length > 0, "no layers, snapshots or methods");
    var L = m.layers.length;
    var cka = m.cka_layers ? typedArray(m.cka_layers, Float32Array, "cka_layers") : null;
    ensure(!cka || cka.length === S * L * L, "cka_layers is not S × L × L");
    /* optional keys (older bundles lack them) */
    return Object.assign({}, m, {
      labels: labels, predictions: predictions, metrics: m.metrics || [], probe_metrics: m.probe_metrics || [],
      alerts: m.alerts || [], cka_layers: cka, scores: m.scores || { keys: [], chunks: [] }
    });
  }

  function loadManifest() {
    if (!manifestPromise) {
      manifestPromise = loadScript(C.MANIFEST_PATH, C.MANIFEST_KEY).then(checkManifest);
    }
    return manifestPromise;
  }

  function checkChunk(c, path, manifest) {
    ensure(c.dims === 3, path + ": dims is " + c.dims + ", this viewer draws 3");
    ensure(c.n_samples === manifest.n_samples, path + ": n_samples differs from the manifest");
    ensure(c.n_snapshots === manifest.snapshots.length, path + ": n_snapshots differs from the manifest");
    var positions = typedArray(c.positions, Uint16Array, "positions");
    ensure(positions.length === c.n_snapshots * c.n_samples * c.dims, path + ": positions is not S × N × dims");
    return Object.assign({}, c, { positions: positions, path: path });
  }

  /* Chunk of (method, layer); loaded once, on first request. */
  function loadChunk(method, layerIndex) {
    return loadManifest().then(function (manifest) {
      var paths = manifest.chunks[method];
      if (!paths || !paths[layerIndex]) throw new Error("no chunk for method " + method + ", layer " + layerIndex);
      var path = paths[layerIndex];
      if (!chunkCache.has(path)) {
        var promise = loadScript(path, path).then(function (c) { return checkChunk(c, path, manifest); });
        promise.catch(function () { chunkCache.delete(path); }); /* allow a retry */
        chunkCache.set(path, promise);
      }
      return chunkCache.get(path);
    });
  }

  /* Per-sample scores of one layer: {key: Float32Array S × N, range: {key: [lo, hi]}}; NaN → SCORE_MISSING. */
  var scoresCache = new Map();
  function loadScores(layerIndex) {
    return loadManifest().then(function (manifest) {
      var path = manifest.scores.chunks[layerIndex];
      if (!path) throw new Error("no per-sample scores for layer " + layerIndex);
      if (!scoresCache.has(path)) {
        var promise = loadScript(path, path).then(function (c) {
          var out = { range: c.range || {} };
          manifest.scores.keys.forEach(function (k) {
            var values = typedArray(c[k.key], Float32Array, k.key);
            ensure(values.length === manifest.snapshots.length * manifest.n_samples, path + ": " + k.key + " is not S × N");
            for (var i = 0; i < values.length; i++) if (values[i] !== values[i]) values[i] = C.SCORE_MISSING;
            out[k.key] = values;
          });
          return out;
        });
        promise.catch(function () { scoresCache.delete(path); });
        scoresCache.set(path, promise);
      }
      return scoresCache.get(path);
    });
  }

  /* The per-sample chunk (losses, names, thumbnails), loaded once, when the tooltip or a search first needs it. */
  var samplesPromise = null;
  function loadSamples() {
    if (!samplesPromise) {
      samplesPromise = loadManifest().then(function (manifest) {
        if (!manifest.samples) return { losses: null, names: null, thumbnails: null };
        return loadScript(manifest.samples, manifest.samples).then(function (c) {
          var n = manifest.n_samples;
          var losses = c.losses ? typedArray(c.losses, Float32Array, "losses") : null;
          ensure(!losses || losses.length === manifest.snapshots.length * n, "losses is not S × N");
          var names = Array.isArray(c.names) && c.names.length === n ? c.names : null;
          var shape = c.thumbnail_shape, thumbs = null;
          if (shape && c.thumbnails instanceof Uint8Array &&
              c.thumbnails.length === n * shape[0] * shape[1] * shape[2]) thumbs = { shape: shape, bytes: c.thumbnails };
          /* a comparison's per-run losses (docs/compare.md), each S × N */
          var runLosses = Array.isArray(c.run_losses) ? c.run_losses.map(function (b, k) {
            var x = typedArray(b, Float32Array, "run_losses[" + k + "]");
            ensure(x.length === manifest.snapshots.length * n, "run_losses[" + k + "] is not S × N");
            return x;
          }) : null;
          return { losses: losses, names: names, thumbnails: thumbs, run_losses: runLosses };
        });
      });
      samplesPromise.catch(function () { samplesPromise = null; });
    }
    return samplesPromise;
  }

  L.data = { loadScript: loadScript, loadSamples: loadSamples, typedArray: typedArray, loadManifest: loadManifest, loadChunk: loadChunk,
             loadScores: loadScores };
})();
