/* Latentris viewer: sites comparing several runs (docs/compare.md). The manifest's `runs` list names the runs; each
   layer names its `run`. This module: which runs' layers the side-by-side panels show (a checkbox per run), the
   held snapshots (a run without a snapshot at the current epoch shows its nearest earlier one: said in the panel
   label and a note), each run's own predictions, and the cross-run CKA heatmap (run A's layers × run B's layers).
   A single-run site has no `runs`: L.runs.create returns null and nothing changes. Data is text (textContent). */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;
  var el = L.util.el;
  /* held snapshots are said small, in their colour (inline: this module brings no stylesheet of its own) */
  var HELD_STYLE = "font-size:11px;color:" + C.HELD_COLOR + ";";


  /* The run a layer belongs to (0 for single-run sites). */
  function runOf(manifest, layer) {
    var entry = manifest.layers[layer];
    return entry && typeof entry.run === "number" ? entry.run : 0;
  }

  /* options.onChange() is called when the shown runs change. Returns null for a single-run site. */
  function create(manifest, options) {
    if (!Array.isArray(manifest.runs) || manifest.runs.length < 2) return null;
    var S = manifest.snapshots.length, n = manifest.n_samples;
    var shown = manifest.runs.map(function () { return true; });
    var predictions = manifest.runs.map(function (r, k) {
      var p = r.predictions ? L.data.typedArray(r.predictions, Int16Array, "runs[" + k + "].predictions") : null;
      if (p && p.length !== S * n) throw new Error("invalid site data: runs[" + k + "].predictions is not S × N");
      return p;
    });
    var snapshot = 0;

    /* ---- the run picker ---- */
    var box = el("div", "runs");
    box.id = "runs";
    var title = el("div", "field-label", "Runs");
    var list = el("div", "runs-list");
    manifest.runs.forEach(function (run, k) {
      var check = el("input");
      check.type = "checkbox";
      check.checked = true;
      check.id = "run-" + k;
      check.addEventListener("change", function () {
        shown[k] = check.checked;
        if (!shown.some(Boolean)) { shown[k] = true; check.checked = true; return; }  /* keep at least one */
        if (options && options.onChange) options.onChange();
      });
      var label = el("label", "inline-check run-item");
      label.append(check, el("span", null, run.name + " · " + run.n_layers + " layers"));
      label.title = (run.model ? run.model + " · " : "") + "epochs " + run.epochs.join(", ") +
        (run.dropped_samples ? " · " + run.dropped_samples + " of its probe samples not shared, left out" : "");
      list.appendChild(label);
    });
    var note = el("div", "runs-held");
    note.id = "runs-held";
    note.style.cssText = HELD_STYLE + "margin:4px 0";
    box.append(title, list, note);

    /* ---- held snapshots ---- */
    function heldText(r, s) {
      var run = manifest.runs[r];
      if (!run.held || !run.held[s]) return "";
      var shownAt = run.held.findIndex(function (h, k) { return !h && run.snapshots[k] === run.snapshots[s]; });
      var at = manifest.snapshots[shownAt >= 0 ? shownAt : s];
      return "no snapshot at epoch " + manifest.snapshots[s].epoch + ": showing epoch " + at.epoch;
    }

    function setSnapshot(f) {
      snapshot = Math.min(Math.max(Math.round(f), 0), S - 1);
      var lines = [];
      manifest.runs.forEach(function (run, r) {
        var text = heldText(r, snapshot);
        if (text) lines.push(run.name + ": " + text);
      });
      note.textContent = lines.join(" · ");
      note.hidden = !lines.length;
      markPanels();
      heatmap.draw();
    }

    /* The panels (built by main.js): one grid row per shown run, a layer's depth its column; labels say when their
       run's snapshot is held. */
    function markPanels() {
      var rows = [];
      shown.forEach(function (on, r) { if (on) rows.push(r); });
      document.querySelectorAll(".panel-cell").forEach(function (cell) {
        var layer = Number(cell.dataset.layer), r = runOf(manifest, layer);
        cell.style.gridRow = String(rows.indexOf(r) + 1);
        cell.style.gridColumn = String(manifest.runs[r].layers.indexOf(layer) + 1);
        var tag = cell.querySelector(".held-tag");
        var text = heldText(r, snapshot);
        if (!text) { if (tag) tag.remove(); cell.classList.remove("held"); return; }
        if (!tag) {
          tag = el("span", "held-tag");
          tag.style.cssText = HELD_STYLE + "position:absolute;right:8px;top:8px;max-width:60%;text-align:right;" +
            "pointer-events:none";
          cell.appendChild(tag);
        }
        tag.textContent = "held · " + text;
        cell.classList.add("held");
      });
    }

    /* ---- cross-run CKA: run A's layers (rows) × run B's layers (columns) at the current snapshot ---- */
    var heatmap = createCrossHeatmap(manifest, function () { return snapshot; });
    box.appendChild(heatmap.node);

    return {
      node: box,
      /* whether layer i's panel is shown */
      shows: function (i) { return shown[runOf(manifest, i)]; },
      /* grid columns of the side-by-side panels: one row per shown run */
      columns: function () {
        var widths = manifest.runs.filter(function (_, r) { return shown[r]; }).map(function (r) { return r.n_layers; });
        return Math.max.apply(null, widths.concat([1]));
      },
      predictions: function (layer) { return predictions[runOf(manifest, layer)] || manifest.predictions; },
      run: function (layer) { return runOf(manifest, layer); },
      setShown: function (r, on) {
        var check = document.getElementById("run-" + r);
        if (check && check.checked !== on) { check.checked = on; check.dispatchEvent(new Event("change")); }
      },
      shown: function () { return shown.slice(); },
      setSnapshot: setSnapshot,
      markPanels: markPanels,
      crossCka: heatmap.value
    };
  }

  function createCrossHeatmap(manifest, currentSnapshot) {
    var runs = manifest.runs, Lc = manifest.layers.length, values = manifest.cka_layers;
    var node = el("div", "runs-cka");
    var pair = { a: 0, b: 1 };
    if (!values) return { node: node, draw: function () {}, value: function () { return null; } };
    var head = el("div", "field-label", "Run similarity (CKA)");
    var pick = el("select");
    pick.id = "runs-cka-pair";
    runs.forEach(function (ra, a) {
      runs.forEach(function (rb, b) {
        if (b <= a) return;
        var option = el("option", null, ra.name + " × " + rb.name);
        option.value = a + "," + b;
        pick.appendChild(option);
      });
    });
    pick.hidden = runs.length < 3;
    pick.addEventListener("change", function () {
      var v = pick.value.split(",").map(Number);
      pair = { a: v[0], b: v[1] };
      draw();
    });
    var canvas = el("canvas", "cka-canvas");
    canvas.id = "runs-cka";
    canvas.setAttribute("role", "img");
    var caption = el("div", "cka-caption");
    node.append(head, pick, canvas, caption);
    var cell = 0;

    function value(s, i, j) { return values[(s * Lc + i) * Lc + j]; }

    function draw() {
      var rows = runs[pair.a].layers, cols = runs[pair.b].layers, s = currentSnapshot();
      cell = Math.max(10, Math.min(C.CKA_CELL_PX, Math.floor(C.CKA_MAX_PX / Math.max(rows.length, cols.length))));
      var ratio = window.devicePixelRatio || 1;
      canvas.width = cols.length * cell * ratio;
      canvas.height = rows.length * cell * ratio;
      canvas.style.width = cols.length * cell + "px";
      canvas.style.height = rows.length * cell + "px";
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      var best = [];
      rows.forEach(function (li, i) {
        var top = -1, topV = -Infinity;
        cols.forEach(function (lj, j) {
          var v = value(s, li, lj);
          L.charts.drawCkaCell(ctx, v, i, j, cell);
          if (Number.isFinite(v) && v > topV) { topV = v; top = j; }
        });
        if (top >= 0) best.push(manifest.layers[li].layer + " ≈ " + manifest.layers[cols[top]].layer);
      });
      var held = runs[pair.a].held[s] || runs[pair.b].held[s];
      caption.textContent = "rows " + runs[pair.a].name + ", columns " + runs[pair.b].name +
        (held ? " · no matching snapshot at this epoch" : (best.length ? " · closest: " + best.join(", ") : ""));
    }

    canvas.addEventListener("mousemove", function (ev) {
      var rect = canvas.getBoundingClientRect();
      var j = Math.floor((ev.clientX - rect.left) / cell), i = Math.floor((ev.clientY - rect.top) / cell);
      var rows = runs[pair.a].layers, cols = runs[pair.b].layers;
      if (i < 0 || j < 0 || i >= rows.length || j >= cols.length) return;
      canvas.title = "CKA " + manifest.layers[rows[i]].name + " × " + manifest.layers[cols[j]].name + " = " +
        L.charts.formatValue(value(currentSnapshot(), rows[i], cols[j]));
    });

    return {
      node: node,
      draw: draw,
      /* CKA of run A's layer i with run B's layer j at the current snapshot */
      value: function (i, j) { return value(currentSnapshot(), runs[pair.a].layers[i], runs[pair.b].layers[j]); }
    };
  }

  /* The layers at the same depth as `layer` in each other run, in run order (null where a run is shallower). */
  function peers(manifest, layer) {
    if (!Array.isArray(manifest.runs)) return [];
    var r = runOf(manifest, layer), depth = manifest.runs[r].layers.indexOf(layer);
    return manifest.runs.filter(function (_, k) { return k !== r; }).map(function (run) {
      return depth >= 0 && depth < run.layers.length ? run.layers[depth] : null;
    });
  }

  L.runs = { create: create, runOf: runOf, peers: peers };
})();
