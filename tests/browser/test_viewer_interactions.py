"""Issue 6 viewer interactions, in headless Chromium: camera linking, edge-case exports, subsets, 2D selection,
trails through layers, flow in the layer panels. Fixtures in tests/browser/conftest.py, helpers in
browser_helpers.py."""
from __future__ import annotations

import numpy as np
import pytest
from browser_helpers import (
    Viewer,
    canvas_pixels,
    changed_fraction,
    colour_count,
    drag,
    foreground_mask,
    point_on_screen,
    show_layers,
    wait_cameras_still,
)
from helpers import read_data_file

CAMS = "Latentris.app.panels().map(p => p.view.getCamera())"


def test_unshared_camera_moves_only_the_dragged_panel(viewer, exported_site):
    viewer.open(exported_site, "#layout=layers&shared=0")
    page = viewer.page
    page.wait_for_function("() => Latentris.app.panels().length > 1 && !document.getElementById('status').textContent")
    assert page.locator("#shared-camera").is_checked() is False
    start = viewer.js(CAMS)
    others = [canvas_pixels(viewer, ".panel-canvas", k) for k in range(1, len(start))]
    box = page.locator(".panel-canvas").nth(0).bounding_box()
    drag(page, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, 60, 20)
    moved = viewer.js(CAMS)
    assert not np.allclose(moved[0], start[0]), "dragging did not orbit the panel"
    for k in range(1, len(start)):
        assert np.allclose(moved[k], start[k], atol=1e-9), f"panel {k} moved with the camera unshared"
        assert changed_fraction(others[k - 1], canvas_pixels(viewer, ".panel-canvas", k)) < 0.0005, f"panel {k} redrawn"

    # panels built again (as a run picker does) keep their own cameras
    moved = [wait_still(viewer, f"Latentris.app.panels()[{k}].view") for k in range(len(start))]
    viewer.js("Latentris.app.setLayout('layers')")
    page.wait_for_function("() => Latentris.app.panels().length > 1 && !document.getElementById('status').textContent")
    assert np.allclose(viewer.js(CAMS), moved, atol=1e-9)

    # turned on again, the panels line up with the current layer's and then move together
    page.locator("#shared-camera").check()
    lined = viewer.js(CAMS)
    assert all(np.allclose(c, lined[0], atol=1e-6) for c in lined), lined
    box = page.locator(".panel-canvas").nth(1).bounding_box()
    drag(page, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, -50, 10)
    after = viewer.js(CAMS)
    assert not np.allclose(after[1], lined[1])
    assert all(np.allclose(c, after[1], atol=1e-6) for c in after)


# ------------------------------------------------------------------ exports at the edges: 1 snapshot, 1 class, 1 point
EDGE_RUNS = {  # name: (epochs, n_samples, n_classes)
    "one_snapshot": ((0,), 12, 3),
    "one_class": ((0, 1, 2), 12, 1),
    "one_sample": ((0, 1, 2), 1, 2),
}


def write_edge_run(path, epochs, n, n_classes, dims=(3, 4)):
    """A run store written by the real RunWriter: random activations, labels 0..n_classes-1 in turn."""
    from latentris_lightning.store.writer import RunWriter

    rng = np.random.default_rng(0)
    labels = np.arange(n) % n_classes
    writer = RunWriter(path, labels=labels, class_names=[f"class{i}" for i in range(n_classes)],
                       layers=[{"name": f"block{i}", "module_type": "Linear"} for i in range(len(dims))])
    for epoch in epochs:
        acts = {f"block{i}": rng.normal(size=(n, d)).astype(np.float32) for i, d in enumerate(dims)}
        writer.write_snapshot(epoch, epoch * 10, acts, labels)


@pytest.fixture(scope="module")
def edge_sites(tmp_path_factory):
    """Each edge run exported by the real exporter (both methods, flow fields on)."""
    from latentris_lightning import export_site

    sites = {}
    for name, (epochs, n, n_classes) in EDGE_RUNS.items():
        root = tmp_path_factory.mktemp(name)
        write_edge_run(root / "run", epochs, n, n_classes)
        sites[name] = export_site(root / "run", root / "site", progress=False).parent
    return sites


