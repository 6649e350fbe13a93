/* Latentris viewer: loading the data files of a site bundle (docs/site-bundle.md).
   A data file is a classic script calling latentrisReceive(key, text[, "b85"]): the msgpack of its payload as
   base85 text (the position blocks) or base64 (every other file). fetch() is not allowed on file://, a <script src>
   is. This module owns that receiver: live mode polls the manifest through it too (pollManifest). */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;
  var decode = LatentrisVendor.msgpackDecode;

  var pending = new Map();  /* key -> {resolve, reject} */
  var chunkCache = new Map(); /* [method, layer] as JSON -> Promise<chunk> */
  var manifestPromise = null;
  var revision = null;  /* live mode: data files are read as path?v=revision after reset(revision) */

  var BASE85 = new Uint8Array(128).fill(255);
  for (var d = 0; d < C.BASE85_ALPHABET.length; d++) BASE85[C.BASE85_ALPHABET.charCodeAt(d)] = d;

  /* Inverse of latentris_lightning/site/bundle.py encode_base85: 5 digits per 4 bytes, most significant first; a final
     group of r + 1 digits holds r bytes (padded with the highest digit). */
  function base85ToBytes(text) {
    var n = text.length, rest = n % 5, full = n - rest;
    if (rest === 1) throw new Error("base85 text of length " + n + " cannot be decoded");
    var out = new Uint8Array((full / 5) * 4 + (rest ? rest - 1 : 0));
    function group(chars, at) {
      var v = 0;
      for (var k = 0; k < 5; k++) {
        var c = chars.charCodeAt(at + k), digit = c < 128 ? BASE85[c] : 255;
        if (digit === 255) throw new Error("character " + JSON.stringify(chars[at + k]) + " is not a base85 digit");
        v = v * 85 + digit;
      }
      if (v > 0xffffffff) throw new Error("base85 group out of range");
      return v;
    }
    var o = 0;
    for (var i = 0; i < full; i += 5) {
      var v = group(text, i);
      out[o] = v >>> 24; out[o + 1] = (v >>> 16) & 255; out[o + 2] = (v >>> 8) & 255; out[o + 3] = v & 255;
      o += 4;
    }
    if (rest) {
      var last = group(text.slice(full) + C.BASE85_ALPHABET[84].repeat(5 - rest), 0);
      for (var b = 0; b < rest - 1; b++) out[o + b] = (last >>> (24 - 8 * b)) & 255;
    }
    return out;
  }

  /* Called by every data file: latentrisReceive(key, text[, "b85"]); text is base64 unless marked base85. */
  window.latentrisReceive = function (key, text, encoding) {
    var waiter = pending.get(key);
    if (!waiter) {
      console.warn("Latentris: ignoring unexpected data key " + JSON.stringify(key));
      return;
    }
    pending.delete(key);
    try {
      waiter.resolve(decode(encoding === "b85" ? base85ToBytes(text) : L.util.base64ToBytes(text)));
    } catch (err) {
      waiter.reject(new Error("could not decode " + key + ": " + err.message));
    }
  };

  /* An error for a load given up because newer data replaced what it was for (live mode's reset). */
  function superseded(path) {
    var err = new Error(path + " is no longer needed: newer data arrived");
    err.superseded = true;
    return err;
  }

  /* Insert <script src=path> and resolve with the decoded payload delivered under `key`. query (optional) replaces
     the ?v=revision query (live mode's polls). */
  function loadScript(path, key, query) {
    if (key === undefined) key = path;
    if (pending.has(key)) return Promise.reject(new Error("already loading " + key));
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      var entry = {
        resolve: function (value) { script.remove(); resolve(value); },
        reject: function (err) { script.remove(); reject(err); }
      };
      /* Only this load's own entry may fail: a newer load of the same key may be waiting by now. */
      function fail(err) {
        if (pending.get(key) !== entry) return;
        pending.delete(key);
        entry.reject(err);
      }
      entry.cancel = function () { fail(superseded(path)); };
      pending.set(key, entry);
      script.onerror = function () { fail(mismatch("could not load " + path + " (missing file?)")); };
      /* The script ran; if it delivered, the key is gone already. */
      script.onload = function () { fail(new Error(path + " loaded but did not deliver " + JSON.stringify(key))); };
      if (query) script.src = path + "?" + query;
      else script.src = revision === null ? path : path + "?v=" + encodeURIComponent(String(revision));
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

  /* Data that disagrees with the manifest (or is missing) is broken in a finished site, but in a live one it may be
     a newer export's, landed after this page read the manifest: `mismatch` lets the viewer tell (main.js). */
  function mismatch(message) {
    var err = new Error(message);
    err.mismatch = true;
    return err;
  }

  function ensure(condition, message) {
    if (!condition) throw mismatch("invalid site data: " + message);
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
    ensure(C.POSITION_BITS.indexOf(m.position_bits) >= 0, "position_bits is " + m.position_bits);
    ensure(m.snapshots_per_block >= 1, "snapshots_per_block is " + m.snapshots_per_block);
    var blocks = Math.ceil(S / m.snapshots_per_block);
    m.methods.forEach(function (method) {
      var perLayer = m.chunks[method.name];
      ensure(Array.isArray(perLayer) && perLayer.length === L, "chunks of " + method.name + " are not one list per layer");
      perLayer.forEach(function (paths, i) {
        ensure(Array.isArray(paths) && paths.length === blocks,
          "chunks of " + method.name + ", layer " + i + " are not " + blocks + " blocks");
      });
    });
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

  /* Widen 12-bit values (two per 3 bytes, docs/site-bundle.md) to 16 bits: v → v·16 + v/256, so 4095 → 65535. */
  function unpack12(bytes, out, offset, count) {
    var end = offset + count, o = offset;
    for (var j = 0; o < end; j += 3) {
      var b1 = bytes[j + 1], v0 = bytes[j] | ((b1 & 15) << 8), v1 = (b1 >> 4) | (bytes[j + 2] << 4);
      out[o++] = (v0 << 4) | (v0 >> 8);
      if (o < end) out[o++] = (v1 << 4) | (v1 >> 8);
    }
  }

  /* Check one position block against the manifest and the block index it was asked for. */
  function checkBlock(c, path, manifest, block) {
    var S = manifest.snapshots.length, k = manifest.snapshots_per_block;
    ensure(c.dims === 3, path + ": dims is " + c.dims + ", this viewer draws 3");
    ensure(c.n_samples === manifest.n_samples, path + ": n_samples differs from the manifest");
    ensure(c.n_snapshots === S, path + ": n_snapshots differs from the manifest");
    ensure(c.bits === manifest.position_bits, path + ": bits differs from the manifest's position_bits");
    ensure(c.snapshot_start === block * k && c.snapshot_count === Math.min(k, S - block * k),
      path + ": holds snapshots " + c.snapshot_start + "+" + c.snapshot_count + ", expected block " + block);
    var values = c.snapshot_count * c.n_samples * 3;
    var bytes = c.bits === 16 ? values * 2 : Math.ceil(values / 2) * 3;
    ensure(c.positions instanceof Uint8Array && c.positions.length === bytes,
      path + ": positions is not " + bytes + " bytes");
    ensure(!c.invalid || c.invalid.length === c.snapshot_count * c.n_samples, path + ": invalid is not count × N");
    return c;
  }

  /* The chunk of one (method, layer): all snapshots' positions in one Uint16Array (S × N × 3, 0..QUANT_MAX), filled
     block by block. A snapshot whose block has not arrived holds the nearest arrived one (earlier if any), so
     everything reading positions always sees a drawable frame; ready[s] says which are real. onBlock(fn) is called
     after each later block (returns an unsubscribe); complete resolves when every block is in. */
  function createChunk(first, method, layerIndex, paths) {
    var S = first.n_snapshots, n = first.n_samples, size = n * 3, listeners = [];
    var chunk = {
      method: method, layer: layerIndex, path: paths[0], n_snapshots: S, n_samples: n, dims: 3,
      bbox_min: first.bbox_min, bbox_max: first.bbox_max, bits: first.bits,
      positions: new Uint16Array(S * size), ready: new Uint8Array(S), invalid: null, complete: null,
      onBlock: function (fn) {
        listeners.push(fn);
        return function () { var at = listeners.indexOf(fn); if (at >= 0) listeners.splice(at, 1); };
      }
    };
    var source = new Int32Array(S).fill(-1);  /* which snapshot a held one copies */
    chunk.add = function (c) {
      var start = c.snapshot_start, count = c.snapshot_count;
      ensure(c.bbox_min.join() === chunk.bbox_min.join() && c.bbox_max.join() === chunk.bbox_max.join(),
        "blocks of " + method + ", layer " + layerIndex + " disagree on the bounding box");
      if (c.bits === 16) chunk.positions.set(typedArray(c.positions, Uint16Array, "positions"), start * size);
      else unpack12(c.positions, chunk.positions, start * size, count * size);
      if (c.invalid) {
        if (!chunk.invalid) chunk.invalid = new Uint8Array(S * n);
        chunk.invalid.set(c.invalid, start * n);
      }
      for (var s = start; s < start + count; s++) { chunk.ready[s] = 1; source[s] = s; }
      var before = -1, after = -1;
      for (s = 0; s < S; s++) if (chunk.ready[s]) { after = s; break; }
      for (s = 0; s < S; s++) {
        if (chunk.ready[s]) { before = s; continue; }
        var from = before >= 0 ? before : after;
        if (source[s] !== from) {
          chunk.positions.copyWithin(s * size, from * size, (from + 1) * size);
          source[s] = from;
        }
      }
      listeners.slice().forEach(function (fn) { fn(chunk); });
    };
    return chunk;
  }

  function loadBlock(paths, block, manifest) {
    return loadScript(paths[block], paths[block]).then(function (c) { return checkBlock(c, paths[block], manifest, block); });
  }

  /* Chunk of (method, layer); resolves once the block holding `snapshot` (default 0) is in, the rest following in
     the background, one block at a time. Loaded once, on first request. */
  function loadChunk(method, layerIndex, snapshot) {
    return loadManifest().then(function (manifest) {
      var perLayer = manifest.chunks[method];
      if (!perLayer || !perLayer[layerIndex]) throw new Error("no chunk for method " + method + ", layer " + layerIndex);
      var paths = perLayer[layerIndex], key = JSON.stringify([method, layerIndex]);
      if (!chunkCache.has(key)) {
        var S = manifest.snapshots.length, k = manifest.snapshots_per_block;
        var firstBlock = Math.floor(Math.min(Math.max(Math.round(snapshot || 0), 0), S - 1) / k);
        var promise = loadBlock(paths, firstBlock, manifest).then(function (first) {
          var chunk = createChunk(first, method, layerIndex, paths);
          chunk.add(first);
          var order = [];
          for (var b = firstBlock + 1; b < paths.length; b++) order.push(b);
          for (b = 0; b < firstBlock; b++) order.push(b);
          var failures = [];
          chunk.complete = order.reduce(function (previous, block) {
            return previous.then(function () {
              if (failures.length && failures[0].superseded) return null;  /* this chunk was replaced: stop */
              return loadBlock(paths, block, manifest).then(chunk.add).catch(function (err) { failures.push(err); });
            });
          }, Promise.resolve()).then(function () {
            if (failures.length) throw failures[0];
            return chunk;
          });
          chunk.complete.catch(function (err) {  /* the blocks that did arrive are shown; the missing ones hold */
            if (err.superseded) return;
            console.error("Latentris: " + err.message + " (its snapshots of " + method + ", layer " + layerIndex +
              " show the nearest earlier one that loaded)");
          });
          return chunk;
        });
        promise.catch(function () { chunkCache.delete(key); }); /* allow a retry */
        chunkCache.set(key, promise);
      }
      return chunkCache.get(key);
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
            for (var i = 0; i < values.length; i++) if (Number.isNaN(values[i])) values[i] = C.SCORE_MISSING;
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
        if (!manifest.samples) return { losses: null, names: null, indices: null, thumbnails: null };
        return loadScript(manifest.samples, manifest.samples).then(function (c) {
          var n = manifest.n_samples;
          var losses = c.losses ? typedArray(c.losses, Float32Array, "losses") : null;
          ensure(!losses || losses.length === manifest.snapshots.length * n, "losses is not S × N");
          var names = Array.isArray(c.names) && c.names.length === n ? c.names : null;
          var indices = c.indices instanceof Uint8Array && c.indices.length === n * 8 ?
            Array.from(typedArray(c.indices, BigInt64Array, "indices"), Number) : null;  /* dataset positions */
          var shape = c.thumbnail_shape, thumbs = null;
          if (shape && c.thumbnails instanceof Uint8Array &&
              c.thumbnails.length === n * shape[0] * shape[1] * shape[2]) thumbs = { shape: shape, bytes: c.thumbnails };
          /* a comparison's per-run losses (docs/compare.md), each S × N */
          var runLosses = Array.isArray(c.run_losses) ? c.run_losses.map(function (b, k) {
            var x = typedArray(b, Float32Array, "run_losses[" + k + "]");
            ensure(x.length === manifest.snapshots.length * n, "run_losses[" + k + "] is not S × N");
            return x;
          }) : null;
          return { losses: losses, names: names, indices: indices, thumbnails: thumbs, run_losses: runLosses };
        });
      });
      samplesPromise.catch(function () { samplesPromise = null; });
    }
    return samplesPromise;
  }

  /* Live mode (live.js): one fresh look at data/manifest.js (the query `live=poll` defeats caches); resolves with
     the decoded manifest as written (unchecked: reset takes it), or null when it could not be read now (a file being
     replaced, a server restarting). */
  function pollManifest(poll) {
    return loadScript(C.MANIFEST_PATH, C.MANIFEST_KEY, "live=" + poll).catch(function () { return null; });
  }

  /* Live mode (live.js, live-update.js): forget every loaded data file; later loads read path?v=next, so no
     cache hands back an older file. `manifest` (optional) is the decoded manifest already read, used as is. */
  function reset(next, manifest) {
    revision = next;
    Array.from(pending.values()).forEach(function (entry) { entry.cancel(); });  /* blocks of the old data */
    chunkCache.clear();
    scoresCache.clear();
    samplesPromise = null;
    manifestPromise = manifest ? Promise.resolve(manifest).then(checkManifest) : null;
  }

  L.data = { loadScript: loadScript, loadSamples: loadSamples, typedArray: typedArray, loadManifest: loadManifest, loadChunk: loadChunk,
             loadScores: loadScores, reset: reset, pollManifest: pollManifest };
})();
