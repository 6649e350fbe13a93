"""The viewer reads position blocks as the exporter wrote them: 12- and 16-bit packing, several blocks per chunk,
the first frame from the first block while the rest arrive (held snapshots until then)."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from browser_helpers import foreground_mask
from helpers import make_run

from latentris_lightning import export_site
from latentris_lightning.site import bundle
from latentris_lightning.site.bundle import read_positions

# Positions the viewer decoded, dequantised the way its shader does (normalised uint16 against the box).
DECODED_JS = """([method, layer]) => Latentris.data.loadChunk(method, layer).then(c => c.complete).then(c => {
  const out = [];
  for (let i = 0; i < c.positions.length; i++) {
    const a = i % 3;
    out.push(c.bbox_min[a] + c.positions[i] / 65535 * (c.bbox_max[a] - c.bbox_min[a]));
  }
  return {positions: out, ready: Array.from(c.ready)};
})"""


@pytest.fixture(scope="module", params=[12, 16])
def blocked_site(request, tmp_path_factory):
    """A 40-sample run of 5 snapshots, exported with two snapshots per block (3 blocks per chunk)."""
    bits = request.param
    root = tmp_path_factory.mktemp(f"blocks{bits}")
    make_run(root / "run", epochs=(0, 1, 2, 3, 4), n=40, dims=(6, 5))
    per_snapshot = 40 * 3 * bits // 8
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bundle, "BLOCK_TARGET_BYTES", 2 * per_snapshot)
        export_site(root / "run", root / "site", methods=["pca"], progress=False, flow=False, position_bits=bits)
    return root / "site", bits


def test_blocks_decode_to_the_exported_positions(viewer, blocked_site):
    site, bits = blocked_site
    expected, _, lo, hi = read_positions(site, "pca", 1)
    _, manifest = bundle.read_data_file((site / "data" / "manifest.js").read_text())
    assert manifest["snapshots_per_block"] == 2 and len(manifest["chunks"]["pca"][1]) == 3
    viewer.open(site)
    got = viewer.js(DECODED_JS, ["pca", 1])
    assert got["ready"] == [1] * 5
    # 16-bit values arrive exactly; 12-bit ones are widened (v·16 + v/256), within a 65535th of the box
    step = (np.asarray(hi) - np.asarray(lo)) / 65535
    np.testing.assert_allclose(np.asarray(got["positions"]).reshape(5, 40, 3), expected, rtol=0,
                               atol=float(step.max()) * (1.01 if bits == 12 else 1e-3) + 1e-9)
    assert foreground_mask(viewer.pixels()).any(), "nothing drawn"


def test_a_missing_block_leaves_its_snapshots_holding_and_says_so(viewer, blocked_site, tmp_path):
    """The first frame needs only its own block; snapshots of a block that cannot load hold the nearest earlier one,
    the blocks after it still arrive, and the console names the file."""
    site = tmp_path / "site"
    shutil.copytree(blocked_site[0], site)
    (site / "data" / "pca-0-1.js").unlink()  # snapshots 2 and 3 of layer 0
    viewer.open(site, "#method=pca&layer=0")
    assert foreground_mask(viewer.pixels()).any(), "nothing drawn"
    state = viewer.js("""() => Latentris.data.loadChunk('pca', 0).then(c => c.complete.then(() => 'complete', e => {
      const size = c.n_samples * 3, same = (s, t) => c.positions.subarray(s * size, (s + 1) * size)
        .every((v, i) => v === c.positions[t * size + i]);
      return {error: e.message, ready: Array.from(c.ready), held2: same(2, 1), held3: same(3, 1), own4: !same(4, 1)};
    }))""")
    assert state["ready"] == [1, 1, 0, 0, 1] and state["held2"] and state["held3"] and state["own4"], state
    assert "pca-0-1.js" in state["error"]
    # the browser's own load failure, and the viewer's message saying what it means (expected: they don't fail it)
    errors = viewer.take_errors()
    assert errors and all("pca-0-1.js" in e or "ERR_FILE_NOT_FOUND" in e for e in errors), errors
    assert any("show the nearest earlier one that loaded" in e for e in errors), errors


def test_newer_data_cancels_the_blocks_still_loading_quietly(viewer, blocked_site):
    """Live mode's reset while a chunk's later blocks are in flight: they are given up without an error, and the
    same chunk loads again, whole, from the newer files."""
    viewer.open(blocked_site[0])
    got = viewer.js("""() => Latentris.data.loadChunk('pca', 1).then(old => {
      Latentris.data.reset(7);  /* the first block is in, the second one was just asked for */
      return Latentris.data.loadChunk('pca', 1).then(c => c.complete).then(c => ({
        fresh: c !== old, ready: Array.from(c.ready), src: Array.from(document.scripts).map(s => s.src)
          .filter(s => s.includes('/data/pca-1-')) }));
    })""")
    assert got["fresh"] and got["ready"] == [1] * 5
    assert got["src"] == [], "block scripts are removed once delivered"
