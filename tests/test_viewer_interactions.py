"""Issue 6 viewer interactions, in headless Chromium: camera linking, edge-case exports, subsets, 2D selection,
trails through layers, flow in the layer panels. Reuses the fixtures and helpers of test_viewer_browser."""
from __future__ import annotations

import numpy as np

from test_viewer_browser import (  # noqa: F401  (fixtures are used by name)
    Viewer, browser, canvas_pixels, changed_fraction, colour_count, drag, foreground_mask, manifest,
    point_on_screen, read_data_file, show_layers, viewer, VIEWPORT,
)

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

    # turned on again, the panels line up with the current layer's and then move together
    page.locator("#shared-camera").check()
    lined = viewer.js(CAMS)
    assert all(np.allclose(c, lined[0], atol=1e-6) for c in lined), lined
    box = page.locator(".panel-canvas").nth(1).bounding_box()
    drag(page, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, -50, 10)
    after = viewer.js(CAMS)
    assert not np.allclose(after[1], lined[1])
    assert all(np.allclose(c, after[1], atol=1e-6) for c in after)
