/* Latentris viewer: the side panel (pickers, epoch slider, play/speed, class legend, metrics).
   Built with DOM calls; every text that comes from the data is set with textContent. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;
  var el = L.util.el;


  function field(labelText, control) {
    return el("label", { class: "field" }, [el("span", { class: "field-label", text: labelText }), control]);
  }

  function select(options, onChange) {
    var node = el("select");
    options.forEach(function (o) { node.appendChild(el("option", { value: String(o.value), text: o.text })); });
    node.addEventListener("change", function () { onChange(node.value); });
    return node;
  }

  /* Colour-by choices: the class, correct / wrong (from the predictions), and each per-sample score of the bundle. */
  function colorOptions(manifest) {
    var options = [{ value: "class", text: "class" }];
    if (manifest.predictions) options.push({ value: "correct", text: "correct / wrong" });
    if (manifest.flow) options.push({ value: "flow-outliers", text: "flow outliers" });
    if (manifest.scores.chunks.length) {
      manifest.scores.keys.forEach(function (k) { options.push({ value: k.key, text: k.label }); });
    }
    return options.concat(L.dynamics.colorOptions(manifest));  /* per-sample training dynamics (dynamics.js) */
  }

  /* handlers: onMethod(name), onLayer(i), onSnapshot(float, settled), onPlay(), onSpeed(x), onToggleClass(i),
     onShowAll(visible), onColor(key), onAlert(alert), onLayout(layout), onSharedCamera(bool), onSearch(text),
     onPin(i), onSnapshotImage(), onShown(n), onMode(mode), onLassoTool(bool), onClearSelection(),
     onLayerTrails(bool) */
  function createUI(root, manifest, handlers) {
    var S = manifest.snapshots.length;

    /* pickers */
    var methodSelect = select(manifest.methods.map(function (m) { return { value: m.name, text: m.name }; }),
      handlers.onMethod);
    methodSelect.id = "method-select";
    var layerSelect = select(manifest.layers.map(function (l, i) {
      return { value: i, text: i + ": " + l.name + (l.dim > 0 ? " (" + l.dim + "-d)" : "") };
    }), function (v) { handlers.onLayer(Number(v)); });
    layerSelect.id = "layer-select";

    /* epoch slider */
    var slider = el("input", { type: "range", id: "epoch-slider", min: "0", max: String(Math.max(S - 1, 0)),
                               step: "any", value: "0", disabled: S < 2 });
    slider.setAttribute("aria-label", "snapshot");
    slider.addEventListener("input", function () { handlers.onSnapshot(Number(slider.value), false); });
    slider.addEventListener("change", function () { handlers.onSnapshot(Math.round(Number(slider.value)), true); });
    slider.addEventListener("keydown", function (ev) {
      /* step="any" gives smooth dragging; keys move by whole snapshots */
      var s = Math.round(Number(slider.value));
      var to = { ArrowRight: s + 1, ArrowUp: s + 1, PageUp: s + 1, ArrowLeft: s - 1, ArrowDown: s - 1,
                 PageDown: s - 1, Home: 0, End: S - 1 }[ev.key];
      if (to === undefined) return;
      ev.preventDefault();
      handlers.onSnapshot(Math.min(Math.max(to, 0), S - 1), true);
    });
    var epochLabel = el("span", { id: "epoch-label", class: "epoch-label" });
    var snapshotLabel = el("span", { class: "snapshot-label" });
    var qualityLine = el("div", { id: "view-quality", class: "view-quality" });
    qualityLine.title = "How faithful the current view is (docs/quality.md): trustworthiness and continuity of " +
      "neighbourhoods, share of 15 nearest neighbours kept, and Spearman correlation of each sample's movement " +
      "since the previous snapshot in the data and in the view.";
    var current = { method: manifest.methods.length ? manifest.methods[0].name : "", layer: 0, snapshot: 0 };
    var colorSelect = select(colorOptions(manifest), handlers.onColor);
    colorSelect.id = "color-select";
    colorSelect.title = "Colour the points by class, by whether the model classifies them correctly at this snapshot, " +
      "or by a per-sample score of this layer (docs/metrics.md), blue = low, red = high.";

    var playButton = el("button", { type: "button", id: "play-button", class: "play", disabled: S < 2 });
    playButton.addEventListener("click", handlers.onPlay);
    var speedSelect = select(C.SPEEDS.map(function (x) { return { value: x, text: x + "×" }; }),
      function (v) { handlers.onSpeed(Number(v)); });
    speedSelect.id = "speed-select";
    speedSelect.setAttribute("aria-label", "speed");

    /* layout: the current layer alone, or every layer side by side with linked hover and (optionally) camera */
    var layoutSelect = select([{ value: "single", text: "current layer" }, { value: "layers", text: "all layers side by side" }],
      handlers.onLayout);
    layoutSelect.id = "layout-select";
    var sharedBox = el("input", { type: "checkbox", id: "shared-camera", checked: true });
    sharedBox.addEventListener("change", function () { handlers.onSharedCamera(sharedBox.checked); });
    var sharedLabel = el("label", { class: "inline-check" }, [sharedBox, el("span", { text: "shared camera" })]);

    /* search: a sample by index or by name; found samples are pinned */
    var searchInput = el("input", { type: "search", id: "search-input", placeholder: "sample # or name" });
    searchInput.setAttribute("aria-label", "find a sample by index or name");
    var searchNote = el("span", { id: "search-note", class: "search-note" });
    searchInput.addEventListener("keydown", function (ev) {
      if (ev.key !== "Enter") return;
      ev.preventDefault();
      handlers.onSearch(searchInput.value.trim());
    });
    var pinnedList = el("div", { id: "pinned", class: "pinned" });
    var pngButton = el("button", { type: "button", id: "png-button", class: "mini", text: "PNG" });
    pngButton.title = "Save the view as a PNG image";
    pngButton.addEventListener("click", handlers.onSnapshotImage);

    var extra = viewControls(manifest, handlers);
    var alertMarks = L.alerts.createAlertMarks(manifest, handlers.onAlert);

    var controls = root.querySelector("#controls");
    controls.append(
      field("Method", methodSelect),
      field("Layer", layerSelect),
      field("Colour", colorSelect),
      field("Layout", el("div", { class: "layout-row" }, [layoutSelect, sharedLabel])),
      field("View", extra.modeRow),
      extra.selectionRow,
      field("Samples", extra.subsetRow),
      field("Trails", extra.layerTrailsRow),
      el("div", { class: "epoch-head" }, [epochLabel, snapshotLabel]),
      slider,
      alertMarks.node,
      qualityLine,
      el("div", { class: "transport" }, [playButton, speedSelect, pngButton]),
      field("Find", searchInput),
      searchNote,
      pinnedList
    );

    /* legend */
    var legend = root.querySelector("#legend");
    var legendItems = manifest.classes.map(function (cls, i) {
      var swatch = el("span", { class: "swatch" });
      swatch.style.backgroundColor = L.renderer.classColor(i);
      var item = el("button", { type: "button", class: "legend-item", title: "show / hide" }, [
        swatch,
        el("span", { class: "legend-name", text: cls.name }),
        el("span", { class: "legend-count", text: String(cls.count) })
      ]);
      item.dataset.classIndex = String(i);
      item.setAttribute("aria-pressed", "true");
      item.addEventListener("click", function () { handlers.onToggleClass(i); });
      legend.appendChild(item);
      return item;
    });
    var allButton = el("button", { type: "button", class: "mini", text: "all" });
    var noneButton = el("button", { type: "button", class: "mini", text: "none" });
    allButton.addEventListener("click", function () { handlers.onShowAll(true); });
    noneButton.addEventListener("click", function () { handlers.onShowAll(false); });
    root.querySelector("#legend-actions").append(allButton, noneButton);

    /* metrics */
    var metrics = L.charts.createMetricsPanel(root.querySelector("#metrics"), manifest, {
      onPick: function (s) { handlers.onSnapshot(s, true); }
    });

    /* alerts: the list (severity, symptom, confirmation, evidence) and the marks under the slider; clicking one
       shows its layer and snapshot */
    var alertList = L.alerts.createAlertList(root.querySelector("#alerts"), root.querySelector("#alert-count"), manifest,
      handlers.onAlert);

    /* layer similarity */
    var cka = L.charts.createCkaHeatmap(root.querySelector("#cka"), manifest);

    var status = root.querySelector("#status");

    function setSnapshot(f) {
      if (Number(slider.value) !== f) slider.value = String(f);
      var s = Math.min(Math.max(Math.round(f), 0), S - 1);
      var snap = manifest.snapshots[s];
      epochLabel.textContent = "epoch " + snap.epoch;
      snapshotLabel.textContent = (f === s ? "" : "≈ ") + "snapshot " + (s + 1) + " / " + S + " · step " + snap.step;
      metrics.setSnapshot(f);
      cka.setSnapshot(s);
      current.snapshot = s;
      alertMarks.setCurrent(s);
      alertList.setCurrent(s, current.layer);
      showQuality();
    }

    function setLayer(method, layer) {
      methodSelect.value = method;
      layerSelect.value = String(layer);
      metrics.setLayer(layer);
      cka.setLayer(layer);
      current.method = method;
      current.layer = layer;
      alertList.setCurrent(current.snapshot, layer);
      showQuality();
    }

    /* faithfulness of the view on screen, with a warning when it is poor */
    function showQuality() {
      var rows = (manifest.quality || {})[current.method];
      var q = rows && rows[current.layer] && rows[current.layer][current.snapshot];
      qualityLine.textContent = "";
      qualityLine.classList.remove("poor");
      if (!q) return;
      var parts = C.QUALITY_SCORES.filter(function (d) { return Number.isFinite(q[d.key]); }).map(function (d) {
        return d.label + " " + q[d.key].toFixed(2);
      });
      qualityLine.textContent = "faithfulness · " + parts.join(" · ");
      var poor = C.QUALITY_SCORES.some(function (d) { return Number.isFinite(q[d.key]) && q[d.key] < d.poorBelow; });
      if (poor) {
        qualityLine.classList.add("poor");
        qualityLine.textContent += " — low: read this view with care";
      }
    }

    function setPlaying(playing) {
      playButton.textContent = playing ? "❚❚ Pause" : "▶ Play";
      playButton.setAttribute("aria-pressed", String(playing));
    }

    function setSpeed(speed) { speedSelect.value = String(speed); }

    function setHidden(hidden) {
      legendItems.forEach(function (item, i) {
        var isHidden = hidden.has(i);
        item.classList.toggle("hidden", isHidden);
        item.setAttribute("aria-pressed", String(!isHidden));
      });
    }

    function setStatus(text) { status.textContent = text || ""; }

    function setColor(key) { colorSelect.value = key; }

    function setLayout(layout, shared) {
      layoutSelect.value = layout;
      sharedBox.checked = shared;
      sharedLabel.hidden = layout === "single";
    }

    function setSearchNote(text) { searchNote.textContent = text || ""; }

    /* pinned samples as buttons (click to unpin); describe(i) gives the text */
    function setPinned(pinned, describe) {
      pinnedList.textContent = "";
      pinned.forEach(function (i) {
        var b = el("button", { type: "button", class: "pin-item", text: describe(i) + " ×" });
        b.dataset.sample = String(i);
        b.title = "unpin";
        b.addEventListener("click", function () { handlers.onPin(i); });
        pinnedList.appendChild(b);
      });
    }

    /* per-class counts of the samples shown (the sample-size control's subset) */
    function setCounts(counts) {
      legendItems.forEach(function (item, i) {
        item.querySelector(".legend-count").textContent = String(counts[i]);
      });
    }

    return { setCounts: setCounts, setShown: extra.setShown, setLayerTrails: extra.setLayerTrails, setMode: extra.setMode, setSelection: extra.setSelection,
             setSnapshot: setSnapshot, setLayer: setLayer, setPlaying: setPlaying, setSpeed: setSpeed,
             setHidden: setHidden, setStatus: setStatus, setColor: setColor, metrics: metrics, cka: cka,
             setLayout: setLayout, setSearchNote: setSearchNote, setPinned: setPinned,
             colorKeys: function () { return colorOptions(manifest).map(function (o) { return o.value; }); } };
  }

  /* The view mode (3D / 2D), the 2D selection tools and the sample-size control. */
  function viewControls(manifest, handlers) {
    var N = manifest.n_samples;
    var modeSelect = select([{ value: "3d", text: "3D orbit" }, { value: "2d", text: "2D (flatten this view)" }],
      handlers.onMode);
    modeSelect.id = "mode-select";
    modeSelect.title = "2D: an orthographic view along the current direction, pan and zoom only; shift-drag selects " +
      "a box, alt-drag (or the lasso button) a free shape";
    var lassoButton = el("button", { type: "button", id: "lasso-button", class: "mini", text: "lasso" });
    lassoButton.title = "drag to draw a lasso around samples (2D); shift-drag draws a box";
    lassoButton.setAttribute("aria-pressed", "false");
    lassoButton.addEventListener("click", function () {
      var on = lassoButton.getAttribute("aria-pressed") !== "true";
      lassoButton.setAttribute("aria-pressed", String(on));
      handlers.onLassoTool(on);
    });
    var modeRow = el("div", { class: "layout-row" }, [modeSelect, lassoButton]);

    var selectionCount = el("span", { id: "selection-count", class: "selection-count" });
    var clearButton = el("button", { type: "button", id: "selection-clear", class: "mini", text: "clear" });
    clearButton.addEventListener("click", handlers.onClearSelection);
    var selectionRow = el("div", { class: "selection-row" }, [selectionCount, clearButton]);
    selectionRow.hidden = true;

    var layerTrailsBox = el("input", { type: "checkbox", id: "layer-trails" });
    layerTrailsBox.addEventListener("change", function () { handlers.onLayerTrails(layerTrailsBox.checked); });
    var layerTrailsLabel = el("label", { class: "inline-check" }, [layerTrailsBox, el("span", { text: "trails through layers" })]);

    var subsetSlider = el("input", { type: "range", id: "subset-slider", min: "1", max: String(N), step: "1",
                                     value: String(N), disabled: N < 2 });
    subsetSlider.setAttribute("aria-label", "number of samples shown");
    subsetSlider.addEventListener("input", function () { handlers.onShown(Number(subsetSlider.value)); });
    var subsetLabel = el("span", { id: "subset-label", class: "subset-label" });
    subsetLabel.title = "a stratified subset: every class keeps the same share of its samples (the same ones each time)";
    var subsetRow = el("div", { class: "subset-row" }, [subsetSlider, subsetLabel]);

    function setMode(mode) {
      modeSelect.value = mode;
      lassoButton.hidden = mode !== "2d";
    }
    /* shown: the slider's value; total: the samples actually drawn (whole classes round up) */
    function setShown(shown, total) {
      subsetSlider.value = String(shown);
      subsetLabel.textContent = "show " + total + " of " + N;
    }
    function setSelection(count) {
      selectionRow.hidden = count === 0;
      selectionCount.textContent = count + " selected";
    }
    /* reason: why the trails through layers are off limits ("" when they are available) */
    function setLayerTrails(on, reason) {
      layerTrailsBox.checked = on && !reason;
      layerTrailsBox.disabled = !!reason;
      layerTrailsLabel.title = reason || "pinned samples: a dashed line through their places in layer 0, 1, … at this " +
        "snapshot (single view)";
      layerTrailsLabel.classList.toggle("disabled", !!reason);
    }
    return { modeRow: modeRow, selectionRow: selectionRow, subsetRow: subsetRow, layerTrailsRow: layerTrailsLabel,
             setMode: setMode, setShown: setShown, setSelection: setSelection, setLayerTrails: setLayerTrails };
  }

  L.ui = { createUI: createUI };
})();
