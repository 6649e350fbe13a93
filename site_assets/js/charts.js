/* Latentris viewer: the metrics panel, one small uPlot line chart per metric for the current layer (and the probe's
   accuracy and loss), with a marker at the current epoch and a mark at each epoch where an alert fired for the
   current layer (coloured by severity; a warning's dashed, a failure's solid). Clicking a chart jumps to the snapshot nearest the clicked epoch. Also the CKA heatmap between
   layers at the current snapshot. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;
  var el = L.util.el;
  var uPlot = LatentrisVendor.uPlot;
  var EPOCH_INCRS = C.CHART_EPOCH_INCRS;

  /* x range: the epochs, widened when there is only one. */
  function epochRange(_u, min, max) { return min === max ? [min - 1, max + 1] : [min, max]; }

  function formatValue(v) {
    if (v === null || !Number.isFinite(v)) return "n/a";
    var a = Math.abs(v);
    if (a !== 0 && (a >= 1e4 || a < 1e-3)) return v.toExponential(2);
    return v.toFixed(3);
  }


  /* options.onPick(snapshotIndex) is called when a chart is clicked. */
  function createMetricsPanel(container, manifest, options) {
    /* step snapshots sit between whole epochs (epoch_float); older bundles only have epoch */
    var epochs = manifest.snapshots.map(function (s) {
      return typeof s.epoch_float === "number" ? s.epoch_float : s.epoch;
    });
    var layer = 0;
    var markerEpoch = epochs[0];
    var alertMarks = [];  /* {epoch, severity} of the current layer's alerts, failures drawn last (on top) */
    /* per-layer series, then the probe's (the same for every layer) */
    var entries = manifest.metrics.concat(manifest.probe_metrics.map(function (m) {
      if (m.per_layer) return m;  /* a comparison: each layer carries its own run's series */
      return Object.assign({}, m, { values: manifest.layers.map(function () { return m.values; }) });
    }));
    var snapshot = 0;
    var charts = [];

    /* a comparison (docs/compare.md): the layers at the current layer's depth in the other runs, drawn dashed */
    var nPeers = manifest.runs && manifest.runs.length > 1 ? manifest.runs.length - 1 : 0;
    function peerLayers() { return nPeers ? L.runs.peers(manifest, layer) : []; }

    function seriesFor(metric, at) {
      var row = metric.values[at === undefined ? layer : at] || [];
      return epochs.map(function (_, s) {
        var v = row[s];
        return typeof v === "number" && Number.isFinite(v) ? v : null;
      });
    }

    function drawMarker(u) {
      var ctx = u.ctx;
      ctx.save();
      ctx.lineWidth = Math.max(1, uPlot.pxRatio);
      alertMarks.forEach(function (m) {
        var color = C.SEVERITY_COLORS[m.severity];
        ctx.strokeStyle = color;
        ctx.fillStyle = color;
        /* a failure's line is solid, a warning's dashed: they differ without colour too */
        ctx.setLineDash(m.severity === "failure" ? [] : [3 * uPlot.pxRatio, 3 * uPlot.pxRatio]);
        var ax = u.valToPos(m.epoch, "x", true);
        ctx.beginPath();
        ctx.moveTo(ax, u.bbox.top);
        ctx.lineTo(ax, u.bbox.top + u.bbox.height);
        ctx.stroke();
        var t = 4 * uPlot.pxRatio;  /* a small triangle on top */
        ctx.beginPath();
        ctx.moveTo(ax - t, u.bbox.top);
        ctx.lineTo(ax + t, u.bbox.top);
        ctx.lineTo(ax, u.bbox.top + t * 1.5);
        ctx.fill();
      });
      ctx.restore();
      var x = u.valToPos(markerEpoch, "x", true);
      ctx.save();
      ctx.strokeStyle = C.CHART_MARKER;
      ctx.lineWidth = Math.max(1, uPlot.pxRatio);
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
      ctx.restore();
    }

    function width() { return Math.max(160, container.clientWidth); }

    function makeChart(metric) {
      var box = el("div", "metric");
      var head = el("div", "metric-head");
      var name = el("span", "metric-name", metric.label || metric.key);
      var value = el("span", "metric-value", "");
      head.append(name, value);
      box.title = metric.description || "";
      var plotHost = el("div", "metric-plot");
      var empty = el("div", "metric-empty", "not defined for this layer");
      box.append(head, plotHost, empty);
      container.appendChild(box);

      var axis = { stroke: C.CHART_AXIS, grid: { stroke: C.CHART_GRID, width: 1 }, ticks: { stroke: C.CHART_GRID, width: 1 },
                   font: "10px system-ui, sans-serif", size: 24 };
      var plot = new uPlot({
        width: width(),
        height: C.CHART_HEIGHT,
        legend: { show: false },
        cursor: { y: false, points: { show: false }, drag: { x: false, y: false } },
        scales: { x: { time: false, range: epochRange } },
        axes: [Object.assign({}, axis, { incrs: EPOCH_INCRS }), Object.assign({}, axis, { size: 44 })],
        series: [{}, { stroke: C.CHART_LINE, width: 1.5, spanGaps: false, points: { show: true, size: 4 } }].concat(
          Array.from({ length: nPeers }, function () {
            return { stroke: C.CHART_PEER, width: 1, dash: [4, 3], spanGaps: true, points: { show: true, size: 3 } };
          })),
        hooks: { draw: [drawMarker] }
      }, [epochs, seriesFor(metric)].concat(peerData(metric)), plotHost);

      plot.over.addEventListener("click", function () {
        if (plot.cursor.left == null || plot.cursor.left < 0) return;
        var e = plot.posToVal(plot.cursor.left, "x");
        var best = 0;
        epochs.forEach(function (ep, s) { if (Math.abs(ep - e) < Math.abs(epochs[best] - e)) best = s; });
        if (options && options.onPick) options.onPick(best);
      });
      return { metric: metric, plot: plot, value: value, empty: empty, host: plotHost, series: null };
    }

    function peerData(metric) {
      var peers = peerLayers();
      return Array.from({ length: nPeers }, function (_, k) {
        return peers[k] === null || peers[k] === undefined ? epochs.map(function () { return null; }) : seriesFor(metric, peers[k]);
      });
    }

    function refreshValues() {
      var s = Math.min(Math.max(Math.round(snapshot), 0), epochs.length - 1);
      charts.forEach(function (c) { c.value.textContent = formatValue(c.series[s]); });
    }

    function setLayer(newLayer) {
      layer = newLayer;
      if (nPeers) {
        peerNote.textContent = "solid: " + manifest.layers[layer].name + " · dashed: " + peerLayers()
          .filter(function (p) { return p !== null; }).map(function (p) { return manifest.layers[p].name; }).join(", ");
      }
      alertMarks = manifest.alerts.filter(function (a) { return a.layer_index === layer; }).map(function (a) {
        return { epoch: a.epoch_float, severity: L.alerts.severityOf(a) };
      }).sort(function (a, b) { return (a.severity === "failure" ? 1 : 0) - (b.severity === "failure" ? 1 : 0); });
      charts.forEach(function (c) {
        c.series = seriesFor(c.metric);
        var defined = c.series.some(function (v) { return v !== null; });
        c.host.hidden = !defined;
        c.empty.hidden = defined;
        if (defined) c.plot.setData([epochs, c.series].concat(peerData(c.metric)));
      });
      refreshValues();
    }

    /* snapshotFloat may be fractional while playing; the marker moves smoothly between epochs. */
    function setSnapshot(snapshotFloat) {
      snapshot = snapshotFloat;
      var last = epochs.length - 1;
      var f = Math.min(Math.max(snapshotFloat, 0), last);
      var a = Math.floor(f), b = Math.min(a + 1, last);
      markerEpoch = epochs[a] + (epochs[b] - epochs[a]) * (f - a);
      charts.forEach(function (c) { if (!c.host.hidden) c.plot.redraw(false, false); });
      refreshValues();
    }

    function resize() {
      var w = width();
      charts.forEach(function (c) { c.plot.setSize({ width: w, height: C.CHART_HEIGHT }); });
    }

    var peerNote = el("div", "metric-peers", "");  /* a comparison: which line is which */
    peerNote.id = "metric-peers";
    peerNote.hidden = !nPeers;
    container.appendChild(peerNote);
    if (!entries.length) container.appendChild(el("div", "metric-empty", "no metrics in this export"));
    charts = entries.map(makeChart);
    var observer = new ResizeObserver(resize);
    observer.observe(container);
    setLayer(0);

    /* The panel is being replaced (live mode): stop watching its size and free the charts. */
    function destroy() {
      observer.disconnect();
      charts.forEach(function (c) { c.plot.destroy(); });
      charts = [];
    }

    return { setLayer: setLayer, setSnapshot: setSnapshot, resize: resize, destroy: destroy,
             alertEpochs: function () { return alertMarks.map(function (m) { return m.epoch; }); },
             alertMarks: function () { return alertMarks.map(function (m) { return Object.assign({}, m); }); } };
  }

  /* One cell of a CKA heatmap: value v in [0, 1] on the CKA ramp (grey when undefined), printed when the cell is big
     enough. Shared by the layer × layer map here and the run × run map (runs.js). */
  var CKA_LOW = null, CKA_HIGH = null;
  function drawCkaCell(ctx, v, row, col, cell) {
    if (!CKA_LOW) { CKA_LOW = L.util.hexToRgb(C.CKA_LOW); CKA_HIGH = L.util.hexToRgb(C.CKA_HIGH); }
    var known = Number.isFinite(v), t = known ? Math.min(Math.max(v, 0), 1) : 0;
    ctx.fillStyle = known
      ? "rgb(" + CKA_LOW.map(function (c, k) { return Math.round(c + (CKA_HIGH[k] - c) * t); }).join(",") + ")"
      : C.UNKNOWN_COLOR;
    ctx.fillRect(col * cell, row * cell, cell - 1, cell - 1);
    if (cell >= 24 && known) {
      ctx.fillStyle = t > 0.6 ? "#14171c" : "#e6e9ee";
      ctx.font = "9px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillText(v.toFixed(2), col * cell + cell / 2, row * cell + cell / 2);
    }
  }

  /* CKA between every pair of layers at the current snapshot: an L × L canvas, the current layer outlined. */
  function createCkaHeatmap(container, manifest) {
    var nLayers = manifest.layers.length;
    var values = manifest.cka_layers;
    if (!values) {
      container.appendChild(el("div", "metric-empty", "no layer similarity in this export"));
      return { setSnapshot: function () {}, setLayer: function () {}, value: function () { return null; } };
    }
    var cell = Math.max(8, Math.min(C.CKA_CELL_PX, Math.floor(C.CKA_MAX_PX / nLayers)));
    var canvas = el("canvas", "cka-canvas");
    canvas.id = "cka-heatmap";
    var ratio = window.devicePixelRatio || 1;
    canvas.width = nLayers * cell * ratio;
    canvas.height = nLayers * cell * ratio;
    canvas.style.width = nLayers * cell + "px";
    canvas.style.height = nLayers * cell + "px";
    canvas.setAttribute("role", "img");
    var caption = el("div", "cka-caption", "");
    container.append(canvas, caption);
    var snapshot = 0, layer = 0;
    function value(s, i, j) { return values[(s * nLayers + i) * nLayers + j]; }

    function draw() {
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, nLayers * cell, nLayers * cell);
      for (var i = 0; i < nLayers; i++) {
        for (var j = 0; j < nLayers; j++) {
          drawCkaCell(ctx, value(snapshot, i, j), i, j, cell);
        }
      }
      ctx.strokeStyle = C.CHART_MARKER;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(0.75, layer * cell + 0.75, nLayers * cell - 1.5, cell - 2.5);
      var parts = [];
      for (var j2 = 0; j2 < nLayers; j2++) {
        if (j2 !== layer) parts.push(j2 + ": " + formatValue(value(snapshot, layer, j2)));
      }
      caption.textContent = "layer " + layer + " vs " + (parts.length ? parts.join(" · ") : "—");
    }

    canvas.addEventListener("mousemove", function (ev) {
      var rect = canvas.getBoundingClientRect();
      var j = Math.floor((ev.clientX - rect.left) / cell), i = Math.floor((ev.clientY - rect.top) / cell);
      if (i < 0 || j < 0 || i >= nLayers || j >= nLayers) return;
      canvas.title = "CKA " + manifest.layers[i].name + " × " + manifest.layers[j].name + " = " +
        formatValue(value(snapshot, i, j));
    });

    function setSnapshot(s) { snapshot = Math.min(Math.max(Math.round(s), 0), manifest.snapshots.length - 1); draw(); }
    function setLayer(l) { layer = l; draw(); }
    draw();
    return { setSnapshot: setSnapshot, setLayer: setLayer, value: function (i, j) { return value(snapshot, i, j); } };
  }

  L.charts = { createMetricsPanel: createMetricsPanel, createCkaHeatmap: createCkaHeatmap, formatValue: formatValue,
               drawCkaCell: drawCkaCell };
})();
