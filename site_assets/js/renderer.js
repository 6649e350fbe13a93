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
      classTex.needsUpdate = true;
      requestRender();
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
      material.dispose();
      classTex.dispose();
      renderer.dispose();
    }

    return {
      scene: scene,  /* for overlays (flow.js); they call requestRender after a change */
      camera: camera,
      controls: controls,
      pointUniforms: function () { return material.uniforms; },
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
