"""A site comparing two runs, in headless Chromium (file://, software WebGL): both runs' panels, hover linked across
runs, held snapshots marked, the run picker, the cross-run CKA heatmap, and variants switched without a reload.

Fixtures in tests/browser/conftest.py, helpers in browser_helpers.py.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from browser_helpers import (
    canvas_pixels,
    changed_fraction,
    colour_count,
    foreground_mask,
    point_on_screen,
    show_layers,
)
from helpers import read_data_file, write_run

from latentris_lightning import export_compare

VARIANTS = ("joint n_neighbors=4", "joint n_neighbors=40")


@pytest.fixture(scope="module")
def compare_site(tmp_path_factory) -> Path:
    """Run "wide" (2 layers, epochs 0-3) and run "narrow" (2 layers, epochs 0, 2, 3: held at epoch 1)."""
    root = tmp_path_factory.mktemp("compare-site")
    a = write_run(root / "wide", dims=(12, 6), epochs=(0, 1, 2, 3), n=90, seed=1)
    b = write_run(root / "narrow", dims=(5, 3, 4), epochs=(0, 2, 3), n=90, seed=2)
    return export_compare([a, b], root / "site", methods=["joint", "pca"], variants={"joint": {"n_neighbors": [4, 40]}},
                          params={"joint": {"n_epochs": 60}}, progress=False).parent


@pytest.fixture(scope="module")
def compare_manifest(compare_site: Path) -> dict:
    return read_data_file(compare_site / "data" / "manifest.js")[1]


def test_both_runs_are_shown_with_hover_linked_across_them(viewer, compare_site, compare_manifest):
    viewer.open(compare_site)
    page = viewer.page
    assert page.locator("#runs .run-item").all_inner_texts() == ["wide · 2 layers", "narrow · 3 layers"]
    show_layers(viewer)
    names = [layer["name"] for layer in compare_manifest["layers"]]
    assert [t.split(": ", 1)[1] for t in page.locator(".panel-label").all_inner_texts()] == names
    assert names == ["wide · layer0", "wide · layer1", "narrow · layer0", "narrow · layer1", "narrow · layer2"]
    assert viewer.js("document.getElementById('panels').style.gridTemplateColumns").startswith("repeat(3,")
    boxes = [page.locator(".panel-cell").nth(k).bounding_box() for k in range(5)]
    assert boxes[0]["y"] == boxes[1]["y"] < boxes[2]["y"] == boxes[3]["y"] == boxes[4]["y"]  # one row per run
    assert boxes[0]["x"] == boxes[2]["x"] and boxes[1]["x"] == boxes[3]["x"]  # a layer's depth is its column
    before = [canvas_pixels(viewer, ".panel-canvas", k) for k in range(4)]
    for k, img in enumerate(before):
        assert foreground_mask(img).sum() > 200, f"panel {k} is blank"

    i, x, y = point_on_screen(viewer, "Latentris.app.panels()[0].view", ".panel-canvas", 0)
    page.mouse.move(x, y)
    page.wait_for_function(f"() => Latentris.app.hover() === {i}")
    page.locator("#tooltip").wait_for(state="visible")
    assert "run: wide" in page.locator("#tooltip").inner_text()
    hover = viewer.js("Latentris.constants.HOVER_COLOR")
    after = [canvas_pixels(viewer, ".panel-canvas", k) for k in range(4)]
    for k in (2, 3):  # the same sample is ringed in the other run's panels
        assert colour_count(after[k], hover, tol=2) > colour_count(before[k], hover, tol=2) + 10, f"panel {k}"
    page.mouse.move(2, 2)
    page.wait_for_function("() => Latentris.app.hover() === -1")

    # hovering in the other run's panel shows that run's predictions
    i, x, y = point_on_screen(viewer, "Latentris.app.panels()[3].view", ".panel-canvas", 3)
    page.mouse.move(x, y)
    page.wait_for_function(f"() => Latentris.app.hover() === {i}")
    page.wait_for_function("() => /run: narrow/.test(document.getElementById('tooltip').textContent)")


def test_held_snapshots_are_marked_and_the_run_picker_filters_panels(viewer, compare_site):
    viewer.open(compare_site)
    page = viewer.page
    show_layers(viewer)
    assert page.locator("#runs-held").is_hidden() and page.locator(".held-tag").count() == 0
    viewer.js("Latentris.app.setSnapshot(1)")
    page.wait_for_function("() => document.querySelectorAll('.held-tag').length === 3")
    assert page.locator("#runs-held").inner_text() == "narrow: no snapshot at epoch 1: showing epoch 0"
    cells = page.locator(".panel-cell.held")
    assert [cells.nth(k).get_attribute("data-layer") for k in range(cells.count())] == ["2", "3", "4"]
    # the held run's panels show exactly its epoch-0 picture
    frame1 = canvas_pixels(viewer, ".panel-canvas", 2)
    viewer.js("Latentris.app.setSnapshot(0)")
    assert changed_fraction(frame1, canvas_pixels(viewer, ".panel-canvas", 2)) < 0.0005
    viewer.js("Latentris.app.setSnapshot(2)")
    page.wait_for_function("() => document.querySelectorAll('.held-tag').length === 0")

    page.locator("#run-0").uncheck()
    page.wait_for_function("() => Latentris.app.panels().length === 3")
    assert viewer.js("Latentris.app.panels().map(p => p.layer)") == [2, 3, 4]
    assert viewer.js("[...document.querySelectorAll('.panel-cell')].map(c => c.style.gridRowStart)") == ["1"] * 3
    page.locator("#run-0").check()
    page.locator("#run-1").uncheck()
    page.wait_for_function("() => Latentris.app.panels().length === 2")
    assert viewer.js("Latentris.app.panels().map(p => p.layer)") == [0, 1]
    page.locator("#run-0").click()  # the last shown run stays shown
    viewer.settle()
    assert page.locator("#run-0").is_checked() and viewer.js("Latentris.app.panels().map(p => p.layer)") == [0, 1]
    page.locator("#run-1").check()
    page.wait_for_function("() => Latentris.app.panels().length === 5")


def test_cross_run_cka_heatmap_shows_run_a_by_run_b(viewer, compare_site, compare_manifest):
    viewer.open(compare_site)
    page = viewer.page
    assert page.locator("#runs-cka").is_visible()
    S, L = len(compare_manifest["snapshots"]), len(compare_manifest["layers"])
    cka = np.frombuffer(compare_manifest["cka_layers"], "<f4").reshape(S, L, L)
    viewer.js("Latentris.app.setSnapshot(3)")
    shown = viewer.js("[[0, 0], [0, 1], [1, 0], [1, 1]].map(([i, j]) => Latentris.app.runs.crossCka(i, j))")
    assert np.allclose(shown, [cka[3, 0, 2], cka[3, 0, 3], cka[3, 1, 2], cka[3, 1, 3]], atol=1e-6)
    assert "rows wide, columns narrow" in page.locator(".runs-cka .cka-caption").inner_text()
    viewer.js("Latentris.app.setSnapshot(1)")  # narrow has no snapshot at epoch 1: no matching pair
    assert "no matching snapshot" in page.locator(".runs-cka .cka-caption").inner_text()


def test_switching_variants_changes_positions_without_a_reload(viewer, compare_site, compare_manifest):
    assert [m["name"] for m in compare_manifest["methods"]] == [*VARIANTS, "pca"]
    viewer.open(compare_site)
    page = viewer.page
    viewer.js("Latentris.app.setSnapshot(3)")
    assert viewer.js("Latentris.app.state.method") == VARIANTS[0]
    first = viewer.pixels()
    page.evaluate("() => { window.__sameDocument = true; }")
    page.locator("#method-select").select_option(VARIANTS[1])
    page.wait_for_function(f"() => Latentris.app.state.method === {VARIANTS[1]!r} && "
                           "!document.getElementById('status').textContent")
    second = viewer.pixels()
    assert page.evaluate("() => window.__sameDocument") is True  # no reload
    assert changed_fraction(first, second) > 0.01
    positions = viewer.js("Promise.all([0, 1].map(k => "
                          "Latentris.data.loadChunk(Latentris.app.manifest.methods[k].name, 0)"
                          ".then(c => Array.from(c.positions.slice(0, 300)))))")
    assert positions[0] != positions[1]
    assert "faithfulness" in page.locator("#view-quality").inner_text()


def test_metric_charts_overlay_the_other_runs_layer(viewer, compare_site, compare_manifest):
    viewer.open(compare_site)
    page = viewer.page
    assert page.locator("#metric-peers").inner_text() == "solid: wide · layer0 · dashed: narrow · layer0"
    peer = viewer.js("Latentris.constants.CHART_PEER")
    line = viewer.js("Latentris.constants.CHART_LINE")
    chart = canvas_pixels(viewer, ".metric-plot canvas", 0)
    assert colour_count(chart, peer, tol=40) > 20 and colour_count(chart, line, tol=40) > 20
    viewer.js("Latentris.app.setLayer(3)")  # narrow · layer1: the dashed line is wide · layer1
    page.wait_for_function("() => document.getElementById('metric-peers').textContent === "
                           "'solid: narrow · layer1 · dashed: wide · layer1'")
