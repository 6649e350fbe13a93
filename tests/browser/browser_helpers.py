"""Helpers for the browser tests: the Chromium settings, a page watched for errors (``Viewer``), reading its
canvases, finding points on screen, dragging. The fixtures that use them are in tests/browser/conftest.py."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import numpy as np
from playwright.sync_api import Page

# Debian's chromium (`make chromium`); playwright drives it, no browser download. Software WebGL (swiftshader).
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]
VIEWPORT = {"width": 1200, "height": 800}
READY_TIMEOUT_MS = 30_000

# Reads the WebGL canvas (preserveDrawingBuffer is on) as raw RGBA, base64.
READ_CANVAS_JS = """() => {
  const src = document.getElementById('scene');
  const tmp = document.createElement('canvas');
  tmp.width = src.width; tmp.height = src.height;
  const g = tmp.getContext('2d');
  g.drawImage(src, 0, 0);
  const bytes = new Uint8Array(g.getImageData(0, 0, tmp.width, tmp.height).data.buffer);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return {width: tmp.width, height: tmp.height, rgba: btoa(text)};
}"""

NEXT_FRAMES_JS = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())))"


class Viewer:
    """A page showing a site, with what went wrong on it: console errors, page errors, failed requests and dialogs
    (``errors``), and the requests it made other than for file:, data: and blob: URLs (``requests``).

    Make them with the ``new_viewer`` fixture (or ``viewer``): at the end of the test it closes their pages and fails
    the test on any error (and, unless the page is served over HTTP, on any request)."""

    def __init__(self, page: Page):
        self.page = page
        self.errors: list[str] = []
        self.warnings: list[str] = []  # console warnings: expected in places (live mode), never a failure
        self.requests: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console error: {m.text}"))
        page.on("console", lambda m: m.type == "warning" and self.warnings.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url} {r.failure}"))
        page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("request", lambda r: r.url.startswith(("file:", "data:", "blob:")) or self.requests.append(r.url))

    def take_errors(self) -> list[str]:
        """The errors so far, which the test then expects (they no longer fail it)."""
        errors, self.errors = self.errors, []
        return errors

    def goto(self, url: str, wait_ready: bool = True) -> Viewer:
        self.page.goto(url)
        if wait_ready:
            self.page.wait_for_function("() => window.Latentris?.app?.isReady === true", timeout=READY_TIMEOUT_MS)
            self.settle()
        return self

    def open(self, site: Path, hash_: str = "", wait_ready: bool = True) -> Viewer:
        return self.goto((site / "index.html").as_uri() + hash_, wait_ready)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def settle(self) -> None:
        """Let pending renders (requestAnimationFrame) happen."""
        self.page.evaluate(NEXT_FRAMES_JS)

    def pixels(self) -> np.ndarray:
        self.settle()
        shot = self.page.evaluate(READ_CANVAS_JS)
        rgba = np.frombuffer(base64.b64decode(shot["rgba"]), dtype=np.uint8)
        return rgba.reshape(shot["height"], shot["width"], 4)[..., :3].astype(np.int16)

    def epoch_label(self) -> str:
        return self.page.locator("#epoch-label").inner_text()


def background(img: np.ndarray) -> np.ndarray:
    return img[0, 0]


def foreground_mask(img: np.ndarray) -> np.ndarray:
    return np.abs(img - background(img)).max(axis=-1) > 8


def colour_count(img: np.ndarray, hex_colour: str, tol: int = 3) -> int:
    rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)], dtype=np.int16)
    return int((np.abs(img - rgb).max(axis=-1) <= tol).sum())


def changed_fraction(a: np.ndarray, b: np.ndarray) -> float:
    return float((np.abs(a - b).max(axis=-1) > 8).mean())


# -------------------------------------------------------------------------------- several canvases, layer panels
READ_ANY_CANVAS_JS = READ_CANVAS_JS.replace("document.getElementById('scene')", "document.querySelectorAll(sel)[k]") \
    .replace("() => {", "([sel, k]) => {", 1)


def canvas_pixels(viewer: Viewer, selector: str, k: int = 0) -> np.ndarray:
    viewer.settle()
    shot = viewer.page.evaluate(READ_ANY_CANVAS_JS, [selector, k])
    rgba = np.frombuffer(base64.b64decode(shot["rgba"]), dtype=np.uint8)
    return rgba.reshape(shot["height"], shot["width"], 4)[..., :3].astype(np.int16)


def show_layers(viewer: Viewer) -> None:
    viewer.page.locator("#layout-select").select_option("layers")
    viewer.page.wait_for_function(
        "() => Latentris.app.panels().length > 0 && !document.getElementById('status').textContent")
    viewer.settle()


def point_on_screen(viewer: Viewer, view_js: str, canvas_selector: str, k: int = 0) -> tuple[int, float, float]:
    """A visible sample of the view and its page coordinates (the sample the view itself picks there)."""
    found = viewer.js(f"""([sel, k]) => {{ const v = {view_js};
        const r = document.querySelectorAll(sel)[k].getBoundingClientRect();
        for (let i = 0; i < Latentris.app.manifest.n_samples; i += 7) {{
          const p = v.project(i);
          if (!p || p.x < 20 || p.y < 40 || p.x > r.width - 20 || p.y > r.height - 20) continue;
          const j = v.pick(p.x, p.y, Latentris.constants.PICK_RADIUS_PX);
          if (j >= 0) {{ const q = v.project(j); return [j, r.left + q.x, r.top + q.y]; }}
        }}
        return null; }}""", [canvas_selector, k])
    assert found, "no point of the view is on screen"
    return found[0], found[1], found[2]


def drag(page, x, y, dx, dy):
    """Orbit by dragging, then wait until the camera's inertia (damping) has died down."""
    page.mouse.move(x, y)
    page.mouse.down()
    for k in range(1, 6):
        page.mouse.move(x + dx * k / 5, y + dy * k / 5)
    page.mouse.up()
    wait_cameras_still(page, "[Latentris.app.view, ...Latentris.app.panels().map(p => p.view)]")


