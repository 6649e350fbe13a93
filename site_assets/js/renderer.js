/* Latentris viewer: the three.js point cloud. Renders on demand: after a change, during camera motion, or when
   asked; nothing runs while the view is idle. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;
  var THREE = LatentrisVendor.THREE;
  var hexToRgb = L.util.hexToRgb;

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

  /* Screen-space grid over the canvas: cell k holds the samples whose (x, y) falls in it, as a CSR list
     (start[k] .. start[k + 1] in items). */
  function buildGrid(xy, width, height, cellPx) {
    var cols = Math.max(1, Math.ceil(width / cellPx)), rows = Math.max(1, Math.ceil(height / cellPx));
    var n = xy.length / 2, cellOf = new Int32Array(n), start = new Int32Array(cols * rows + 1);
    for (var i = 0; i < n; i++) {
      var cx = Math.floor(xy[2 * i] / cellPx), cy = Math.floor(xy[2 * i + 1] / cellPx);
      var inside = cx >= 0 && cy >= 0 && cx < cols && cy < rows;  /* false for NaN too */
      cellOf[i] = inside ? cy * cols + cx : -1;
      if (inside) start[cellOf[i] + 1]++;
    }
    for (var k = 0; k < cols * rows; k++) start[k + 1] += start[k];
    var fill = start.slice(0, cols * rows), items = new Int32Array(start[cols * rows]);
    for (i = 0; i < n; i++) if (cellOf[i] >= 0) items[fill[cellOf[i]]++] = i;
    return { cols: cols, rows: rows, cellPx: cellPx, start: start, items: items };
  }

  /* The sample of the grid nearest to (x, y) within radiusPx, or -1 (the lowest index wins a tie). */
  function gridNearest(grid, xy, x, y, radiusPx) {
    var c = grid.cellPx, r2 = radiusPx * radiusPx, best = -1, bestD = Infinity;
    var x0 = Math.max(0, Math.floor((x - radiusPx) / c)), x1 = Math.min(grid.cols - 1, Math.floor((x + radiusPx) / c));
    var y0 = Math.max(0, Math.floor((y - radiusPx) / c)), y1 = Math.min(grid.rows - 1, Math.floor((y + radiusPx) / c));
    for (var cy = y0; cy <= y1; cy++) {
      for (var cx = x0; cx <= x1; cx++) {
        var k = cy * grid.cols + cx;
        for (var j = grid.start[k]; j < grid.start[k + 1]; j++) {
          var i = grid.items[j], dx = xy[2 * i] - x, dy = xy[2 * i + 1] - y, d = dx * dx + dy * dy;
          if (d <= r2 && (d < bestD || (d === bestD && i < best))) { bestD = d; best = i; }
        }
      }
    }
    return best;
  }

  function createRenderer(canvas, options) {
    options = options || {};
    var nClasses = options.nClasses || 1;

    var renderer = new THREE.WebGLRenderer({ canvas: canvas, antialias: true, preserveDrawingBuffer: true });
    renderer.setPixelRatio(window.devicePixelRatio || 1);
    renderer.setClearColor(new THREE.Color(C.BACKGROUND), 1);

    var scene = new THREE.Scene();
    var perspective = new THREE.PerspectiveCamera(C.FOV, 1, C.CAMERA_NEAR, C.CAMERA_FAR);
    perspective.position.copy(C.CAMERA_DIRECTION).setLength(C.CAMERA_DISTANCE);
    /* the 2D view: orthographic, with no near/far clipping of the data */
    var orthographic = new THREE.OrthographicCamera(-1, 1, 1, -1, -C.CAMERA_FAR, C.CAMERA_FAR);
    var camera = perspective;  /* the camera in use: perspective (3D orbit) or orthographic (2D) */
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
        uUnknown: { value: rawColor(C.UNKNOWN_COLOR) },
        uFraction: { value: 2 },
        uSelActive: { value: 0 },
        uDim: { value: C.SELECTION_DIM },
        uOrthoPxPerUnit: { value: 0 }
      }
    });

    var geometry = null;
    var points = null;
    var box = null;
    var chunk = null;
    var unsubscribe = null;  /* stops listening to the chunk's later blocks */
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
      if (lastSent && !sameCamera(getCamera(), lastSent)) notifyCamera();  /* a last step below the controls' EPS */
      if (camera === orthographic) {
        material.uniforms.uOrthoPxPerUnit.value = renderer.getDrawingBufferSize(new THREE.Vector2()).y *
          orthographic.zoom / (orthographic.top - orthographic.bottom);
      }
      renderer.render(scene, camera);
    }

    function snapshotView(s) {
      var size = chunk.n_samples * 3;
      return chunk.positions.subarray(s * size, (s + 1) * size);
    }

    function disposeChunk() {
      if (unsubscribe) unsubscribe();
      unsubscribe = null;
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
      /* A later block of this chunk arrived: its snapshots stop holding an earlier one; redraw what shows them. */
      if (chunk.onBlock) unsubscribe = chunk.onBlock(function () {
        pair = -1;
        setFrame(frameF);
        updateOverlays("block");
      });
      var n = chunk.n_samples;
      geometry = new THREE.BufferGeometry();
      geometry.setAttribute("aPosA", new THREE.BufferAttribute(snapshotView(0), 3, true));
      geometry.setAttribute("aPosB", new THREE.BufferAttribute(snapshotView(0), 3, true));
      geometry.setAttribute("aClass", new THREE.BufferAttribute(labels, 1, false));
      geometry.setAttribute("aScoreA", new THREE.BufferAttribute(new Float32Array(n), 1, false));
      geometry.setAttribute("aScoreB", new THREE.BufferAttribute(new Float32Array(n), 1, false));
      geometry.setAttribute("aSubset", new THREE.BufferAttribute(subsetFor(n), 1, false));
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
      screenCache.key = "";
      updateOverlays("chunk");
      requestRender();
    }

    /* Back the camera off until the data box's bounding sphere fits the view (first chunk only: later chunks
       keep the user's camera). */
    function fitCamera(size) {
      var radius = 0.5 * Math.hypot(size.width, size.height, size.depth);
      var halfFov = (C.FOV * Math.PI) / 360;
      var halfFovX = Math.atan(Math.tan(halfFov) * Math.min(perspective.aspect, 1));
      var distance = (radius / Math.sin(Math.min(halfFov, halfFovX))) * C.CAMERA_MARGIN;
      if (!(distance > 0)) return;
      controls.target.set(0, 0, 0);
      perspective.position.copy(C.CAMERA_DIRECTION).setLength(distance);
      if (camera === orthographic) useOrthographic(1);
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
      updateOverlays("frame");
      requestRender();
    }

    function scoreView(s) {
      var n = chunk.n_samples;
      if (scores.values.length === n) return scores.values;  /* one value per sample for every snapshot (dynamics) */
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

    /* Colour by class (null) or by {values: Float32Array S × N (or N, the same at every snapshot), mode: 1 (ramp over range) | 2 (correct/wrong),
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
      shownVersion++;
      classTex.needsUpdate = true;
      requestRender();
    }

    /* ---- the stratified subset and the selection set ---- */
    /* The aSubset attribute: each sample's rank, plus 2 when it is in the selection set (one float a vertex). */
    function subsetFor(n) {
      if (!subset || subset.length !== n) {
        subset = ranks && ranks.length === n ? Float32Array.from(ranks) : new Float32Array(n);
        selection.forEach(function (i) { if (i < n) subset[i] += 2; });
      }
      return subset;
    }

    function uploadSubset() {
      subset = null;
      if (!geometry) return;
      var a = geometry.getAttribute("aSubset");
      a.array = subsetFor(chunk.n_samples);
      a.needsUpdate = true;
    }

    /* Each sample's rank within its class, in [0, 1) (Float32Array N): set once; setFraction then only moves a
       uniform. */
    function setRanks(newRanks) {
      ranks = newRanks;
      uploadSubset();
      requestRender();
    }

    /* Draw the samples whose rank is below fraction (1 = all). */
    function setFraction(fraction) {
      material.uniforms.uFraction.value = fraction >= 1 ? 2 : fraction;
      requestRender();
    }

    /* indices: the selection set (drawn as they are, the rest dimmed), or [] */
    function setSelection(indices) {
      selection = indices.slice();
      material.uniforms.uSelActive.value = selection.length ? 1 : 0;
      uploadSubset();
      requestRender();
    }

    /* ---- samples in the view: where they are, which one is under the cursor, marks and trails ---- */
    var frameF = 0;          /* the frame on screen, a float snapshot index */
    var visibleClass = null; /* array of booleans, or null = all visible */
    var shownVersion = 0;    /* bumped when the shown classes change (the screen cache depends on them) */
    var ranks = null;        /* Float32Array N: each sample's rank within its class (stratified subset), or null */
    var subset = null;       /* Float32Array N, the aSubset attribute (rank + 2 × selected), built on demand */
    var selection = [];      /* the selection set's indices */
    var labelsArr = null;

    /* ---- overlays: marks, trails, flow fields (overlays.js, flow.js) drawn in the same world frame as the points.
       overlay = {attach(group, ctx), update(info), detach()}: attach gets a group of its own in the scene and the
       context below; update({reason: "chunk" | "block" | "frame" | "resize"}) follows the view; detach ends it (the
       group's objects are disposed here afterwards). The scene, camera and materials stay in this module. */
    var overlays = [];
    var overlayContext = {
      THREE: THREE,
      chunk: function () { return chunk; },             /* the chunk on screen, or null */
      labels: function () { return labelsArr; },
      frame: function () { return frameF; },            /* the frame on screen, a float snapshot index */
      worldScale: function () { return material.uniforms.uWorldScale.value; },
      pixelRatio: function () { return renderer.getPixelRatio(); },
      worldPosition: function (i, f, out) { return worldPosition(i, f, out || [0, 0, 0]); },
      classColor: classColor,
      rawColor: rawColor,
      requestRender: requestRender
    };

    function updateOverlays(reason) {
      var info = { reason: reason, chunk: chunk, frame: frameF };
      overlays.slice().forEach(function (entry) { if (entry.overlay.update) entry.overlay.update(info); });
    }

    function disposeGroup(group) {
      group.children.slice().forEach(function (child) {
        group.remove(child);
        if (child.geometry) child.geometry.dispose();
        if (child.material && !child.userData.sharedMaterial) child.material.dispose();
      });
    }

    /* Add an overlay; returns its handle {remove(), requestRender(), update(reason)}. */
    function addOverlay(overlay) {
      var entry = { overlay: overlay, group: new THREE.Group() };
      scene.add(entry.group);
      overlays.push(entry);
      if (overlay.attach) overlay.attach(entry.group, overlayContext);
      if (chunk && overlay.update) overlay.update({ reason: "chunk", chunk: chunk, frame: frameF });
      requestRender();
      return {
        remove: function () {
          var at = overlays.indexOf(entry);
          if (at < 0) return;
          overlays.splice(at, 1);
          if (overlay.detach) overlay.detach();
          disposeGroup(entry.group);
          scene.remove(entry.group);
          requestRender();
        },
        requestRender: requestRender,
        update: function (reason) {
          if (overlays.indexOf(entry) >= 0 && overlay.update) overlay.update({ reason: reason || "chunk", chunk: chunk, frame: frameF });
        }
      };
    }
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

    /* CSS px (x, y) of every sample at the frame on screen, NaN where hidden or behind the camera; cached until the
       camera, the frame, the canvas size or what is shown changes (hover picks reuse it while the view is still). */
    var screenCache = { key: "", xy: null, grid: null };
    function screenPositions() {
      if (!chunk) return null;
      camera.updateMatrixWorld();
      var m = new THREE.Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse).elements;
      var w = canvas.clientWidth, h = canvas.clientHeight;
      var blocks = chunk.ready ? Array.prototype.join.call(chunk.ready, "") : "";  /* snapshot blocks arrived so far */
      var key = [m.join(","), frameF, w, h, material.uniforms.uFraction.value, shownVersion, blocks].join("|");
      if (screenCache.key === key) return screenCache.xy;
      var n = chunk.n_samples, xy = screenCache.xy && screenCache.xy.length === 2 * n ? screenCache.xy : new Float32Array(2 * n);
      projectFrame(m, w, h, xy);
      screenCache = { key: key, xy: xy, grid: null };
      return xy;
    }

    /* Every sample's CSS px into xy (NaN: hidden or behind the camera), in one pass: the dequantisation
       (world_k = A_k q_k + B_k) is folded into the rows of the view-projection matrix m. */
    function projectFrame(m, w, h, xy) {
      var last = chunk.n_snapshots - 1, f = Math.min(Math.max(frameF, 0), last);
      var a = Math.min(Math.floor(f), Math.max(last - 1, 0)), b = Math.min(a + 1, last), t = a === b ? 0 : f - a;
      var n = chunk.n_samples, q = chunk.positions, oa = a * n * 3, ob = b * n * 3;
      var scale = material.uniforms.uWorldScale.value, lo = chunk.bbox_min, hi = chunk.bbox_max;
      var A = [], B = [];
      for (var k = 0; k < 3; k++) {
        A.push((hi[k] - lo[k]) / C.QUANT_MAX * scale);
        B.push((lo[k] - 0.5 * (lo[k] + hi[k])) * scale);
      }
      function row(r0, r1, r2, r3) {  /* a matrix row with the dequantisation folded in: [c0, c1, c2, constant] */
        return [m[r0] * A[0], m[r1] * A[1], m[r2] * A[2], m[r0] * B[0] + m[r1] * B[1] + m[r2] * B[2] + m[r3]];
      }
      var X = row(0, 4, 8, 12), Y = row(1, 5, 9, 13), W = row(3, 7, 11, 15);
      var fraction = material.uniforms.uFraction.value, vis = visibleClass, lab = labelsArr;
      for (var i = 0; i < n; i++) {
        var j = i * 3;
        var q0 = q[oa + j] + (q[ob + j] - q[oa + j]) * t;
        var q1 = q[oa + j + 1] + (q[ob + j + 1] - q[oa + j + 1]) * t;
        var q2 = q[oa + j + 2] + (q[ob + j + 2] - q[oa + j + 2]) * t;
        var cw = W[0] * q0 + W[1] * q1 + W[2] * q2 + W[3];
        if (cw <= 0 || (vis && lab && vis[lab[i]] === false) || (ranks && ranks[i] >= fraction)) {
          xy[2 * i] = xy[2 * i + 1] = NaN;
          continue;
        }
        xy[2 * i] = ((X[0] * q0 + X[1] * q1 + X[2] * q2 + X[3]) / cw + 1) / 2 * w;
        xy[2 * i + 1] = (1 - (Y[0] * q0 + Y[1] * q1 + Y[2] * q2 + Y[3]) / cw) / 2 * h;
      }
    }

    /* The shown sample nearest to (x, y) CSS px within radiusPx, or -1 (a grid of screen cells, built once per
       cached projection, keeps each pick to the few cells around the cursor). */
    function pick(x, y, radiusPx) {
      var xy = screenPositions();
      if (!xy) return -1;
      if (!screenCache.grid) screenCache.grid = buildGrid(xy, canvas.clientWidth, canvas.clientHeight, C.PICK_CELL_PX);
      return gridNearest(screenCache.grid, xy, x, y, radiusPx);
    }

    /* Indices of the shown samples whose screen position lies inside(x, y) (CSS px). */
    function samplesInside(inside) {
      var xy = screenPositions(), out = [];
      if (!xy) return out;
      for (var i = 0; i < xy.length / 2; i++) {
        if (!Number.isNaN(xy[2 * i]) && inside(xy[2 * i], xy[2 * i + 1])) out.push(i);
      }
      return out;
    }

    /* Camera as [px, py, pz, tx, ty, tz] (position and orbit target), for the URL hash and shared cameras. */
    function getCamera() {
      var p = camera.position, t = controls.target;
      var cam = [p.x, p.y, p.z, t.x, t.y, t.z];
      return camera === orthographic ? cam.concat([orthographic.zoom]) : cam;
    }
    /* v: [px, py, pz, tx, ty, tz] or, in 2D, [..., zoom] */
    function setCamera(v) {
      if (!v || (v.length !== 6 && v.length !== 7) || !v.every(Number.isFinite)) return false;
      /* placed, not flung: an update without damping applies (and so drops) the inertia left from this view's own
         drags, before the new position is set; a second one looks at the new target */
      controls.enableDamping = false;
      controls.update();
      camera.position.set(v[0], v[1], v[2]);
      controls.target.set(v[3], v[4], v[5]);
      if (camera === orthographic) {
        /* the 2D frame: what the perspective view shows at the target from this distance, over the zoom */
        orthographic.userData.halfHeight = camera.position.distanceTo(controls.target) * Math.tan((C.FOV * Math.PI) / 360);
        if (v.length === 7 && v[6] > 0) orthographic.zoom = v[6];
        fitOrthographic();
      }
      cameraFitted = true;
      controls.update();
      controls.enableDamping = true;
      requestRender();
      return true;
    }

    /* Drop the motion the damping would still add after a drag, so the view stays as it is on screen. OrbitControls
       keeps it in private fields; without them, an update without damping applies it at once instead. */
    function stopInertia() {
      if (controls._sphericalDelta && controls._panOffset) {
        controls._sphericalDelta.set(0, 0, 0);
        controls._panOffset.set(0, 0, 0);
      } else {
        controls.enableDamping = false;
        controls.update();
        controls.enableDamping = true;
      }
    }

    /* 2D: an orthographic camera where the perspective one is, looking the same way, showing what the perspective
       view shows at the orbit target (divided by zoom); rotation locked, left drag pans. */
    function useOrthographic(zoom) {
      var d = perspective.position.distanceTo(controls.target);
      orthographic.userData.halfHeight = d * Math.tan((C.FOV * Math.PI) / 360);
      orthographic.position.copy(perspective.position);
      orthographic.quaternion.copy(perspective.quaternion);
      orthographic.zoom = zoom;
      fitOrthographic();
    }
    function fitOrthographic() {
      var half = orthographic.userData.halfHeight || 1, aspect = perspective.aspect;
      orthographic.left = -half * aspect; orthographic.right = half * aspect;
      orthographic.top = half; orthographic.bottom = -half;
      orthographic.updateProjectionMatrix();
    }

    /* "3d" (orbit, perspective) or "2d" (orthographic along the current view direction, pan and zoom only). */
    function setMode(mode) {
      if (C.VIEW_MODES.indexOf(mode) < 0) {
        throw new Error("view mode " + JSON.stringify(mode) + " is not one of " + C.VIEW_MODES.join(", "));
      }
      if ((mode === "2d") === (camera === orthographic)) return;
      stopInertia();
      controls.enableDamping = false;
      if (mode === "2d") {
        useOrthographic(1);
        camera = orthographic;
      } else {
        var dir = orthographic.position.clone().sub(controls.target);
        perspective.position.copy(controls.target).addScaledVector(dir, 1 / orthographic.zoom);
        camera = perspective;
      }
      controls.object = camera;
      controls.enableRotate = mode === "3d";
      controls.mouseButtons.LEFT = mode === "3d" ? THREE.MOUSE.ROTATE : THREE.MOUSE.PAN;
      controls.touches.ONE = mode === "3d" ? THREE.TOUCH.ROTATE : THREE.TOUCH.PAN;
      material.uniforms.uOrthoPxPerUnit.value = 0;
      controls.update();
      controls.enableDamping = true;
      screenCache.key = "";
      requestRender();
    }

    function resize() {
      var w = canvas.clientWidth, h = canvas.clientHeight;
      if (!w || !h) return;
      renderer.setSize(w, h, false);
      perspective.aspect = w / h;
      perspective.updateProjectionMatrix();
      fitOrthographic();
      var dpr = renderer.getPixelRatio();
      var u = material.uniforms;
      u.uPixelScale.value = (h * dpr) / (2 * Math.tan((C.FOV * Math.PI) / 360));
      u.uMinPx.value = C.POINT_SIZE_MIN_PX * dpr;
      u.uMaxPx.value = C.POINT_SIZE_MAX_PX * dpr;
      u.uRimMinPx.value = C.POINT_RIM_MIN_PX * dpr;
      updateOverlays("resize");
      requestRender();
    }

    var resizeObserver = new ResizeObserver(resize);
    resizeObserver.observe(canvas);
    controls.addEventListener("change", requestRender);
    var lastCameraChange = 0;
    controls.addEventListener("change", function () { lastCameraChange = performance.now(); });

    /* Camera listeners (linked panels, the URL hash) hear every move: the controls' "change" events and also the
       last small steps of the damping, which OrbitControls applies without an event once they fall below its EPS
       (a follower would otherwise stay a hair behind). */
    var cameraListeners = [], lastSent = null;
    function notifyCamera() {
      lastSent = getCamera();
      cameraListeners.forEach(function (fn) { fn(); });
    }
    function sameCamera(a, b) {
      return a.length === b.length && a.every(function (x, k) { return x === b[k]; });
    }
    controls.addEventListener("change", notifyCamera);
    /* a drag (or wheel) by the user starts on this view */
    function onCameraStart(fn) { controls.addEventListener("start", fn); }
    /* whether the camera moved within the last CAMERA_STILL_MS (hover picks wait: each would project every point) */
    function cameraMoving() { return performance.now() - lastCameraChange < C.CAMERA_STILL_MS; }
    resize();

    function destroy() {
      destroyed = true;
      if (frameRequested) cancelAnimationFrame(frameRequested);
      resizeObserver.disconnect();
      controls.removeEventListener("change", requestRender);
      controls.dispose();
      disposeChunk();
      overlays.slice().forEach(function (entry) {
        if (entry.overlay.detach) entry.overlay.detach();
        disposeGroup(entry.group);
        scene.remove(entry.group);
      });
      overlays = [];
      material.dispose();
      classTex.dispose();
      renderer.dispose();
    }

    return {
      canvas: canvas,
      addOverlay: addOverlay,
      overlayCount: function () { return overlays.length; },
      activeCamera: function () { return camera; },  /* read only (tests project points with it) */
      /* distance of the camera from the orbit target; the sprite diameter in CSS px at a distance (benchmarks) */
      cameraDistance: function () { return camera.position.distanceTo(controls.target); },
      pointSizePx: function (distance) {
        var u = material.uniforms;
        return Math.min(Math.max(u.uPointSize.value * u.uPixelScale.value / distance, u.uMinPx.value), u.uMaxPx.value) /
          renderer.getPixelRatio();
      },
      pick: pick,
      project: project,
      samplesInside: samplesInside,
      screenPositions: screenPositions,
      setRanks: setRanks,
      setFraction: setFraction,
      setSelection: setSelection,
      setMode: setMode,
      cameraMoving: cameraMoving,
      onCameraChange: function (fn) { cameraListeners.push(fn); },
      onCameraStart: onCameraStart,
      mode: function () { return camera === orthographic ? "2d" : "3d"; },
      getCamera: getCamera,
      setCamera: setCamera,
      selection: function () { return selection.slice(); },
      setChunk: setChunk,
      chunk: function () { return chunk; },  /* the chunk on screen, or null (read only) */
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
