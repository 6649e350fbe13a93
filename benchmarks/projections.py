"""Projection methods side by side on real captured runs: time, faithfulness, temporal stability.

    .venv/bin/python benchmarks/projections.py            # full: digits demo, mnist1d CNN at N=2,000 and 10,000
    .venv/bin/python benchmarks/projections.py --quick    # digits demo and N=2,000 only, fewer methods

Runs are captured once with the real callback into benchmarks/_runs/ (git-ignored) and reused. Every method sees the
same activations. Scores come from latentris_lightning.projection.quality (trustworthiness at k = 1 % of N, kNN
preservation at
k = 15, stab_spearman = Spearman correlation of each sample's movement in the data and in the view between
consecutive snapshots, averaged over snapshot pairs). Wall time excludes numba's one-off JIT compilation, which is
measured separately by a tiny warm-up fit. Ends with one line:

    RESULT method=<default> stab_spearman=<x> trust=<x> knn15=<x> speedup_vs_aligned_umap=<x>
           speedup_vs_our_aligned_umap=<x> control_stab_spearman=<x>

(one line; figures for the N = 10,000 run, or N = 2,000 with --quick; the control is independent UMAP per snapshot).
``speedup_vs_aligned_umap`` is against umap-learn's ``AlignedUMAP`` as shipped (``umap_learn_aligned`` below, the
peer baseline); ``speedup_vs_our_aligned_umap`` against this package's ``umap`` (aligned), the same algorithm rebuilt
several times faster. Set ``--threads 1`` (and pin with ``taskset -c 0``) to compare every method on one core.
"""

from __future__ import annotations

import argparse
import os
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".numba_cache"))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from latentris_lightning import load_run  # noqa: E402
from latentris_lightning.projection import available_methods, get_method  # noqa: E402
from latentris_lightning.projection.quality import score_series  # noqa: E402

RUNS = ROOT / "benchmarks" / "_runs"
DEFAULT = "joint"
CONTROL = "umap_independent"
EPOCHS = 8


def digits_run() -> Path:
    from latentris_lightning.demo import run_demo

    out = RUNS / "digits"
    if not (out / "run" / "manifest.json").exists():
        run_demo(out, max_epochs=20, export=False, progress=False)
    return out / "run"


