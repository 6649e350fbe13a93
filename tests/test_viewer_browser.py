"""The exported viewer, for real, in headless Chromium (file://, software WebGL).

Needs /usr/bin/chromium (Debian's package; CI installs it). Never runs `playwright install`.
The site under test comes from the session fixture `exported_site` (tests/conftest.py).
"""
from __future__ import annotations

import base64
import json
import re
import shutil
from pathlib import Path

import msgpack
import numpy as np
import pytest
from playwright.sync_api import Page, sync_playwright

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
    """A page showing the site, with the console errors, page errors and non-file requests it produced."""

    def __init__(self, page: Page):
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console error: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url} {r.failure}"))
        page.on("request", lambda r: r.url.startswith(("file:", "data:")) or self.requests.append(r.url))

    def open(self, site: Path, hash_: str = "", wait_ready: bool = True) -> "Viewer":
        self.page.goto((site / "index.html").as_uri() + hash_)
        if wait_ready:
            self.page.wait_for_function("() => window.Latentris?.app?.isReady === true", timeout=READY_TIMEOUT_MS)
            self.settle()
        return self

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


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: the viewer tests need Debian's chromium (apt-get install chromium)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def viewer(browser):
    page = browser.new_page(viewport=VIEWPORT)
    v = Viewer(page)
    yield v
    page.close()
    assert not v.errors, "\n".join(v.errors)
    assert not v.requests, f"the viewer made network requests: {v.requests}"


@pytest.fixture(scope="module")
def manifest(exported_site: Path) -> dict:
    return read_data_file(exported_site / "data" / "manifest.js")[1]


def read_data_file(path: Path) -> tuple[str, dict]:
    m = re.fullmatch(r'latentrisReceive\((".*?"), "([A-Za-z0-9+/=]*)"\);?\s*', path.read_text())
    assert m, f"{path} is not one latentrisReceive call"
    return json.loads(m.group(1)), msgpack.unpackb(base64.b64decode(m.group(2)), raw=False)