@pytest.mark.parametrize("name", list(EDGE_RUNS))
def test_edge_exports_render(viewer, edge_sites, name):
    epochs, n, n_classes = EDGE_RUNS[name]
    viewer.open(edge_sites[name])
    page = viewer.page
    assert page.locator("#error").is_hidden()
    assert page.locator(".legend-item").count() == n_classes
    palette = viewer.js("Latentris.constants.PALETTE")
    img = viewer.pixels()
    assert colour_count(img, palette[0], tol=3) > 0, "no point of class 0 drawn"
    assert viewer.js("Latentris.app.state.snapshot") == 0
    assert page.locator("#epoch-slider").is_disabled() == (len(epochs) == 1)
    assert page.locator("#play-button").is_disabled() == (len(epochs) == 1)

    i, x, y = point_on_screen(viewer, "Latentris.app.view", "#scene")
    page.mouse.click(x, y)  # pin a sample: its trail needs at least two snapshots
    page.wait_for_function(f"() => Latentris.app.state.pinned.includes({i})")
    assert viewer.js("Latentris.app.view.trailCount()") == (1 if len(epochs) > 1 else 0)
    if len(epochs) > 1:
        viewer.js(f"Latentris.app.setSnapshot({len(epochs) - 1})")
        assert colour_count(viewer.pixels(), palette[0], tol=3) > 0
    show_layers(viewer)
    for k in range(page.locator(".panel-canvas").count()):
        img = canvas_pixels(viewer, ".panel-canvas", k)
        assert colour_count(img, palette[0], tol=3) > 0, f"panel {k} shows no point"


# ------------------------------------------------------------------------------------ sample-size control and legend
def class_pixels(viewer: Viewer, img: np.ndarray, n_classes: int) -> int:
    """Pixels in any class colour (the points, not the data box's outline)."""
    palette = viewer.js("Latentris.constants.PALETTE")
    return sum(colour_count(img, palette[c % len(palette)]) for c in range(n_classes))


def legend_counts(viewer: Viewer) -> list[int]:
    return [int(t) for t in viewer.page.locator(".legend-count").all_inner_texts()]


