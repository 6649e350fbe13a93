"""Issue 19, the viewer half: the data map (confidence × variability), linked both ways with the 3D panels, the
samples-to-review list and its CSV, colouring and searching by a dynamics field; sites without dynamics show none
of it (headless Chromium, file://, software WebGL; any console error fails a test)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pytest
from browser_helpers import canvas_pixels, show_layers
from helpers import read_data_file

from latentris_lightning import export_site
from latentris_lightning.site.bundle import data_script
from latentris_lightning.store.writer import RunWriter

N, CLASSES, EPOCHS = 60, 3, 5
MARKUP = '<img src=x onerror="window.__pwned=1">'
FLIPPED = 7  # trains on a label its activations and predictions never agree with


def write_run(path: Path, losses: bool = True) -> None:
    rng = np.random.default_rng(3)
    labels = np.arange(N) % CLASSES
    names = [f"s{i}" for i in range(N)]
    names[FLIPPED] = MARKUP + " flipped"
    names[3] = '=HYPERLINK("x")'
    thumbs = (rng.random((N, 4, 4, 1)) * 255).astype(np.uint8)
    writer = RunWriter(path, labels=labels, class_names=[f"class {c}" for c in range(CLASSES)],
                       layers=[{"name": "block0"}, {"name": "block1"}], config={"loss": "cross_entropy"},
                       metadata={"names": names, "thumbnails": thumbs})
    truth = labels.copy()
    truth[FLIPPED] = (labels[FLIPPED] + 1) % CLASSES
    centres = rng.normal(size=(CLASSES, 6)) * 4
    learn_at = rng.integers(0, EPOCHS, size=N)  # epoch from which each sample is right
    for epoch in range(EPOCHS):
        acts = centres[truth] * (epoch + 1) / EPOCHS + rng.normal(size=(N, 6))
        right = epoch >= learn_at
        right[FLIPPED] = False
        right[11] = epoch % 2 == 0  # learned, forgotten, learned again
        p_true = np.where(right, 0.55 + 0.4 * rng.random(N), 0.05 + 0.4 * rng.random(N))
        p_true[FLIPPED] = 0.02 + 0.05 * (epoch % 2)  # its (flipped) label: below any other sample at every snapshot
        predictions = np.where(right, labels, (labels + 1) % CLASSES)
        writer.write_snapshot(epoch, epoch * 10, {"block0": acts, "block1": acts[:, :4] * 2}, predictions,
                              losses=-np.log(p_true) if losses else None)


@pytest.fixture(scope="module")
def dyn_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dynamics")
    write_run(root / "run")
    return export_site(root / "run", root / "site", methods=["pca"], progress=False, flow=False).parent


def chunk(site: Path) -> dict:
    _, m = read_data_file(site / "data" / "manifest.js")
    return read_data_file(site / m["dynamics"]["chunks"][0])[1]


def values(c: dict, key: str) -> np.ndarray:
    dtype = "<i4" if key in ("forgetting", "centroid_layer", "most_frequent", "first_learned_snapshot") else "<f4"
    return np.frombuffer(c[key], dtype=dtype)


def open_with_map(viewer, site: Path, layers: bool = True):
    viewer.open(site)
    page = viewer.page
    page.wait_for_function("() => Latentris.app.datamap && Latentris.app.review")
    if layers:
        show_layers(viewer)
    viewer.settle()
    return page


def map_point(viewer, i: int) -> tuple[float, float]:
    """Page coordinates of sample i in the data map, scrolled into the viewport first (the side panel scrolls)."""
    return tuple(viewer.js("""i => { const p = Latentris.app.datamap.position(i);
        const canvas = document.getElementById('datamap-canvas');
        canvas.scrollIntoView({ block: 'center' });
        const r = canvas.getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }""", i))


def white_near(viewer, selector: str, k: int, x: float, y: float, half: int = 12) -> int:
    img = canvas_pixels(viewer, selector, k)
    x0, y0 = max(int(x) - half, 0), max(int(y) - half, 0)
    return int((img[y0:int(y) + half, x0:int(x) + half] > 240).all(axis=-1).sum())


def panel_point(viewer, k: int, i: int) -> tuple[float, float] | None:
    p = viewer.js(f"Latentris.app.panels()[{k}].view.project({i})")
    return None if p is None else (p["x"], p["y"])


def test_hover_in_the_map_rings_the_sample_in_every_panel_and_back(viewer, dyn_site):
    page = open_with_map(viewer, dyn_site)
    panels = viewer.js("Latentris.app.panels().length")
    assert panels == 2
    i = FLIPPED
    before = [white_near(viewer, ".panel-canvas", k, *panel_point(viewer, k, i)) for k in range(panels)]
    x, y = map_point(viewer, i)
    page.mouse.move(x, y)
    page.wait_for_function(f"() => Latentris.app.hover() === {i} && Latentris.app.state.hover === {i}")
    viewer.settle()
    for k in range(panels):
        after = white_near(viewer, ".panel-canvas", k, *panel_point(viewer, k, i))
        assert after > before[k] + 5, f"panel {k} shows no ring on sample {i} ({before[k]} -> {after} white pixels)"
    assert MARKUP in page.locator("#datamap-caption").inner_text()  # the name as text
    page.mouse.move(2, 2)
    page.wait_for_function("() => Latentris.app.hover() === -1")

    # and back: hovering a sample in 3D rings it in the map
    j = 20
    p = viewer.js(f"Latentris.app.datamap.position({j})")
    quiet = white_near(viewer, "#datamap-canvas", 0, p["x"], p["y"], 8)
    viewer.js(f"Latentris.app.setHover({j})")
    viewer.settle()
    ringed = white_near(viewer, "#datamap-canvas", 0, p["x"], p["y"], 8)
    assert ringed > quiet + 5, f"the map shows no ring on sample {j} ({quiet} -> {ringed})"
    assert viewer.js("window.__pwned") is None


def test_a_box_in_the_map_dims_the_rest_in_every_panel_and_a_3d_selection_shows_in_the_map(viewer, dyn_site):
    page = open_with_map(viewer, dyn_site)
    panels = viewer.js("Latentris.app.panels().length")
    before = [canvas_pixels(viewer, ".panel-canvas", k) for k in range(panels)]
    box = page.locator("#datamap-canvas").bounding_box()
    # the upper half of the plot: the confident samples
    x0, y0 = box["x"] + 31, box["y"] + 9
    x1, y1 = box["x"] + box["width"] - 9, box["y"] + 9 + (box["height"] - 32) * 0.45
    expected = viewer.js(f"""() => {{ const out = [];
        const r = document.getElementById('datamap-canvas').getBoundingClientRect();
        for (let i = 0; i < {N}; i++) {{ const p = Latentris.app.datamap.position(i);
          const x = r.left + p.x, y = r.top + p.y;
          if (x >= {x0} && x <= {x1} && y >= {y0} && y <= {y1}) out.push(i); }}
        return out; }}""")
    assert 0 < len(expected) < N
    page.mouse.move(x0, y0)
    page.mouse.down()
    for k in range(1, 6):
        page.mouse.move(x0 + (x1 - x0) * k / 5, y0 + (y1 - y0) * k / 5)
    page.mouse.up()
    page.wait_for_function("() => Latentris.app.state.selection.length > 0")
    assert viewer.js("Latentris.app.state.selection") == expected
    assert page.locator("#selection-count").inner_text() == f"{len(expected)} selected"
    viewer.settle()
    for k in range(panels):
        assert viewer.js(f"Latentris.app.panels()[{k}].view.selection()") == expected
        after = canvas_pixels(viewer, ".panel-canvas", k)
        changed = float((np.abs(after - before[k]).max(axis=-1) > 8).mean())
        assert changed > 0.003, f"panel {k} did not dim the rest ({changed:.4f} of its pixels changed)"

    # a selection made elsewhere (the 3D views, the search box) dims the rest of the map
    outside = next(i for i in range(N) if i not in expected)
    p = viewer.js(f"Latentris.app.datamap.position({outside})")
    viewer.js("Latentris.app.setSelection([])")
    viewer.settle()
    bright = canvas_pixels(viewer, "#datamap-canvas")[int(p["y"]), int(p["x"])].astype(int)
    viewer.js(f"Latentris.app.setSelection([{expected[0]}])")
    viewer.settle()
    dimmed = canvas_pixels(viewer, "#datamap-canvas")[int(p["y"]), int(p["x"])].astype(int)
    assert dimmed.sum() < bright.sum() * 0.5, f"sample {outside} was not dimmed in the map: {bright} -> {dimmed}"


def test_review_list_starts_with_the_top_mislabel_sample_and_pins_it(viewer, dyn_site):
    c = chunk(dyn_site)
    mislabel = values(c, "mislabel")
    top = int(np.argsort(-mislabel, kind="stable")[0])
    assert top == FLIPPED  # the planted sample leads, as docs/dynamics.md's score promises
    page = open_with_map(viewer, dyn_site, layers=False)
    page.wait_for_function("() => document.querySelector('.review-item .review-thumb') !== null")
    items = page.locator(".review-item")
    assert items.count() == min(50, N)
    first = items.first
    assert first.get_attribute("data-sample") == str(top)
    text = first.inner_text()
    assert f"#{top} {MARKUP} flipped" in text  # markup shown as text
    assert "class 1 → class 2" in text  # label → most frequent prediction
    assert viewer.js("document.querySelectorAll('#review img, [onerror]').length") == 0
    order = [int(s) for s in page.eval_on_selector_all(".review-item", "els => els.map(e => e.dataset.sample)")]
    assert order == np.argsort(-mislabel, kind="stable")[:50].tolist()
    first.click()
    page.wait_for_function(f"() => Latentris.app.state.pinned.includes({top})")
    assert viewer.js("window.__pwned") is None


def test_csv_download_has_one_row_per_sample_and_the_documented_columns(viewer, dyn_site):
    c = chunk(dyn_site)
    page = open_with_map(viewer, dyn_site, layers=False)
    with page.expect_download() as info:
        page.locator("#review-csv").click()
    download = info.value
    assert download.suggested_filename == "samples-to-review.csv"
    text = Path(download.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    fields = [f for f in ("confidence", "variability", "correctness", "first_learned", "forgetting", "aum",
                          "centroid_layer", "most_frequent", "mislabel") if f in c["fields"]]
    assert header == ["index", "name", "label", "label_name", "most_frequent_name", *fields]
    assert len(body) == N and sorted(int(r[0]) for r in body) == list(range(N))
    mislabel = values(c, "mislabel")
    assert [int(r[0]) for r in body] == np.argsort(-mislabel, kind="stable").tolist()
    by_index = {int(r[0]): dict(zip(header, r, strict=True)) for r in body}
    assert by_index[FLIPPED]["name"] == MARKUP + " flipped"  # data, never markup
    assert by_index[3]["name"] == "'" + '=HYPERLINK("x")'  # formula-safe
    assert by_index[FLIPPED]["label_name"] == "class 1" and by_index[FLIPPED]["most_frequent_name"] == "class 2"
    for f in ("confidence", "mislabel"):
        got = np.array([float(by_index[i][f]) for i in range(N)])
        np.testing.assert_allclose(got, values(c, f), atol=1e-6)
    assert [int(by_index[i]["forgetting"]) for i in range(N)] == values(c, "forgetting").tolist()


def test_colour_and_search_by_a_dynamics_field(viewer, dyn_site):
    c = chunk(dyn_site)
    page = open_with_map(viewer, dyn_site, layers=False)
    before = viewer.pixels()
    page.locator("#color-select").select_option("dyn-mislabel")
    page.wait_for_function("() => Latentris.app.state.color === 'dyn-mislabel'")
    viewer.settle()
    assert float((np.abs(viewer.pixels() - before).max(axis=-1) > 8).mean()) > 0.001, "the 3D view kept its colours"
    ramp_high = viewer.js(f"Latentris.app.datamap.color({FLIPPED})")  # the top score: the ramp's high end
    assert ramp_high == viewer.js("""(() => {
        const [r, g, b] = Latentris.util.hexToRgb(Latentris.constants.SCORE_RAMP[2]);
        return ((255 << 24 | b << 16 | g << 8 | r) >>> 0); })()""")
    assert "color=dyn-mislabel" in viewer.js("location.hash")

    search = page.locator("#search-input")
    for text, expected in (("forgotten>=1", np.flatnonzero(values(c, "forgetting") >= 1)),
                           ("confidence<0.3", np.flatnonzero(values(c, "confidence") < 0.3))):
        assert 0 < expected.size < N
        search.fill(text)
        search.press("Enter")
        page.wait_for_function(f"() => document.getElementById('search-note').textContent.includes({text!r})")
        assert viewer.js("Latentris.app.state.selection") == expected.tolist()
    assert 11 in np.flatnonzero(values(c, "forgetting") >= 1)


def test_sites_without_dynamics_show_no_panel_and_no_error(viewer, new_viewer, tmp_path):
    # an older bundle: no `dynamics` in the manifest
    write_run(tmp_path / "run")
    old = export_site(tmp_path / "run", tmp_path / "old", methods=["pca"], progress=False, flow=False).parent
    _, m = read_data_file(old / "data" / "manifest.js")
    del m["dynamics"]
    (old / "data" / "manifest.js").write_text(data_script("manifest", m), encoding="utf-8")
    viewer.open(old)
    assert viewer.page.locator("#dynamics-section").is_hidden()
    assert viewer.js("Latentris.app.datamap") is None
    options = viewer.js("[...document.querySelectorAll('#color-select option')].map(o => o.value)")
    assert not [o for o in options if o.startswith("dyn-")]
    viewer.js("Latentris.app.search('forgotten>=1')")
    viewer.page.wait_for_function(
        "() => document.getElementById('search-note').textContent.includes('no training dynamics')")

    # a run without losses: no confidence, so no data map; the reason is said, the ranking stays
    write_run(tmp_path / "noloss", losses=False)
    site = export_site(tmp_path / "noloss", tmp_path / "site", methods=["pca"], progress=False, flow=False).parent
    assert "confidence" not in chunk(site)["fields"]
    other = new_viewer().open(site)
    other.page.wait_for_function("() => Latentris.app.review !== null && Latentris.app.review !== undefined")
    assert other.js("Latentris.app.datamap") is None
    assert other.page.locator("#datamap-canvas").count() == 0
    assert other.page.locator("#dynamics-note").inner_text().startswith("no data map: ")
    disabled = other.js(
        "[...document.querySelectorAll('#color-select option')].filter(o => o.disabled).map(o => o.value)")
    assert "dyn-confidence" in disabled and "dyn-mislabel" not in disabled
