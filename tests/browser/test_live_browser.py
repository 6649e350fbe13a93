"""Live mode in the viewer, in headless Chromium: a live site picks up new snapshots without a reload and keeps the
user's view; it stops polling once the final export lands; a finished site never polls.

The end-to-end test trains in a subprocess (tests/slow_fit.py --live) and serves the site with ``latentris serve``'s
server; the others write live exports of a synthetic run themselves, so every step is under the test's control.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from browser_helpers import POLL_MS, UPDATE_TIMEOUT_MS, Viewer, add_snapshot, wait_snapshots
from helpers import live_exports, make_run, read_data_file, wait_until

from latentris_lightning import load_run
from latentris_lightning.site.build import build_site_files
from latentris_lightning.site.live import live_export, mark_live
from latentris_lightning.site.serve import serve_in_background

MARK_PAGE_JS = "() => { window.__sameDocument = true; }"  # gone after a reload


def _open(viewer: Viewer, url: str) -> None:
    viewer.goto(url)
    viewer.js(MARK_PAGE_JS)
    assert viewer.js("() => Latentris.constants.LIVE_POLL_MS") == POLL_MS


def _warnings_so_far(viewer: Viewer) -> str:
    return "\n".join(viewer.warnings)


def _snapshots(viewer: Viewer) -> int:
    return viewer.js("() => Latentris.app.manifest.snapshots.length")


def test_a_live_site_updates_in_place_and_keeps_the_view(viewer, tmp_path):
    """file://: every panel's camera, layout, hidden classes, pins and an earlier snapshot survive an update; at the
    last snapshot the view follows the newest; the final export ends the polling."""
    run, site, n, dims = tmp_path / "run", tmp_path / "site", 12, (3, 4)
    make_run(run, epochs=(0, 1, 2), n=n, dims=dims)
    live_export(run, site, methods=["pca"])
    _open(viewer, (site / "index.html").as_uri())
    assert viewer.js("() => Latentris.live.running") is True
    viewer.js("() => Latentris.app.setLayout('layers')")
    viewer.page.locator("#shared-camera").uncheck()
    cameras = [[0.5, 1.5, 9.0, 0.1, 0.0, 0.0], [-7.0, 2.0, 3.0, 0.0, 0.2, 0.0]]
    viewer.js("(cams) => Latentris.app.panels().forEach((p, i) => p.view.setCamera(cams[i]))", cameras)
    viewer.js("() => { Latentris.app.toggleClass(1); Latentris.app.setSnapshot(1); }")
    viewer.js("() => Latentris.app.search('5')")  # pins sample 5
    viewer.page.locator("#search-input").fill("typed, not sent")
    viewer.settle()
    groups_js = "() => Latentris.app.view.overlayCount()"  # the overlays (marks, trails, flow)
    groups = viewer.js(groups_js)

    add_snapshot(run, 3, n, dims)
    live_export(run, site, methods=["pca"])
    wait_snapshots(viewer, 4)
    state = viewer.js("""() => { const a = Latentris.app, s = a.state; return {
        same: window.__sameDocument === true, snapshot: s.snapshot, layout: s.layout, shared: s.sharedCamera,
        hidden: [...s.hiddenClasses], pinned: s.pinned, max: document.getElementById('epoch-slider').max,
        panels: a.panels().map(p => p.view.getCamera()), pins: document.querySelectorAll('.pin-item').length,
        legendHidden: document.querySelectorAll('.legend-item.hidden').length,
        search: document.getElementById('search-input').value }; }""")
    assert state["same"], "the page reloaded"
    assert state["max"] == "3" and state["snapshot"] == 1  # extended; an earlier snapshot stays where it was
    assert state["layout"] == "layers" and state["shared"] is False
    assert np.allclose(state["panels"], cameras, atol=1e-6), state["panels"]
    assert state["hidden"] == [1] and state["legendHidden"] == 1
    assert state["pinned"] == [5] and state["pins"] == 1
    assert state["search"] == "typed, not sent"
    assert "epoch 1" in viewer.epoch_label() and "/ 4" in viewer.page.locator(".snapshot-label").inner_text()

    viewer.js("() => Latentris.app.setSnapshot(3)")  # at the newest: follow the next one
    heading = viewer.page.locator(".section-head h2").first.bounding_box()
    viewer.page.mouse.move(heading["x"] + 5, heading["y"] + 5)
    viewer.page.mouse.down()  # a pointer pressed in the side panel (a drag, say) holds the update back
    add_snapshot(run, 4, n, dims)
    live_export(run, site, methods=["pca"])
    viewer.page.wait_for_timeout(2.5 * POLL_MS)
    assert _snapshots(viewer) == 4
    viewer.page.mouse.up()
    wait_snapshots(viewer, 5)
    assert viewer.js("() => Latentris.app.state.snapshot") == 4 and "epoch 4" in viewer.epoch_label()
    assert viewer.js("() => document.getElementById('epoch-slider').max") == "4"
    assert viewer.js(groups_js) == groups  # each update's flow overlay replaced the last one

    live_export(run, site, methods=["pca"], running=False)  # what the final export's manifest says: not running
    viewer.page.wait_for_function("() => Latentris.live.stopped === true", timeout=UPDATE_TIMEOUT_MS)
    polls = viewer.js("() => Latentris.live.polls")
    viewer.page.wait_for_timeout(2.5 * POLL_MS)
    assert viewer.js("() => Latentris.live.polls") == polls, "still polling after the final export"
    assert viewer.js("() => window.__sameDocument === true")


def test_a_chunk_caught_mid_export_waits_for_the_update_that_brings_its_manifest(viewer, tmp_path):
    """The exporter replaces the chunks before the manifest: a chunk read in between is newer than the manifest in
    hand. In a live site that is no error: the viewer warns, keeps the view it has, and the live update that follows
    shows the chunk asked for."""
    run, site, n, dims = tmp_path / "run", tmp_path / "site", 10, (3, 4)
    make_run(run, epochs=(0, 1), n=n, dims=dims)
    live_export(run, site, methods=["pca"])
    _open(viewer, (site / "index.html").as_uri())
    add_snapshot(run, 2, n, dims)
    files = mark_live(build_site_files(load_run(run), methods=["pca"], progress=False, flow=False), revision=3)
    # the new chunk is in place, its manifest not yet
    (site / "data" / "pca-1-0.js").write_text(files["data/pca-1-0.js"])
    with viewer.page.expect_console_message(lambda m: m.type == "warning" and "a newer export landed" in m.text):
        viewer.js("() => Latentris.app.setLayer(1)")
    assert "n_snapshots differs from the manifest" in _warnings_so_far(viewer)
    assert viewer.page.locator("#error").is_hidden()
    assert viewer.js("() => Latentris.app.view.chunk().layer") == 0  # the view it had stays on screen

    live_export(run, site, methods=["pca"])  # the export finishes: the manifest follows
    wait_snapshots(viewer, 3)
    viewer.page.wait_for_function("() => Latentris.app.view.chunk().layer === 1", timeout=UPDATE_TIMEOUT_MS)
    assert viewer.js("() => Latentris.app.state.layer") == 1
    assert viewer.page.locator("#error").is_hidden()


def test_a_live_page_opened_as_an_export_lands_reads_the_manifest_again(viewer, tmp_path):
    """The page reads the manifest, an export lands, the page reads the first chunk: the chunk is newer than the
    manifest. The viewer reads the manifest again and opens on the data that agrees, with no error."""
    run, site, n, dims = tmp_path / "run", tmp_path / "site", 10, (3, 4)
    make_run(run, epochs=(0, 1, 2), n=n, dims=dims)
    live_export(run, site, methods=["pca"])
    manifest = site / "data" / "manifest.js"
    older = manifest.read_text()
    add_snapshot(run, 3, n, dims)
    live_export(run, site, methods=["pca"])
    newer = manifest.read_text()
    manifest.write_text(older)  # what the page reads first: the manifest before the export that wrote the chunks
    with viewer.page.expect_console_message(lambda m: m.type == "warning" and "reading the manifest again" in m.text):
        viewer.open(site, wait_ready=False)
    assert viewer.js("() => Latentris.app.isReady") is False
    manifest.write_text(newer)  # the export's manifest lands
    viewer.page.wait_for_function("() => Latentris.app.isReady === true", timeout=UPDATE_TIMEOUT_MS)
    assert _snapshots(viewer) == 4
    assert viewer.page.locator("#error").is_hidden()
    assert viewer.js("() => Latentris.live.running") is True


def test_a_finished_site_with_a_broken_chunk_says_so_at_once(viewer, tmp_path):
    """Only a live site waits for newer data: a finished one whose chunk disagrees with its manifest is broken."""
    run, site, n, dims = tmp_path / "run", tmp_path / "site", 10, (3, 4)
    make_run(run, epochs=(0, 1), n=n, dims=dims)
    live_export(run, site, methods=["pca"], running=False)
    add_snapshot(run, 2, n, dims)
    files = build_site_files(load_run(run), methods=["pca"], progress=False, flow=False)
    (site / "data" / "pca-0-0.js").write_text(files["data/pca-0-0.js"])
    viewer.open(site, wait_ready=False)
    viewer.page.locator("#error").wait_for(state="visible", timeout=UPDATE_TIMEOUT_MS)
    assert "n_snapshots differs from the manifest" in viewer.page.locator("#error").inner_text()
    errors = viewer.take_errors()  # that error was the point; any other still fails the test
    assert errors and all("n_snapshots differs" in e for e in errors), errors


def test_a_finished_site_never_polls(viewer, tmp_path):
    make_run(tmp_path / "run", epochs=(0, 1), n=8)
    live_export(tmp_path / "run", tmp_path / "site", methods=["pca"], running=False)
    requests: list[str] = []
    viewer.page.on("request", lambda r: requests.append(r.url))
    _open(viewer, (tmp_path / "site" / "index.html").as_uri())
    viewer.page.wait_for_timeout(2.5 * POLL_MS)
    assert viewer.js("() => Latentris.live.polls") == 0
    assert not [u for u in requests if "?live=" in u or "?v=" in u]


def test_a_training_run_served_live_gains_snapshots_in_the_browser(page_viewer, tmp_path):
    """End to end: training in a subprocess with live=True, the site served over HTTP; the open page gains snapshots
    without a reload, keeps its camera, and stops polling after the final export at fit end."""
    script = Path(__file__).resolve().parents[1] / "slow_fit.py"
    # the export worker at normal priority: on a machine other jobs keep busy, an idle-class worker may wait minutes
    # for the CPU time to import torch (the default priority has its own test in test_live.py)
    env = {**os.environ, "LATENTRIS_LIVE_NICE": "0"}
    process = subprocess.Popen([sys.executable, str(script), str(tmp_path), "--live"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env)
    server = None
    try:
        wait_until(lambda: bool(live_exports(tmp_path / "run")), 60, "the first live export")
        server, url = serve_in_background(tmp_path / "site")
        viewer = page_viewer
        requested: list[str] = []
        viewer.page.on("request", lambda r: requested.append(r.url))
        _open(viewer, url)
        camera = [1.25, -2.5, 6.0, 0.25, 0.0, -0.5]
        viewer.js("(c) => Latentris.app.view.setCamera(c)", camera)
        first = _snapshots(viewer)
        assert viewer.js("() => Latentris.live.running") is True

        # gains snapshots while training runs (not only through the final export)
        viewer.page.wait_for_function(f"() => Latentris.app.manifest.snapshots.length > {first} && "
                                      "Latentris.app.manifest.live && Latentris.app.manifest.live.running",
                                      timeout=45_000)
        viewer.settle()
        grown = viewer.js("""() => ({ same: window.__sameDocument === true, camera: Latentris.app.view.getCamera(),
            max: Number(document.getElementById('epoch-slider').max), S: Latentris.app.manifest.snapshots.length })""")
        assert grown["same"], "the page reloaded"
        assert grown["max"] == grown["S"] - 1 > first - 1
        assert np.allclose(grown["camera"], camera, atol=1e-6), grown["camera"]

        (tmp_path / "stop").touch()  # slow_fit.py ends training at this epoch's end: the final export follows
        assert process.wait(timeout=60) == 0
        viewer.page.wait_for_function("() => Latentris.live.stopped === true", timeout=UPDATE_TIMEOUT_MS)
        final = read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]
        assert "live" not in final
        assert _snapshots(viewer) == len(final["snapshots"]) == len(load_run(tmp_path).snapshots)
        assert viewer.js("() => Latentris.app.flow.available") is True  # the final export's flow fields arrived
        viewer.page.wait_for_function("() => Latentris.app.flow.field() !== null", timeout=UPDATE_TIMEOUT_MS)
        viewer.js("() => Latentris.app.flow.setMode('arrows')")
        assert viewer.js("() => Latentris.app.flow.segments()") > 0
        assert np.allclose(viewer.js("() => Latentris.app.view.getCamera()"), camera, atol=1e-6)
        polls = viewer.js("() => Latentris.live.polls")
        viewer.page.wait_for_timeout(2.5 * POLL_MS)
        assert viewer.js("() => Latentris.live.polls") == polls, "still polling after the final export"
        assert viewer.js("() => window.__sameDocument === true")
        host = urlsplit(url).netloc
        fetched = [u for u in requested if not u.startswith("data:")]
        assert fetched and all(urlsplit(u).netloc == host for u in fetched), fetched
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        if server is not None:
            server.shutdown()
            server.server_close()