class CNN1D(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        c = 32
        self.conv1 = torch.nn.Sequential(torch.nn.Conv1d(1, c, 5, padding=2), torch.nn.ReLU())
        self.conv2 = torch.nn.Sequential(torch.nn.Conv1d(c, c, 3, padding=1, stride=2), torch.nn.ReLU())
        self.conv3 = torch.nn.Sequential(torch.nn.Conv1d(c, c, 3, padding=1, stride=2), torch.nn.ReLU())
        self.fc = torch.nn.Linear(c * 10, 10)

    def forward(self, x):
        return self.fc(self.conv3(self.conv2(self.conv1(x.unsqueeze(1)))).flatten(1))


def mnist1d_run(n_probe: int) -> Path:
    """A 1D CNN trained for EPOCHS epochs on mnist1d (generated locally), probe = n_probe held-out samples."""
    import lightning.pytorch as pl
    from mnist1d.data import get_dataset_args, make_dataset
    from torch.utils.data import DataLoader, TensorDataset

    from latentris_lightning import Latentris

    out = RUNS / f"mnist1d-{n_probe}"
    if (out / "run" / "manifest.json").exists():
        return out / "run"
    args = get_dataset_args()
    args.num_samples = 8000 + n_probe
    args.train_split = 8000 / args.num_samples
    data = make_dataset(args)  # generated locally; the default getter would try the network
    x_tr, y_tr = torch.tensor(data["x"], dtype=torch.float32), torch.tensor(data["y"])
    x_te, y_te = torch.tensor(data["x_test"], dtype=torch.float32)[:n_probe], torch.tensor(data["y_test"])[:n_probe]

    class Module(pl.LightningModule):
        def __init__(self) -> None:
            super().__init__()
            self.net = CNN1D()

        def forward(self, x):
            return self.net(x)

        def training_step(self, batch, batch_idx):
            x, y = batch
            return torch.nn.functional.cross_entropy(self(x), y)

        def configure_optimizers(self):
            return torch.optim.Adam(self.parameters(), lr=3e-3)

    pl.seed_everything(0, verbose=False)
    callback = Latentris(
        probe=(x_te, y_te), layers=["net.conv2", "net.conv3", "net.fc:input"], epochs="all", output_dir=out,
        export_on_fit_end=False, overwrite=True,
    )
    trainer = pl.Trainer(max_epochs=EPOCHS, callbacks=[callback], logger=False, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, accelerator="cpu")
    trainer.fit(Module(), DataLoader(TensorDataset(x_tr, y_tr), batch_size=128, shuffle=True))
    return out / "run"


PEER = "umap_learn_aligned"  # umap-learn's own AlignedUMAP, called as NeuroMapper users call it: the peer baseline


class UmapLearnAligned:
    """``umap.AlignedUMAP`` itself with identity relations, on the same PCA-reduced inputs as the other methods.

    The product's ``umap`` method runs the same algorithm from umap-learn's building blocks, several times faster
    (see latentris_lightning/projection/umap.py); this is the library as shipped, the baseline users know. It
    compiles its layout kernel anew in every ``fit`` (not cacheable), so its times include that; the warm-up line
    reports how long one such compile-dominated tiny fit takes.
    """

    def __init__(self, random_state: int = 0, n_neighbors: int = 15) -> None:
        self.random_state, self.n_neighbors = random_state, n_neighbors

    def fit_transform(self, series: list[np.ndarray]) -> list[np.ndarray]:
        import umap

        from latentris_lightning.projection.base import reduce_dims

        reduced = reduce_dims([np.asarray(x, dtype=np.float32) for x in series], 50, self.random_state,
                              dtype=np.float32)
        n = reduced[0].shape[0]
        relations = [{i: i for i in range(n)} for _ in range(len(reduced) - 1)]
        model = umap.AlignedUMAP(n_neighbors=self.n_neighbors, n_components=3, min_dist=0.1,
                                 random_state=self.random_state)
        model.fit(reduced, relations=relations)
        return [np.asarray(e, dtype=np.float64) for e in model.embeddings_]


def make_method(method: str, **params):
    if method == PEER:
        return UmapLearnAligned(**params)
    return get_method(method, **params)


def warm_up(method: str) -> float:
    """Seconds of one-off JIT compilation (numba for umap), measured on a tiny input."""
    rng = np.random.default_rng(0)
    tiny = [rng.normal(size=(60, 8)) for _ in range(2)]
    start = time.perf_counter()
    make_method(method, **({"n_neighbors": 5} if "umap" in method else {"perplexity": 5} if "tsne" in method else {}))\
        .fit_transform(tiny)
    return time.perf_counter() - start


def evaluate(
    run_path: Path, methods: list[str], limited: dict[str, list[str]] | None = None
) -> dict[str, dict[str, float]]:
    """Fit and score every method on every layer of a run (``limited``: methods run on some layers only)."""
    run = load_run(run_path)
    results = {}
    for method in methods:
        layers = (limited or {}).get(method, run.layers)
        seconds, trust, knn, stab, pooled = {}, [], [], [], []
        for layer in layers:
            xs = run.layer_series(layer)
            start = time.perf_counter()
            ys = make_method(method, random_state=0).fit_transform(xs)
            seconds[layer] = time.perf_counter() - start
            scores = score_series(xs, ys, run.labels)
            trust += [s["trustworthiness"] for s in scores]
            knn += [s["knn15"] for s in scores]
            stab += [s["stab_spearman"] for s in scores[1:]]
            pooled.append(_pooled_stability(xs, ys))
        results[method] = {
            "seconds": sum(seconds.values()),
            "layer_seconds": seconds,
            "trust": float(np.mean(trust)),
            "knn15": float(np.mean(knn)),
            "stab_spearman": float(np.nanmean(stab)),
            "stab_pooled": float(np.nanmean(pooled)),
        }
        r = results[method]
        where = "" if len(layers) == len(run.layers) else f"  (layers {layers} only)"
        print(f"  {method:18s} {r['seconds']:8.1f} s  trust {r['trust']:.3f}  knn15 {r['knn15']:.3f}  "
              f"stab {r['stab_spearman']:.3f}  (pooled {r['stab_pooled']:.3f})  per layer "
              + ", ".join(f"{v:.1f}" for v in seconds.values()) + where, flush=True)
    return results


def _pooled_stability(xs: list[np.ndarray], ys: list[np.ndarray]) -> float:
    """Spearman over all (sample, snapshot pair) movements at once: also rewards getting *when* things move right."""
    from scipy.stats import spearmanr

    data = np.concatenate([np.linalg.norm(b - a, axis=1) for a, b in pairwise(xs)])
    view = np.concatenate([np.linalg.norm(b - a, axis=1) for a, b in pairwise(ys)])
    return float(spearmanr(data, view).statistic)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="digits and N=2,000 only, fewer methods")
    parser.add_argument("--methods", nargs="+", default=None)
    parser.add_argument("--slow-layers", type=int, default=None, metavar="K",
                        help=f"at N=10,000 run {PEER} and {CONTROL} on the first K layers only (they take ~10 min per "
                             "layer on one core); speedups are then taken over those layers")
    parser.add_argument("--threads", type=int, default=None, help="torch and numba threads (default: all cores)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
        import numba

        numba.set_num_threads(args.threads)
    torch.manual_seed(0)
    wanted = args.methods or (
        [DEFAULT, "pca", "umap", CONTROL] if args.quick
        else [DEFAULT, "pca", "stress", "tsne", "umap", PEER, CONTROL, "tsne_independent"]
    )
    methods = [m for m in wanted if m in available_methods() or (m == PEER and "umap" in available_methods())]
    missing = sorted(set(wanted) - set(methods))
    print(f"methods: {methods}" + (f" (not installed: {missing})" if missing else ""))
    print(f"machine: {os.cpu_count()} CPU cores, torch {torch.__version__}, threads {torch.get_num_threads()}")
    print("JIT warm-up (excluded from timings):",
          ", ".join(f"{m} {warm_up(m):.1f} s" for m in methods if m in ("umap", PEER, CONTROL)))

    datasets = [("digits MLP (N=450, 15 snapshots)", digits_run()), ("mnist1d CNN N=2,000", mnist1d_run(2000))]
    if not args.quick:
        datasets.append(("mnist1d CNN N=10,000", mnist1d_run(10_000)))
    table = {}
    for name, path in datasets:
        run = load_run(path)
        # chained/independent t-SNE and stress take many minutes per layer at N = 10,000 on 2 cores:
        # compared up to 2,000
        chosen = [m for m in methods if run.n_samples <= 2000 or m in (DEFAULT, "pca", "umap", PEER, CONTROL)]
        print(f"\n{name}: {len(run.snapshots)} snapshots × {len(run.layers)} layers {run.layers}")
        limited = (
            {m: run.layers[: args.slow_layers] for m in (PEER, CONTROL)}
            if args.slow_layers and run.n_samples > 2000 else None
        )
        table[name] = evaluate(path, chosen, limited)

    final = table[datasets[-1][0]]
    best = final[DEFAULT]

    def speedup(reference: str) -> float:
        """Time ratio over the layers both methods ran."""
        if reference not in final:
            return float("nan")
        layers = final[reference]["layer_seconds"]
        return sum(layers.values()) / sum(best["layer_seconds"][layer] for layer in layers)

    control = final.get(CONTROL, {}).get("stab_spearman", float("nan"))
    # speedup_vs_aligned_umap: against umap-learn's AlignedUMAP (the peer baseline the issue names);
    # speedup_vs_our_aligned_umap: against this package's faster reimplementation of the same algorithm
    print(
        f"RESULT method={DEFAULT} stab_spearman={best['stab_spearman']:.3f} trust={best['trust']:.3f} "
        f"knn15={best['knn15']:.3f} speedup_vs_aligned_umap={speedup(PEER):.1f} "
        f"speedup_vs_our_aligned_umap={speedup('umap'):.1f} control_stab_spearman={control:.3f}"
    )


if __name__ == "__main__":
    main()
