"""Viewer bugs found by reading (issue 15), each with a browser test that failed before its fix: colouring by
correct / wrong after a live update, the PNG export's panel labels when a compared run is hidden, and the
sample-size label at 10,000 samples."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_helpers import (
    POLL_MS,
    UPDATE_TIMEOUT_MS,
    add_snapshot,
    changed_fraction,
    colour_count,
    show_layers,
    wait_snapshots,
)
from helpers import make_run, write_run

from latentris_lightning import export_compare, export_site
from latentris_lightning.site.live import live_export


def test_colour_by_correctness_works_after_a_live_update(viewer, tmp_path):
    """A live update drops the cached correct / wrong values; colouring by them must work afterwards, both when the
    update lands while coloured by correctness and when that colouring is picked after it."""
    run, site, n, dims = tmp_path / "run", tmp_path / "site", 12, (3, 4)
    make_run(run, epochs=(0, 1, 2), n=n, dims=dims)
    live_export(run, site, methods=["pca"])
    viewer.open(site)
    correct = viewer.js("Latentris.constants.CORRECT_COLOR")
    viewer.js("() => Latentris.app.setColor('correct')")
    viewer.settle()
    assert colour_count(viewer.pixels(), correct, tol=6) > 0

    add_snapshot(run, 3, n, dims)
    live_export(run, site, methods=["pca"])
    wait_snapshots(viewer, 4)
    # the update must finish (live.updates counts the ones that did), not fail and retry for ever
    viewer.page.wait_for_function("() => Latentris.live.updates >= 1", timeout=UPDATE_TIMEOUT_MS)
    viewer.js("() => Latentris.app.setSnapshot(3)")
    viewer.settle()
    assert viewer.js("Latentris.app.state.color") == "correct"
    assert colour_count(viewer.pixels(), correct, tol=6) > 0

    add_snapshot(run, 4, n, dims)
    viewer.js("() => Latentris.app.setColor('class')")
    live_export(run, site, methods=["pca"])
    wait_snapshots(viewer, 5)
    viewer.page.wait_for_function("() => Latentris.live.updates >= 2", timeout=UPDATE_TIMEOUT_MS)
    by_class = viewer.pixels()
    viewer.js("() => Latentris.app.setColor('correct')")  # threw "correctness is null" before the fix
    by_correct = viewer.pixels()
    assert colour_count(by_correct, correct, tol=6) > 0
    assert changed_fraction(by_class, by_correct) > 0.001
    live_export(run, site, methods=["pca"], running=False)
    viewer.page.wait_for_function("() => Latentris.live.stopped === true", timeout=UPDATE_TIMEOUT_MS + 2 * POLL_MS)


# Records the text drawn on canvases that are not in the page (the PNG export's composite), for the test below.
RECORD_DETACHED_TEXT_JS = """() => {
  window.__drawnText = [];
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    if (!this.canvas.isConnected) window.__drawnText.push(String(text));
    return fillText.call(this, text, ...rest);
  };
}"""


@pytest.fixture(scope="module")
def two_run_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fixes-compare")
    a = write_run(root / "wide", dims=(12, 6), epochs=(0, 1, 2), n=60, seed=1)
    b = write_run(root / "narrow", dims=(5, 3, 4), epochs=(0, 1, 2), n=60, seed=2)
    return export_compare([a, b], root / "site", methods=["pca"], progress=False).parent


def test_png_export_labels_each_panel_with_its_own_layer(viewer, two_run_site):
    """With the first run hidden the panels show layers 2, 3, 4: the PNG names those, as the panels do (it named
    manifest.layers[0], [1], [2] before the fix)."""
    viewer.open(two_run_site)
    page = viewer.page
    show_layers(viewer)
    page.locator("#run-0").uncheck()
    page.wait_for_function(
        "() => Latentris.app.panels().length === 3 && !document.getElementById('status').textContent")
    viewer.settle()
    shown = page.locator(".panel-label").all_inner_texts()
    assert shown == ["2: narrow · layer0", "3: narrow · layer1", "4: narrow · layer2"]
    viewer.js(RECORD_DETACHED_TEXT_JS)
    with page.expect_download() as info:
        page.locator("#png-button").click()
    assert Path(info.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert viewer.js("window.__drawnText") == shown


@pytest.fixture(scope="module")
def ten_thousand_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fixes-10k")
    make_run(root / "run", epochs=(0, 1), n=10_000, dims=(3, 4))
    return export_site(root / "run", root / "site", methods=["pca"], progress=False, flow=False).parent


def test_sample_size_label_fits_at_ten_thousand_samples(viewer, ten_thousand_site):
    viewer.open(ten_thousand_site)
    label = viewer.page.locator("#subset-label")
    assert label.inner_text() == "show 10000 of 10000"
    fit = viewer.js("""() => {
      const el = document.getElementById('subset-label'), panel = document.querySelector('#app aside.panel');
      const r = el.getBoundingClientRect(), p = panel.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(panel).paddingRight);
      return {scroll: el.scrollWidth, client: el.clientWidth, right: r.right, panelRight: p.right - pad,
              panelScroll: panel.scrollWidth, panelClient: panel.clientWidth,
              slider: document.getElementById('subset-slider').getBoundingClientRect().width};
    }""")
    assert fit["scroll"] <= fit["client"], fit  # the text is not cut inside its own box
    assert fit["right"] <= fit["panelRight"] + 0.5, fit  # nor by the side panel's edge
    assert fit["panelScroll"] <= fit["panelClient"], fit  # the side panel does not scroll sideways
    assert fit["slider"] >= 60, fit  # and the slider keeps a usable width