def wait_cameras_still(page, views_js: str, timeout_s: float = 20) -> list:
    """Wait until the cameras of the views (a JS expression for an array of them) are the same over three checks,
    each after two rendered frames (on a busy machine the damping's inertia can outlast a frame-free pause)."""
    deadline, last, still = time.monotonic() + timeout_s, None, 0
    while time.monotonic() < deadline:
        page.evaluate(NEXT_FRAMES_JS)
        cams = page.evaluate(f"({views_js}).map(v => v.getCamera())")
        still = still + 1 if cams == last else 0
        if still >= 3:
            return cams
        last = cams
        page.wait_for_timeout(100)
    raise AssertionError("the cameras did not come to rest")


# live mode
POLL_MS = 2000  # live.js's interval (constants.js LIVE_POLL_MS)
UPDATE_TIMEOUT_MS = 30_000


def wait_snapshots(viewer: Viewer, count: int, timeout_ms: int = UPDATE_TIMEOUT_MS) -> None:
    """Waits until a live site shows ``count`` snapshots and its slider is back."""
    viewer.page.wait_for_function(f"() => Latentris.app.manifest.snapshots.length >= {count} && "
                                  "document.getElementById('epoch-slider') !== null", timeout=timeout_ms)
    viewer.settle()


def add_snapshot(run_dir: Path, epoch: int, n: int, dims: tuple[int, ...]) -> None:
    """Appends snapshot ``epoch`` (random activations, labels 0/1) to a synthetic run, as training would."""
    from latentris_lightning.store.writer import RunWriter

    writer = RunWriter.reopen(run_dir)
    rng = np.random.default_rng(epoch)
    writer.write_snapshot(epoch, epoch * 10, {f"block{i}": rng.normal(size=(n, d)) for i, d in enumerate(dims)},
                          np.arange(n) % 2)
