"""The viewer in headless Chromium: frame time at a million points, time to first frame, bytes per point.

    .venv/bin/python benchmarks/viewer.py            # 1,000,000 points x 6 snapshots; 100,000 x 20 x 4 layers
    .venv/bin/python benchmarks/viewer.py --quick    # 200,000 points; 20,000 x 20 x 4 layers

Sites are synthesised in Python with the exporter's own functions (``build_chunk``, ``data_script``,
``render_index``, ``write_site``): 10 Gaussian classes in 3D that pull apart from one mixed cloud over the snapshots,
one projection method, no metrics (they do not change what the renderer draws). No model is trained.

- **Frame time at N points** (default 1,000,000, 6 snapshots): the viewer animates from the first to the last
  snapshot in ``--frames`` (24) animation frames, each an interpolated frame (positions mixed on the GPU, crossing
  every snapshot boundary, slider, charts and labels following, as when playing); frame time = seconds / frames. The
  floor: a bare three.js ``Points`` per snapshot (float32 positions of the same points, uploaded before timing,
  ``PointsMaterial`` at the viewer's sprite size in pixels, canvas of the same size, camera at the same distance, same
  vendored bundle), the nearest snapshot drawn once per animation frame for as many frames, in the same browser run
  (``benchmarks/viewer_floor.js``). The two alternate ``--repeats`` times; frame_ratio = median viewer frame time /
  median floor frame time.
- **First frame**: 100,000 points x 20 snapshots x 4 layers; seconds from navigation start (``performance.now()``
  origin) to the second animation frame after the viewer reports ready (its first chunk drawn), median of the repeats
  in fresh pages.
  Also the time until every snapshot of the first view has arrived (the blocks after the first load in the
  background while the first frame is already on screen).
- **Bytes per point per snapshot**: the position block files on disk (``data/<method>-<layer>-<block>.js``, as
  written: base85 of msgpack of 12-bit packed coordinates) divided by points x snapshots x layers; also the packed
  payload, and the whole site's data folder.

Chromium is Debian's (``/usr/bin/chromium``) with SwiftShader: software rendering on the CPU, so absolute fps are far
below a GPU's; the ratio to the floor is the figure that carries over. Ends with one line:

    RESULT frame_ratio_1m=<x> fps_1m=<x> first_frame_s=<x> bytes_per_point=<x>
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from latentris_lightning._version import __version__
from latentris_lightning.site.build import render_index
from latentris_lightning.site.bundle import (
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    POSITION_BITS,
    block_paths,
    data_script,
    position_files,
    positions_manifest,
    snapshots_per_block,
)
from latentris_lightning.site.write import write_site

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]
VIEWPORT = {"width": 1200, "height": 800}
N_CLASSES = 10
METHOD = "joint"
FLOOR_SCRIPT = Path(__file__).with_name("viewer_floor.js")


def synthetic_embeddings(n: int, n_snapshots: int, seed: int) -> tuple[np.ndarray, list[np.ndarray]]:
    """Labels and one (N, 3) float32 array per snapshot: a mixed cloud whose classes pull apart over time."""
    rng = np.random.default_rng(seed)
    labels = (np.arange(n) % N_CLASSES).astype(np.int64)
    centres = rng.normal(size=(N_CLASSES, 3)) * 3.0
    start = rng.normal(size=(n, 3)).astype(np.float32)
    spread = rng.normal(size=(n, 3)).astype(np.float32) * 0.6
    out = []
    for s in range(n_snapshots):
        t = s / max(n_snapshots - 1, 1)
        out.append(((1 - t) * start + t * (centres[labels] + spread)).astype(np.float32))
    return labels, out


def write_synthetic_site(out: Path, n: int, n_snapshots: int, n_layers: int, seed: int = 0) -> Path:
    files: dict[str, str] = {}
    labels = None
    per_block = snapshots_per_block(n, 3, POSITION_BITS)
    for layer in range(n_layers):
        labels, embeddings = synthetic_embeddings(n, n_snapshots, seed + layer)
        files.update(position_files(METHOD, layer, embeddings, per_block=per_block, bits=POSITION_BITS))
        del embeddings
    predictions = np.tile(labels, (n_snapshots, 1))
    manifest = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "title": f"viewer benchmark: {n:,} points x {n_snapshots} snapshots x {n_layers} layers",
        "generator": f"latentris-lightning {__version__}",
        "n_samples": n,
        "labels": labels.astype("<u2").tobytes(),
        "predictions": predictions.astype("<i2").tobytes(),
        "classes": [{"name": f"class {c}", "count": int((labels == c).sum())} for c in range(N_CLASSES)],
        "layers": [{"name": f"layer{i}", "dim": 64} for i in range(n_layers)],
        "snapshots": [{"epoch": s, "step": s * 100, "kind": "epoch", "epoch_float": float(s)}
                      for s in range(n_snapshots)],
        "methods": [{"name": METHOD, "dims": 3, "params": {}, "seed": seed, "axis": "epochs", "seconds": 0.0}],
        **positions_manifest([{"name": METHOD}], n_layers, n_snapshots, n, POSITION_BITS),
        "samples": "data/samples.js",
    }
    files["data/manifest.js"] = data_script("manifest", manifest)
    files["index.html"] = render_index(manifest["title"], manifest["generator"])
    site = write_site(files, out)
    shutil.copy(FLOOR_SCRIPT, site / "floor.js")
    (site / "floor.html").write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>floor</title>'
        '<style>html,body{margin:0;background:#14171c}canvas{display:block}</style>'
        '<script src="assets/vendor/latentris-vendor.js"></script><script src="assets/js/constants.js"></script>'
        '<script src="assets/js/data.js"></script></head>'
        '<body><canvas id="floor"></canvas><script src="floor.js"></script></body></html>\n'
    )
    return site


def open_viewer(browser, site: Path):
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((site / "index.html").as_uri(), wait_until="commit", timeout=600_000)
    page.wait_for_function("() => window.Latentris?.app?.isReady === true", timeout=600_000)
    first = page.evaluate(
        "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))")
    page.all_loaded_s = page.evaluate("""() => Latentris.data.loadChunk(Latentris.app.state.method,
        Latentris.app.state.layer).then(c => c.complete).then(() => performance.now())""") / 1000
    return page, first / 1000, errors


ANIMATE_JS = """frames => new Promise(resolve => {
  const app = Latentris.app, last = app.manifest.snapshots.length - 1;
  let k = 0, t0 = 0;
  app.setSnapshot(0);
  requestAnimationFrame(() => requestAnimationFrame(function frame(t) {
    if (k === 0) t0 = t;
    if (++k <= frames) { app.setSnapshot(Math.min(k * last / (frames - 1), last)); requestAnimationFrame(frame); }
    else resolve((t - t0) / 1000);
  }));
})"""


def viewer_frame_time(browser, site: Path, frames: int) -> tuple[float, dict]:
    page, _, errors = open_viewer(browser, site)
    try:
        page.evaluate("() => Latentris.data.loadChunk(Latentris.app.state.method, 0).then(c => c.complete)")
        seconds = page.evaluate(ANIMATE_JS, frames)
        canvas = page.evaluate("""() => { const c = document.getElementById('scene');
            return {w: c.clientWidth, h: c.clientHeight, dpr: devicePixelRatio,
                    distance: Latentris.app.view.activeCamera().position.length()}; }""")
        if errors:
            raise RuntimeError(f"viewer errors: {errors}")
        return seconds / frames, canvas
    finally:
        page.close()


def floor_frame_time(browser, site: Path, frames: int, canvas: dict, size_px: float) -> float:
    page = browser.new_page(viewport=VIEWPORT)
    try:
        page.goto((site / "floor.html").as_uri() + f"?method={METHOD}&w={canvas['w']}&h={canvas['h']}"
                  f"&size={size_px}&distance={canvas['distance']}", wait_until="commit", timeout=600_000)
        page.wait_for_function("() => window.floorBench && window.floorBench.ready", timeout=600_000)
        return page.evaluate("f => floorBench.run(f)", frames) / frames
    finally:
        page.close()


def viewer_point_px(browser, site: Path) -> float:
    """The viewer's sprite diameter in CSS px at its fitted camera (what the floor draws)."""
    page, _, _ = open_viewer(browser, site)
    try:
        return page.evaluate("""() => { const v = Latentris.app.view;
            return v.pointSizePx(v.activeCamera().position.length()); }""")
    finally:
        page.close()