def test_sample_size_control_shows_a_stratified_subset_with_counts(viewer, new_viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page
    counts = [c["count"] for c in manifest["classes"]]
    n = manifest["n_samples"]
    assert legend_counts(viewer) == counts
    full = viewer.pixels()

    shown = n // 10
    page.locator("#subset-slider").fill(str(shown))
    expected = [int(np.ceil(c * shown / n)) for c in counts]  # rank = place / count < fraction
    assert legend_counts(viewer) == expected
    assert page.locator("#subset-label").inner_text() == f"show {sum(expected)} of {n}"
    assert f"show={shown}" in viewer.js("location.hash")
    sub = viewer.pixels()
    k = len(counts)
    assert class_pixels(viewer, sub, k) < 0.4 * class_pixels(viewer, full, k), "the subset did not thin the picture"
    drawn = viewer.js("(() => { const xy = Latentris.app.view.screenPositions(); let k = 0;"
                      " for (let i = 0; i < xy.length; i += 2) if (xy[i] === xy[i]) k++; return k; })()")
    assert drawn == sum(expected)

    # ranks: a seeded shuffle within each class, place / count, the same on every load
    ranks = np.array(viewer.js("Array.from(Latentris.app.ranks())"))
    labels = np.frombuffer(manifest["labels"], "<u2")
    for c, count in enumerate(counts):
        assert np.allclose(np.sort(ranks[labels == c]), np.arange(count) / count)
    assert not np.allclose(ranks[labels == 0], np.arange(counts[0]) / counts[0]), "ranks follow the sample order"

    # class toggles still hide, and hidden classes stay hidden whatever the subset
    page.locator(".legend-item").nth(0).click()
    assert "hidden" in page.locator(".legend-item").nth(0).get_attribute("class")
    assert class_pixels(viewer, viewer.pixels(), k) < class_pixels(viewer, sub, k)
    assert legend_counts(viewer) == expected  # the counts are of the subset, hidden or not
    page.locator(".legend-item").nth(0).click()

    other = new_viewer()  # a second page (its errors fail the test too)
    other.open(exported_site, viewer.js("location.hash"))
    assert other.page.locator("#subset-slider").input_value() == str(shown)
    assert legend_counts(other) == expected
    assert np.array_equal(np.array(other.js("Array.from(Latentris.app.ranks())")), ranks)
    assert changed_fraction(sub, other.pixels()) < 0.0005

    page.locator("#subset-slider").fill(str(n))
    assert legend_counts(viewer) == counts and "show=" not in viewer.js("location.hash")
    assert changed_fraction(full, viewer.pixels()) < 0.0005


# ------------------------------------------------------------------------------------------ 2D mode and selection sets
def view_direction(camera: list[float]) -> np.ndarray:
    d = np.array(camera[:3]) - np.array(camera[3:6])
    return d / np.linalg.norm(d)


def shown_inside(viewer: Viewer, view_js: str, x0, y0, x1, y1) -> list[int]:
    """The shown samples of a view whose screen position (CSS px in its canvas) lies inside the rectangle."""
    return viewer.js(f"""([x0, y0, x1, y1]) => {{ const xy = {view_js}.screenPositions(), out = [];
        for (let i = 0; i < xy.length / 2; i++) {{ const x = xy[2 * i], y = xy[2 * i + 1];
          if (x >= x0 && x <= x1 && y >= y0 && y <= y1) out.push(i); }} return out; }}""", [x0, y0, x1, y1])


def wait_still(viewer: Viewer, view_js: str = "Latentris.app.view") -> list[float]:
    """Wait until the view's camera has stopped; return it."""
    return wait_cameras_still(viewer.page, f"[{view_js}]")[0]


def modifier_drag(page, key, points):
    page.keyboard.down(key)
    page.mouse.move(*points[0])
    page.mouse.down()
    for p in points[1:]:
        page.mouse.move(*p, steps=3)
    page.mouse.up()
    page.keyboard.up(key)


def test_2d_mode_flattens_the_current_view_and_locks_rotation(viewer, new_viewer, exported_site):
    viewer.open(exported_site)
    page = viewer.page
    box = page.locator("#scene").bounding_box()
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    drag(page, cx, cy, 120, -40)  # orient in 3D first
    oriented = wait_still(viewer)
    page.locator("#mode-select").select_option("2d")
    assert viewer.js("Latentris.app.view.mode()") == "2d"
    assert viewer.js("Latentris.app.view.activeCamera().isOrthographicCamera") is True
    flat = viewer.js("Latentris.app.view.getCamera()")
    assert np.allclose(view_direction(flat), view_direction(oriented), atol=1e-6), "2D does not look the 3D way"
    assert "mode=2d" in viewer.js("location.hash")
    assert "2D" in page.locator(".hint").inner_text()
    picture = viewer.pixels()
    assert foreground_mask(picture).sum() > 500

    drag(page, cx, cy, 80, 30)  # a plain drag pans: the direction stays, the target moves
    panned = wait_still(viewer)
    assert np.allclose(view_direction(panned), view_direction(flat), atol=1e-6), "2D rotated"
    assert not np.allclose(panned[3:6], flat[3:6]), "the drag did not pan"
    page.mouse.move(cx, cy)
    page.mouse.wheel(0, -400)  # zoom
    page.wait_for_function("() => Latentris.app.view.getCamera()[6] > 1.05")
    camera = wait_still(viewer)
    page.wait_for_function("""() => { const cam = new URLSearchParams(location.hash.slice(1)).get('cam');
        return cam === Latentris.app.view.getCamera().map(x => Number(x.toFixed(4))).join(','); }""", timeout=20_000)
    hash_ = viewer.js("location.hash")
    zoomed = viewer.pixels()

    other = new_viewer()  # a second page (its errors fail the test too)
    other.open(exported_site, hash_)
    assert other.js("Latentris.app.view.mode()") == "2d"
    assert other.page.locator("#mode-select").input_value() == "2d"
    assert np.allclose(other.js("Latentris.app.view.getCamera()"), camera, atol=1e-3)
    assert changed_fraction(zoomed, other.pixels()) < 0.01

    page.locator("#mode-select").select_option("3d")  # back to the orbit, looking the same way
    assert viewer.js("Latentris.app.view.mode()") == "3d"
    assert np.allclose(view_direction(viewer.js("Latentris.app.view.getCamera()")), view_direction(panned), atol=1e-6)
    assert "mode=" not in viewer.js("location.hash")


def test_box_and_lasso_select_in_2d_link_across_panels(viewer, new_viewer, exported_site, manifest):
    viewer.open(exported_site, "#layout=layers")
    page = viewer.page
    page.wait_for_function("() => Latentris.app.panels().length > 1 && !document.getElementById('status').textContent")
    page.locator("#mode-select").select_option("2d")
    n_panels = page.locator(".panel-canvas").count()
    before = [canvas_pixels(viewer, ".panel-canvas", k) for k in range(n_panels)]
    assert page.locator("#selection-count").is_hidden()

    canvas = page.locator(".panel-canvas").nth(0).bounding_box()
    w, h = canvas["width"], canvas["height"]
    x0, y0, x1, y1 = 0.25 * w, 0.25 * h, 0.6 * w, 0.7 * h
    expected = shown_inside(viewer, "Latentris.app.panels()[0].view", x0, y0, x1, y1)
    assert 0 < len(expected) < manifest["n_samples"]
    modifier_drag(page, "Shift", [(canvas["x"] + x0, canvas["y"] + y0), (canvas["x"] + x1, canvas["y"] + y1)])
    page.wait_for_function("() => Latentris.app.state.selection.length > 0")
    selected = viewer.js("Latentris.app.state.selection")
    # the outline's end follows the last pointer event; allow the points on its very edge to differ
    assert abs(len(selected) - len(expected)) <= 2 and len(set(selected) & set(expected)) >= len(expected) - 2
    assert page.locator("#selection-count").inner_text() == f"{len(selected)} selected"
    for k in range(n_panels):  # every panel highlights the same set and dims the rest
        assert viewer.js(f"Latentris.app.panels()[{k}].view.selection()") == selected
        after = canvas_pixels(viewer, ".panel-canvas", k)
        assert changed_fraction(before[k], after) > 0.003, f"panel {k} did not dim the rest"
        assert class_pixels(viewer, after, len(manifest["classes"])) < \
            class_pixels(viewer, before[k], len(manifest["classes"])), f"panel {k}"
    cap = viewer.js("Latentris.constants.MAX_SELECTION_TRAILS")
    assert viewer.js("Latentris.app.panels()[1].view.trailCount()") == min(len(selected), cap)
    hash_ = viewer.js("location.hash")
    if len(selected) <= viewer.js("Latentris.constants.MAX_HASH_SELECTION"):
        assert "set=" + "%2C".join(map(str, selected)) in hash_

    # lasso with Alt: a triangle in panel 1
    canvas1 = page.locator(".panel-canvas").nth(1).bounding_box()
    tri = [(0.2, 0.2), (0.8, 0.3), (0.5, 0.8)]
    modifier_drag(page, "Alt", [(canvas1["x"] + a * canvas1["width"], canvas1["y"] + b * canvas1["height"])
                                for a, b in tri])
    page.wait_for_function(f"() => JSON.stringify(Latentris.app.state.selection) !== '{selected}'.replace(/ /g, '')")
    lasso = viewer.js("Latentris.app.state.selection")
    assert lasso and lasso != selected
    inside_box = shown_inside(viewer, "Latentris.app.panels()[1].view", 0.2 * canvas1["width"], 0.2 * canvas1["height"],
                              0.8 * canvas1["width"], 0.8 * canvas1["height"])
    assert set(lasso) <= set(inside_box), "the lasso took samples outside its bounding box"

    other = new_viewer()  # a second page (its errors fail the test too)
    other.open(exported_site, viewer.js("location.hash"))
    if len(lasso) <= viewer.js("Latentris.constants.MAX_HASH_SELECTION"):
        assert other.js("Latentris.app.state.selection") == lasso
        assert other.js("Latentris.app.view.selection()") == lasso

    page.locator("#selection-clear").click()
    assert viewer.js("Latentris.app.state.selection") == [] and page.locator("#selection-count").is_hidden()
    assert "set=" not in viewer.js("location.hash")
    for k in range(n_panels):
        after = canvas_pixels(viewer, ".panel-canvas", k)
        assert changed_fraction(before[k], after) < 0.0005, f"panel {k} not restored"


def test_lasso_tool_button_selects_without_a_key(viewer, exported_site):
    viewer.open(exported_site, "#mode=2d")
    page = viewer.page
    assert page.locator("#lasso-button").is_visible()
    page.locator("#lasso-button").click()
    box = page.locator("#scene").bounding_box()
    corners = [(0.1, 0.1), (0.9, 0.1), (0.9, 0.9), (0.1, 0.9)]
    path = [(box["x"] + a * box["width"], box["y"] + b * box["height"]) for a, b in corners]
    page.mouse.move(*path[0])
    page.mouse.down()
    for p in path[1:]:
        page.mouse.move(*p, steps=3)
    page.mouse.up()
    page.wait_for_function("() => Latentris.app.state.selection.length > 0")
    expected = shown_inside(viewer, "Latentris.app.view", 0.1 * box["width"], 0.1 * box["height"],
                            0.9 * box["width"], 0.9 * box["height"])
    assert abs(len(viewer.js("Latentris.app.state.selection")) - len(expected)) <= 2
    page.locator("#mode-select").select_option("3d")
    assert page.locator("#lasso-button").is_hidden()


# --------------------------------------------------------------------------------------------- trails through layers
@pytest.fixture(scope="module")
def layers_axis_site(tmp_path_factory):
    """A run whose projection aligns each snapshot's layers in one space (manifest methods[].axis == "layers")."""
    from latentris_lightning import export_site

    root = tmp_path_factory.mktemp("layers_axis")
    write_edge_run(root / "run", (0, 1, 2), 40, 3, dims=(3, 4, 5))
    return export_site(root / "run", root / "site", methods=["joint"], axis="layers", progress=False).parent


def test_trails_through_layers_for_a_layers_axis_export(viewer, layers_axis_site):
    _, m = read_data_file(layers_axis_site / "data" / "manifest.js")
    assert [x["axis"] for x in m["methods"]] == ["layers"]
    viewer.open(layers_axis_site)
    page = viewer.page
    box = page.locator("#layer-trails")
    assert box.is_enabled() and not box.is_checked()
    viewer.js("Latentris.app.setSnapshot(1)")
    i, x, y = point_on_screen(viewer, "Latentris.app.view", "#scene")
    page.mouse.click(x, y)
    page.wait_for_function(f"() => Latentris.app.state.pinned.includes({i})")
    page.mouse.move(2, 2)
    page.wait_for_function("() => Latentris.app.hover() === -1")
    before = viewer.pixels()

    box.check()
    page.wait_for_function("() => Latentris.app.view.layerTrailCount() === 1")
    assert "ltrails=1" in viewer.js("location.hash")
    drawn = viewer.pixels()
    changed = int((np.abs(drawn - before).max(axis=-1) > 8).sum())
    assert changed > 30, f"no trail through the layers drawn ({changed} pixels changed)"
    # the trail has one vertex per layer, and the current layer's vertex is where the pinned sample is drawn
    points = np.array(viewer.js("Latentris.app.view.layerTrailPoints()")[0]).reshape(-1, 3)
    assert points.shape == (len(m["layers"]), 3)
    layer = viewer.js("Latentris.app.state.layer")
    on_screen = viewer.js("""([p, i]) => { const v = Latentris.app.view, c = v.activeCamera(), el = v.canvas;
        const q = new LatentrisVendor.THREE.Vector3(p[0], p[1], p[2]).project(c), s = v.project(i);
        return [(q.x + 1) / 2 * el.clientWidth - s.x, (1 - q.y) / 2 * el.clientHeight - s.y]; }""",
                          [points[layer].tolist(), i])
    assert np.allclose(on_screen, [0, 0], atol=0.5)
    assert np.ptp(points, axis=0).max() > 0, "the layers' positions coincide"

    viewer.js("Latentris.app.setSnapshot(2)")  # the trail follows the frame
    moved = np.array(viewer.js("Latentris.app.view.layerTrailPoints()")[0]).reshape(-1, 3)
    assert not np.allclose(moved, points)
    box.uncheck()
    assert viewer.js("Latentris.app.view.layerTrailCount()") == 0 and "ltrails" not in viewer.js("location.hash")


def test_trails_through_layers_are_disabled_without_a_layers_axis(viewer, exported_site, manifest):
    assert all(m["axis"] != "layers" for m in manifest["methods"])
    viewer.open(exported_site, "#ltrails=1&sel=3")
    box = viewer.page.locator("#layer-trails")
    assert box.is_disabled() and not box.is_checked()
    assert "axis" in viewer.page.locator("label.inline-check", has=box).get_attribute("title")
    assert viewer.js("Latentris.app.view.layerTrailCount()") == 0


# ------------------------------------------------------------------------------------ flow field in the layer panels
def test_flow_overlay_in_every_layer_panel(viewer, exported_site, manifest):
    method = manifest["methods"][0]["name"]
    viewer.open(exported_site, "#layout=layers")
    page = viewer.page
    page.wait_for_function("() => Latentris.app.panels().length > 1 && !document.getElementById('status').textContent")
    n = page.locator(".panel-canvas").count()
    before = [canvas_pixels(viewer, ".panel-canvas", k) for k in range(n)]
    page.locator("#flow-select").select_option("arrows")
    page.wait_for_function("() => Latentris.app.panels().every(p => p.flow.field() && p.flow.segments() > 0)")
    for k in range(n):  # each panel draws its own layer's field
        assert viewer.js(f"Latentris.app.panels()[{k}].flow.field().path") == f"data/flow-{method}-{k}.js"
        assert viewer.js(f"Latentris.app.panels()[{k}].flow.mode()") == "arrows"
        assert changed_fraction(before[k], canvas_pixels(viewer, ".panel-canvas", k)) > 0.002, f"panel {k}: no arrows"
    segments = viewer.js("Latentris.app.panels().map(p => p.flow.segments())")
    assert len(set(segments)) > 1 or n == 1, "the panels show the same field"

    page.locator("#flow-select").select_option("off")
    for k in range(n):
        assert viewer.js(f"Latentris.app.panels()[{k}].flow.segments()") == 0
        assert changed_fraction(before[k], canvas_pixels(viewer, ".panel-canvas", k)) < 0.0005, f"panel {k} not cleared"


def test_grid_pick_matches_a_scan_of_every_point(viewer, exported_site):
    """The screen-space grid gives the same sample as checking every point, at random places, before and after the
    camera moves (the grid is rebuilt) and with part of the points hidden by the subset."""
    viewer.open(exported_site)
    compare = """() => { const v = Latentris.app.view, w = v.canvas.clientWidth, h = v.canvas.clientHeight;
        const r = Latentris.constants.PICK_RADIUS_PX; let seed = 7, hits = 0, bad = [];
        const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
        for (let k = 0; k < 300; k++) {
          const near = v.screenPositions(), j = Math.floor(rnd() * near.length / 2);  /* near a point, or anywhere */
          const x = near[2 * j] === near[2 * j] ? near[2 * j] + (rnd() - 0.5) * 3 * r : rnd() * w;
          const y = near[2 * j + 1] === near[2 * j + 1] ? near[2 * j + 1] + (rnd() - 0.5) * 3 * r : rnd() * h;
          const got = v.pick(x, y, r), xy = v.screenPositions();
          let best = -1, bestD = Infinity;
          for (let i = 0; i < xy.length / 2; i++) {
            const d = (xy[2 * i] - x) ** 2 + (xy[2 * i + 1] - y) ** 2;
            if (d <= r * r && d < bestD) { bestD = d; best = i; }
          }
          if (best >= 0) hits++;
          if (got !== best) bad.push([x, y, got, best]);
        }
        return {hits, bad}; }"""
    first = viewer.js(compare)
    assert first["bad"] == [] and first["hits"] > 20
    box = viewer.page.locator("#scene").bounding_box()
    drag(viewer.page, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, 70, 25)
    wait_still(viewer)
    assert viewer.js(compare)["bad"] == []
    viewer.js("Latentris.app.setShown(Math.round(Latentris.app.manifest.n_samples / 3))")
    third = viewer.js(compare)
    assert third["bad"] == [] and third["hits"] > 20
