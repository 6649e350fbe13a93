/* Latentris viewer: wiring. Loads the manifest, builds the panel and the renderer, loads the chunk in view, plays.
   window.Latentris.app is the handle used by the browser tests. */
(function () {
  "use strict";
  var L = (window.Latentris = window.Latentris || {});
  var C = L.constants;

  var app = (L.app = { isReady: false, state: null, manifest: null });

  function showError(err) {
    if (err && err.superseded) return;  /* a load given up for newer live data: nothing went wrong */
    var box = document.getElementById("error");
    box.textContent = "Could not show this site: " + (err && err.message ? err.message : String(err));
    box.hidden = false;
    console.error(err);
  }

  function start() {
    var manifest, state, ui, view, flow, chunkRequest = 0, playFrame = 0, lastTime = 0;
    var last = function () { return manifest.snapshots.length - 1; };

    var panels = [];  /* layout "layers": one {layer, view, cell} per layer (of the shown runs, in a comparison) */
    var runs = null;  /* a site comparing runs: L.runs (runs.js); null for one run */
    var mainShown = false;
    var hover = -1;
    var loadedScores = new Map();  /* layer -> per-sample scores, for the tooltip */
    var samples = null;            /* the per-sample chunk, once loaded */
    function activeViews() { return state.layout === "layers" ? panels.map(function (p) { return p.view; }) : [view]; }

    function showSnapshot(f) {
      state.snapshot = Math.min(Math.max(f, 0), last());
      activeViews().forEach(function (v) { v.setFrame(state.snapshot); });
      if (hover >= 0) describeHover();
      ui.setSnapshot(state.snapshot);
      if (runs) runs.setSnapshot(state.snapshot);
      flow.setSnapshot(state.snapshot).catch(showError);
      panels.forEach(function (p) { p.flow.setSnapshot(state.snapshot).catch(showError); });
      L.state.writeHash(state, manifest);
    }

    /* correct (1) / wrong (0) / unknown (-1) per snapshot and sample, from the predictions (of the layer's run) */
    var correctness = new Map();
    function predictionsOf(layer) { return runs ? runs.predictions(layer) : manifest.predictions; }
    function correctScores(layer) {
      var p = predictionsOf(layer);
      if (!correctness.has(p)) {
        var n = manifest.n_samples, values = new Float32Array(p.length);
        for (var i = 0; i < p.length; i++) values[i] = p[i] < 0 ? -1 : (p[i] === manifest.labels[i % n] ? 1 : 0);
        correctness.set(p, values);
      }
      return correctness.get(p);
    }

    /* What the points are coloured by, for the current layer: null (class colours) or the renderer's scores. */
    function coloring(layer) {
      if (layer === undefined) layer = state.layer;
      if (state.color === "class") return Promise.resolve(null);
      if (state.color === "correct") return Promise.resolve({ values: correctScores(layer), mode: 2 });
      if (state.color === "flow-outliers") return layer === state.layer ? flow.outlierColoring() : Promise.resolve(null);
      return L.data.loadScores(layer).then(function (scores) {
        loadedScores.set(layer, scores);
        return { values: scores[state.color], mode: 1, range: scores.range[state.color] || [0, 1] };
      });
    }

    /* Load (method, layer)'s chunk (and the colouring's data); a later request wins over one still in flight. */
    function showChunk() {
      var request = ++chunkRequest;
      var label = state.method + " · layer " + state.layer;
      ui.setLayer(state.method, state.layer);
      ui.setStatus("loading " + label + "…");
      L.state.writeHash(state, manifest);
      var single = Promise.all([L.data.loadChunk(state.method, state.layer, state.snapshot), coloring()]).then(function (loaded) {
        if (request !== chunkRequest) return;
        view.setChunk(loaded[0], manifest.labels);
        view.setColoring(loaded[1]);
        view.setFrame(state.snapshot);
        view.setMarks(hover, state.pinned);
        mainShown = true;
        return Promise.all([flow.setChunk(state.method, state.layer, loaded[0]), showLayerTrails()]);
      });
      var multiples = state.layout !== "layers" ? [] : panels.map(function (p) {
        p.cell.classList.toggle("current", p.layer === state.layer);
        return Promise.all([L.data.loadChunk(state.method, p.layer, state.snapshot), coloring(p.layer)]).then(function (loaded) {
          if (request !== chunkRequest) return;
          p.view.setChunk(loaded[0], manifest.labels);
          p.view.setColoring(loaded[1]);
          p.view.setClassVisibility(classVisibility());
          p.view.setFrame(state.snapshot);
          p.view.setMarks(hover, state.pinned);
          return p.flow.setChunk(state.method, p.layer, loaded[0]);
        });
      });
      return Promise.all([single].concat(multiples)).then(function () {
        if (request === chunkRequest) ui.setStatus("");
      });
    }

    function showColoring() {
      var request = ++chunkRequest;
      ui.setColor(state.color);
      L.state.writeHash(state, manifest);
      var jobs = [coloring().then(function (c) { if (request === chunkRequest) view.setColoring(c); })];
      panels.forEach(function (p) {
        jobs.push(coloring(p.layer).then(function (c) { if (request === chunkRequest) p.view.setColoring(c); }));
      });
      return Promise.all(jobs);
    }

    function classVisibility() { return manifest.classes.map(function (_, i) { return !state.hiddenClasses.has(i); }); }

    /* ---- layout: the current layer alone, or every layer side by side ---- */
    var sceneCanvas = document.getElementById("scene");
    var panelsBox = document.getElementById("panels");
    var syncing = false;

    var cameraTimer = 0;
    var cameraDriver = null;  /* the view the user last pressed on: only its camera (and inertia) drives the others */
    function linkCamera(v) {
      v.onCameraStart(function () { cameraDriver = v; });
      v.onCameraChange(function () {
        if (syncing || cameraDriver !== v) return;
        /* the hash gets the camera once it has come to rest (damping keeps it moving after the drag ends) */
        clearTimeout(cameraTimer);
        cameraTimer = setTimeout(function () {
          state.camera = v.getCamera();
          L.state.writeHash(state, manifest);
        }, C.CAMERA_HASH_DELAY_MS);
        if (state.layout === "layers" && state.sharedCamera) {
          syncing = true;
          var cam = v.getCamera();
          panels.forEach(function (p) { if (p.view !== v) p.view.setCamera(cam); });
          syncing = false;
        }
      });
    }

    function buildPanels() {
      /* panels built again (a run ticked in the run picker) keep their own cameras when the camera is not shared */
      var kept = {};
      if (!state.sharedCamera) panels.forEach(function (p) { kept[p.layer] = p.view.getCamera(); });
      destroyPanels();
      var shared = state.camera || (mainShown ? view.getCamera() : null);
      panels = manifest.layers.map(function (layer, i) {
        if (runs && !runs.shows(i)) return null;  /* a run unticked in the run picker */
        var canvas = document.createElement("canvas");
        canvas.className = "panel-canvas";
        canvas.setAttribute("aria-label", "layer " + i);
        var label = document.createElement("button");
        label.type = "button";
        label.className = "panel-label";
        label.textContent = i + ": " + layer.name;
        label.title = "make this the current layer (metrics, flow field, single view)";
        label.addEventListener("click", function () { handlers.onLayer(i); });
        var cell = document.createElement("div");
        cell.className = "panel-cell";
        cell.dataset.layer = String(i);
        cell.append(canvas, label);
        panelsBox.appendChild(cell);
        var v = L.overlays.createView(canvas, { nClasses: manifest.classes.length });
        prepareView(v);
        var start = kept[i] || shared;
        if (start) v.setCamera(start);
        linkCamera(v);
        attachPointer(v, i);
        attachSelect(v);
        return { layer: i, view: v, cell: cell, flow: panelFlow(v) };
      }).filter(Boolean);
      if (runs) runs.markPanels();
    }

    /* The side panel's flow overlay (on the single view); the layer panels follow its mode and pick. */
    function createMainFlow() {
      return L.flow.createFlow(view, manifest, document.getElementById("flow"), {
        onMode: function (m) { panels.forEach(function (p) { p.flow.setMode(m); }); },
        onPick: function (i) { panels.forEach(function (p) { p.flow.pick(i); }); }
      });
    }

    /* A panel's own flow field (its layer's), drawn in the mode of the side panel's flow control. */
    function panelFlow(v) {
      var f = L.flow.createFlow(v, manifest, null);
      f.setMode(flow.mode());
      if (flow.picked() >= 0) f.pick(flow.picked());
      return f;
    }

    function destroyPanels() {
      panels.forEach(function (p) { p.flow.destroy(); p.view.destroy(); });
      panels = [];
      panelsBox.textContent = "";
    }

    function applyLayout() {
      var multiple = state.layout === "layers";
      if (multiple) buildPanels(); else destroyPanels();
      panelsBox.hidden = !multiple;
      var columns = runs ? runs.columns() : Math.min(manifest.layers.length, 4);  /* compare: one row per run */
      panelsBox.style.gridTemplateColumns = "repeat(" + columns + ", minmax(0, 1fr))";
      sceneCanvas.hidden = multiple;
      ui.setLayout(state.layout, state.sharedCamera);
      if (!multiple && state.camera) view.setCamera(state.camera);
      view.resize();
    }

    /* ---- sample-size control, view mode, selection set: the same in every view ---- */
    var ranks = null;  /* each sample's rank within its class (L.state.classRanks) */

    function prepareView(v) {
      v.setMode(state.mode);
      v.setRanks(ranks);
      v.setFraction(state.shown / manifest.n_samples);
      v.setSelection(state.selection);
    }

    function setShown(n) {
      state.shown = Math.min(Math.max(Math.round(n), 1), manifest.n_samples);
      var fraction = state.shown / manifest.n_samples;
      [view].concat(panels.map(function (p) { return p.view; })).forEach(function (v) { v.setFraction(fraction); });
      var counts = L.state.subsetCounts(manifest.labels, ranks, manifest.classes.length, fraction);
      ui.setCounts(counts);
      ui.setShown(state.shown, counts.reduce(function (a, b) { return a + b; }, 0));
      L.state.writeHash(state, manifest);
    }

    /* 3D orbit or 2D; the camera in the hash follows (it carries the 2D zoom) */
    function setMode(mode) {
      state.mode = C.VIEW_MODES.indexOf(mode) >= 0 ? mode : "3d";
      [view].concat(panels.map(function (p) { return p.view; })).forEach(function (v) { v.setMode(state.mode); });
      var views = activeViews();
      state.camera = views[Math.min(state.layout === "layers" ? state.layer : 0, views.length - 1)].getCamera();
      ui.setMode(state.mode);
      showHint();
      if (state.mode === "3d") setLassoTool(false);
      L.state.writeHash(state, manifest);
    }

    /* The side panel's view mode, selection and subset controls showing the state (after the panel is rebuilt). */
    function syncViewControls() {
      ui.setMode(state.mode);
      showHint();
      ui.setSelection(state.selection.length);
      setShown(state.shown);
    }

    function setSelection(indices) {
      state.selection = indices.slice();
      [view].concat(panels.map(function (p) { return p.view; })).forEach(function (v) { v.setSelection(state.selection); });
      ui.setSelection(state.selection.length);
      L.state.writeHash(state, manifest);
    }

    function showHint() {
      document.querySelector(".hint").textContent = state.mode === "2d" ?
        "2D · drag to pan · scroll to zoom · shift-drag: box select · alt-drag: lasso" :
        "drag to rotate · scroll to zoom · right-drag to pan";
    }

    var lassoTool = false;
    function setLassoTool(on) {
      lassoTool = on;
      var b = document.getElementById("lasso-button");
      if (b) b.setAttribute("aria-pressed", String(on));
    }

    /* The outline of a box or lasso being drawn, over the views (an SVG polygon in .view's coordinates). */
    var overlay = null;
    function drawOutline(points) {
      if (!overlay) {
        var ns = "http://www.w3.org/2000/svg";
        overlay = document.createElementNS(ns, "svg");
        overlay.setAttribute("class", "select-overlay");
        var poly = document.createElementNS(ns, "polygon");
        poly.setAttribute("fill", C.SELECTION_STROKE);
        poly.setAttribute("fill-opacity", "0.08");
        poly.setAttribute("stroke", C.SELECTION_STROKE);
        poly.setAttribute("stroke-dasharray", "4 3");
        overlay.appendChild(poly);
        sceneCanvas.parentElement.appendChild(overlay);
      }
      var box = sceneCanvas.parentElement.getBoundingClientRect();
      overlay.firstChild.setAttribute("points", points.map(function (p) {
        return (p[0] - box.left) + "," + (p[1] - box.top);
      }).join(" "));
      overlay.hidden = points.length === 0;
    }

    /* Box (drag with Shift) or lasso (drag with Alt, or with the lasso tool on) in 2D: the samples inside become the
       selection set. Runs in the capture phase, before the camera controls see the press. */
    function attachSelect(v) {
      var canvas = v.canvas;
      canvas.addEventListener("pointerdown", function (ev) {
        if (state.mode !== "2d" || ev.button !== 0 || !(ev.shiftKey || ev.altKey || lassoTool)) return;
        ev.stopImmediatePropagation();
        ev.preventDefault();
        var kind = ev.shiftKey ? "box" : "lasso", path = [[ev.clientX, ev.clientY]];
        canvas.setPointerCapture(ev.pointerId);
        function outline() {
          if (kind === "lasso") return path;
          var a = path[0], b = path[path.length - 1];
          return [a, [b[0], a[1]], b, [a[0], b[1]]];
        }
        function move(e) { path.push([e.clientX, e.clientY]); drawOutline(outline()); }
        function up() {
          canvas.removeEventListener("pointermove", move);
          canvas.removeEventListener("pointerup", up);
          canvas.removeEventListener("pointercancel", up);
          drawOutline([]);
          var r = canvas.getBoundingClientRect();
          var poly = outline().map(function (p) { return [p[0] - r.left, p[1] - r.top]; });
          if (poly.length >= 3) setSelection(v.samplesInside(function (x, y) { return insidePolygon(poly, x, y); }));
        }
        canvas.addEventListener("pointermove", move);
        canvas.addEventListener("pointerup", up);
        canvas.addEventListener("pointercancel", up);
      }, true);
    }

    /* Even-odd rule: whether (x, y) lies inside the polygon [[x, y], ...]. */
    function insidePolygon(poly, x, y) {
      var inside = false;
      for (var i = 0, j = poly.length - 1; i < poly.length; j = i++) {
        var xi = poly[i][0], yi = poly[i][1], xj = poly[j][0], yj = poly[j][1];
        if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    }

    /* ---- trails through layers (methods whose manifest axis is "layers": each snapshot's layers in one space) ---- */
    function layerTrailsReason() {
      var m = manifest.methods.filter(function (x) { return x.name === state.method; })[0];
      if (!manifest.methods.some(function (x) { return x.axis === "layers"; })) {
        return "no projection in this export aligns the layers of a snapshot in one space (export with axis=\"layers\"), " +
          "so paths through layers would join unrelated coordinates";
      }
      if (!m || m.axis !== "layers") return "the projection " + state.method + " aligns snapshots, not layers; pick one with axis \"layers\"";
      if (manifest.layers.length < 2) return "this export has a single layer";
      return "";
    }

    /* Load every layer's chunk of the method and hand them to the single view (or drop the trails). */
    var layerTrailsRequest = 0;
    function showLayerTrails() {
      var reason = layerTrailsReason(), request = ++layerTrailsRequest;
      ui.setLayerTrails(state.layerTrails, reason);
      if (!state.layerTrails || reason) { view.setLayerChunks(null); return Promise.resolve(); }
      /* every block of every layer: the trails follow the player to any snapshot, never through held positions */
      return Promise.all(manifest.layers.map(function (_, l) {
        return L.data.loadChunk(state.method, l, state.snapshot).then(function (chunk) { return chunk.complete; });
      })).then(function (chunks) { if (request === layerTrailsRequest) view.setLayerChunks(chunks); });
    }

    /* ---- hover (linked across panels), tooltip, pinning ---- */
    var tooltip = document.getElementById("tooltip");
    var hoverAt = null;

    function setHover(i, clientX, clientY) {
      if (i !== hover) {
        hover = i;
        activeViews().forEach(function (v) { v.setMarks(hover, state.pinned); });
      }
      hoverAt = i >= 0 ? [clientX, clientY] : null;
      describeHover();
    }

    function sampleName(i) {
      return samples && samples.names ? samples.names[i] : null;
    }

    function describeSample(i) {
      var name = sampleName(i);
      return "#" + i + (name ? " " + name : "") + " · " + manifest.classes[manifest.labels[i]].name;
    }

    /* The tooltip's lines for the hovered sample at the nearest snapshot, as text. */
    function tooltipLines(i) {
      var s = L.state.nearestSnapshot(state, manifest), n = manifest.n_samples;
      var name = sampleName(i);
      var lines = ["sample #" + i + (name ? " · " + name : "")];
      lines.push("label: " + manifest.classes[manifest.labels[i]].name);
      if (runs) lines.push("run: " + manifest.runs[runs.run(hoverLayer)].name);
      if (manifest.predictions) {
        var p = predictionsOf(hoverLayer)[s * n + i];
        lines.push(p < 0 ? "prediction: unknown" : "prediction: " + (manifest.classes[p] ? manifest.classes[p].name : String(p)) +
          (p === manifest.labels[i] ? " (correct)" : " (wrong)"));
      }
      var losses = samples && runs && samples.run_losses ? samples.run_losses[runs.run(hoverLayer)] : samples && samples.losses;
      if (losses) {
        var loss = losses[s * n + i];
        if (Number.isFinite(loss)) lines.push("loss: " + loss.toFixed(3));
      }
      var scores = loadedScores.get(hoverLayer);
      if (scores) {
        manifest.scores.keys.forEach(function (k) {
          var v = scores[k.key] && scores[k.key][s * n + i];
          if (v !== undefined && v > C.SCORE_MISSING) lines.push(k.label + ": " + v.toFixed(3));
        });
      }
      return lines;
    }

    var hoverLayer = 0;
    function describeHover() {
      if (hover < 0 || !hoverAt) { tooltip.hidden = true; return; }
      tooltip.textContent = "";
      tooltipLines(hover).forEach(function (line, k) {
        var row = document.createElement("div");
        row.className = k === 0 ? "tooltip-title" : "tooltip-row";
        row.textContent = line;
        tooltip.appendChild(row);
      });
      if (samples && samples.thumbnails) tooltip.appendChild(thumbnail(hover));
      var box = tooltip.parentElement.getBoundingClientRect();
      tooltip.style.left = (hoverAt[0] - box.left + 14) + "px";
      tooltip.style.top = (hoverAt[1] - box.top + 14) + "px";
      tooltip.hidden = false;
    }

    /* The probe's thumbnail of sample i (uint8 h × w × c, c = 1 or 3), scaled up without smoothing. */
    function thumbnail(i) {
      var shape = samples.thumbnails.shape, h = shape[0], w = shape[1], c = shape[2];
      var canvas = document.createElement("canvas");
      canvas.width = w; canvas.height = h;
      canvas.className = "tooltip-thumb";
      var img = new ImageData(w, h), src = samples.thumbnails.bytes, off = i * h * w * c;
      for (var k = 0; k < h * w; k++) {
        for (var ch = 0; ch < 3; ch++) img.data[k * 4 + ch] = src[off + k * c + (c >= 3 ? ch : 0)];
        img.data[k * 4 + 3] = 255;
      }
      canvas.getContext("2d").putImageData(img, 0, 0);
      return canvas;
    }

    function ensureSamples() {
      if (samples) return Promise.resolve(samples);
      return L.data.loadSamples().then(function (x) { samples = x; ui.setPinned(state.pinned, describeSample); return x; });
    }

    function ensureScores(layer) {
      if (loadedScores.has(layer) || !manifest.scores.chunks[layer]) return;
      L.data.loadScores(layer).then(function (x) { loadedScores.set(layer, x); describeHover(); }).catch(function () {});
    }

    /* Pointer on a view's canvas: hover picks (once per animation frame), a click without drag pins. */
    function attachPointer(v, layer) {
      var canvas = v.canvas, down = null, pending = null;
      function pickAt(ev) {
        var r = canvas.getBoundingClientRect();
        return v.pick(ev.clientX - r.left, ev.clientY - r.top, C.PICK_RADIUS_PX);
      }
      canvas.addEventListener("pointermove", function (ev) {
        if (ev.buttons) return;
        if (!pending) requestAnimationFrame(function hoverPick() {
          if (pending && v.cameraMoving()) { requestAnimationFrame(hoverPick); return; }  /* pick once it settles */
          var e = pending; pending = null;
          if (!e) return;  /* a press or the pointer leaving cancelled it */
          hoverLayer = layer === undefined ? state.layer : layer;
          var i = pickAt(e);
          if (i >= 0) {
            ensureScores(hoverLayer);
            if (!samples) ensureSamples().then(describeHover).catch(showError);
          }
          setHover(i, e.clientX, e.clientY);
        });
        pending = ev;
      });
      canvas.addEventListener("pointerleave", function () { pending = null; setHover(-1); });
      canvas.addEventListener("pointerdown", function (ev) { down = [ev.clientX, ev.clientY]; pending = null; setHover(-1); });
      canvas.addEventListener("pointerup", function (ev) {
        if (down && Math.hypot(ev.clientX - down[0], ev.clientY - down[1]) < 4) {
          var i = pickAt(ev);
          if (i >= 0) handlers.onPin(i);
        }
        down = null;
      });
    }

    function setPinned(pinned) {
      state.pinned = pinned.slice(0, C.MAX_PINNED);
      activeViews().forEach(function (v) { v.setMarks(hover, state.pinned); });
      ui.setPinned(state.pinned, describeSample);
      L.state.writeHash(state, manifest);
    }

    /* A sample by index ("17", "#17") or by name (exact, then the first containing the text, case-insensitive). */
    function search(text) {
      if (!text) return Promise.resolve(-1);
      var m = /^#?(\d+)$/.exec(text);
      if (m && Number(m[1]) < manifest.n_samples) return Promise.resolve(Number(m[1]));
      return ensureSamples().then(function (x) {
        if (!x.names) return -1;
        var t = text.toLowerCase(), names = x.names.map(function (nm) { return String(nm).toLowerCase(); });
        var exact = names.indexOf(t);
        if (exact >= 0) return exact;
        return names.findIndex(function (nm) { return nm.indexOf(t) >= 0; });
      });
    }

    /* PNG of what is on screen: the view, or the layer panels side by side with their names. */
    function snapshotImage() {
      var canvases = activeViews().map(function (v) { v.render(); return v.canvas; });
      var w = canvases.reduce(function (a, c) { return a + c.width; }, 0);
      var h = canvases.reduce(function (a, c) { return Math.max(a, c.height); }, 0);
      var out = document.createElement("canvas");
      out.width = Math.max(w, 1); out.height = Math.max(h, 1);
      var g = out.getContext("2d"), x = 0;
      g.fillStyle = C.BACKGROUND;
      g.fillRect(0, 0, out.width, out.height);
      canvases.forEach(function (c, k) {
        g.drawImage(c, x, 0);
        if (state.layout === "layers") {
          var layer = panels[k].layer;  /* panels need not map 1:1 to manifest.layers (a compared run hidden) */
          g.fillStyle = "#e6e9ee";
          g.font = "14px sans-serif";
          g.fillText(layer + ": " + manifest.layers[layer].name, x + 8, 20);
        }
        x += c.width;
      });
      var snap = manifest.snapshots[L.state.nearestSnapshot(state, manifest)];
      var file = "latentris-" + state.method + "-" + (state.layout === "layers" ? "layers" : "layer" + state.layer) +
        "-epoch" + snap.epoch + ".png";
      return new Promise(function (resolve) {
        out.toBlob(function (blob) {
          var a = document.createElement("a");
          a.href = URL.createObjectURL(blob);
          a.download = file;
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
          resolve(file);
        }, "image/png");
      });
    }

    function tick(time) {
      var dt = lastTime ? (time - lastTime) / 1000 : 0;
      lastTime = time;
      var next = state.snapshot + (dt * state.speed) / C.SECONDS_PER_SNAPSHOT;
      if (next >= last()) {
        showSnapshot(last());
        setPlaying(false);
        return;
      }
      showSnapshot(next);
      playFrame = requestAnimationFrame(tick);
    }

    function setPlaying(playing) {
      if (playing && last() < 1) playing = false;
      state.playing = playing;
      cancelAnimationFrame(playFrame);
      playFrame = 0;
      lastTime = 0;
      if (playing) {
        if (state.snapshot >= last()) showSnapshot(0);
        playFrame = requestAnimationFrame(tick);
      } else {
        showSnapshot(Math.round(state.snapshot));  /* a paused view shows a real snapshot, not a blend */
      }
      ui.setPlaying(playing);
    }

    function setHidden(hidden) {
      state.hiddenClasses = hidden;
      var visible = classVisibility();
      view.setClassVisibility(visible);
      panels.forEach(function (p) { p.view.setClassVisibility(visible); });
      ui.setHidden(hidden);
    }

    /* Keys anywhere outside a text field: ← → step one snapshot, space plays / pauses, [ ] slower / faster. */
    function onKey(ev) {
      var t = ev.target, tag = t && t.tagName;
      if (ev.ctrlKey || ev.metaKey || ev.altKey || tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
      var s = Math.round(state.snapshot), k = C.SPEEDS.indexOf(state.speed);
      if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") {
        handlers.onSnapshot(Math.min(Math.max(s + (ev.key === "ArrowRight" ? 1 : -1), 0), last()), true);
      } else if (ev.key === " " && tag !== "BUTTON") {
        handlers.onPlay();
      } else if (ev.key === "]" || ev.key === "[") {
        var next = C.SPEEDS[Math.min(Math.max(k + (ev.key === "]" ? 1 : -1), 0), C.SPEEDS.length - 1)];
        handlers.onSpeed(next);
      } else {
        return;
      }
      ev.preventDefault();
    }

    /* The run picker changed: rebuild the side-by-side panels with the shown runs' layers. */
    function onRunsShown() {
      if (state.layout !== "layers") return;
      setHover(-1);
      applyLayout();
      showChunk().catch(showError);
    }

    var handlers = {
      onMethod: function (name) { state.method = name; return showChunk().catch(showError); },
      onLayer: function (i) { state.layer = i; return showChunk().catch(showError); },
      onSnapshot: function (f, settled) {
        if (state.playing) setPlaying(false);
        showSnapshot(settled ? Math.round(f) : f);
      },
      onPlay: function () { setPlaying(!state.playing); },
      onSpeed: function (x) { state.speed = x; ui.setSpeed(x); L.state.writeHash(state, manifest); },
      onLayout: function (layout) {
        state.layout = C.LAYOUTS.indexOf(layout) >= 0 ? layout : "single";
        setHover(-1);
        applyLayout();
        return showChunk().catch(showError);
      },
      onSharedCamera: function (shared) {
        state.sharedCamera = shared;
        if (shared && panels.length) {
          var cam = panels[Math.min(state.layer, panels.length - 1)].view.getCamera();
          panels.forEach(function (p) { p.view.setCamera(cam); });
        }
        L.state.writeHash(state, manifest);
      },
      onPin: function (i) {
        var at = state.pinned.indexOf(i);
        setPinned(at >= 0 ? state.pinned.filter(function (j) { return j !== i; }) : state.pinned.concat([i]));
      },
      onSearch: function (text) {
        return search(text).then(function (i) {
          if (i < 0) { ui.setSearchNote(text ? "no sample matches " + JSON.stringify(text) : ""); return -1; }
          if (state.pinned.indexOf(i) < 0) setPinned(state.pinned.concat([i]));
          ui.setSearchNote("found " + describeSample(i));
          return i;
        }).catch(showError);
      },
      onSnapshotImage: function () { return snapshotImage().catch(showError); },
      onShown: function (n) { setShown(n); },
      onMode: function (mode) { setMode(mode); },
      onLassoTool: function (on) { setLassoTool(on); },
      onClearSelection: function () { setSelection([]); },
      onLayerTrails: function (on) {
        state.layerTrails = on;
        L.state.writeHash(state, manifest);
        return showLayerTrails().catch(showError);
      },
      onToggleClass: function (i) {
        var hidden = new Set(state.hiddenClasses);
        if (hidden.has(i)) hidden.delete(i); else hidden.add(i);
        setHidden(hidden);
      },
      onShowAll: function (visible) {
        setHidden(visible ? new Set() : new Set(manifest.classes.map(function (_, i) { return i; })));
      },
      onColor: function (key) { state.color = key; return showColoring().catch(showError); },
      onAlert: function (alert) {
        if (state.playing) setPlaying(false);
        showSnapshot(alert.snapshot);
        if (state.layer !== alert.layer_index) {
          state.layer = alert.layer_index;
          return showChunk().catch(showError);
        }
        return Promise.resolve();
      }
    };

    /* ---- live mode (live.js, docs/publishing.md#live-mode): a newer manifest of the same run, swapped in place ---- */
    var pristinePanel = document.querySelector("#app aside.panel").cloneNode(true);  /* the side panel before createUI */
    var panelPressed = false;  /* a pointer is down in the side panel (dragging the slider, say) */
    document.addEventListener("pointerdown", function (ev) {
      panelPressed = !!(ev.target && ev.target.closest && ev.target.closest("#app aside.panel"));
    }, true);
    ["pointerup", "pointercancel"].forEach(function (type) {
      document.addEventListener(type, function () { panelPressed = false; }, true);
    });

    /* Resolves once no pointer is pressed in the side panel: a rebuild never pulls a control from under a drag. */
    function whenPanelIdle() {
      return new Promise(function (resolve) {
        (function check() { if (panelPressed) setTimeout(check, C.LIVE_IDLE_CHECK_MS); else resolve(); })();
      });
    }

    /* The snapshot of `next` that is `at` of the current manifest (snapshots only ever get appended). */
    function sameSnapshot(next, at, index) {
      var found = next.snapshots.findIndex(function (s) { return s.epoch === at.epoch && s.step === at.step; });
      return found >= 0 ? found : Math.min(index, next.snapshots.length - 1);
    }

    /* A manifest of another run (other samples, classes or layers) cannot keep the view: reload instead. */
    function sameRun(next) {
      var names = function (list) { return list.map(function (x) { return x.name; }).join("\u0000"); };
      return next.n_samples === manifest.n_samples && names(next.classes) === names(manifest.classes) &&
        names(next.layers) === names(manifest.layers);
    }

    /* The data the current view needs from `next`, loaded before anything is swapped: a chunk caught mid-write by the
       next export fails here, the view stays as it was and live.js tries again. */
    function preload(next) {
      var method = next.chunks[state.method] ? state.method : next.methods[0].name;
      var layers = state.layout === "layers" ? next.layers.map(function (_, i) { return i; }) : [state.layer];
      /* every block: the old view stays on screen meanwhile, and the new one never shows a held snapshot */
      return Promise.all(layers.map(function (i) {
        return L.data.loadChunk(method, i).then(function (chunk) { return chunk.complete; });
      }));
    }

    /* Replace the side panel (pickers, slider, legend, charts, alerts, CKA, flow) with one built for the current
       manifest, keeping what the user typed, the focus and the scroll position. */
    function rebuildPanel() {
      var old = document.querySelector("#app aside.panel");
      var search = document.getElementById("search-input"), note = document.getElementById("search-note");
      var kept = { search: search ? search.value : "", note: note ? note.textContent : "", scroll: old.scrollTop,
                   focus: old.contains(document.activeElement) ? document.activeElement.id : "" };
      if (ui.metrics && ui.metrics.destroy) ui.metrics.destroy();
      flow.destroy();
      old.replaceWith(pristinePanel.cloneNode(true));
      ui = app.ui = L.ui.createUI(document.getElementById("app"), manifest, handlers);
      flow = app.flow = createMainFlow();
      panels.forEach(function (p) { p.flow.destroy(); p.flow = panelFlow(p.view); });
      syncViewControls();
      if (ui.colorKeys().indexOf(state.color) < 0) state.color = "class";
      ui.setColor(state.color);
      ui.setPlaying(state.playing);
      ui.setSpeed(state.speed);
      ui.setHidden(state.hiddenClasses);
      ui.setLayout(state.layout, state.sharedCamera);
      ui.setSnapshot(state.snapshot);
      ui.setPinned(state.pinned, describeSample);
      search = document.getElementById("search-input");
      if (search) search.value = kept.search;
      ui.setSearchNote(kept.note);
      document.querySelector("#app aside.panel").scrollTop = kept.scroll;
      var focus = kept.focus && document.getElementById(kept.focus);
      if (focus) focus.focus({ preventScroll: true });
    }

    /* Swap in `raw` (a decoded manifest that live.js read; `version` tags the data files read for it): every panel's
       camera, the method, layer, layout, colouring, hidden classes, pins and speed stay; the snapshot shown stays,
       unless it was the last one, then the view follows to the newest. Rejects (and changes nothing on screen) when
       the data cannot be read yet. */
    function liveUpdate(raw, version) {
      return whenPanelIdle().then(function () {
        L.data.reset(version === undefined ? Date.now() : version, raw);
        return L.data.loadManifest();
      }).then(function (next) {
        if (!sameRun(next)) { location.reload(); return new Promise(function () {}); }
        return preload(next).then(function () { return next; });
      }).then(function (next) {
        var index = L.state.nearestSnapshot(state, manifest);
        var follow = !state.playing && index === last();
        var target = sameSnapshot(next, manifest.snapshots[index], index);
        manifest = app.manifest = next;
        correctness.clear();  /* keyed by the old manifest's predictions */
        loadedScores.clear();
        var hadSamples = !!samples;
        samples = null;
        if (!manifest.chunks[state.method]) state.method = manifest.methods[0].name;
        state.snapshot = follow ? last() : Math.min(Math.max(state.snapshot + target - index, 0), last());
        rebuildPanel();
        if (hadSamples) ensureSamples().catch(function () {});
        return showChunk().then(function () {
          showSnapshot(state.snapshot);
          /* every data file in view was read again: an error about older data (a chunk caught half-written by the
             exporter while the user switched layers, say) no longer applies */
          document.getElementById("error").hidden = true;
        });
      });
    }
    app.liveUpdate = liveUpdate;

    return L.data.loadManifest().then(function (m) {
      manifest = app.manifest = m;
      state = app.state = L.state.createState(manifest);
      /* ask for the first view's block now, so it loads while the page builds (showChunk gets the same promise) */
      L.data.loadChunk(state.method, state.layer, state.snapshot).catch(function () { /* showChunk reports it */ });
      document.title = manifest.title;
      document.getElementById("title").textContent = manifest.title;
      document.getElementById("generator").textContent = manifest.generator;

      var root = document.getElementById("app");
      view = app.view = L.overlays.createView(document.getElementById("scene"), { nClasses: manifest.classes.length });
      ui = app.ui = L.ui.createUI(root, manifest, handlers);
      flow = app.flow = createMainFlow();
      runs = app.runs = L.runs ? L.runs.create(manifest, { onChange: onRunsShown }) : null;
      if (runs) document.getElementById("controls").appendChild(runs.node);
      if (ui.colorKeys().indexOf(state.color) < 0) state.color = "class";
      ui.setColor(state.color);
      ui.setPlaying(false);
      ui.setSpeed(state.speed);
      ui.setHidden(state.hiddenClasses);
      ui.setSnapshot(state.snapshot);
      ui.setPinned(state.pinned, describeSample);
      ranks = L.state.classRanks(manifest.labels, manifest.classes.length, C.SUBSET_SEED);
      prepareView(view);
      syncViewControls();
      if (state.camera) view.setCamera(state.camera);
      linkCamera(view);
      attachPointer(view);
      attachSelect(view);
      applyLayout();
      if (runs) runs.setSnapshot(state.snapshot);
      document.addEventListener("keydown", onKey);

      app.setSnapshot = function (f) { handlers.onSnapshot(f, false); };
      app.setLayer = function (i) { return handlers.onLayer(i); };
      app.setMethod = function (name) { return handlers.onMethod(name); };
      app.toggleClass = handlers.onToggleClass;
      app.setColor = function (key) { return handlers.onColor(key); };
      app.play = function () { setPlaying(true); };
      app.pause = function () { setPlaying(false); };
      app.setLayout = function (layout) { return handlers.onLayout(layout); };
      app.panels = function () { return panels; };
      app.hover = function () { return hover; };
      app.setHover = function (i) { hoverLayer = state.layer; setHover(i, 0, 0); };
      app.search = function (text) { return handlers.onSearch(text); };
      app.snapshotImage = snapshotImage;
      app.setShown = setShown;
      app.setMode = setMode;
      app.setSelection = setSelection;
      app.ranks = function () { return ranks; };
      app.setLayerTrails = function (on) { return handlers.onLayerTrails(on); };
      return showChunk();
    }).then(function () {
      app.isReady = true;
      document.body.classList.add("ready");
    });
  }

  function boot() {
    app.ready = start().catch(function (err) {
      showError(err);
      throw err;
    });
    app.ready.catch(function () { /* shown in the error box */ });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
