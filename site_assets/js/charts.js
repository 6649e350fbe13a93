/* Latentris viewer: the metrics panel, one small uPlot line chart per metric for the current layer, with a marker
   at the current epoch. Clicking a chart jumps to the snapshot nearest the clicked epoch. */
(function () {
  "use strict";
  var L = (window.Latentris = window.Latentris || {});
  var C = L.constants;
  var uPlot = LatentrisVendor.uPlot;
  var EPOCH_INCRS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000]; /* whole epochs only */

  /* x range: the epochs, widened when there is only one. */
  function epochRange(u, min, max) { return min === max ? [min - 1, max + 1] : [min, max]; }

  function formatValue(v) {
    if (v === null || !Number.isFinite(v)) return "n/a";
    var a = Math.abs(v);
    if (a !== 0 && (a >= 1e4 || a < 1e-3)) return v.toExponential(2);
    return v.toFixed(3);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* options.onPick(snapshotIndex) is called when a chart is clicked. */
  function createMetricsPanel(container, manifest, options) {
    /* step snapshots sit between whole epochs (epoch_float); older bundles only have epoch */
    var epochs = manifest.snapshots.map(function (s) {
      return typeof s.epoch_float === "number" ? s.epoch_float : s.epoch;
    });
    var layer = 0;
    var markerEpoch = epochs[0];
    var snapshot = 0;
    var charts = [];

    function seriesFor(metric) {
      var row = metric.values[layer] || [];
      return epochs.map(function (_, s) {
        var v = row[s];
        return typeof v === "number" && Number.isFinite(v) ? v : null;
      });
    }

    function drawMarker(u) {
      var x = u.valToPos(markerEpoch, "x", true);
      var ctx = u.ctx;
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
        series: [{}, { stroke: C.CHART_LINE, width: 1.5, spanGaps: false, points: { show: true, size: 4 } }],
        hooks: { draw: [drawMarker] }
      }, [epochs, seriesFor(metric)], plotHost);

      plot.over.addEventListener("click", function () {
        if (plot.cursor.left == null || plot.cursor.left < 0) return;
        var e = plot.posToVal(plot.cursor.left, "x");
        var best = 0;
        epochs.forEach(function (ep, s) { if (Math.abs(ep - e) < Math.abs(epochs[best] - e)) best = s; });
        if (options && options.onPick) options.onPick(best);
      });
      return { metric: metric, plot: plot, value: value, empty: empty, host: plotHost, series: null };
    }

    function refreshValues() {
      var s = Math.min(Math.max(Math.round(snapshot), 0), epochs.length - 1);
      charts.forEach(function (c) { c.value.textContent = formatValue(c.series[s]); });
    }

    function setLayer(newLayer) {
      layer = newLayer;
      charts.forEach(function (c) {
        c.series = seriesFor(c.metric);
        var defined = c.series.some(function (v) { return v !== null; });
        c.host.hidden = !defined;
        c.empty.hidden = defined;
        if (defined) c.plot.setData([epochs, c.series]);
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

    if (!manifest.metrics.length) container.appendChild(el("div", "metric-empty", "no metrics in this export"));
    charts = manifest.metrics.map(makeChart);
    new ResizeObserver(resize).observe(container);
    setLayer(0);

    return { setLayer: setLayer, setSnapshot: setSnapshot, resize: resize };
  }

  L.charts = { createMetricsPanel: createMetricsPanel, formatValue: formatValue };
})();
