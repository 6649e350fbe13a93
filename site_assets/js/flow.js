/* Latentris viewer: the flow-field overlay (docs/flow.md, docs/site-bundle.md "Flow chunk").
   Draws the field of the trajectory set in view as arrows or streamlines, coloured and faded by magnitude, in the
   same world frame as the points; lists the samples that move against the flow, colours them on request and marks
   one when picked. Classic script: window.Latentris.flow. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;
  var THREE = LatentrisVendor.THREE;

  var el = L.util.el;
  var MODES = C.FLOW_MODES, RAMP = C.FLOW_RAMP, MIN_SHOWN = C.FLOW_MIN_SHOWN, FADE_FLOOR = C.FLOW_FADE_FLOOR;
  var ARROW_LENGTH = C.FLOW_ARROW_LENGTH, HEAD = C.FLOW_ARROW_HEAD, STREAM_SEED_STRIDE = C.FLOW_STREAM_SEED_STRIDE;
  var STREAM_STEPS = C.FLOW_STREAM_STEPS, STREAM_STEP_CELLS = C.FLOW_STREAM_STEP_CELLS, LIST_MAX = C.FLOW_LIST_MAX;
  var MARKER_COLOR = C.FLOW_MARKER_COLOR;

  /* "#rrggbb" → [r, g, b] in [0, 1] */
  function hexRgb(hex) { return L.util.hexToRgb(hex).map(function (c) { return c / 255; }); }

  /* sRGB colour of magnitude share t in [0, 1], faded towards the background as t falls. */
  function rampColor(t, out) {
    var a = hexRgb(t < 0.5 ? RAMP[0] : RAMP[1]), b = hexRgb(t < 0.5 ? RAMP[1] : RAMP[2]);
    var u = t < 0.5 ? t * 2 : t * 2 - 1;
    var bg = hexRgb(C.BACKGROUND);
    var keep = FADE_FLOOR + (1 - FADE_FLOOR) * t;
    for (var k = 0; k < 3; k++) out[k] = bg[k] + ((a[k] + (b[k] - a[k]) * u) - bg[k]) * keep;
    return out;
  }

  /* A flow chunk with its byte strings decoded and checked. */
  function decodeChunk(c, path, manifest) {
    var dims = c.dims, grid = c.grid, k = c.n_fields;
    if (dims !== 2 && dims !== 3) throw new Error("invalid site data: " + path + ": dims is " + dims);
    var nodes = grid.reduce(function (a, b) { return a * b; }, 1);
    var vectors = L.data.typedArray(c.vectors, Float32Array, "vectors");
    if (vectors.length !== k * nodes * dims) throw new Error("invalid site data: " + path + ": vectors is not k × grid × dims");
    var n = manifest.n_samples;
    var errors = L.data.typedArray(c.errors, Float32Array, "errors");
    var alignment = L.data.typedArray(c.alignment, Float32Array, "alignment");
    if (errors.length !== n || alignment.length !== n) throw new Error("invalid site data: " + path + ": per-sample arrays are not N long");
    return Object.assign({}, c, {
      nodes: nodes, vectors: vectors, errors: errors, alignment: alignment,
      outliers: L.data.typedArray(c.outliers, Uint32Array, "outliers"),
      labels: c.labels ? new Uint8Array(c.labels) : null, path: path
    });
  }

  /* Loaded fields by path for each manifest, shared by every flow overlay of it (the side view's and the layer
     panels'): a data file is loaded once; a new manifest (live mode) starts afresh. */
  var fieldCaches = new WeakMap();

  /* view: a renderer (the overlay is added with view.addOverlay); panel: an element to build the controls in, or
     null (a layer panel's overlay, driven by the side panel's). */
  function createFlow(view, manifest, panel, handlers) {
    handlers = handlers || {};
    var info = manifest.flow || null;
    if (!fieldCaches.has(manifest)) fieldCaches.set(manifest, new Map());
    var cache = fieldCaches.get(manifest);
    var mode = "off";
    var current = { method: null, layer: 0, snapshot: 0, data: null, field: null };
    var group = null;  /* the overlay's own group in the view's scene */
    var marker = null;
    var picked = -1;
    var request = 0;
    /* The field follows the data set in view (setChunk, setSnapshot), not the frame the renderer animates. */
    var overlay = view.addOverlay({
      attach: function (g) { group = g; },
      update: function () { /* nothing follows the renderer's frame: the field is the loaded set's */ },
      detach: function () { clear(); }
    });

    function load(method, index) {
      var paths = info && info.chunks[method];
      if (!paths || !paths[index]) return Promise.resolve(null);
      var path = paths[index];
      if (!cache.has(path)) {
        var p = L.data.loadScript(path, path).then(function (c) { return decodeChunk(c, path, manifest); });
        p.catch(function () { cache.delete(path); });
        cache.set(path, p);
      }
      return cache.get(path);
    }

    /* The trajectory set behind the current view: per layer along epochs, per snapshot along layers. */
    function setIndex() {
      if (!info) return null;
      return info.axis === "layers" ? Math.round(current.snapshot) : current.layer;
    }

    /* data chunk → world: the renderer's frame (centre of the box, longest side = WORLD_SIZE). */
    function frame() {
      var lo = current.data.bbox_min, hi = current.data.bbox_max;
      var extent = Math.max(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
      return { centre: [0, 1, 2].map(function (a) { return 0.5 * (lo[a] + hi[a]); }),
               scale: extent > 0 ? C.WORLD_SIZE / extent : 1 };
    }

    function clear() {
      group.children.slice().forEach(function (child) {
        group.remove(child);
        child.geometry.dispose();
        child.material.dispose();
      });
    }

    function nodePosition(f, idx, out) {
      var rest = idx;
      for (var a = f.dims - 1; a >= 0; a--) {
        var i = rest % f.grid[a];
        rest = (rest - i) / f.grid[a];
        out[a] = f.bbox_min[a] + (f.grid[a] > 1 ? i / (f.grid[a] - 1) : 0) * (f.bbox_max[a] - f.bbox_min[a]);
      }
      if (f.dims === 2) out[2] = 0.5 * (current.data.bbox_min[2] + current.data.bbox_max[2]);
      return out;
    }

    /* Field `field` at a data-space point (multilinear, clamped to the box); writes dims components into out. */
    function sample(f, field, p, out) {
      var base = field * f.nodes * f.dims, idx = [], frac = [];
      for (var a = 0; a < f.dims; a++) {
        var span = f.bbox_max[a] - f.bbox_min[a];
        var g = span > 0 ? (p[a] - f.bbox_min[a]) / span * (f.grid[a] - 1) : 0;
        g = Math.min(Math.max(g, 0), f.grid[a] - 1);
        var i = Math.min(Math.floor(g), f.grid[a] - 2);
        idx.push(i);
        frac.push(g - i);
      }
      out[0] = out[1] = out[2] = 0;
      for (var corner = 0; corner < (1 << f.dims); corner++) {
        var w = 1, flat = 0;
        for (var b = 0; b < f.dims; b++) {
          var bit = (corner >> b) & 1;
          w *= bit ? frac[b] : 1 - frac[b];
          flat = flat * f.grid[b] + idx[b] + bit;
        }
        for (var c = 0; c < f.dims; c++) out[c] += w * f.vectors[base + flat * f.dims + c];
      }
      return out;
    }

    /* The smallest grid cell in world units. */
    function cellWorld(f, fr) {
      var cell = Infinity;
      for (var a = 0; a < f.dims; a++) {
        cell = Math.min(cell, (f.bbox_max[a] - f.bbox_min[a]) / Math.max(f.grid[a] - 1, 1) * fr.scale);
      }
      return cell;
    }

    function pushSegment(pos, col, a, b, rgb) {
      pos.push(a[0], a[1], a[2], b[0], b[1], b[2]);
      col.push(rgb[0], rgb[1], rgb[2], rgb[0], rgb[1], rgb[2]);
    }

    function toWorld(fr, p) {
      return [(p[0] - fr.centre[0]) * fr.scale, (p[1] - fr.centre[1]) * fr.scale, (p[2] - fr.centre[2]) * fr.scale];
    }

    function buildArrows(f, fr, pos, col) {
      var max = f.max_magnitude, length = ARROW_LENGTH * cellWorld(f, fr), p = [0, 0, 0], rgb = [0, 0, 0];
      for (var field = 0; field < f.n_fields; field++) {
        for (var i = 0; i < f.nodes; i++) {
          var off = (field * f.nodes + i) * f.dims;
          var v = [f.vectors[off], f.vectors[off + 1], f.dims === 3 ? f.vectors[off + 2] : 0];
          var m = Math.hypot(v[0], v[1], v[2]);
          if (!(m > MIN_SHOWN * max)) continue;
          var t = m / max, s = (length * t) / m;
          var from = toWorld(fr, nodePosition(f, i, p));
          var d = [v[0] * s, v[1] * s, v[2] * s];
          var tip = [from[0] + d[0], from[1] + d[1], from[2] + d[2]];
          rampColor(t, rgb);
          pushSegment(pos, col, from, tip, rgb);
          /* head: two barbs in the plane of the arrow and a perpendicular */
          var side = Math.abs(d[2]) < 0.9 * Math.hypot(d[0], d[1], d[2]) ? [-d[1], d[0], 0] : [0, -d[2], d[1]];
          var sl = Math.hypot(side[0], side[1], side[2]) || 1;
          for (var sign = -1; sign <= 1; sign += 2) {
            var barb = [0, 1, 2].map(function (a) {
              return tip[a] - HEAD * d[a] + sign * 0.5 * HEAD * side[a] * (Math.hypot(d[0], d[1], d[2]) / sl);
            });
            pushSegment(pos, col, tip, barb, rgb);
          }
        }
      }
    }

    function buildStreamlines(f, fr, pos, col) {
      var max = f.max_magnitude, p = [0, 0, 0], v = [0, 0, 0], mid = [0, 0, 0], rgb = [0, 0, 0];
      var step = STREAM_STEP_CELLS * cellWorld(f, fr) / fr.scale / max;  /* data-time per step at top speed */
      for (var field = 0; field < f.n_fields; field++) {
        for (var i = 0; i < f.nodes; i++) {
          var rest = i, seed = true;
          for (var a = f.dims - 1; a >= 0; a--) {
            var ia = rest % f.grid[a];
            rest = (rest - ia) / f.grid[a];
            if (ia % STREAM_SEED_STRIDE !== 0) seed = false;
          }
          if (!seed) continue;
          nodePosition(f, i, p);
          for (var s = 0; s < STREAM_STEPS; s++) {
            sample(f, field, p, v);
            var m = Math.hypot(v[0], v[1], v[2]);
            if (!(m > MIN_SHOWN * max)) break;
            /* midpoint (RK2) step */
            var half = [p[0] + 0.5 * step * v[0], p[1] + 0.5 * step * v[1], p[2] + 0.5 * step * v[2]];
            sample(f, field, half, mid);
            var next = [p[0] + step * mid[0], p[1] + step * mid[1], p[2] + step * mid[2]];
            rampColor(Math.min(m / max, 1), rgb);
            pushSegment(pos, col, toWorld(fr, p), toWorld(fr, next), rgb);
            p = next;
          }
        }
      }
    }

    function redraw() {
      clear();
      var f = current.field;
      if (mode !== "off" && f && current.data && f.max_magnitude > 0) {
        var fr = frame(), pos = [], col = [];
        if (mode === "arrows") buildArrows(f, fr, pos, col); else buildStreamlines(f, fr, pos, col);
        var geometry = new THREE.BufferGeometry();
        geometry.setAttribute("position", new THREE.Float32BufferAttribute(pos, 3));
        var linear = new Float32Array(col.length), tmp = new THREE.Color();
        for (var i = 0; i < col.length; i += 3) {
          tmp.setRGB(col[i], col[i + 1], col[i + 2], THREE.SRGBColorSpace);
          linear[i] = tmp.r; linear[i + 1] = tmp.g; linear[i + 2] = tmp.b;
        }
        geometry.setAttribute("color", new THREE.BufferAttribute(linear, 3));
        var lines = new THREE.LineSegments(geometry, new THREE.LineBasicMaterial({ vertexColors: true }));
        lines.name = "flow-" + mode;
        group.add(lines);
      }
      drawMarker();
      ui.update();
      overlay.requestRender();
    }

    /* A ring of segments around the picked sample at the nearest snapshot. */
    function drawMarker() {
      if (picked < 0 || !current.data) return;
      var d = current.data, s = Math.min(Math.round(current.snapshot), d.n_snapshots - 1);
      var q = d.positions, off = (s * d.n_samples + picked) * 3, p = [];
      for (var a = 0; a < 3; a++) p.push(d.bbox_min[a] + q[off + a] / C.QUANT_MAX * (d.bbox_max[a] - d.bbox_min[a]));
      var fr = frame(), centre = toWorld(fr, p), r = C.FLOW_MARKER_RADIUS * C.WORLD_SIZE, pos = [], col = [], rgb = hexRgb(MARKER_COLOR);
      for (var k = 0, K = C.FLOW_MARKER_SEGMENTS; k < K; k++) {
        var a0 = (k / K) * 2 * Math.PI, a1 = ((k + 1) / K) * 2 * Math.PI;
        pushSegment(pos, col, [centre[0] + r * Math.cos(a0), centre[1] + r * Math.sin(a0), centre[2]],
          [centre[0] + r * Math.cos(a1), centre[1] + r * Math.sin(a1), centre[2]], rgb);
        pushSegment(pos, col, [centre[0], centre[1] + r * Math.cos(a0), centre[2] + r * Math.sin(a0)],
          [centre[0], centre[1] + r * Math.cos(a1), centre[2] + r * Math.sin(a1)], rgb);
      }
      var geometry = new THREE.BufferGeometry();
      geometry.setAttribute("position", new THREE.Float32BufferAttribute(pos, 3));
      marker = new THREE.LineSegments(geometry, new THREE.LineBasicMaterial({ color: new THREE.Color(MARKER_COLOR) }));
      marker.name = "flow-marker";
      group.add(marker);
    }

    /* Load the field for the current view (if its set changed) and draw it. */
    function refresh() {
      var mine = ++request;
      var index = setIndex();
      if (index === null || !current.method) { current.field = null; redraw(); return Promise.resolve(); }
      return load(current.method, index).then(function (f) {
        if (mine !== request) return;
        current.field = f;
        redraw();
      });
    }

    /* ---------------------------------------------------------------- panel */
    var ui = (function () {
      var select = null, summary = null, list = null;
      if (!panel) return { update: function () {} };
      if (!info) {
        panel.appendChild(el("div", "metric-empty", "no flow fields in this site"));
        return { update: function () {} };
      }
      select = el("select");
      select.id = "flow-select";
      select.setAttribute("aria-label", "flow field");
      MODES.forEach(function (m) {
        var o = el("option", null, m);
        o.value = m;
        select.appendChild(o);
      });
      select.title = "Draw the flow field of this view (where samples go next; docs/flow.md): arrows or streamlines, " +
        "brighter = faster";
      select.addEventListener("change", function () { setMode(select.value); });
      summary = el("div", "flow-summary");
      summary.id = "flow-summary";
      list = el("div", "flow-outliers");
      list.id = "flow-outliers";
      panel.append(select, summary, list);

      function update() {
        select.value = mode;
        var f = current.field;
        summary.textContent = "";
        list.textContent = "";
        if (!f) return;
        summary.textContent = f.outliers.length + " outlier" + (f.outliers.length === 1 ? "" : "s") +
          " not following the flow · λ " + info.params.smoothing + " · grid " + f.grid.join("×");
        Array.prototype.slice.call(f.outliers, 0, LIST_MAX).forEach(function (i) {
          var item = el("button", "flow-outlier");
          item.type = "button";
          item.dataset.sample = String(i);
          item.setAttribute("aria-pressed", String(i === picked));
          item.textContent = "sample " + i + " · error " + f.errors[i].toPrecision(2) + " · alignment " +
            f.alignment[i].toFixed(2);
          item.addEventListener("click", function () { pick(i === picked ? -1 : i); });
          list.appendChild(item);
        });
      }
      return { update: update };
    })();

    function setMode(m) {
      if (MODES.indexOf(m) < 0) m = "off";
      mode = m;
      if (handlers.onMode) handlers.onMode(m);
      redraw();
    }

    function pick(i) {
      picked = i;
      if (handlers.onPick) handlers.onPick(i);
      redraw();
    }

    /* Colouring for the renderer: outliers in the bright "wrong" colour, the others grey (mode 2 of the shader:
       0 → WRONG_COLOR, −1 → UNKNOWN_COLOR), the same at every snapshot. */
    function outlierColoring() {
      var index = setIndex();
      if (index === null) return Promise.resolve(null);
      return load(current.method, index).then(function (f) {
        if (!f) return null;
        var n = manifest.n_samples, S = manifest.snapshots.length, values = new Float32Array(S * n).fill(-1);
        for (var s = 0; s < S; s++) for (var j = 0; j < f.outliers.length; j++) values[s * n + f.outliers[j]] = 0;
        return { values: values, mode: 2 };
      });
    }

    return {
      available: !!info,
      setChunk: function (method, layer, data) {
        current.method = method;
        current.layer = layer;
        current.data = data;
        if (picked >= 0 && data && picked >= data.n_samples) picked = -1;
        return refresh();
      },
      setSnapshot: function (f) {
        var before = setIndex();
        current.snapshot = f;
        if (setIndex() !== before) return refresh();
        if (picked >= 0) redraw();
        return Promise.resolve();
      },
      setMode: setMode,
      mode: function () { return mode; },
      pick: pick,
      picked: function () { return picked; },
      field: function () { return current.field; },
      outlierColoring: outlierColoring,
      segments: function () {
        return group.children.reduce(function (n, c) { return n + c.geometry.getAttribute("position").count / 2; }, 0);
      },
      /* Take the overlay out of the view for good (live mode replaces this object when a new manifest arrives). */
      destroy: function () {
        request += 1;  /* a chunk still loading draws nothing */
        overlay.remove();
      }
    };
  }

  L.flow = { createFlow: createFlow, MODES: MODES, decodeChunk: decodeChunk };
})();