def test_page_loads_and_draws_points_coloured_by_class(viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page

    assert page.locator("#error").is_hidden()
    assert page.title() == manifest["title"]
    assert page.locator("#title").inner_text() == manifest["title"]
    assert str(manifest["snapshots"][0]["epoch"]) in viewer.epoch_label()
    assert page.locator(".legend-item").count() == len(manifest["classes"])
    assert page.locator(".legend-name").all_inner_texts() == [c["name"] for c in manifest["classes"]]
    assert page.locator(".metric .uplot").count() + page.locator(".metric-empty:visible").count() >= len(manifest["metrics"])

    img = viewer.pixels()
    assert foreground_mask(img).sum() > 500, "the WebGL canvas is blank"
    palette = viewer.js("Latentris.constants.PALETTE")
    drawn = [c for c in range(len(manifest["classes"])) if colour_count(img, palette[c % len(palette)]) > 0]
    assert len(drawn) >= min(3, len(manifest["classes"])), f"points of classes {drawn} only"


def test_slider_changes_epoch_and_picture(viewer, exported_site, manifest):
    viewer.open(exported_site)
    snapshots = manifest["snapshots"]
    last = len(snapshots) - 1
    slider = viewer.page.locator("#epoch-slider")
    before = viewer.pixels()

    slider.fill(str(last))  # sets the value and dispatches input + change, as a drag does
    assert str(snapshots[last]["epoch"]) in viewer.epoch_label()
    assert viewer.js("Latentris.app.state.snapshot") == last
    after = viewer.pixels()
    assert changed_fraction(before, after) > 0.001, "moving the slider did not change the picture"
    assert f"epoch={snapshots[last]['epoch']}" in viewer.js("location.hash")

    slider.press("ArrowLeft")  # keys step by whole snapshots
    assert viewer.epoch_label() == f"epoch {snapshots[last - 1]['epoch']}"
    assert changed_fraction(after, viewer.pixels()) > 0.001


def test_faithfulness_of_the_current_view_is_shown(viewer, exported_site, manifest):
    viewer.open(exported_site)
    method = manifest["methods"][0]["name"]
    line = viewer.page.locator("#view-quality")
    expected = manifest["quality"][method][0][0]["trustworthiness"]
    assert f"trust {expected:.2f}" in line.inner_text()
    assert "motion" not in line.inner_text()  # no movement score for the first snapshot (NaN)
    viewer.page.locator("#epoch-slider").fill("2")
    stab = manifest["quality"][method][0][2]["stab_spearman"]
    assert f"motion {stab:.2f}" in line.inner_text()


def test_in_between_frames_interpolate(viewer, exported_site, manifest):
    viewer.open(exported_site)
    viewer.js("Latentris.app.setSnapshot(0)")
    a = viewer.pixels()
    viewer.js("Latentris.app.setSnapshot(0.5)")
    mid = viewer.pixels()
    viewer.js("Latentris.app.setSnapshot(1)")
    b = viewer.pixels()
    assert changed_fraction(a, mid) > 0.001 and changed_fraction(mid, b) > 0.001
    assert viewer.js("Latentris.app.state.snapshot") == 1


def test_legend_click_hides_class(viewer, exported_site, manifest):
    viewer.open(exported_site)
    palette = viewer.js("Latentris.constants.PALETTE")
    n_classes = len(manifest["classes"])
    counts = [c["count"] for c in manifest["classes"]]
    cls = int(np.argmax(counts))
    colour = palette[cls % len(palette)]
    shares_colour = any(c != cls and palette[c % len(palette)] == colour for c in range(n_classes))

    before = viewer.pixels()
    assert colour_count(before, colour) > 0, "the class to hide is not visible to begin with"

    item = viewer.page.locator(".legend-item").nth(cls)
    item.click()
    hidden = viewer.pixels()
    assert "hidden" in item.get_attribute("class")
    assert viewer.js("[...Latentris.app.state.hiddenClasses]") == [cls]
    assert foreground_mask(hidden).sum() < foreground_mask(before).sum()
    if shares_colour:
        assert colour_count(hidden, colour) < colour_count(before, colour)
    else:
        assert colour_count(hidden, colour) <= 0.01 * colour_count(before, colour)

    item.click()
    shown = viewer.pixels()
    assert "hidden" not in item.get_attribute("class")
    assert changed_fraction(before, shown) < 0.001, "showing the class again did not restore the picture"


def test_layer_picker_switches_chunk(viewer, exported_site, manifest):
    viewer.open(exported_site)
    before = viewer.pixels()
    viewer.page.locator("#layer-select").select_option("1")
    viewer.page.wait_for_function("() => Latentris.app.view && !document.getElementById('status').textContent")
    assert viewer.js("Latentris.app.state.layer") == 1
    assert "layer=1" in viewer.js("location.hash")
    assert changed_fraction(before, viewer.pixels()) > 0.001


def test_hash_restores_the_view(viewer, exported_site, manifest):
    epoch = manifest["snapshots"][-1]["epoch"]
    method = manifest["methods"][-1]["name"]
    viewer.open(exported_site, f"#method={method}&layer=1&epoch={epoch}")
    assert viewer.js("Latentris.app.state.method") == method
    assert viewer.js("[Latentris.app.state.layer, Latentris.app.state.snapshot]") == [1, len(manifest["snapshots"]) - 1]
    assert viewer.page.locator("#layer-select").input_value() == "1"
    assert str(epoch) in viewer.epoch_label()


def test_play_animates_to_the_last_snapshot(viewer, exported_site, manifest):
    viewer.open(exported_site)
    viewer.page.locator("#speed-select").select_option("4")
    viewer.page.locator("#play-button").click()
    viewer.page.wait_for_function("() => Latentris.app.state.snapshot > 0")
    last = len(manifest["snapshots"]) - 1
    viewer.page.wait_for_function(f"() => !Latentris.app.state.playing && Latentris.app.state.snapshot === {last}",
                                  timeout=60_000)
    assert str(manifest["snapshots"][last]["epoch"]) in viewer.epoch_label()


def test_newer_format_version_is_refused_visibly(browser, exported_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(exported_site, site)
    key, payload = read_data_file(site / "data" / "manifest.js")
    payload["version"] = 99
    b64 = base64.b64encode(msgpack.packb(payload, use_bin_type=True)).decode("ascii")
    (site / "data" / "manifest.js").write_text(f'latentrisReceive({json.dumps(key)}, "{b64}");\n')

    page = browser.new_page(viewport=VIEWPORT)
    try:
        v = Viewer(page).open(site, wait_ready=False)
        page.locator("#error").wait_for(state="visible", timeout=READY_TIMEOUT_MS)
        assert "version 99" in page.locator("#error").inner_text()
        assert v.js("Latentris.app.isReady") is False
        assert all("version 99" in e for e in v.errors), v.errors  # the refusal itself, logged once
    finally:
        page.close()
