/* Latentris viewer: "samples to review": the probe samples ranked by the mislabel score (docs/dynamics.md), the top
   REVIEW_TOP listed (thumbnail, name or index, label, most frequent prediction), a click pins one, hovering one rings
   it in the 3D views; the whole ranking downloads as CSV (the columns of `latentris samples --csv`). Every text from
   the data is set with textContent. Classic script: window.Latentris.review. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;
  var el = L.util.el;

  /* The probe's thumbnail of sample i as a small canvas (uint8 h × w × c, c = 1 or 3). */
  function thumbnail(thumbs, i) {
    var shape = thumbs.shape, h = shape[0], w = shape[1], c = shape[2];
    var canvas = el("canvas", "review-thumb");
    canvas.width = w; canvas.height = h;
    var img = new ImageData(w, h), src = thumbs.bytes, off = i * h * w * c;
    for (var k = 0; k < h * w; k++) {
      for (var ch = 0; ch < 3; ch++) img.data[k * 4 + ch] = src[off + k * c + (c >= 3 ? ch : 0)];
      img.data[k * 4 + 3] = 255;
    }
    canvas.getContext("2d").putImageData(img, 0, 0);
    return canvas;
  }

  /* ctx: {store, manifest(), tooltip, onPin(i), showError(err)}; dyn with a mislabel field; box: the element. */
  function create(ctx, dyn, box) {
    var manifest = ctx.manifest(), ranking = L.dynamics.order(dyn, "mislabel");
    var list = el("ol", { id: "review-list", class: "review-list" });
    var button = el("button", { type: "button", id: "review-csv", class: "mini", text: "CSV" });
    button.title = "download every sample, ranked by the mislabel score, as CSV (the columns of latentris samples --csv)";
    var head = el("div", { class: "review-head" }, [
      el("span", { class: "review-title", text: "top " + Math.min(C.REVIEW_TOP, ranking.length) + " of " + ranking.length +
        " by mislabel score" }),
      button
    ]);
    box.append(head, list);
    var samples = null, destroyed = false;

    function className(c) { return c >= 0 && c < manifest.classes.length ? String(manifest.classes[c].name) : "unknown"; }

    function render() {
      list.textContent = "";
      var top = ranking.subarray(0, C.REVIEW_TOP), mf = dyn.values.most_frequent;
      top.forEach(function (i) {
        var name = samples && samples.names ? String(samples.names[i]) : "";
        var parts = [];
        if (samples && samples.thumbnails) parts.push(thumbnail(samples.thumbnails, i));
        parts.push(el("span", { class: "review-text" }, [
          el("span", { class: "review-name", text: "#" + i + (name ? " " + name : "") }),
          el("span", { class: "review-label", text: className(manifest.labels[i]) + (mf ? " → " + className(mf[i]) : "") })
        ]));
        parts.push(el("span", { class: "review-score", text: dyn.values.mislabel[i].toFixed(3) }));
        var item = el("button", { type: "button", class: "review-item" }, parts);
        item.dataset.sample = String(i);
        item.title = "label → most frequent prediction; click to pin";
        item.addEventListener("click", function () {
          if (ctx.store.get().pinned.indexOf(i) < 0) ctx.onPin(i);
        });
        item.addEventListener("pointerenter", function () { ctx.tooltip.setHover(i, null, null); });
        item.addEventListener("pointerleave", function () { ctx.tooltip.setHover(-1); });
        list.appendChild(el("li", "", [item]));
      });
    }

    /* the full ranking as a file, made in the page */
    function download() {
      return ctx.tooltip.ensureSamples().then(function (s) {
        var out = L.dynamics.csv(dyn, manifest, s, ranking);
        var url = URL.createObjectURL(new Blob([out.text], { type: "text/csv;charset=utf-8" }));
        var a = el("a", { href: url, download: "samples-to-review.csv" });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 0);
        return out;
      });
    }
    button.addEventListener("click", function () { download().catch(ctx.showError); });

    render();
    ctx.tooltip.ensureSamples().then(function (s) {
      if (destroyed) return;
      samples = s;
      render();
    }).catch(ctx.showError);

    return {
      ranking: function () { return ranking; },
      download: download,
      destroy: function () { destroyed = true; box.textContent = ""; }
    };
  }

  L.review = { create: create };
})();
