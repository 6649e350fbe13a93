/* Latentris viewer: the layout. "single" shows the current layer in the main view; "layers" shows every layer (of
   the shown runs, in a comparison) side by side in panels with linked hover, an optionally shared camera and each
   its own flow field. Classic script: window.Latentris.panels. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  /* ctx: {store, manifest(), view(), ui(), runs(), flow(), mainShown(), prepareView(v), tooltip, selection,
     onLayer(i)} */
  function create(ctx) {
    var store = ctx.store;
    var sceneCanvas = document.getElementById("scene");
    var panelsBox = document.getElementById("panels");
    var panels = [];  /* one {layer, view, cell, flow} per panel */
    var syncing = false, cameraTimer = 0;
    var cameraDriver = null;  /* the view the user last pressed on: only its camera (and inertia) drives the others */

    function linkCamera(v) {
      v.onCameraStart(function () { cameraDriver = v; });
      v.onCameraChange(function () {
        if (syncing || cameraDriver !== v) return;
        /* the hash gets the camera once it has come to rest (damping keeps it moving after the drag ends) */
        clearTimeout(cameraTimer);
        cameraTimer = setTimeout(function () { store.set({ camera: v.getCamera() }); }, C.CAMERA_HASH_DELAY_MS);
        var state = store.get();
        if (state.layout === "layers" && state.sharedCamera) {
          syncing = true;
          var cam = v.getCamera();
          panels.forEach(function (p) { if (p.view !== v) p.view.setCamera(cam); });
          syncing = false;
        }
      });
    }

    /* A panel's own flow field (its layer's), drawn in the mode of the side panel's flow control. */
    function panelFlow(v) {
      var main = ctx.flow(), f = L.flow.createFlow(v, ctx.manifest(), null);
      f.setMode(main.mode());
      if (main.picked() >= 0) f.pick(main.picked());
      return f;
    }

    function build() {
      var state = store.get(), manifest = ctx.manifest(), runs = ctx.runs(), view = ctx.view();
      /* panels built again (a run ticked in the run picker) keep their own cameras when the camera is not shared */
      var kept = {};
      if (!state.sharedCamera) panels.forEach(function (p) { kept[p.layer] = p.view.getCamera(); });
      destroy();
      var shared = state.camera || (ctx.mainShown() ? view.getCamera() : null);
      panels = manifest.layers.map(function (layer, i) {
        if (runs && !runs.shows(i)) return null;  /* a run unticked in the run picker */
        var canvas = L.util.el("canvas", "panel-canvas");
        canvas.setAttribute("aria-label", "layer " + i);
        var label = L.util.el("button", { type: "button", class: "panel-label", text: i + ": " + layer.name });
        label.title = "make this the current layer (metrics, flow field, single view)";
        label.addEventListener("click", function () { ctx.onLayer(i); });
        var cell = L.util.el("div", "panel-cell", [canvas, label]);
        cell.dataset.layer = String(i);
        panelsBox.appendChild(cell);
        var v = L.overlays.createView(canvas, { nClasses: manifest.classes.length });
        ctx.prepareView(v);
        var start = kept[i] || shared;
        if (start) v.setCamera(start);
        linkCamera(v);
        ctx.tooltip.attach(v, i);
        ctx.selection.attach(v);
        return { layer: i, view: v, cell: cell, flow: panelFlow(v) };
      }).filter(Boolean);
      if (runs) runs.markPanels();
    }

    function destroy() {
      panels.forEach(function (p) { p.flow.destroy(); p.view.destroy(); });
      panels = [];
      panelsBox.textContent = "";
    }

    /* Show the layout of the state: build or drop the panels, size the grid, hide the main canvas under them. */
    function apply() {
      var state = store.get(), manifest = ctx.manifest(), runs = ctx.runs(), view = ctx.view();
      var multiple = state.layout === "layers";
      if (multiple) build(); else destroy();
      panelsBox.hidden = !multiple;
      var columns = runs ? runs.columns() : Math.min(manifest.layers.length, 4);  /* compare: one row per run */
      panelsBox.style.gridTemplateColumns = "repeat(" + columns + ", minmax(0, 1fr))";
      sceneCanvas.hidden = multiple;
      ctx.ui().setLayout(state.layout, state.sharedCamera);
      if (!multiple && state.camera) view.setCamera(state.camera);
      view.resize();
    }

    /* The camera became shared: every panel takes the current layer's panel camera. */
    function shareCamera() {
      if (!panels.length) return;
      var cam = panels[Math.min(store.get().layer, panels.length - 1)].view.getCamera();
      panels.forEach(function (p) { p.view.setCamera(cam); });
    }

    /* Live mode built a new side panel (and its flow control): each panel gets a flow field of the new manifest. */
    function replaceFlows() {
      panels.forEach(function (p) { p.flow.destroy(); p.flow = panelFlow(p.view); });
    }

    return {
      list: function () { return panels; },
      views: function () { return panels.map(function (p) { return p.view; }); },
      linkCamera: linkCamera, apply: apply, destroy: destroy, shareCamera: shareCamera, replaceFlows: replaceFlows
    };
  }

  L.panels = { create: create };
})();
