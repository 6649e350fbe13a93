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


def test_health_metrics_probe_charts_and_layer_similarity_are_shown(viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page
    shown = page.locator(".metric .uplot").count() + page.locator(".metric-empty:visible").count()
    assert shown >= len(manifest["metrics"]) + len(manifest["probe_metrics"])
    names = page.locator(".metric-name").all_inner_texts()
    assert "Effective rank" in names and "Silhouette" in names and "Probe accuracy" in names
    assert page.locator("#alert-count").inner_text() == str(len(manifest["alerts"]))

    n_layers, n_snapshots = len(manifest["layers"]), len(manifest["snapshots"])
    cka = np.frombuffer(manifest["cka_layers"], "<f4").reshape(n_snapshots, n_layers, n_layers)
    heatmap = page.locator("#cka-heatmap")
    assert heatmap.is_visible()
    assert viewer.js("Latentris.app.ui.cka.value(0, 1)") == pytest.approx(float(cka[0, 0, 1]), abs=1e-6)
    caption = page.locator(".cka-caption")
    assert caption.inner_text().startswith("layer 0 vs 1: ")
    drawn = viewer.js("""() => { const c = document.getElementById('cka-heatmap');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""")
    assert drawn > 0.5 * viewer.js("document.getElementById('cka-heatmap').width ** 2")
    page.locator("#epoch-slider").fill(str(n_snapshots - 1))
    assert viewer.js("Latentris.app.ui.cka.value(0, 1)") == pytest.approx(float(cka[-1, 0, 1]), abs=1e-6)
    page.locator("#layer-select").select_option("1")
    assert page.locator(".cka-caption").inner_text().startswith("layer 1 vs 0: ")


def test_colour_by_per_sample_scores_and_correctness(viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page
    options = page.locator("#color-select option").evaluate_all("os => os.map(o => o.value)")
    assert options == ["class", "correct", "flow-outliers"] + [k["key"] for k in manifest["scores"]["keys"]]
    page.locator("#epoch-slider").fill("2")
    by_class = viewer.pixels()
    page.locator("#color-select").select_option("margin")
    page.wait_for_function("() => !document.getElementById('status').textContent")
    by_margin = viewer.pixels()
    assert changed_fraction(by_class, by_margin) > 0.001, "colouring by margin did not change the picture"
    assert "color=margin" in viewer.js("location.hash")
    ramp = viewer.js("Latentris.constants.SCORE_RAMP")
    assert colour_count(by_margin, ramp[0], tol=40) + colour_count(by_margin, ramp[2], tol=40) > 0

    page.locator("#color-select").select_option("correct")
    by_correct = viewer.pixels()
    assert colour_count(by_correct, viewer.js("Latentris.constants.CORRECT_COLOR"), tol=6) > 0
    page.locator("#layer-select").select_option("1")  # the colouring follows the layer
    page.wait_for_function("() => !document.getElementById('status').textContent")
    assert viewer.js("Latentris.app.state.color") == "correct"

    page.locator("#color-select").select_option("class")
    page.locator("#layer-select").select_option("0")
    page.wait_for_function("() => !document.getElementById('status').textContent")
    assert changed_fraction(by_class, viewer.pixels()) < 0.001, "class colours did not come back"
    assert "color=" not in viewer.js("location.hash")


def test_hash_restores_the_colouring(viewer, exported_site):
    viewer.open(exported_site, "#layer=1&color=movement")
    assert viewer.js("Latentris.app.state.color") == "movement"
    assert viewer.page.locator("#color-select").input_value() == "movement"


def test_alerts_are_listed_marked_on_the_charts_and_jump_to_their_snapshot(browser, exported_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(exported_site, site)
    key, payload = read_data_file(site / "data" / "manifest.js")
    snap = payload["snapshots"][2]
    payload["alerts"] = [{
        "rule": "collapse", "layer": payload["layers"][1]["name"], "layer_index": 1, "snapshot": 2,
        "epoch": snap["epoch"], "step": snap["step"], "epoch_float": snap["epoch_float"],
        "message": "effective rank fell to <b>1.00</b>", "evidence": {"metric": "effective_rank", "value": 1.0},
    }]
    b64 = base64.b64encode(msgpack.packb(payload, use_bin_type=True)).decode("ascii")
    (site / "data" / "manifest.js").write_text(f'latentrisReceive({json.dumps(key)}, "{b64}");\n')

    page = browser.new_page(viewport=VIEWPORT)
    v = Viewer(page)
    try:
        v.open(site)
        assert page.locator("#alert-count").inner_text() == "1"
        item = page.locator(".alert-item")
        assert item.count() == 1
        assert "effective rank fell to <b>1.00</b>" in item.inner_text()  # data is text, never markup
        assert f"epoch {snap['epoch']}" in item.inner_text() and "collapse" in item.inner_text()
        assert v.js("Latentris.app.ui.metrics.alertEpochs()") == []  # layer 0 has no alert
        item.click()
        page.wait_for_function("() => Latentris.app.state.layer === 1 && !document.getElementById('status').textContent")
        assert v.js("Latentris.app.state.snapshot") == 2
        assert v.js("Latentris.app.ui.metrics.alertEpochs()") == [snap["epoch_float"]]
        assert f"epoch {snap['epoch']}" in v.epoch_label()
    finally:
        page.close()
    assert not v.errors, "\n".join(v.errors)


def test_flow_overlay_toggles_draws_and_lists_outliers(viewer, exported_site, manifest):
    assert manifest["flow"]["axis"] == "epochs" and manifest["flow"]["chunks"][manifest["methods"][0]["name"]]
    viewer.open(exported_site)
    page = viewer.page
    assert viewer.js("Latentris.app.flow.mode()") == "off" and viewer.js("Latentris.app.flow.segments()") == 0
    before = viewer.pixels()

    page.locator("#flow-select").select_option("arrows")
    assert viewer.js("Latentris.app.flow.segments()") > 0
    arrows = viewer.pixels()
    assert changed_fraction(before, arrows) > 0.002, "the arrows did not show"
    method = manifest["methods"][0]["name"]
    _, chunk = read_data_file(exported_site / "data" / f"flow-{method}-0.js")
    assert viewer.js("Latentris.app.flow.field().path") == f"data/flow-{method}-0.js"
    assert viewer.js("Latentris.app.flow.field().max_magnitude") == pytest.approx(chunk["max_magnitude"])

    page.locator("#flow-select").select_option("streamlines")
    streamlines = viewer.pixels()
    assert changed_fraction(arrows, streamlines) > 0.001 and changed_fraction(before, streamlines) > 0.002

    page.locator("#layer-select").select_option("1")  # the field follows the layer
    page.wait_for_function("() => Latentris.app.flow.field() && Latentris.app.flow.field().index === 1")
    page.locator("#flow-select").select_option("off")
    assert viewer.js("Latentris.app.flow.segments()") == 0

    # the view whose field has the most outliers: listed, coloured on request, one marked when picked
    counts = {(m, i): len(np.frombuffer(read_data_file(exported_site / path)[1]["outliers"], "<u4"))
              for m, paths in manifest["flow"]["chunks"].items() for i, path in enumerate(paths)}
    (method, layer), n_outliers = max(counts.items(), key=lambda kv: kv[1])
    assert n_outliers > 0, "the demo's fields have no outlier at all"
    page.locator("#method-select").select_option(method)
    page.locator("#layer-select").select_option(str(layer))
    page.wait_for_function(f"() => Latentris.app.flow.field() && Latentris.app.flow.field().path === "
                           f"'data/flow-{method}-{layer}.js'")
    outliers = np.frombuffer(read_data_file(exported_site / "data" / f"flow-{method}-{layer}.js")[1]["outliers"], "<u4")
    assert page.locator("#flow-summary").inner_text().startswith(f"{len(outliers)} outlier")
    assert page.locator(".flow-outlier").count() == min(len(outliers), 12)
    page.locator("#color-select").select_option("flow-outliers")
    page.wait_for_function("() => !document.getElementById('status').textContent")
    coloured = viewer.pixels()
    assert colour_count(coloured, viewer.js("Latentris.constants.UNKNOWN_COLOR"), tol=6) > 0, "followers not greyed"
    assert colour_count(coloured, viewer.js("Latentris.constants.WRONG_COLOR"), tol=6) > 0, "outliers not coloured"
    page.locator(".flow-outlier").first.click()
    assert viewer.js("Latentris.app.flow.picked()") == int(outliers[0])
    assert page.locator(".flow-outlier").first.get_attribute("aria-pressed") == "true"
    marked = viewer.pixels()
    assert (np.abs(marked - coloured).max(axis=-1) > 8).sum() > 50, "the picked outlier is not marked"
    page.locator(".flow-outlier").first.click()  # picking it again removes the mark
    assert viewer.js("Latentris.app.flow.picked()") == -1
    assert changed_fraction(coloured, viewer.pixels()) < 0.0001
