"""The joint fit alone, by stage, at one and at two torch threads (issue 17: where its time goes, oversubscription).

    .venv/bin/python benchmarks/joint.py                       # N=3,000 x 8 snapshots and N=10,000 x 3, 64 dims
    .venv/bin/python benchmarks/joint.py --sizes 3000x8 --dims 512 --threads 1

Synthetic series like benchmarks/scale.py's (10 planted classes, per-sample drift, a fixed map of a 32-dim latent).
Stages: the PCA-50 reduction (``reduce_dims``), the kNN graphs (``knn``), the rest of the fuzzy graphs, the aligned
PCA start, and the optimisation loop (the rest). Prints the machine's load next to each fit and ends with

    RESULT joint_<N>x<T>_s=<x> ... thread2_over_thread1=<x>

(the ratio of the 2-thread to the 1-thread total on the first size; > 1 means extra threads cost time here).
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
import torch

import latentris_lightning.projection.joint as joint

STAGES = ("reduce_dims", "knn", "fuzzy_graph", "_aligned_start")


def series(n: int, t: int, d: int, seed: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 10, n)
    centres, base, rate = rng.normal(size=(10, 32)) * 2.0, rng.normal(size=(n, 32)), rng.uniform(0.4, 2.0, n)
    w = rng.normal(size=(32, d)) / np.sqrt(32)
    out = []
    for s in range(t):
        progress = np.clip(rate * s / max(t - 1, 1), 0.0, 1.0)[:, None]
        latent = base + progress * centres[labels] * 1.5 + 0.1 * rng.normal(size=(n, 32))
        out.append((latent @ w).astype(np.float32))
    return out


def timed_fit(xs: list[np.ndarray], threads: int) -> dict[str, float]:
    """Seconds per stage of one ``JointEmbedding(device="cpu")`` fit at ``threads`` torch threads."""
    spent = dict.fromkeys(STAGES, 0.0)
    originals = {name: getattr(joint, name) for name in STAGES}

    def wrap(name):
        def call(*args, **kwargs):
            start = time.perf_counter()
            try:
                return originals[name](*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
        return call

    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    for name in STAGES:
        setattr(joint, name, wrap(name))
    try:
        start = time.perf_counter()
        joint.JointEmbedding(device="cpu").fit_transform(xs)
        total = time.perf_counter() - start
    finally:
        for name, original in originals.items():
            setattr(joint, name, original)
        torch.set_num_threads(before)
    spent["fuzzy_graph"] -= spent["knn"]  # fuzzy_graph calls knn
    return {"total": total, **spent, "loop": total - sum(spent.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["3000x8", "10000x3"], help="NxT, samples x snapshots")
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--threads", nargs="+", type=int, default=[1, 2])
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, affinity {len(os.sched_getaffinity(0))}, torch {torch.__version__}")
    print(f"{'size':>10} {'thr':>3} {'load':>5} {'total':>7} " + " ".join(f"{s:>14}" for s in (*STAGES, "loop")))
    result, first = {}, {}
    for size in args.sizes:
        n, t = (int(v) for v in size.split("x"))
        xs = series(n, t, args.dims)
        for threads in args.threads:
            load = os.getloadavg()[0]
            r = timed_fit(xs, threads)
            print(f"{size:>10} {threads:>3} {load:5.1f} {r['total']:7.2f} "
                  + " ".join(f"{r[s]:14.2f}" for s in (*STAGES, "loop")), flush=True)
            if size == args.sizes[0]:
                first[threads] = r["total"]
            if threads == args.threads[0]:
                result[f"joint_{size}_s"] = r["total"]
    if 1 in first and 2 in first:
        result["thread2_over_thread1"] = first[2] / first[1]
    print("RESULT " + " ".join(f"{k}={v:.2f}" for k, v in result.items()))


if __name__ == "__main__":
    main()
