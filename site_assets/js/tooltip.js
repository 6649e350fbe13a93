/* Latentris viewer: hover (linked across the views), the tooltip of the hovered sample, click to pin, and finding
   a sample by index or name. Owns the per-sample data the tooltip shows (names, losses, thumbnails, scores), loaded
   when first needed. Classic script: window.Latentris.tooltip. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  /* ctx: {store, manifest(), runs(), ui(), activeViews(), predictionsOf(layer), onPin(i), showError(err)} */
  function create(ctx) {
    var store = ctx.store, tooltip = document.getElementById("tooltip");
    var hover = -1, hoverAt = null, hoverLayer = 0;
    var samples = null;            /* the per-sample chunk, once loaded */
    var loadedScores = new Map();  /* layer -> per-sample scores */

    /* i: a sample or -1; (clientX, clientY): where the tooltip goes (null: no tooltip, the hover comes from a side
       panel such as the data map); layer (optional): the layer it is read in. The store's `hover` follows. */
    function setHover(i, clientX, clientY, layer) {
      if (layer !== undefined) hoverLayer = layer;
      if (i !== hover) {
        hover = i;
        var pinned = store.get().pinned;
        ctx.activeViews().forEach(function (v) { v.setMarks(hover, pinned); });
        store.set({ hover: hover });
      }
      hoverAt = i >= 0 && clientX !== null && clientX !== undefined ? [clientX, clientY] : null;
      describe();
    }

    function sampleName(i) {
      return samples && samples.names ? samples.names[i] : null;
    }

    function describeSample(i) {
      var manifest = ctx.manifest(), name = sampleName(i);
      return "#" + i + (name ? " " + name : "") + " · " + manifest.classes[manifest.labels[i]].name;
    }

    /* The tooltip's lines for the hovered sample at the nearest snapshot, as text. */
    function lines(i) {
      var manifest = ctx.manifest(), runs = ctx.runs();
      var s = L.state.nearestSnapshot(store.get(), manifest), n = manifest.n_samples;
      var name = sampleName(i);
      var out = ["sample #" + i + (name ? " · " + name : "")];
      out.push("label: " + manifest.classes[manifest.labels[i]].name);
      if (runs) out.push("run: " + manifest.runs[runs.run(hoverLayer)].name);
      if (manifest.predictions) {
        var p = ctx.predictionsOf(hoverLayer)[s * n + i];
        out.push(p < 0 ? "prediction: unknown" : "prediction: " + (manifest.classes[p] ? manifest.classes[p].name : String(p)) +
          (p === manifest.labels[i] ? " (correct)" : " (wrong)"));
      }
      var losses = samples && runs && samples.run_losses ? samples.run_losses[runs.run(hoverLayer)] : samples && samples.losses;
      if (losses) {
        var loss = losses[s * n + i];
        if (Number.isFinite(loss)) out.push("loss: " + loss.toFixed(3));
      }
      var scores = loadedScores.get(hoverLayer);
      if (scores) {
        manifest.scores.keys.forEach(function (k) {
          var v = scores[k.key] && scores[k.key][s * n + i];
          if (v !== undefined && v > C.SCORE_MISSING) out.push(k.label + ": " + v.toFixed(3));
        });
      }
      return out;
    }

    function describe() {
      if (hover < 0 || !hoverAt) { tooltip.hidden = true; return; }
      tooltip.textContent = "";
      lines(hover).forEach(function (line, k) {
        tooltip.appendChild(L.util.el("div", k === 0 ? "tooltip-title" : "tooltip-row", line));
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
      return L.data.loadSamples().then(function (x) {
        samples = x;
        ctx.ui().setPinned(store.get().pinned, describeSample);
        return x;
      });
    }

    function ensureScores(layer) {
      if (loadedScores.has(layer) || !ctx.manifest().scores.chunks[layer]) return;
      L.data.loadScores(layer).then(function (x) { loadedScores.set(layer, x); describe(); }).catch(function () {});
    }

    /* Pointer on view v's canvas (layer: the panel's, or undefined for the current layer): hover picks (once per
       animation frame), a click without drag pins. */
    function attach(v, layer) {
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
          hoverLayer = layer === undefined ? store.get().layer : layer;
          var i = pickAt(e);
          if (i >= 0) {
            ensureScores(hoverLayer);
            if (!samples) ensureSamples().then(describe).catch(ctx.showError);
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
          if (i >= 0) ctx.onPin(i);
        }
        down = null;
      });
    }

    /* A sample by index ("17", "#17") or by name (exact, then the first containing the text, case-insensitive). */
    function search(text) {
      if (!text) return Promise.resolve(-1);
      var m = /^#?(\d+)$/.exec(text);
      if (m && Number(m[1]) < ctx.manifest().n_samples) return Promise.resolve(Number(m[1]));
      return ensureSamples().then(function (x) {
        if (!x.names) return -1;
        var t = text.toLowerCase(), names = x.names.map(function (nm) { return String(nm).toLowerCase(); });
        var exact = names.indexOf(t);
        if (exact >= 0) return exact;
        return names.findIndex(function (nm) { return nm.indexOf(t) >= 0; });
      });
    }

    /* Live mode: forget the per-sample data of the old manifest; returns whether it had been loaded. */
    function reset() {
      var had = !!samples;
      samples = null;
      loadedScores.clear();
      return had;
    }

    return {
      attach: attach, setHover: setHover, hover: function () { return hover; }, describe: describe,
      describeSample: describeSample, ensureSamples: ensureSamples, search: search, reset: reset,
      /* scores a colouring loaded, kept for the tooltip */
      scoresLoaded: function (layer, scores) { loadedScores.set(layer, scores); }
    };
  }

  L.tooltip = { create: create };
})();
