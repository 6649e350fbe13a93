/* The floor for benchmarks/viewer.py: the same points as the viewer's chunk, drawn by a bare three.js `Points`
   (float32 positions of each snapshot, PointsMaterial, the viewer's pixel size), from the same vendored bundle, once per
   animation frame. The positions are read with the viewer's own data module (decoding is not timed).
   Query: ?method=<name>&w=<css px>&h=<css px>&size=<px>&distance=<camera distance>. Classic script, no ES modules. */
(function () {
  "use strict";
  var THREE = LatentrisVendor.THREE;
  var q = new URLSearchParams(location.search);
  var bench = (window.floorBench = { ready: false, frames: [] });

  Latentris.data.loadChunk(q.get("method"), 0).then(function (c) { return c.complete; }).then(start);

  function start(chunk) {
    var n = chunk.n_samples, S = chunk.n_snapshots, lo = chunk.bbox_min, hi = chunk.bbox_max;
    var quant = chunk.positions;
    var extent = Math.max(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]) || 1;
    var scale = 2 / extent;
    var canvas = document.getElementById("floor");
    var w = Number(q.get("w")), h = Number(q.get("h"));
    canvas.style.width = w + "px";
    canvas.style.height = h + "px";
    var renderer = new THREE.WebGLRenderer({ canvas: canvas, antialias: true });
    renderer.setPixelRatio(window.devicePixelRatio || 1);
    renderer.setSize(w, h, false);
    var scene = new THREE.Scene();
    var camera = new THREE.PerspectiveCamera(45, w / h, 0.01, 100);
    camera.position.set(1, 0.7, 1.3).setLength(Number(q.get("distance")));
    camera.lookAt(0, 0, 0);
    var material = new THREE.PointsMaterial({ size: Number(q.get("size")), sizeAttenuation: false, color: 0x56b4e9 });
    /* one Points per snapshot (float32 positions, uploaded once), so frame k draws the snapshot the viewer shows */
    var clouds = [];
    for (var s = 0; s < S; s++) {
      var xyz = new Float32Array(n * 3);
      for (var i = 0; i < n * 3; i++) {
        var a = i % 3;
        xyz[i] = (lo[a] + (quant[s * n * 3 + i] / 65535) * (hi[a] - lo[a]) - 0.5 * (lo[a] + hi[a])) * scale;
      }
      var geometry = new THREE.BufferGeometry();
      geometry.setAttribute("position", new THREE.BufferAttribute(xyz, 3));
      var points = new THREE.Points(geometry, material);
      points.frustumCulled = false;
      points.visible = false;
      scene.add(points);
      clouds.push(points);
    }
    function show(s) { clouds.forEach(function (c, i) { c.visible = i === s; }); }
    for (var k = 0; k < S; k++) { show(k); renderer.render(scene, camera); }  /* upload every snapshot once */
    bench.ready = true;
    /* draw `frames` frames sweeping snapshot 0 → S-1 (the nearest snapshot of the viewer's frame k), one per
       animation frame; resolves with the seconds from the first to the last frame */
    bench.run = function (frames) {
      return new Promise(function (resolve) {
        var k = 0, t0 = 0;
        (function frame(t) {
          if (k === 0) t0 = t;
          show(Math.round((k * (S - 1)) / Math.max(frames - 1, 1)));
          renderer.render(scene, camera);
          if (++k <= frames) requestAnimationFrame(frame);
          else resolve((t - t0) / 1000);
        })(performance.now());
      });
    };
  }

  var script = document.createElement("script");
  script.src = path;
  document.head.appendChild(script);
})();
