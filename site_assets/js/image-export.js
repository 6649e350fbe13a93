/* Latentris viewer: the PNG of what is on screen (the PNG button): the view, or the layer panels side by side, each
   labelled with its own layer. Classic script: window.Latentris.imageExport. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  /* ctx: {store, manifest(), activeViews(), panels: {list()}}. save() downloads the PNG; resolves with its name. */
  function create(ctx) {
    function save() {
      var state = ctx.store.get(), manifest = ctx.manifest(), layers = state.layout === "layers";
      var panels = ctx.panels.list();
      var canvases = ctx.activeViews().map(function (v) { v.render(); return v.canvas; });
      var w = canvases.reduce(function (a, c) { return a + c.width; }, 0);
      var h = canvases.reduce(function (a, c) { return Math.max(a, c.height); }, 0);
      var out = document.createElement("canvas");
      out.width = Math.max(w, 1); out.height = Math.max(h, 1);
      var g = out.getContext("2d"), x = 0;
      g.fillStyle = C.BACKGROUND;
      g.fillRect(0, 0, out.width, out.height);
      canvases.forEach(function (c, k) {
        g.drawImage(c, x, 0);
        if (layers) {
          var layer = panels[k].layer;  /* panels need not map 1:1 to manifest.layers (a compared run hidden) */
          g.fillStyle = "#e6e9ee";
          g.font = "14px sans-serif";
          g.fillText(layer + ": " + manifest.layers[layer].name, x + 8, 20);
        }
        x += c.width;
      });
      var snap = manifest.snapshots[L.state.nearestSnapshot(state, manifest)];
      var file = "latentris-" + state.method + "-" + (layers ? "layers" : "layer" + state.layer) +
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
    return { save: save };
  }

  L.imageExport = { create: create };
})();
