"""Comparing runs: how close the cross-run ties bring the same sample in two models' views, and what it costs.

    python examples/compare_mlp_cnn.py --epochs 12 --out latentris-compare     # the MLP and CNN runs
    .venv/bin/python benchmarks/compare.py latentris-compare/mlp latentris-compare/cnn --weights 0 0.3 1

For each ``cross_weight`` the two runs are exported with ``joint`` only (no flow, no cache) and measured:

- **gap** per layer pair (run A's k-th layer, run B's k-th layer): the mean distance between a sample's positions in
  the two panels, over all samples and site snapshots, ÷ run A's panel RMS radius (positions as the site stores them);
- the faithfulness scores (``docs/quality.md``) averaged over every (layer, snapshot) view of both runs;
- wall and CPU seconds of the export.

One line per weight:

    RESULT cross_weight=<w> gap=<g1>/<g2>/… trust=<x> cont=<x> knn15=<x> stab=<x> wall_s=<x> cpu_s=<x>
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from latentris_lightning import export_compare
from latentris_lightning.site.bundle import read_data_file, read_positions


def read_data(path: Path) -> dict:
    """The payload of the data file at ``path`` (the bundle's own reader)."""
    return read_data_file(path.read_text())[1]


def positions(site: Path, manifest: dict, method: str, layer: int) -> np.ndarray:
    """Dequantised positions (S, N, 3) of one (method, layer) of an exported site."""
    return read_positions(site, method, layer)[0]


def measure(runs: list[str], weight: float, out: Path) -> str:
    wall, cpu = time.perf_counter(), time.process_time()
    site = export_compare(runs, out, methods=["joint"], cross_weight=weight, flow=False, progress=False,
                          cache=False).parent
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    manifest = read_data(site / "data" / "manifest.js")
    first, second = manifest["runs"][0]["layers"], manifest["runs"][1]["layers"]
    gaps = []
    for a, b in zip(first, second, strict=True):
        pa, pb = positions(site, manifest, "joint", a), positions(site, manifest, "joint", b)
        radius = np.sqrt(((pa - pa.mean(axis=1, keepdims=True)) ** 2).sum(axis=2).mean())
        gaps.append(float(np.linalg.norm(pa - pb, axis=2).mean() / radius))
    views = [s for layer in manifest["quality"]["joint"] for s in layer]

    def mean(key: str) -> float:
        return float(np.nanmean([s[key] for s in views]))

    return (
        f"RESULT cross_weight={weight:g} gap={'/'.join(f'{g:.3f}' for g in gaps)} trust={mean('trustworthiness'):.3f} "
        f"cont={mean('continuity'):.3f} knn15={mean('knn15'):.3f} stab={mean('stab_spearman'):.3f} "
        f"wall_s={wall:.0f} cpu_s={cpu:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs=2, help="two run directories trained on the same probe")
    parser.add_argument("--weights", nargs="+", type=float, default=[0.0, 0.3, 1.0])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for weight in args.weights:
            print(measure(args.runs, weight, Path(tmp) / f"site-{weight:g}"), flush=True)


if __name__ == "__main__":
    main()
