/* Latentris viewer: the data map (dataset cartography): each probe sample at (variability, confidence) of its
   true-class probability over training, coloured like the 3D view, with the regions named (easy to learn,
   ambiguous, hard to learn; thresholds in constants.js and docs/dynamics.md). One 2D canvas drawn in one pass over
   typed arrays. Linked through the store: hover rings the sample in every 3D view and back, a click pins, a drag
   selects a box (alt-drag: a lasso) that dims the rest everywhere. Classic script: window.Latentris.datamap. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;
  var el = L.util.el;

  /* The region of a (confidence, variability) point. */
  function region(confidence, variability) {
    if (variability >= C.DATAMAP_AMBIGUOUS_VARIABILITY) return "ambiguous";
    return confidence >= C.DATAMAP_EASY_CONFIDENCE ? "easy to learn" : "hard to learn";
  }

  /* 0xAABBGGRR (ImageData's byte order on little-endian machines) of [r, g, b] */
  function packed(rgb) { return (255 << 24 | rgb[2] << 16 | rgb[1] << 8 | rgb[0]) >>> 0; }
  function mixRgb(a, b, t) { return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]; }

  /* ctx: {store, manifest(), tooltip, selection, onPin(i), coloring() (the 3D view's colouring of the current
     layer: a promise of null | {values, mode, range}), ranks(), showError(err)}; dyn: L.dynamics.load's result
     with confidence and variability. Returns {node, destroy(), ...test handles}. */
  function create(ctx, dyn, box) {
    var store = ctx.store, manifest = ctx.manifest(), n = manifest.n_samples;
    var conf = dyn.values.confidence, vari = dyn.values.variability;
    var canvas = el("canvas", "datamap-canvas");
    canvas.id = "datamap-canvas";
    canvas.setAttribute("aria-label", "data map: confidence against variability of every probe sample");
    var caption = el("div", { id: "datamap-caption", class: "datamap-caption" });
    var note = el("div", { class: "datamap-note", text: "drag: box select · alt-drag: lasso · click: pin" });
    box.append(canvas, caption, note);

    var x = new Float32Array(n), y = new Float32Array(n);  /* CSS px in the canvas, NaN when not plotted */
    var colors = new Uint32Array(n);
    var coloringData = null, coloredSnapshot = -1, colorRequest = 0;
    var cells = null, cellStart = null, gridW = 0, gridH = 0;  /* pick grid (counting sort of samples by cell) */
    var width = 0, height = 0, frame = 0, dragPath = null, destroyed = false;
    var points = null, pointsDpr = 0;  /* ImageData of the points, kept while they do not change */
    var rgb = {
      palette: C.PALETTE.map(L.util.hexToRgb), ramp: C.SCORE_RAMP.map(L.util.hexToRgb),
      correct: L.util.hexToRgb(C.CORRECT_COLOR), wrong: L.util.hexToRgb(C.WRONG_COLOR),
      unknown: L.util.hexToRgb(C.UNKNOWN_COLOR), bg: L.util.hexToRgb(C.BACKGROUND)
    };

    function plotBox() {
      var m = C.DATAMAP_MARGIN;
      return { left: m.left, top: m.top, w: Math.max(width - m.left - m.right, 1), h: Math.max(height - m.top - m.bottom, 1) };
    }
    function toX(v, p) { return p.left + (v / C.DATAMAP_MAX_VARIABILITY) * p.w; }
    function toY(c, p) { return p.top + (1 - c) * p.h; }

    /* positions and the pick grid, after a resize */
    function layout() {
      width = canvas.clientWidth;
      height = C.DATAMAP_HEIGHT_PX;
      var p = plotBox(), cell = C.PICK_CELL_PX;
      gridW = Math.max(Math.ceil(width / cell), 1);
      gridH = Math.max(Math.ceil(height / cell), 1);
      var count = new Int32Array(gridW * gridH + 1), cellOf = new Int32Array(n);
      for (var i = 0; i < n; i++) {
        if (!Number.isFinite(conf[i]) || !Number.isFinite(vari[i])) { x[i] = NaN; y[i] = NaN; cellOf[i] = -1; continue; }
        x[i] = toX(Math.min(Math.max(vari[i], 0), C.DATAMAP_MAX_VARIABILITY), p);
        y[i] = toY(Math.min(Math.max(conf[i], 0), 1), p);
        var c = Math.min(Math.floor(y[i] / cell), gridH - 1) * gridW + Math.min(Math.floor(x[i] / cell), gridW - 1);
        cellOf[i] = c;
        count[c + 1]++;
      }
      for (var k = 1; k < count.length; k++) count[k] += count[k - 1];
      cellStart = count.slice();
      cells = new Int32Array(count[count.length - 1]);
      for (i = 0; i < n; i++) if (cellOf[i] >= 0) cells[count[cellOf[i]]++] = i;
    }

    /* each sample's colour as the 3D view draws it, at the nearest snapshot */
    function recolor() {
      var c = coloringData, labels = manifest.labels, S = manifest.snapshots.length;
      var s = L.state.nearestSnapshot(store.get(), manifest);
      var off = c && c.values.length === S * n ? s * n : 0;
      var classColors = rgb.palette.map(packed), ramp = [];
      for (var k = 0; k <= 64; k++) {
        var t = k / 64;
        ramp.push(packed(t < 0.5 ? mixRgb(rgb.ramp[0], rgb.ramp[1], t * 2) : mixRgb(rgb.ramp[1], rgb.ramp[2], t * 2 - 1)));
      }
      var lo = c && c.range ? c.range[0] : 0, span = c && c.range ? Math.max(c.range[1] - c.range[0], 1e-12) : 1;
      var correct = packed(rgb.correct), wrong = packed(rgb.wrong), unknown = packed(rgb.unknown);
      for (var i = 0; i < n; i++) {
        if (!c) { colors[i] = classColors[labels[i] % classColors.length]; continue; }
        var v = c.values[off + i];
        if (c.mode === 2) colors[i] = v > 0.5 ? correct : (v > -0.5 ? wrong : unknown);
        else if (!(v > -1e29)) colors[i] = unknown;
        else colors[i] = ramp[Math.round(Math.min(Math.max((v - lo) / span, 0), 1) * 64)];
      }
      coloredSnapshot = c && c.values.length === S * n ? s : -1;
    }

    function showColoring() {
      var request = ++colorRequest;
      return ctx.coloring().then(function (c) {
        if (request !== colorRequest || destroyed) return;
        coloringData = c && c.values && (c.values.length === n || c.values.length === manifest.snapshots.length * n) ? c : null;
        recolor();
        invalidate();
      }).catch(ctx.showError);
    }

    /* drawn: not in a hidden class, in the shown subset (as in the 3D views) */
    function shownTest() {
      var state = store.get(), ranks = ctx.ranks(), fraction = state.shown / n, hidden = state.hiddenClasses;
      var labels = manifest.labels;
      return function (i) {
        return Number.isFinite(x[i]) && !hidden.has(labels[i]) && (fraction >= 1 || !ranks || ranks[i] < fraction);
      };
    }

    function requestDraw() {
      if (frame || destroyed) return;
      frame = requestAnimationFrame(function () { frame = 0; draw(); });
    }

    /* the points change (colour, selection, shown samples): drawn again on the next frame; hover, pins and the
       drag outline only redraw the marks over the kept image */
    function invalidate() { points = null; requestDraw(); }

    function draw() {
      if (destroyed) return;
      var dpr = window.devicePixelRatio || 1;
      if (canvas.clientWidth !== width || !cells || dpr !== pointsDpr) { layout(); points = null; }
      var W = Math.round(width * dpr), H = Math.round(height * dpr);
      if (canvas.width !== W || canvas.height !== H) { canvas.width = W; canvas.height = H; }
      canvas.style.height = height + "px";
      var g = canvas.getContext("2d");
      if (!points) { points = drawPoints(g, W, H, dpr); pointsDpr = dpr; }
      g.putImageData(points, 0, 0);
      var state = store.get();
      g.save();
      g.scale(dpr, dpr);
      drawFrame(g);
      state.pinned.forEach(function (j) { ring(g, j, C.PIN_COLOR); });
      if (state.hover >= 0) ring(g, state.hover, C.HOVER_COLOR);
      if (dragPath && dragPath.points.length > 1) {
        g.strokeStyle = C.SELECTION_STROKE;
        g.setLineDash([4, 3]);
        g.beginPath();
        outline().forEach(function (q, k) { if (k) g.lineTo(q[0], q[1]); else g.moveTo(q[0], q[1]); });
        g.closePath();
        g.stroke();
      }
      g.restore();
    }

    /* every shown sample as a square of its colour, in one pass over the typed arrays */
    function drawPoints(g, W, H, dpr) {
      var img = g.createImageData(W, H), buf = new Uint32Array(img.data.buffer);
      buf.fill(packed(rgb.bg));
      var state = store.get(), shown = shownTest(), selected = null;
      if (state.selection.length) { selected = new Uint8Array(n); state.selection.forEach(function (i) { selected[i] = 1; }); }
      var side = C.DATAMAP_POINT_PX.filter(function (e) { return n <= e[0]; })[0][1];
      var sidePx = Math.max(1, Math.round(side * dpr)), half = Math.floor(sidePx / 2), dim = C.SELECTION_DIM;
      function put(i, color) {
        var px = Math.round(x[i] * dpr) - half, py = Math.round(y[i] * dpr) - half;
        for (var dy = 0; dy < sidePx; dy++) {
          var row = py + dy;
          if (row < 0 || row >= H) continue;
          for (var dx = 0; dx < sidePx; dx++) {
            var col = px + dx;
            if (col >= 0 && col < W) buf[row * W + col] = color;
          }
        }
      }
      /* the dimmed rest first, the selection on top */
      for (var i = 0; i < n; i++) {
        if (!shown(i) || (selected && selected[i])) continue;
        var c = colors[i];
        if (selected) c = (255 << 24 | ((c >> 16 & 255) * dim) << 16 | ((c >> 8 & 255) * dim) << 8 | (c & 255) * dim) >>> 0;
        put(i, c);
      }
      if (selected) state.selection.forEach(function (j) { if (shown(j)) put(j, colors[j]); });
      return img;
    }

    function ring(g, i, color) {
      if (i < 0 || i >= n || !Number.isFinite(x[i])) return;
      g.strokeStyle = color;
      g.lineWidth = 1.5;
      g.setLineDash([]);
      g.beginPath();
      g.arc(x[i], y[i], C.DATAMAP_RING_PX, 0, 2 * Math.PI);
      g.stroke();
    }

    /* axes, region boundaries and names */
    function drawFrame(g) {
      var p = plotBox(), xa = toX(C.DATAMAP_AMBIGUOUS_VARIABILITY, p), ye = toY(C.DATAMAP_EASY_CONFIDENCE, p);
      g.strokeStyle = C.DATAMAP_REGION_LINE;
      g.lineWidth = 1;
      g.setLineDash([3, 3]);
      g.beginPath();
      g.moveTo(xa, p.top); g.lineTo(xa, p.top + p.h);
      g.moveTo(p.left, ye); g.lineTo(xa, ye);
      g.stroke();
      g.setLineDash([]);
      g.strokeStyle = C.CHART_AXIS;
      g.strokeRect(p.left, p.top, p.w, p.h);
      g.font = "10px system-ui, sans-serif";
      g.fillStyle = C.DATAMAP_REGION_TEXT;
      g.textBaseline = "top";
      g.fillText("easy to learn", p.left + 4, p.top + 3);
      g.fillText("ambiguous", xa + 4, p.top + 3);
      g.textBaseline = "bottom";
      g.fillText("hard to learn", p.left + 4, p.top + p.h - 3);
      g.fillStyle = C.CHART_AXIS;
      g.textAlign = "right";
      g.textBaseline = "middle";
      [0, 0.5, 1].forEach(function (v) { g.fillText(String(v), p.left - 3, toY(v, p)); });
      g.textAlign = "center";
      g.textBaseline = "top";
      [0, 0.25, 0.5].forEach(function (v) { g.fillText(String(v), toX(v, p), p.top + p.h + 2); });
      g.fillText("variability", p.left + p.w / 2, p.top + p.h + 12);
      g.save();
      g.translate(8, p.top + p.h / 2);
      g.rotate(-Math.PI / 2);
      g.textBaseline = "middle";
      g.fillText("confidence", 0, 0);
      g.restore();
    }

    /* the nearest drawn sample within PICK_RADIUS_PX of (px, py) (canvas CSS px), or -1 */
    function pick(px, py) {
      if (!cells) return -1;
      var r = C.PICK_RADIUS_PX, cell = C.PICK_CELL_PX, shown = shownTest(), best = -1, bestD = r * r;
      var c0 = Math.max(Math.floor((px - r) / cell), 0), c1 = Math.min(Math.floor((px + r) / cell), gridW - 1);
      var r0 = Math.max(Math.floor((py - r) / cell), 0), r1 = Math.min(Math.floor((py + r) / cell), gridH - 1);
      for (var row = r0; row <= r1; row++) {
        for (var col = c0; col <= c1; col++) {
          var at = row * gridW + col;
          for (var k = cellStart[at]; k < cellStart[at + 1]; k++) {
            var i = cells[k], d = (x[i] - px) * (x[i] - px) + (y[i] - py) * (y[i] - py);
            if (d <= bestD && shown(i)) { bestD = d; best = i; }
          }
        }
      }
      return best;
    }

    function describe(i) {
      if (i < 0) { caption.textContent = ""; return; }
      caption.textContent = ctx.describeSample(i) + " · confidence " + conf[i].toFixed(2) + " · variability " +
        vari[i].toFixed(2) + " · " + region(conf[i], vari[i]);
    }

    /* the drawn samples inside a polygon (canvas CSS px) */
    function samplesInside(poly) {
      var shown = shownTest(), out = [];
      var xs = poly.map(function (q) { return q[0]; }), ys = poly.map(function (q) { return q[1]; });
      var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
      var rect = poly.length === 4 && dragPath && dragPath.kind === "box";
      for (var i = 0; i < n; i++) {
        if (!(x[i] >= x0 && x[i] <= x1 && y[i] >= y0 && y[i] <= y1) || !shown(i)) continue;
        if (rect || L.selection.insidePolygon(poly, x[i], y[i])) out.push(i);
      }
      return out;
    }

    function outline() {
      var pts = dragPath.points;
      if (dragPath.kind === "lasso") return pts;
      var a = pts[0], b = pts[pts.length - 1];
      return [a, [b[0], a[1]], b, [a[0], b[1]]];
    }

    function local(ev) {
      var r = canvas.getBoundingClientRect();
      return [ev.clientX - r.left, ev.clientY - r.top];
    }

    canvas.addEventListener("pointermove", function (ev) {
      var p = local(ev);
      if (dragPath) { dragPath.points.push(p); requestDraw(); return; }
      var i = pick(p[0], p[1]);
      if (i !== store.get().hover) ctx.tooltip.setHover(i, null, null);
      describe(i);
    });
    canvas.addEventListener("pointerleave", function () {
      if (dragPath) return;
      if (store.get().hover >= 0) ctx.tooltip.setHover(-1);
      describe(-1);
    });
    canvas.addEventListener("pointerdown", function (ev) {
      if (ev.button !== 0) return;
      ev.preventDefault();
      canvas.setPointerCapture(ev.pointerId);
      dragPath = { kind: ev.altKey ? "lasso" : "box", points: [local(ev)] };
    });
    function finish(ev) {
      if (!dragPath) return;
      var path = dragPath, a = path.points[0], b = local(ev);
      path.points.push(b);
      if (Math.hypot(b[0] - a[0], b[1] - a[1]) < 4) {  /* a click: pin the sample under it */
        dragPath = null;
        var i = pick(a[0], a[1]);
        if (i >= 0) ctx.onPin(i);
      } else {
        var poly = outline();
        var inside = poly.length >= 3 ? samplesInside(poly) : [];
        dragPath = null;
        ctx.selection.setSelection(inside);
      }
      requestDraw();
    }
    canvas.addEventListener("pointerup", finish);
    canvas.addEventListener("pointercancel", function () { dragPath = null; requestDraw(); });

    /* the store tells what changed */
    var unsubscribe = store.subscribe(function (state, patch) {
      if ("color" in patch || "layer" in patch) { showColoring(); return; }
      if ("snapshot" in patch && coloredSnapshot >= 0 && L.state.nearestSnapshot(state, manifest) !== coloredSnapshot) {
        recolor();
        invalidate();
      }
      if ("selection" in patch || "hiddenClasses" in patch || "shown" in patch) invalidate();
      if ("hover" in patch || "pinned" in patch) requestDraw();
      if ("hover" in patch && !canvas.matches(":hover")) describe(-1);
    });
    var onResize = function () { requestDraw(); };
    window.addEventListener("resize", onResize);
    layout();
    recolor();
    showColoring();

    return {
      node: canvas,
      destroy: function () {
        destroyed = true;
        unsubscribe();
        window.removeEventListener("resize", onResize);
        cancelAnimationFrame(frame);
        box.textContent = "";
      },
      /* for tests: where sample i is drawn (canvas CSS px), or null; its colour as 0xAABBGGRR */
      position: function (i) { return Number.isFinite(x[i]) ? { x: x[i], y: y[i] } : null; },
      color: function (i) { return colors[i]; },
      pick: pick,
      region: region
    };
  }

  L.datamap = { create: create, region: region };
})();
