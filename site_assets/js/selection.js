/* Latentris viewer: the selection set, drawn in 2D as a box (Shift-drag) or a lasso (Alt-drag, or with the lasso
   tool on); the same set in every view. Classic script: window.Latentris.selection. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  /* Even-odd rule: whether (x, y) lies inside the polygon [[x, y], ...]. */
  function insidePolygon(poly, x, y) {
    var inside = false;
    for (var i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      var xi = poly[i][0], yi = poly[i][1], xj = poly[j][0], yj = poly[j][1];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }

  /* ctx: {store, allViews(), ui(), container (the element the outline is drawn over)} */
  function create(ctx) {
    var store = ctx.store, lassoTool = false, outlineSvg = null;

    /* The outline of a box or lasso being drawn, over the views (an SVG polygon in the container's coordinates). */
    function drawOutline(points) {
      if (!outlineSvg) {
        var ns = "http://www.w3.org/2000/svg";
        outlineSvg = document.createElementNS(ns, "svg");
        outlineSvg.setAttribute("class", "select-overlay");
        var poly = document.createElementNS(ns, "polygon");
        poly.setAttribute("fill", C.SELECTION_STROKE);
        poly.setAttribute("fill-opacity", "0.08");
        poly.setAttribute("stroke", C.SELECTION_STROKE);
        poly.setAttribute("stroke-dasharray", "4 3");
        outlineSvg.appendChild(poly);
        ctx.container.appendChild(outlineSvg);
      }
      var box = ctx.container.getBoundingClientRect();
      outlineSvg.firstChild.setAttribute("points", points.map(function (p) {
        return (p[0] - box.left) + "," + (p[1] - box.top);
      }).join(" "));
      outlineSvg.hidden = points.length === 0;
    }

    function setSelection(indices) {
      var selection = store.set({ selection: indices.slice() }).selection;
      ctx.allViews().forEach(function (v) { v.setSelection(selection); });
      ctx.ui().setSelection(selection.length);
    }

    function setLassoTool(on) {
      lassoTool = on;
      var b = document.getElementById("lasso-button");
      if (b) b.setAttribute("aria-pressed", String(on));
    }

    /* Box or lasso on view v: the samples inside become the selection set. Runs in the capture phase, before the
       camera controls see the press. */
    function attach(v) {
      var canvas = v.canvas;
      canvas.addEventListener("pointerdown", function (ev) {
        if (store.get().mode !== "2d" || ev.button !== 0 || !(ev.shiftKey || ev.altKey || lassoTool)) return;
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

    return { attach: attach, setSelection: setSelection, setLassoTool: setLassoTool };
  }

  L.selection = { create: create, insidePolygon: insidePolygon };
})();
