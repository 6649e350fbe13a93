"""The exported viewer, for real, in headless Chromium (file://, software WebGL).

Needs /usr/bin/chromium (Debian's package; CI installs it). Never runs `playwright install`.
The site under test comes from the session fixture `exported_site` (tests/conftest.py); the browser fixtures are in
tests/browser/conftest.py, the helpers in tests/browser/browser_helpers.py.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from browser_helpers import (
    READY_TIMEOUT_MS,
    canvas_pixels,
    changed_fraction,
    colour_count,
    drag,
    foreground_mask,
    point_on_screen,
    show_layers,
)
from helpers import read_data_file

from latentris_lightning.site import bundle


def test_page_loads_and_draws_points_coloured_by_class(viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page

    assert page.locator("#error").is_hidden()
    assert page.title() == manifest["title"]
    assert page.locator("#title").inner_text() == manifest["title"]
    assert str(manifest["snapshots"][0]["epoch"]) in viewer.epoch_label()
    assert page.locator(".legend-item").count() == len(manifest["classes"])
    assert page.locator(".legend-name").all_inner_texts() == [c["name"] for c in manifest["classes"]]
    charts = page.locator(".metric .uplot").count() + page.locator(".metric-empty:visible").count()
    assert charts >= len(manifest["metrics"])

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


def test_newer_format_version_is_refused_visibly(viewer, exported_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(exported_site, site)
    key, payload = read_data_file(site / "data" / "manifest.js")
    payload["version"] = 99
    (site / "data" / "manifest.js").write_text(bundle.data_script(key, payload))

    page = viewer.open(site, wait_ready=False).page
    page.locator("#error").wait_for(state="visible", timeout=READY_TIMEOUT_MS)
    assert "version 99" in page.locator("#error").inner_text()
    assert viewer.js("Latentris.app.isReady") is False
    errors = viewer.take_errors()
    assert len(errors) == 1 and "version 99" in errors[0], errors  # the refusal itself, logged once


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
    dynamics = ["dyn-" + f["key"] for f in manifest["dynamics"]["fields"] if f["key"] != "most_frequent"]
    assert options == ["class", "correct", "flow-outliers"] + [k["key"] for k in manifest["scores"]["keys"]] + dynamics
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


def test_alerts_are_listed_marked_on_the_charts_and_jump_to_their_snapshot(viewer, exported_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(exported_site, site)
    key, payload = read_data_file(site / "data" / "manifest.js")
    snap = payload["snapshots"][2]
    payload["alerts"] = [{
        "rule": "collapse", "layer": payload["layers"][1]["name"], "layer_index": 1, "snapshot": 2,
        "epoch": snap["epoch"], "step": snap["step"], "epoch_float": snap["epoch_float"],
        "message": "effective rank fell to <b>1.00</b>", "evidence": {"metric": "effective_rank", "value": 1.0},
    }]
    (site / "data" / "manifest.js").write_text(bundle.data_script(key, payload))

    page = viewer.open(site).page
    assert page.locator("#alert-count").inner_text() == "1"
    item = page.locator(".alert-item")
    assert item.count() == 1
    assert "effective rank fell to <b>1.00</b>" in item.inner_text()  # data is text, never markup
    assert f"epoch {snap['epoch']}" in item.inner_text() and "collapse" in item.inner_text()
    assert viewer.js("Latentris.app.ui.metrics.alertEpochs()") == []  # layer 0 has no alert
    item.click()
    page.wait_for_function("() => Latentris.app.state.layer === 1 && !document.getElementById('status').textContent")
    assert viewer.js("Latentris.app.state.snapshot") == 2
    assert viewer.js("Latentris.app.ui.metrics.alertEpochs()") == [snap["epoch_float"]]
    assert f"epoch {snap['epoch']}" in viewer.epoch_label()


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


# ---------------------------------------------------------------------------------------------- issue 6: the viewer
def test_layers_side_by_side_with_hover_linked_across_panels(viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page
    show_layers(viewer)
    n_layers = len(manifest["layers"])
    assert page.locator(".panel-cell").count() == n_layers
    assert page.locator("#scene").is_hidden()
    assert "layout=layers" in viewer.js("location.hash")
    assert [t.split(": ", 1)[1] for t in page.locator(".panel-label").all_inner_texts()] == \
        [layer["name"] for layer in manifest["layers"]]
    before = [canvas_pixels(viewer, ".panel-canvas", k) for k in range(n_layers)]
    for k, img in enumerate(before):
        assert foreground_mask(img).sum() > 200, f"layer panel {k} is blank"

    i, x, y = point_on_screen(viewer, "Latentris.app.panels()[0].view", ".panel-canvas", 0)
    page.mouse.move(x, y)
    page.wait_for_function(f"() => Latentris.app.hover() === {i}")
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    label = manifest["classes"][np.frombuffer(manifest["labels"], "<u2")[i]]["name"]
    text = tooltip.inner_text()
    assert f"sample #{i}" in text and f"label: {label}" in text and "prediction: " in text
    assert "(correct)" in text or "(wrong)" in text
    page.wait_for_function("() => /loss: /.test(document.getElementById('tooltip').textContent)")
    after = [canvas_pixels(viewer, ".panel-canvas", k) for k in range(n_layers)]
    hover = viewer.js("Latentris.constants.HOVER_COLOR")
    for k in range(n_layers):  # the same sample is ringed in every layer's panel
        assert colour_count(after[k], hover, tol=2) > colour_count(before[k], hover, tol=2) + 10, f"panel {k}"

    page.mouse.move(2, 2)  # off the views: the marks and the tooltip go
    page.wait_for_function("() => Latentris.app.hover() === -1")
    assert tooltip.is_hidden()
    assert changed_fraction(before[1], canvas_pixels(viewer, ".panel-canvas", 1)) < 0.0005

    page.locator(".panel-label").nth(1).click()  # a panel's name makes its layer the current one
    page.wait_for_function("() => Latentris.app.state.layer === 1")
    assert "current" in page.locator(".panel-cell").nth(1).get_attribute("class")
    page.locator("#layout-select").select_option("single")
    page.wait_for_function("() => Latentris.app.panels().length === 0")
    assert page.locator("#scene").is_visible() and foreground_mask(viewer.pixels()).sum() > 200


def test_shared_camera_moves_every_panel(viewer, exported_site):
    viewer.open(exported_site)
    page = viewer.page
    show_layers(viewer)
    box = page.locator(".panel-canvas").nth(0).bounding_box()
    cams = "Latentris.app.panels().map(p => p.view.getCamera())"
    start = viewer.js(cams)
    drag(page, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, 60, 20)
    viewer.settle()
    moved = viewer.js(cams)
    assert not np.allclose(moved[0], start[0]), "dragging did not orbit the panel"
    assert np.allclose(moved[1], moved[0], atol=1e-6), "the other panel did not follow"

    page.locator("#shared-camera").uncheck()
    assert viewer.js("Latentris.app.state.sharedCamera") is False and "shared=0" in viewer.js("location.hash")


def test_click_pins_a_sample_with_its_trail_and_the_hash_keeps_it(viewer, new_viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page
    viewer.js("Latentris.app.setSnapshot(2)")
    i, x, y = point_on_screen(viewer, "Latentris.app.view", "#scene")
    page.mouse.move(2, 2)
    viewer.settle()
    before = viewer.pixels()
    page.mouse.click(x, y)
    page.wait_for_function(f"() => Latentris.app.state.pinned.includes({i})")
    page.mouse.move(2, 2)
    page.wait_for_function("() => Latentris.app.hover() === -1")
    assert viewer.js("Latentris.app.view.trailCount()") == 1
    pinned = viewer.pixels()
    assert colour_count(pinned, viewer.js("Latentris.constants.PIN_COLOR"), tol=2) > 10, "no ring on the pinned sample"
    assert changed_fraction(before, pinned) > 0.0003, "no trail drawn"
    assert page.locator(".pin-item").count() == 1 and page.locator(".pin-item").inner_text().startswith(f"#{i} ")
    assert f"sel={i}" in viewer.js("location.hash")

    hash_ = viewer.js("location.hash")
    other = new_viewer()  # a second page (its errors fail the test too)
    other.open(exported_site, hash_)
    assert other.js("Latentris.app.state.pinned") == [i]
    assert other.js("Latentris.app.view.trailCount()") == 1
    assert colour_count(other.pixels(), viewer.js("Latentris.constants.PIN_COLOR"), tol=2) > 10

    page.locator(".pin-item").click()  # unpin
    assert viewer.js("Latentris.app.state.pinned") == [] and viewer.js("Latentris.app.view.trailCount()") == 0
    assert changed_fraction(before, viewer.pixels()) < 0.0005
    assert "sel=" not in viewer.js("location.hash")


def test_hash_round_trip_with_camera_layout_and_speed(viewer, new_viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page
    box = page.locator("#scene").bounding_box()
    drag(page, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, 90, -30)
    page.wait_for_function("() => /cam=/.test(location.hash)")
    page.locator("#speed-select").select_option("2")
    page.locator("#epoch-slider").fill("3")
    page.wait_for_function("""() => { const cam = new URLSearchParams(location.hash.slice(1)).get('cam');
        return cam === Latentris.app.view.getCamera().map(x => Number(x.toFixed(4))).join(','); }""", timeout=20_000)
    picture = viewer.pixels()
    hash_ = viewer.js("location.hash")
    # what the link holds (the live camera may still be settling from the drag's damping on a busy machine)
    camera = [float(x) for x in re.search(r"cam=([^&]*)", hash_).group(1).replace("%2C", ",").split(",")]
    assert "speed=2" in hash_ and f"epoch={manifest['snapshots'][3]['epoch']}" in hash_

    other = new_viewer()  # a second page (its errors fail the test too)
    other.open(exported_site, hash_)
    assert np.allclose(other.js("Latentris.app.view.getCamera()"), camera, atol=1e-3)
    assert other.js("Latentris.app.state.speed") == 2
    assert other.page.locator("#speed-select").input_value() == "2"
    restored = other.pixels()
    other.page.goto("about:blank")
    other.open(exported_site, re.sub(r"&?cam=[^&]*", "", hash_))  # the same view with the fitted camera
    fitted = other.pixels()
    assert changed_fraction(picture, fitted) > 0.02, "the drag did not change the view"
    assert changed_fraction(picture, restored) < 0.5 * changed_fraction(picture, fitted), "camera not restored"
    other.page.goto("about:blank")
    other.open(exported_site, hash_ + "&layout=layers")
    assert other.page.locator(".panel-cell").count() == len(manifest["layers"])
    assert np.allclose(other.js("Latentris.app.panels()[1].view.getCamera()"), camera, atol=1e-3)


def test_step_keys_and_speed_keys(viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page
    page.locator("#scene").click(position={"x": 3, "y": 3})  # focus the page, not a field
    page.keyboard.press("ArrowRight")
    assert viewer.js("Latentris.app.state.snapshot") == 1
    assert viewer.epoch_label() == f"epoch {manifest['snapshots'][1]['epoch']}"
    page.keyboard.press("ArrowLeft")
    assert viewer.js("Latentris.app.state.snapshot") == 0
    page.keyboard.press("]")
    assert viewer.js("Latentris.app.state.speed") == 2 and page.locator("#speed-select").input_value() == "2"
    page.keyboard.press("[")
    page.keyboard.press("[")
    assert viewer.js("Latentris.app.state.speed") == 0.5
    page.keyboard.press(" ")
    assert viewer.js("Latentris.app.state.playing") is True
    page.keyboard.press(" ")
    assert viewer.js("Latentris.app.state.playing") is False


def test_search_by_index_pins_the_sample(viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page
    page.locator("#search-input").fill("#5")
    page.locator("#search-input").press("Enter")
    page.wait_for_function("() => Latentris.app.state.pinned.includes(5)")
    assert page.locator("#search-note").inner_text().startswith("found #5")
    page.locator("#search-input").fill("no such sample")
    page.locator("#search-input").press("Enter")
    page.wait_for_function("() => /no sample matches/.test(document.getElementById('search-note').textContent)")
    assert viewer.js("Latentris.app.state.pinned") == [5]


def test_png_button_saves_the_view(viewer, exported_site, manifest):
    viewer.open(exported_site)
    page = viewer.page
    with page.expect_download() as info:
        page.locator("#png-button").click()
    download = info.value
    assert download.suggested_filename == f"latentris-{manifest['methods'][0]['name']}-layer0-epoch0.png"
    data = Path(download.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    canvas = viewer.js("[document.getElementById('scene').width, document.getElementById('scene').height]")
    assert [width, height] == canvas
    show_layers(viewer)
    with page.expect_download() as info:
        page.locator("#png-button").click()
    data = Path(info.value.path()).read_bytes()
    widths = viewer.js("[...document.querySelectorAll('.panel-canvas')].map(c => c.width)")
    assert int.from_bytes(data[16:20], "big") == sum(widths)  # the layer panels side by side
