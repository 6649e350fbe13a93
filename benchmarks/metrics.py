"""Run metrics at real sizes: the streamed forms against the forms before issue 17, side by side in one process.

    .venv/bin/python benchmarks/metrics.py                # N = 10,000 samples x 10 snapshots x 4 layers
    .venv/bin/python benchmarks/metrics.py --n 3000       # a cheaper size

The run is the one ``benchmarks/scale.py`` writes (``RunWriter``; 10 planted classes separating over the snapshots;
layers of 64, 128, 256, 512 dims; float16), reused from benchmarks/_runs/. For every snapshot, in turn:

- **before**: the forms kept verbatim in ``tests/metrics_reference.py`` on ``run.activations`` (float32 copies, made
  float64 whole by each metric): class geometry, the operand (centring + Gram + spectrum) and health, CKA between
  layers and with the previous snapshot, movement;
- **now**: ``analysis/geometry.py`` and ``analysis/health.py`` on ``run.stored_activations`` (memory-mapped float16,
  streamed in row blocks), the same parts.

Prints seconds per part and their ratios, the peak of memory allocated by the metrics (``tracemalloc``, which sees
NumPy's buffers) and the largest relative difference between the two over every series. Ends with one line:

    RESULT metrics_before_s=<x> metrics_now_s=<x> speedup=<x> peak_before_mb=<x> peak_now_mb=<x> max_rel_diff=<x>
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

import metrics_reference as ref  # noqa: E402
import numpy as np  # noqa: E402
from scale import DIMS, RUNS, write_synthetic_run  # noqa: E402

from latentris_lightning import load_run  # noqa: E402
from latentris_lightning.analysis import geometry, health  # noqa: E402

PARTS = ("geometry", "spectrum + health", "cka + movement")


def before(run, seed: int, seconds: dict[str, float]) -> dict[str, np.ndarray]:
    series: dict[str, list[list[float]]] = defaultdict(lambda: [[] for _ in run.layers])
    previous = None
    for info in run.snapshots:
        xs = [run.activations(layer, snapshot=info.index) for layer in run.layers]
        t = time.perf_counter()
        ops = [ref.CkaOperand(x) for x in xs]
        values = [ref.representation_health(x, singular=op.singular_values) for x, op in zip(xs, ops, strict=True)]
        seconds["spectrum + health"] += time.perf_counter() - t
        for li, x in enumerate(xs):
            t = time.perf_counter()
            g = ref.class_geometry(x, run.labels, n_classes=len(run.class_names),
                                   rng=np.random.default_rng([seed, info.index, li]))
            seconds["geometry"] += time.perf_counter() - t
            values[li].update(g.scalars)
        t = time.perf_counter()
        for i in range(len(ops)):
            for j in range(i + 1, len(ops)):
                values[i][f"cka_{j}"] = ref.linear_cka(ops[i], ops[j])
            if previous is not None:
                values[i]["cka_previous"] = ref.linear_cka(previous[i], ops[i])
                step = ops[i].standardised() - previous[i].standardised()
                values[i]["movement"] = float(np.mean(np.sqrt(np.einsum("ij,ij->i", step, step))))
        seconds["cka + movement"] += time.perf_counter() - t
        for li, v in enumerate(values):
            for key, value in v.items():
                series[key][li].append(value)
        previous = ops
    return {key: np.array(v, dtype=object) for key, v in series.items()}


def now(run, seed: int, seconds: dict[str, float]) -> dict[str, np.ndarray]:
    series: dict[str, list[list[float]]] = defaultdict(lambda: [[] for _ in run.layers])
    previous = None
    for info in run.snapshots:
        xs = [run.stored_activations(layer, snapshot=info.index) for layer in run.layers]
        t = time.perf_counter()
        ops = [health.CkaOperand(x) for x in xs]
        values = [op.health() for op in ops]
        seconds["spectrum + health"] += time.perf_counter() - t
        for li, x in enumerate(xs):
            t = time.perf_counter()
            g = geometry.class_geometry(x, run.labels, n_classes=len(run.class_names),
                                        rng=np.random.default_rng([seed, info.index, li]))
            seconds["geometry"] += time.perf_counter() - t
            values[li].update(g.scalars)
        t = time.perf_counter()
        matrix = health.cka_matrix(ops)
        for i in range(len(ops)):
            for j in range(i + 1, len(ops)):
                values[i][f"cka_{j}"] = float(matrix[i, j])
            if previous is not None:
                values[i]["cka_previous"] = health.linear_cka(previous[i], ops[i])
                values[i]["movement"] = float(np.mean(health.operand_movement(previous[i], ops[i])))
        seconds["cka + movement"] += time.perf_counter() - t
        for li, v in enumerate(values):
            for key, value in v.items():
                series[key][li].append(value)
        previous = ops
    return {key: np.array(v, dtype=object) for key, v in series.items()}


def timed(fn, run, seed: int) -> tuple[dict[str, np.ndarray], dict[str, float], float, float]:
    seconds: dict[str, float] = dict.fromkeys(PARTS, 0.0)
    tracemalloc.start()
    start = time.perf_counter()
    series = fn(run, seed, seconds)
    wall = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return series, seconds, wall, peak


def max_rel_diff(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> tuple[float, str]:
    worst, where = 0.0, ""
    for key in a:
        for x, y in zip(np.concatenate([np.ravel(r) for r in a[key]]), np.concatenate([np.ravel(r) for r in b[key]]),
                        strict=True):
            x, y = float(x), float(y)
            if np.isnan(x) and np.isnan(y):
                continue
            diff = abs(x - y) / max(abs(x), 1e-12)
            if diff > worst:
                worst, where = diff, key
    return worst, where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="probe samples (default: %(default)s)")
    parser.add_argument("--snapshots", type=int, default=10, help="snapshots (default: %(default)s)")
    args = parser.parse_args()
    if args.n < 100 or args.snapshots < 2:
        raise SystemExit(f"--n must be at least 100 and --snapshots at least 2; got {args.n} and {args.snapshots}")
    RUNS.mkdir(parents=True, exist_ok=True)
    run = load_run(write_synthetic_run(RUNS / f"scale-{args.n}x{args.snapshots}x4", args.n, args.snapshots, DIMS))
    seed = int(run.manifest["config"].get("seed", 0))
    geometry.class_geometry(run.activations(run.layers[0], snapshot=0)[:50], run.labels[:50])  # import torch first
    print(f"run {run.path}: N={run.n_samples}, {len(run.snapshots)} snapshots, layers {DIMS}; "
          f"threads OMP={os.environ.get('OMP_NUM_THREADS', 'default')}, load average {os.getloadavg()[0]:.1f}")
    old, old_parts, old_wall, old_peak = timed(before, run, seed)
    new, new_parts, new_wall, new_peak = timed(now, run, seed)
    print("\n| part | before | now | before / now |")
    print("|---|---|---|---|")
    for part in PARTS:
        print(f"| {part} | {old_parts[part]:.2f} s | {new_parts[part]:.2f} s | "
              f"{old_parts[part] / max(new_parts[part], 1e-9):.2f}x |")
    print(f"| all metrics (wall) | {old_wall:.2f} s | {new_wall:.2f} s | {old_wall / new_wall:.2f}x |")
    print(f"| peak allocated | {old_peak:.0f} MB | {new_peak:.0f} MB | {old_peak / new_peak:.2f}x |")
    worst, where = max_rel_diff(old, new)
    print(f"\nlargest relative difference over every series and cell: {worst:.2e} ({where})")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print(f"RESULT metrics_before_s={old_wall:.2f} metrics_now_s={new_wall:.2f} speedup={old_wall / new_wall:.2f} "
          f"peak_before_mb={old_peak:.0f} peak_now_mb={new_peak:.0f} max_rel_diff={worst:.1e}")


if __name__ == "__main__":
    main()