PICK_JS = """moves => {
  const v = Latentris.app.view, w = v.canvas.clientWidth, h = v.canvas.clientHeight, cam = v.getCamera();
  const median = xs => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  let seed = 1; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const cold = [], warm = [];
  for (let k = 0; k < moves; k++) {
    v.setCamera(cam.map((x, i) => i === 0 ? x + 1e-4 * (k + 1) : x));  /* a moved camera: projection + grid again */
    let t = performance.now();
    v.pick(rnd() * w, rnd() * h, Latentris.constants.PICK_RADIUS_PX);
    cold.push(performance.now() - t);
    t = performance.now();  /* the pointer moving over a still view (timed in a batch: each takes microseconds) */
    for (let j = 0; j < 200; j++) v.pick(rnd() * w, rnd() * h, Latentris.constants.PICK_RADIUS_PX);
    warm.push((performance.now() - t) / 200);
  }
  v.setCamera(cam);
  return {cold: median(cold), warm: median(warm)};
}"""


def hover_pick_times(browser, site: Path, moves: int = 7) -> dict:
    """Hover picking on the CPU (ms, medians): the first pick after the camera or frame changed (projects every point
    and builds the screen grid) and a pick while the view is still (a few grid cells)."""
    page, _, errors = open_viewer(browser, site)
    try:
        times = page.evaluate(PICK_JS, moves)
        if errors:
            raise RuntimeError(f"viewer errors: {errors}")
        return times
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--frames", type=int, default=24, help="animation frames timed per run")
    parser.add_argument("--points", type=int, default=None, help="points of the frame-time site (default 1,000,000)")
    args = parser.parse_args()
    n_big = args.points or (200_000 if args.quick else 1_000_000)
    n_first = 20_000 if args.quick else 100_000

    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="latentris-viewer-bench-"))
    try:
        t = time.perf_counter()
        big = write_synthetic_site(work / "big", n_big, 6, 1)
        first_site = write_synthetic_site(work / "first", n_first, 20, 4)
        print(f"sites written in {time.perf_counter() - t:.1f} s under {work}")

        blocks = [first_site / p for i in range(4)
                  for p in block_paths(METHOD, i, 20, snapshots_per_block(n_first, 3, POSITION_BITS))]
        on_disk = sum(p.stat().st_size for p in blocks)
        bytes_per_point = on_disk / (n_first * 20 * 4)
        payload = 3 * POSITION_BITS / 8  # packed coordinates per point per snapshot (docs/site-bundle.md)
        data_bytes = sum(p.stat().st_size for p in (first_site / "data").iterdir())

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            try:
                firsts, completes = [], []
                for _ in range(args.repeats):
                    page, first, errors = open_viewer(browser, first_site)
                    completes.append(page.all_loaded_s)
                    page.close()
                    if errors:
                        raise RuntimeError(f"viewer errors: {errors}")
                    firsts.append(first)
                size_px = viewer_point_px(browser, big)
                viewer_times, floor_times = [], []
                for _ in range(args.repeats):
                    frame, canvas = viewer_frame_time(browser, big, args.frames)
                    viewer_times.append(frame)
                    floor_times.append(floor_frame_time(browser, big, args.frames, canvas, size_px))
                picks = hover_pick_times(browser, big)
                version = browser.version
            finally:
                browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    v, f = statistics.median(viewer_times), statistics.median(floor_times)
    ratio = v / f
    first_s = statistics.median(firsts)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs visible, "
          f"chromium {version}, SwiftShader (software WebGL)")
    print(f"canvas {canvas['w']}x{canvas['h']} CSS px, device pixel ratio {canvas['dpr']}, sprite {size_px:.2f} px")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(
        f"| viewer frame time, {n_big:,} points, animating 6 snapshots in {args.frames} frames "
        f"(median of {args.repeats}) | "
        f"{v * 1000:.1f} ms ({1 / v:.2f} fps) — runs: {', '.join(f'{x * 1000:.1f}' for x in viewer_times)} ms |"
    )
    print(f"| floor: bare three.js Points, same points, same canvas | {f * 1000:.1f} ms ({1 / f:.2f} fps) — runs: "
          f"{', '.join(f'{x * 1000:.1f}' for x in floor_times)} ms |")
    print(f"| frame ratio viewer / floor (target <= 1.25) | {ratio:.2f} |")
    print(f"| first frame, {n_first:,} points x 20 snapshots x 4 layers (median of {args.repeats}; target < 2 s) | "
          f"{first_s:.2f} s — runs: {', '.join(f'{x:.2f}' for x in firsts)} s |")
    print(f"| every snapshot of that view loaded (median) | {statistics.median(completes):.2f} s |")
    print(f"| hover pick, {n_big:,} points, first after a camera/frame change (projection + grid) | "
          f"{picks['cold']:.1f} ms |")
    print(f"| hover pick, {n_big:,} points, view still (grid lookup) | {picks['warm']:.3f} ms |")
    print(f"| position files on disk per point per snapshot (target <= 6) | {bytes_per_point:.2f} bytes |")
    print(f"| position payload per point per snapshot ({POSITION_BITS}-bit x 3, before base85) | {payload:.2f} bytes |")
    print(f"| whole data folder per point per snapshot per layer | {data_bytes / (n_first * 20 * 4):.2f} bytes |")
    print()
    print(f"RESULT frame_ratio_1m={ratio:.3f} fps_1m={1 / v:.2f} first_frame_s={first_s:.3f} "
          f"bytes_per_point={bytes_per_point:.2f}")


if __name__ == "__main__":
    main()
