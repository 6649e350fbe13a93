"""Hostile names and diverged runs in the real viewer (headless Debian Chromium, file://, software WebGL).

Class names, layer names, sample names and the title are data: a site exported from a run whose names are markup
and script must run no script, open no dialog, load nothing, and show the names verbatim. A diverged run (NaN
activations) must show its alert and a drawn view, not an empty or broken page.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers import diverged_run

from latentris_lightning import export_site, load_run
from latentris_lightning.store.writer import RunWriter

PAYLOADS = [
    '</script><img src=x onerror="window.__pwned=1;alert(1)">',
    "<svg onload=window.__pwned=2>",
    '"><script>window.__pwned=3;alert(3)</script>',
    "<iframe src=javascript:window.parent.__pwned=4>",
    "{{ 7*7 }} & &amp; <b>bold</b> \u2028 ' \\",
]
TITLE = '</title><script>window.__pwned=5;alert(5)</script>'

@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    n = 30
    rng = np.random.default_rng(0)
    writer = RunWriter(root / "run", labels=np.arange(n) % len(PAYLOADS), class_names=PAYLOADS,
                       layers=[{"name": PAYLOADS[0]}, {"name": "../../x"}],
                       metadata={"names": [PAYLOADS[i % len(PAYLOADS)] + f" #{i}" for i in range(n)]})
    for epoch in range(3):
        acts = {PAYLOADS[0]: rng.normal(size=(n, 6)) + np.arange(n)[:, None] % 5, "../../x": rng.normal(size=(n, 4))}
        writer.write_snapshot(epoch, epoch, acts, np.arange(n) % len(PAYLOADS))
    export_site(root / "run", root / "site", methods=["pca"], title=TITLE, progress=False, flow=False)
    return root / "site"


def test_hostile_names_run_no_script_and_display_verbatim(viewer, hostile_site):
    html = (hostile_site / "index.html").read_text()
    assert "<script>window.__pwned" not in html and "&lt;/title&gt;&lt;script&gt;" in html
    page = viewer.open(hostile_site).page
    assert page.evaluate("() => window.__pwned") is None, "an injected script ran"
    assert page.evaluate("() => document.querySelectorAll('[onerror], [onload], iframe, svg script').length") == 0
    assert page.title() == TITLE
    assert page.locator(".legend-name").all_inner_texts() == [p.strip() for p in PAYLOADS]
    assert page.evaluate("() => [...document.querySelectorAll('.legend-name')].map(e => e.textContent)") == PAYLOADS
    options = page.evaluate("() => [...document.querySelectorAll('#layer-select option')].map(o => o.textContent)")
    assert any(PAYLOADS[0] in o for o in options) and any("../../x" in o for o in options)
    # a sample's name in the tooltip, from data/samples.js (which a search loads)
    name = PAYLOADS[2] + " #2"
    assert page.evaluate("name => Latentris.app.search(name)", name) == 2, "the name was not found verbatim"
    page.evaluate("() => Latentris.app.setHover(2)")
    page.wait_for_function("name => document.getElementById('tooltip').textContent.includes(name)", arg=name,
                           timeout=10_000)
    assert page.evaluate("() => window.__pwned") is None


def test_a_diverged_run_shows_its_alert_and_a_drawn_view(viewer, tmp_path):
    diverged_run(tmp_path / "run")
    export_site(load_run(tmp_path / "run"), tmp_path / "site", methods=["pca"], progress=False)
    page = viewer.open(tmp_path / "site").page
    assert int(page.locator("#alert-count").inner_text()) >= 2
    messages = page.locator(".alert-message").all_inner_texts()
    assert any("NaN or infinite" in m for m in messages), messages
    page.evaluate("() => Latentris.app.setSnapshot(3)")  # the snapshot where every activation is NaN
    img = viewer.pixels()
    drawn = (np.abs(img - img[0, 0]).max(axis=-1) > 30).sum()
    assert drawn > 100, "the diverged snapshot shows an empty view"
