/* Latentris viewer: what is drawn over a renderer's points, as overlays (renderer.addOverlay): the hover and pin
   marks, the trails of the pinned and selected samples over the snapshots, and the trails of the pinned samples
   through the layers. createView puts a renderer and these overlays together: the view object main.js and the
   layer panels use. Classic script: window.Latentris.overlays. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  function clear(group) {
    group.children.slice().forEach(function (child) {
      group.remove(child);
      child.geometry.dispose();
      if (!child.userData.sharedMaterial) child.material.dispose();
    });
  }

  /* The hovered sample (white ring) and the pinned ones (yellow rings), at the frame on screen. */
  function marksOverlay() {
    var group = null, ctx = null, material = null, hover = -1, pinned = [];
    function draw() {
      if (!group) return;
      clear(group);
      if (!ctx.chunk()) return;
      var list = pinned.map(function (i) { return [i, C.PIN_COLOR]; });
      if (hover >= 0) list.push([hover, C.HOVER_COLOR]);
      if (!list.length) return;
      var THREE = ctx.THREE, f = ctx.frame();
      var pos = new Float32Array(list.length * 3), col = new Float32Array(list.length * 3), p = [0, 0, 0];
      list.forEach(function (entry, k) {
        pos.set(ctx.worldPosition(entry[0], f, p), k * 3);
        var c = ctx.rawColor(entry[1]);
        col.set([c.x, c.y, c.z], k * 3);
      });
      var g = new THREE.BufferGeometry();
      g.setAttribute("position", new THREE.BufferAttribute(pos, 3));
      g.setAttribute("color", new THREE.BufferAttribute(col, 3));
      var points = new THREE.Points(g, material);
      points.userData.sharedMaterial = true;
      points.frustumCulled = false;
      points.renderOrder = 10;
      group.add(points);
    }
    return {
      attach: function (g, context) {
        group = g;
        ctx = context;
        var THREE = ctx.THREE;
        material = new THREE.ShaderMaterial({
          glslVersion: THREE.GLSL3, vertexShader: L.shaders.markVertex, fragmentShader: L.shaders.markFragment,
          uniforms: { uSizePx: { value: C.MARK_SIZE_PX * ctx.pixelRatio() }, uInner: { value: C.MARK_INNER } },
          depthTest: false, depthWrite: false
        });
      },
      update: function (info) {
        if (info.reason === "resize") { material.uniforms.uSizePx.value = C.MARK_SIZE_PX * ctx.pixelRatio(); return; }
        if (info.reason === "frame" && hover < 0 && !pinned.length) return;
        draw();
      },
      detach: function () { clear(group); material.dispose(); group = null; },
      set: function (h, p) { hover = h; pinned = p.slice(); draw(); }
    };
  }

  /* Each pinned (then up to MAX_SELECTION_TRAILS selected) sample's path over all snapshots, in its class colour. */
  function trailsOverlay() {
    var group = null, ctx = null, samples = [];
    function draw() {
      if (!group) return;
      clear(group);
      var chunk = ctx.chunk();
      if (!chunk || chunk.n_snapshots < 2) return;
      var THREE = ctx.THREE, labels = ctx.labels();
      samples.forEach(function (i) {
        var S = chunk.n_snapshots, pos = new Float32Array(S * 3), p = [0, 0, 0];
        for (var s = 0; s < S; s++) pos.set(ctx.worldPosition(i, s, p), s * 3);
        var g = new THREE.BufferGeometry();
        g.setAttribute("position", new THREE.BufferAttribute(pos, 3));
        var colour = labels ? ctx.classColor(labels[i]) : C.PIN_COLOR;
        group.add(new THREE.Line(g, new THREE.LineBasicMaterial({
          color: new THREE.Color(colour), transparent: true, opacity: C.TRAIL_OPACITY })));
      });
    }
    return {
      attach: function (g, context) { group = g; ctx = context; },
      update: function (info) { if (info.reason === "chunk" || info.reason === "block") draw(); },
      detach: function () { clear(group); group = null; },
      set: function (list) { samples = list.slice(); draw(); },
      count: function () { return group ? group.children.length : 0; }
    };
  }

  /* One dashed polyline per pinned sample through its places in layer 0 .. L-1 at the frame on screen (methods
     whose layers share one space: every layer's chunk placed like the chunk on screen). */
  function layerTrailsOverlay() {
    var group = null, ctx = null, chunks = null, pinned = [];
    function position(c, i, f, out) {
      var chunk = ctx.chunk(), last = c.n_snapshots - 1;
      f = Math.min(Math.max(f, 0), last);
      var a = Math.min(Math.floor(f), Math.max(last - 1, 0)), b = Math.min(a + 1, last), t = a === b ? 0 : f - a;
      var n3 = c.n_samples * 3, q = c.positions, scale = ctx.worldScale();
      for (var k = 0; k < 3; k++) {
        var qa = q[a * n3 + i * 3 + k] / C.QUANT_MAX, qb = q[b * n3 + i * 3 + k] / C.QUANT_MAX;
        var d = c.bbox_min[k] + (qa + (qb - qa) * t) * (c.bbox_max[k] - c.bbox_min[k]);
        out[k] = (d - 0.5 * (chunk.bbox_min[k] + chunk.bbox_max[k])) * scale;
      }
      return out;
    }
    function draw() {
      if (!group) return;
      clear(group);
      if (!chunks || !ctx.chunk() || chunks.length < 2) return;
      var THREE = ctx.THREE, f = ctx.frame();
      pinned.forEach(function (i) {
        var pos = new Float32Array(chunks.length * 3), p = [0, 0, 0];
        chunks.forEach(function (c, l) { pos.set(position(c, i, f, p), l * 3); });
        var g = new THREE.BufferGeometry();
        g.setAttribute("position", new THREE.BufferAttribute(pos, 3));
        var line = new THREE.Line(g, new THREE.LineDashedMaterial({ color: new THREE.Color(C.LAYER_TRAIL_COLOR),
          dashSize: C.LAYER_TRAIL_DASH, gapSize: C.LAYER_TRAIL_DASH * 0.6, transparent: true, opacity: C.TRAIL_OPACITY }));
        line.computeLineDistances();
        line.renderOrder = 5;
        group.add(line);
      });
    }
    return {
      attach: function (g, context) { group = g; ctx = context; },
      update: function (info) { if (info.reason !== "resize" && chunks) draw(); },  /* they move with the frame */
      detach: function () { clear(group); group = null; },
      set: function (list) { pinned = list.slice(); draw(); },
      setChunks: function (c) { chunks = c; draw(); },
      count: function () { return group ? group.children.length : 0; },
      points: function () {
        return group ? group.children.map(function (c) { return Array.from(c.geometry.getAttribute("position").array); }) : [];
      }
    };
  }

  /* A renderer on `canvas` with the marks and trails overlays: the renderer's methods plus setMarks(hover, pinned),
     setSelection(indices) (dims the rest, trails for the first few), setLayerChunks(chunks | null) and the counts the
     tests read. */
  function createView(canvas, options) {
    var r = L.renderer.createRenderer(canvas, options);
    var marks = marksOverlay(), trails = trailsOverlay(), layerTrails = layerTrailsOverlay();
    var handles = [r.addOverlay(trails), r.addOverlay(layerTrails), r.addOverlay(marks)];
    var pinned = [], selection = [];
    function trailSamples() {
      var out = pinned.slice();
      selection.slice(0, C.MAX_SELECTION_TRAILS).forEach(function (i) { if (out.indexOf(i) < 0) out.push(i); });
      return out;
    }
    return Object.assign({}, r, {
      /* hover: a sample index or -1; p: the pinned sample indices */
      setMarks: function (hover, p) {
        var trailsChanged = p.join(",") !== pinned.join(",");
        pinned = p.slice();
        marks.set(hover, pinned);
        if (trailsChanged) { trails.set(trailSamples()); layerTrails.set(pinned); }
        r.requestRender();
      },
      setSelection: function (indices) {
        selection = indices.slice();
        r.setSelection(selection);
        trails.set(trailSamples());
      },
      /* chunks: every layer's chunk of the current method (aligned across layers), or null to drop the trails */
      setLayerChunks: function (chunks) { layerTrails.setChunks(chunks); r.requestRender(); },
      trailCount: trails.count,
      layerTrailCount: layerTrails.count,
      layerTrailPoints: layerTrails.points,  /* world positions of each trail's vertices, for tests */
      destroy: function () {
        handles.forEach(function (h) { h.remove(); });
        r.destroy();
      }
    });
  }

  L.overlays = { createView: createView, marksOverlay: marksOverlay, trailsOverlay: trailsOverlay,
                 layerTrailsOverlay: layerTrailsOverlay };
})();
