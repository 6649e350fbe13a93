/* Latentris viewer: the three.js point cloud. Renders on demand: after a change, during camera motion, or when
   asked; nothing runs while the view is idle. */
(function () {
  "use strict";
  var L = (window.Latentris = window.Latentris || {});
  var C = L.constants;
  var THREE = LatentrisVendor.THREE;

  function hexToRgb(hex) {
    var v = parseInt(hex.slice(1), 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }

  /* The colour's sRGB components as they are (like the class texture's bytes): THREE.Color would convert to linear. */
  function rawColor(hex) {
    var rgb = hexToRgb(hex);
    return new THREE.Vector3(rgb[0] / 255, rgb[1] / 255, rgb[2] / 255);
  }

  function classColor(i) { return C.PALETTE[i % C.PALETTE.length]; }

  /* One texel per class: rgb = colour, a = 255 visible / 0 hidden. */
  function createClassTexture(nClasses) {
    var width = Math.min(Math.max(nClasses, 1), C.CLASS_TEXTURE_WIDTH);
    var height = Math.max(1, Math.ceil(nClasses / width));
    var texels = new Uint8Array(width * height * 4);
    for (var i = 0; i < nClasses; i++) {
      texels.set(hexToRgb(classColor(i)).concat(255), i * 4);
    }
    var tex = new THREE.DataTexture(texels, width, height, THREE.RGBAFormat, THREE.UnsignedByteType);
    tex.magFilter = THREE.NearestFilter;
    tex.minFilter = THREE.NearestFilter;
    tex.needsUpdate = true;
    return tex;
  }

  function createRenderer(canvas, options) {
    options = options || {};
    var nClasses = options.nClasses || 1;

    var renderer = new THREE.WebGLRenderer({ canvas: canvas, antialias: true, preserveDrawingBuffer: true });
    renderer.setPixelRatio(window.devicePixelRatio || 1);
    renderer.setClearColor(new THREE.Color(C.BACKGROUND), 1);

    var scene = new THREE.Scene();
    var camera = new THREE.PerspectiveCamera(C.FOV, 1, C.CAMERA_NEAR, C.CAMERA_FAR);
    camera.position.copy(C.CAMERA_DIRECTION).setLength(C.CAMERA_DISTANCE);
    var controls = new LatentrisVendor.OrbitControls(camera, canvas);
    controls.enableDamping = true;
    controls.dampingFactor = C.CAMERA_DAMPING;
    controls.maxDistance = C.CAMERA_FAR / 4;

    var classTex = createClassTexture(nClasses);
    var material = new THREE.ShaderMaterial({
      glslVersion: THREE.GLSL3,
      vertexShader: L.shaders.pointsVertex,
      fragmentShader: L.shaders.pointsFragment,
      uniforms: {
        uMix: { value: 0 },
        uBboxMin: { value: new THREE.Vector3() },
        uBboxMax: { value: new THREE.Vector3(1, 1, 1) },
        uWorldScale: { value: 1 },
        uClassTex: { value: classTex },
        uClassTexWidth: { value: classTex.image.width },
        uPointSize: { value: C.POINT_SIZE },
        uPixelScale: { value: 1 },
        uMinPx: { value: C.POINT_SIZE_MIN_PX },
        uMaxPx: { value: C.POINT_SIZE_MAX_PX },
        uRim: { value: C.POINT_RIM },
        uRimShade: { value: C.POINT_RIM_SHADE },
        uRimMinPx: { value: C.POINT_RIM_MIN_PX },
        uColorMode: { value: 0 },
        uScoreRange: { value: new THREE.Vector2(0, 1) },
        uRamp0: { value: rawColor(C.SCORE_RAMP[0]) },
        uRamp1: { value: rawColor(C.SCORE_RAMP[1]) },
        uRamp2: { value: rawColor(C.SCORE_RAMP[2]) },
        uCorrect: { value: rawColor(C.CORRECT_COLOR) },
        uWrong: { value: rawColor(C.WRONG_COLOR) },
        uUnknown: { value: rawColor(C.UNKNOWN_COLOR) }
      }
    });

    var geometry = null;
    var points = null;
    var box = null;
    var chunk = null;
    var pair = -1;         /* index of snapshot A currently in the attributes */
    var scores = null;     /* {values: Float32Array S × N, mode: 1 | 2} or null (class colours) */
    var frameRequested = 0;
    var cameraFitted = false;
    var destroyed = false;

    function requestRender() {
      if (frameRequested || destroyed) return;
      frameRequested = requestAnimationFrame(function () {
        frameRequested = 0;
        render();
      });
    }

    function render() {
      if (destroyed) return;
      controls.update();  /* while damping settles this emits "change", which asks for the next frame */
      renderer.render(scene, camera);
    }

    function snapshotView(s) {
      var size = chunk.n_samples * 3;
      return chunk.positions.subarray(s * size, (s + 1) * size);
    }

    function disposeChunk() {
      if (points) scene.remove(points);
      if (box) { scene.remove(box); box.geometry.dispose(); box.material.dispose(); }
      if (geometry) geometry.dispose();
      points = box = geometry = null;
    }

    /* Show a chunk: one BufferGeometry, reused for every frame of this (method, layer). */
    function setChunk(newChunk, labels) {
      disposeChunk();
      chunk = newChunk;
      labelsArr = labels;
      pair = -1;
      var n = chunk.n_samples;
      geometry = new THREE.BufferGeometry();
      geometry.setAttribute("aPosA", new THREE.BufferAttribute(snapshotView(0), 3, true));
      geometry.setAttribute("aPosB", new THREE.BufferAttribute(snapshotView(0), 3, true));
      geometry.setAttribute("aClass", new THREE.BufferAttribute(labels, 1, false));
      geometry.setAttribute("aScoreA", new THREE.BufferAttribute(new Float32Array(n), 1, false));
      geometry.setAttribute("aScoreB", new THREE.BufferAttribute(new Float32Array(n), 1, false));
      geometry.setDrawRange(0, n);

      var lo = chunk.bbox_min, hi = chunk.bbox_max;
      var extent = Math.max(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
      var scale = extent > 0 ? C.WORLD_SIZE / extent : 1;
      var u = material.uniforms;
      u.uBboxMin.value.set(lo[0], lo[1], lo[2]);
      u.uBboxMax.value.set(hi[0], hi[1], hi[2]);
      u.uWorldScale.value = scale;
      var range = C.POINT_SIZE_SCALE_RANGE;
      u.uPointSize.value = C.POINT_SIZE * Math.min(Math.max(Math.cbrt(C.POINT_SIZE_REF_N / n), range[0]), range[1]);

      points = new THREE.Points(geometry, material);
      points.frustumCulled = false;  /* no "position" attribute to bound; the box is small anyway */
      scene.add(points);

      /* Outline of the data box (the same for every snapshot), at the same uniform scale. */
      var boxGeom = new THREE.BoxGeometry((hi[0] - lo[0]) * scale, (hi[1] - lo[1]) * scale, (hi[2] - lo[2]) * scale);
      box = new THREE.LineSegments(new THREE.EdgesGeometry(boxGeom),
        new THREE.LineBasicMaterial({ color: new THREE.Color(C.BOX_COLOR) }));
      boxGeom.dispose();
      scene.add(box);
      if (!cameraFitted) fitCamera(boxGeom.parameters);
      updateMarks();
      updateTrails();
      requestRender();
    }

    /* Back the camera off until the data box's bounding sphere fits the view (first chunk only: later chunks
       keep the user's camera). */
    function fitCamera(size) {
      var radius = 0.5 * Math.hypot(size.width, size.height, size.depth);
      var halfFov = (C.FOV * Math.PI) / 360;
      var halfFovX = Math.atan(Math.tan(halfFov) * Math.min(camera.aspect, 1));
      var distance = (radius / Math.sin(Math.min(halfFov, halfFovX))) * C.CAMERA_MARGIN;
      if (!(distance > 0)) return;
      controls.target.set(0, 0, 0);
      camera.position.copy(C.CAMERA_DIRECTION).setLength(distance);
      controls.update();
      cameraFitted = true;
    }

    /* snapshotFloat in [0, S-1]: integer part picks the pair (A, B), the fraction is uMix. */
    function setFrame(snapshotFloat) {
      if (!chunk) return;
      var last = chunk.n_snapshots - 1;
      var f = Math.min(Math.max(snapshotFloat, 0), last);
      var a = Math.min(Math.floor(f), Math.max(last - 1, 0));
      var b = Math.min(a + 1, last);
      if (a !== pair) {
        var attrA = geometry.getAttribute("aPosA");
        var attrB = geometry.getAttribute("aPosB");
        attrA.array = snapshotView(a);
        attrB.array = snapshotView(b);
        attrA.needsUpdate = true;
        attrB.needsUpdate = true;
        pair = a;
        uploadScores();
      }
      material.uniforms.uMix.value = a === b ? 0 : f - a;
      frameF = f;
      if (marks.hover >= 0 || marks.pinned.length) updateMarks();
      requestRender();
    }

    function scoreView(s) {
      var n = chunk.n_samples;
      return scores.values.subarray(s * n, (s + 1) * n);
    }

    function uploadScores() {
      if (!scores || !geometry || pair < 0) return;
      var last = chunk.n_snapshots - 1;
      var sa = geometry.getAttribute("aScoreA"), sb = geometry.getAttribute("aScoreB");
      sa.array = scoreView(pair);
      sb.array = scoreView(Math.min(pair + 1, last));
      sa.needsUpdate = true;
      sb.needsUpdate = true;
    }

    /* Colour by class (null) or by {values: Float32Array S × N, mode: 1 (ramp over range) | 2 (correct/wrong),
       range: [lo, hi]}. */
    function setColoring(newScores) {
      scores = newScores;
      var u = material.uniforms;
      u.uColorMode.value = scores ? scores.mode : 0;
      if (scores && scores.range) u.uScoreRange.value.set(scores.range[0], scores.range[1]);
      uploadScores();
      requestRender();
    }

    /* visible[i] false hides class i. Only the class texture changes. */
    function setClassVisibility(visible) {
      var texels = classTex.image.data;
      for (var i = 0; i < nClasses; i++) texels[i * 4 + 3] = visible[i] === false ? 0 : 255;
      visibleClass = visible.slice();
      classTex.needsUpdate = true;
      requestRender();
    }

    /* ---- samples in the view: where they are, which one is under the cursor, marks and trails ---- */
    var frameF = 0;          /* the frame on screen, a float snapshot index */
    var visibleClass = null; /* array of booleans, or null = all visible */
    var labelsArr = null;
    var marks = { hover: -1, pinned: [] };
    var markObject = null, trailGroup = new THREE.Group();
    scene.add(trailGroup);
    var markMaterial = new THREE.ShaderMaterial({
      glslVersion: THREE.GLSL3, vertexShader: L.shaders.markVertex, fragmentShader: L.shaders.markFragment,
      uniforms: { uSizePx: { value: C.MARK_SIZE_PX }, uInner: { value: C.MARK_INNER } },
      depthTest: false, depthWrite: false
    });

    /* World position of sample i at frame f (a float snapshot index), into out (length 3). */
    function worldPosition(i, f, out) {
      var last = chunk.n_snapshots - 1;
      f = Math.min(Math.max(f, 0), last);
      var a = Math.min(Math.floor(f), Math.max(last - 1, 0)), b = Math.min(a + 1, last), t = a === b ? 0 : f - a;
      var n3 = chunk.n_samples * 3, q = chunk.positions, u = material.uniforms, lo = chunk.bbox_min, hi = chunk.bbox_max;
      for (var k = 0; k < 3; k++) {
        var qa = q[a * n3 + i * 3 + k] / C.QUANT_MAX, qb = q[b * n3 + i * 3 + k] / C.QUANT_MAX;
        var d = lo[k] + (qa + (qb - qa) * t) * (hi[k] - lo[k]);
        out[k] = (d - 0.5 * (lo[k] + hi[k])) * u.uWorldScale.value;
      }
      return out;
    }

    /* CSS px of sample i in the canvas at the frame on screen, or null when behind the camera. */
    function project(i) {
      if (!chunk) return null;
      var p = worldPosition(i, frameF, [0, 0, 0]);
      var v = new THREE.Vector3(p[0], p[1], p[2]).project(camera);
      if (v.z > 1 || v.z < -1) return null;
      return { x: (v.x + 1) / 2 * canvas.clientWidth, y: (1 - v.y) / 2 * canvas.clientHeight };
    }

    /* The visible sample nearest to (x, y) CSS px within radiusPx, or -1. Runs on the CPU over the current frame. */
    function pick(x, y, radiusPx) {
      if (!chunk) return -1;
      camera.updateMatrixWorld();
      var m = new THREE.Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse).elements;
      var w = canvas.clientWidth, h = canvas.clientHeight, r2 = radiusPx * radiusPx, best = -1, bestD = Infinity;
      var p = [0, 0, 0];
      for (var i = 0; i < chunk.n_samples; i++) {
        if (visibleClass && labelsArr && visibleClass[labelsArr[i]] === false) continue;
        worldPosition(i, frameF, p);
        var cw = m[3] * p[0] + m[7] * p[1] + m[11] * p[2] + m[15];
        if (cw <= 0) continue;
        var sx = ((m[0] * p[0] + m[4] * p[1] + m[8] * p[2] + m[12]) / cw + 1) / 2 * w;
        var sy = (1 - (m[1] * p[0] + m[5] * p[1] + m[9] * p[2] + m[13]) / cw) / 2 * h;
        var d = (sx - x) * (sx - x) + (sy - y) * (sy - y);
        if (d <= r2 && d < bestD) { bestD = d; best = i; }
      }
      return best;
    }

    function updateMarks() {
      if (markObject) { scene.remove(markObject); markObject.geometry.dispose(); markObject = null; }
      if (!chunk) return;
      var list = marks.pinned.map(function (i) { return [i, C.PIN_COLOR]; });
      if (marks.hover >= 0) list.push([marks.hover, C.HOVER_COLOR]);
      if (!list.length) return;
      var pos = new Float32Array(list.length * 3), col = new Float32Array(list.length * 3), p = [0, 0, 0];
      list.forEach(function (entry, k) {
        worldPosition(entry[0], frameF, p);
        pos.set(p, k * 3);
        var c = rawColor(entry[1]);
        col.set([c.x, c.y, c.z], k * 3);
      });
      var g = new THREE.BufferGeometry();
      g.setAttribute("position", new THREE.BufferAttribute(pos, 3));
      g.setAttribute("color", new THREE.BufferAttribute(col, 3));
      markObject = new THREE.Points(g, markMaterial);
      markObject.frustumCulled = false;
      markObject.renderOrder = 10;
      scene.add(markObject);
    }

    /* Trails: each pinned sample's path over all snapshots, in its class colour. */
    function updateTrails() {
      trailGroup.children.slice().forEach(function (c) { trailGroup.remove(c); c.geometry.dispose(); c.material.dispose(); });
      if (!chunk || chunk.n_snapshots < 2) return;
      marks.pinned.forEach(function (i) {
        var S = chunk.n_snapshots, pos = new Float32Array(S * 3), p = [0, 0, 0];
        for (var s = 0; s < S; s++) pos.set(worldPosition(i, s, p), s * 3);
        var g = new THREE.BufferGeometry();
        g.setAttribute("position", new THREE.BufferAttribute(pos, 3));
        var colour = labelsArr ? classColor(labelsArr[i]) : C.PIN_COLOR;
        trailGroup.add(new THREE.Line(g, new THREE.LineBasicMaterial({
          color: new THREE.Color(colour), transparent: true, opacity: C.TRAIL_OPACITY })));
      });
    }

    /* hover: a sample index or -1; pinned: array of sample indices. */
    function setMarks(hover, pinned) {
      var trailsChanged = pinned.join(",") !== marks.pinned.join(",");
      marks = { hover: hover, pinned: pinned.slice() };
      updateMarks();
      if (trailsChanged) updateTrails();
      requestRender();
    }

    /* Camera as [px, py, pz, tx, ty, tz] (position and orbit target), for the URL hash and shared cameras. */
    function getCamera() {
      var p = camera.position, t = controls.target;
      return [p.x, p.y, p.z, t.x, t.y, t.z];
    }
    function setCamera(v) {
      if (!v || v.length !== 6 || !v.every(Number.isFinite)) return false;
      /* placed, not flung: an update without damping applies (and so drops) the inertia left from this view's own
         drags, before the new position is set; a second one looks at the new target */
      controls.enableDamping = false;
      controls.update();
      camera.position.set(v[0], v[1], v[2]);
      controls.target.set(v[3], v[4], v[5]);
      cameraFitted = true;
      controls.update();
      controls.enableDamping = true;
      requestRender();
      return true;
    }

    function resize() {
      var w = canvas.clientWidth, h = canvas.clientHeight;
      if (!w || !h) return;
      renderer.setSize(w, h, false);
      camera.aspect = w / h;
      camera.updateProjectionMatrix();
      var dpr = renderer.getPixelRatio();
      var u = material.uniforms;
      u.uPixelScale.value = (h * dpr) / (2 * Math.tan((C.FOV * Math.PI) / 360));
      u.uMinPx.value = C.POINT_SIZE_MIN_PX * dpr;
      u.uMaxPx.value = C.POINT_SIZE_MAX_PX * dpr;
      u.uRimMinPx.value = C.POINT_RIM_MIN_PX * dpr;
      markMaterial.uniforms.uSizePx.value = C.MARK_SIZE_PX * dpr;
      requestRender();
    }

    var resizeObserver = new ResizeObserver(resize);
    resizeObserver.observe(canvas);
    controls.addEventListener("change", requestRender);
    resize();

    function destroy() {
      destroyed = true;
      if (frameRequested) cancelAnimationFrame(frameRequested);
      resizeObserver.disconnect();
      controls.removeEventListener("change", requestRender);
      controls.dispose();
      disposeChunk();
      setMarks(-1, []);
      markMaterial.dispose();
      material.dispose();
      classTex.dispose();
      renderer.dispose();
    }

    return {
      scene: scene,  /* for overlays (flow.js); they call requestRender after a change */
      camera: camera,
      controls: controls,
      pointUniforms: function () { return material.uniforms; },
      canvas: canvas,
      pick: pick,
      project: project,
      setMarks: setMarks,
      getCamera: getCamera,
      setCamera: setCamera,
      trailCount: function () { return trailGroup.children.length; },
      setChunk: setChunk,
      setFrame: setFrame,
      setClassVisibility: setClassVisibility,
      setColoring: setColoring,
      render: render,
      requestRender: requestRender,
      resize: resize,
      destroy: destroy
    };
  }

  L.renderer = { createRenderer: createRenderer, classColor: classColor };
})();
