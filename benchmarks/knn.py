"""Approximate vs exact k nearest neighbours: speed and recall@k of pynndescent against the exact blocked search.

    .venv/bin/python benchmarks/knn.py                  # N = 20,000 and 50,000, 50 dims (a PCA-50 reduced layer)
    .venv/bin/python benchmarks/knn.py --n 20000 --dim 512

Data: 10 Gaussian classes in a 32-dimensional latent mapped to ``--dim`` dimensions (as benchmarks/scale.py).
Exact: ``projection.joint.knn`` (torch, blocked, the projection's own search). Approximate: ``pynndescent``
(a dependency of umap-learn) with its defaults, timed after a warm-up fit that compiles its numba code. Recall@k is
measured against exact on a seeded subsample of 2,000 query rows. Ends with one line:

    RESULT n=<largest N> exact_s=<x> nndescent_s=<x> recall=<x>
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".numba_cache"))

import numpy as np  # noqa: E402
import torch  # noqa: E402


def data(n: int, dim: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 10, n)
    latent = rng.normal(size=(n, 32)) + 3.0 * rng.normal(size=(10, 32))[labels]
    return (latent @ rng.normal(size=(32, dim)) / np.sqrt(32) + 0.05 * rng.normal(size=(n, dim))).astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[20_000, 50_000])
    parser.add_argument("--dim", type=int, default=50)
    parser.add_argument("--k", type=int, default=15)
    args = parser.parse_args()
    from pynndescent import NNDescent

    from latentris_lightning.projection.joint import knn

    NNDescent(data(2000, args.dim), n_neighbors=args.k + 1, random_state=0)  # numba compilation, not timed
    print(f"| N | dim | exact (torch, blocked) | pynndescent | recall@{args.k} |\n|---|---|---|---|---|")
    for n in args.n:
        x = data(n, args.dim)
        start = time.perf_counter()
        exact, _ = knn(torch.from_numpy(x), args.k)
        t_exact = time.perf_counter() - start
        start = time.perf_counter()
        index = NNDescent(x, n_neighbors=args.k + 1, random_state=0)
        approx, _ = index.neighbor_graph
        t_nnd = time.perf_counter() - start
        rows = np.random.default_rng(0).choice(n, size=min(n, 2000), replace=False)
        hits = [len(np.intersect1d(exact[i].numpy(), approx[i][approx[i] != i][: args.k])) for i in rows]
        recall = float(np.mean(hits)) / args.k
        print(f"| {n:,} | {args.dim} | {t_exact:.1f} s | {t_nnd:.1f} s | {recall:.4f} |")
    print(f"RESULT n={n} exact_s={t_exact:.1f} nndescent_s={t_nnd:.1f} recall={recall:.4f}")


if __name__ == "__main__":
    main()
