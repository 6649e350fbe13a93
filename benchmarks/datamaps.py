"""Finding planted label noise with the per-sample training dynamics (``docs/dynamics.md``), against the final loss
and cleanlab's confident learning.

    PYTHONPATH=. .venv/bin/python benchmarks/datamaps.py           # digits, mnist1d, shapes; 5 % and 20 % noise
    PYTHONPATH=. .venv/bin/python benchmarks/datamaps.py --quick   # fewer epochs, no cleanlab cross-validation
    PYTHONPATH=. .venv/bin/python benchmarks/datamaps.py --seeds 0  # one seed (default: 0 1 2)

Three data sets, all made here (nothing is downloaded):

- ``digits``: sklearn's 8×8 digits, the 80 % training split (N = 1,437); an MLP 64 → 128 → 64 → 10.
- ``mnist1d``: ``mnist1d.data.make_dataset()`` with its default arguments (generated locally), its training split
  (N = 4,000 sequences of 40); a small 1D CNN.
- ``shapes``: 16×16 synthetic images of 8 shapes (disc, ring, square, hollow square, plus, cross, triangle, bar) at
  random positions, sizes and contrast, in Gaussian noise (N = 2,400); a small 2D CNN.

In each, a seeded 5 % (or 20 %) of the labels are flipped to another class and the model trains on the flipped
labels. The probe is the whole training set with those labels, watched by the real Latentris callback (after every
epoch, plus step snapshots in the first epochs), recording hidden layers and the head's output (so the area under the
margin comes from the logits). Each model trains long enough to start memorising the flipped labels, which is what
makes the final loss a weak detector.

For each data set and noise level: AUROC of the mislabel score for the flipped samples, and precision at k = number
flipped, against (a) the final snapshot's per-sample loss alone and (b) cleanlab's confident-learning ranking from
out-of-sample probabilities (5-fold cross-validation of the same model, same epochs, trained without the callback),
when cleanlab is installed. Each cell runs at several seeds (``--seeds``, default 0 1 2: the flipped labels, the
initialisation and the batch order) and is reported as mean ± standard deviation. The RESULT keys are the minimum over
digits and mnist1d (the issue's two data sets) of the mean over the seeds, and the lowest single seed's P@k at 5 %;
``shapes`` is reported in the table only:

    RESULT auroc_5=<x> precision_5=<x> auroc_20=<x> precision_20=<x> baseline_auroc_5=<x> cleanlab_auroc_5=<x>
           precision_5_worst_seed=<x> seeds=<n>
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import lightning.pytorch as pl
import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from latentris_lightning import Latentris, load_run, sample_dynamics

ROOT = Path(__file__).resolve().parents[1]
RUNS = ROOT / "benchmarks" / "_runs" / "datamaps"
#: The data sets the RESULT line is taken over (the issue's); the others are reported in the table only.
RESULT_SETS = ("digits", "mnist1d")


class Classifier(pl.LightningModule):
    def __init__(self, net: nn.Module, lr: float) -> None:
        super().__init__()
        self.net = net
        self.lr = lr

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)


@dataclass(frozen=True)
class DataSet:
    name: str
    x: np.ndarray
    y: np.ndarray
    n_classes: int
    model: Callable[[], nn.Module]  # a fresh ``net``
    layers: list[str]  # captured layers, the head's output last
    epochs: int
    lr: float = 3e-3
    batch_size: int = 64
    steps: tuple[int, ...] = ()  # step snapshots in the first epochs
    x_test: np.ndarray | None = None  # held-out samples with their true labels, for the model's test accuracy
    y_test: np.ndarray | None = None


# ------------------------------------------------------------------------------------------------- the data sets
def digits(epochs: int) -> DataSet:
    data = load_digits()
    x = (data.data / 16.0).astype(np.float32)
    rng = np.random.default_rng(0)
    order = rng.permutation(len(x))
    train, test = order[: int(0.8 * len(x))], order[int(0.8 * len(x)):]
    y = data.target.astype(np.int64)
    return DataSet("digits", x[train], y[train], 10,
                   lambda: nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(),
                                         nn.Linear(64, 10)),
                   ["net.1", "net.3", "net.4"], epochs, x_test=x[test], y_test=y[test])


def mnist1d(epochs: int) -> DataSet | None:
    if importlib.util.find_spec("mnist1d") is None:
        return None
    from mnist1d.data import make_dataset

    data = make_dataset()  # the default arguments, generated here (no download)
    x = np.asarray(data["x"], np.float32)[:, None, :]  # (4000, 1, 40)
    y = np.asarray(data["y"], np.int64)

    def net() -> nn.Module:
        return nn.Sequential(
            nn.Conv1d(1, 16, 5, padding=2), nn.ReLU(),                # 0, 1: (16, 40)
            nn.Conv1d(16, 32, 3, stride=2, padding=1), nn.ReLU(),     # 2, 3: (32, 20)
            nn.Conv1d(32, 32, 3, stride=2, padding=1), nn.ReLU(),     # 4, 5: (32, 10)
            nn.Flatten(), nn.Linear(320, 64), nn.ReLU(),              # 6, 7, 8
            nn.Linear(64, 10))                                        # 9
    return DataSet("mnist1d", x, y, 10, net, ["net.3", "net.5", "net.8", "net.9"], epochs, lr=1e-2,
                   batch_size=128, steps=(10, 20), x_test=np.asarray(data["x_test"], np.float32)[:, None, :],
                   y_test=np.asarray(data["y_test"], np.int64))


SHAPES = ("disc", "ring", "square", "hollow square", "plus", "cross", "triangle", "bar")


def shapes(epochs: int, n: int = 2400, n_test: int = 1000) -> DataSet:
    """``n`` training and ``n_test`` held-out 16×16 images of the 8 :data:`SHAPES` (seeded), and a small CNN."""
    x, labels = shape_images(n, seed=0)
    x_test, y_test = shape_images(n_test, seed=1)

    def net() -> nn.Module:
        return nn.Sequential(
            nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),     # 0, 1, 2: (8, 8, 8)
            nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),    # 3, 4, 5: (16, 4, 4)
            nn.Flatten(), nn.Linear(256, 64), nn.ReLU(),                   # 6, 7, 8
            nn.Linear(64, len(SHAPES)))                                    # 9
    return DataSet("shapes", x, labels, len(SHAPES), net, ["net.4", "net.8", "net.9"], epochs, lr=1e-2,
                   batch_size=128, steps=(10, 20), x_test=x_test, y_test=y_test)


def shape_images(n: int, size: int = 16, noise: float = 0.25, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` images ``(n, 1, size, size)`` of the 8 :data:`SHAPES`, balanced, at random centres, radii and contrast,
    in Gaussian noise of std ``noise``, and their labels; made with NumPy from ``seed``."""
    rng = np.random.default_rng(seed)
    labels = rng.permutation(np.arange(n) % len(SHAPES)).astype(np.int64)
    r = rng.uniform(4.0, 7.0, n)[:, None, None]
    cx = rng.uniform(r[:, 0, 0], size - r[:, 0, 0])[:, None, None]
    cy = rng.uniform(r[:, 0, 0], size - r[:, 0, 0])[:, None, None]
    grid_y, grid_x = np.mgrid[0:size, 0:size] + 0.5
    dx, dy = grid_x[None] - cx, grid_y[None] - cy
    radial, box = np.hypot(dx, dy), np.maximum(np.abs(dx), np.abs(dy))
    masks = [
        radial <= r,                                                           # disc
        np.abs(radial - r) <= 0.9,                                             # ring
        box <= 0.8 * r,                                                        # square
        np.abs(box - 0.8 * r) <= 0.7,                                          # hollow square
        ((np.abs(dx) <= 1.0) | (np.abs(dy) <= 1.0)) & (box <= r),              # plus
        ((np.abs(dx - dy) <= 1.3) | (np.abs(dx + dy) <= 1.3)) & (box <= r),    # cross
        (np.abs(dy) <= r) & (np.abs(dx) <= (dy + r) / 2),                      # triangle (apex up)
        (np.abs(dy) <= 1.2) & (np.abs(dx) <= r),                               # horizontal bar
    ]
    shape = np.zeros((n, size, size), bool)
    for c, mask in enumerate(masks):
        shape[labels == c] = mask[labels == c]
    contrast = rng.uniform(0.6, 1.0, n)[:, None, None]
    return (contrast * shape + rng.normal(0.0, noise, (n, size, size))).astype(np.float32)[:, None], labels


# ------------------------------------------------------------------------------------------------------ pieces
def flip(labels: np.ndarray, share: float, n_classes: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Labels with ``share`` of them moved to another class (uniformly); returns them and the flipped mask."""
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(share * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, n_classes, size=chosen.size)) % n_classes
    flipped = np.zeros(n, bool)
    flipped[chosen] = True
    return noisy, flipped


def trainer(epochs: int, callbacks: list) -> pl.Trainer:
    return pl.Trainer(max_epochs=epochs, callbacks=callbacks, accelerator="cpu", devices=1, logger=False,
                      enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False)


def loader(x: np.ndarray, y: np.ndarray, batch_size: int, shuffle: bool) -> DataLoader:
    return DataLoader(TensorDataset(torch.from_numpy(x), torch.from_numpy(y)), batch_size=batch_size, shuffle=shuffle)


def train_run(data: DataSet, name: str, labels: np.ndarray, seed: int) -> tuple[Path, Classifier]:
    pl.seed_everything(seed, workers=True, verbose=False)
    out = RUNS / name
    probe = (torch.from_numpy(data.x), torch.from_numpy(labels))
    callback = Latentris(probe=probe, layers=data.layers, epochs="all", steps=list(data.steps) or None,
                         output_dir=out, overwrite=True, export_on_fit_end=False, metrics=False, log_metrics=False,
                         seed=seed)
    model = Classifier(data.model(), data.lr)
    trainer(data.epochs, [callback]).fit(model, loader(data.x, labels, data.batch_size, True))
    return out / "run", model


def out_of_sample_probabilities(data: DataSet, labels: np.ndarray, folds: int, seed: int) -> np.ndarray:
    """``(N, C)`` class probabilities of each sample from the same model (same optimiser, epochs and batch size,
    a plain training loop without the callback) trained on the noisy labels of the other folds: cleanlab's input."""
    probs = np.zeros((len(labels), data.n_classes), np.float32)
    split = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    x, y = torch.from_numpy(data.x), torch.from_numpy(labels)
    for k, (fit, held) in enumerate(split.split(data.x, labels)):
        torch.manual_seed(seed + k)
        net = data.model()
        optimiser = torch.optim.Adam(net.parameters(), lr=data.lr)
        fit_t = torch.from_numpy(fit)
        for _ in range(data.epochs):
            for batch in fit_t[torch.randperm(len(fit_t))].split(data.batch_size):
                optimiser.zero_grad()
                nn.functional.cross_entropy(net(x[batch]), y[batch]).backward()
                optimiser.step()
        net.eval()
        with torch.no_grad():
            probs[held] = torch.softmax(net(x[torch.from_numpy(held)]), dim=1).numpy()
    return probs


def confident_learning_score(labels: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """A full ranking from confident learning: the samples cleanlab flags as label issues first, each group ordered
    by cleanlab's self-confidence label quality (lower = more suspicious)."""
    from cleanlab.filter import find_label_issues
    from cleanlab.rank import get_label_quality_scores

    flagged = find_label_issues(labels, probs, filter_by="prune_by_noise_rate")
    quality = get_label_quality_scores(labels, probs, method="self_confidence")
    return flagged.astype(np.float64) + (1.0 - quality)


def precision_at_k(score: np.ndarray, truth: np.ndarray) -> float:
    k = int(truth.sum())
    top = np.argsort(-score, kind="stable")[:k]
    return float(truth[top].mean())


def evaluate(data: DataSet, share: float, cleanlab: bool, seed: int = 0) -> dict[str, float]:
    """One cell at one seed: ``seed`` picks the flipped labels (seed 0: the flips of the first recorded runs) and the
    model's initialisation and batch order."""
    noisy, flipped = flip(data.y, share, data.n_classes, np.random.default_rng(int(share * 1000) + 1000 * seed))
    started = time.perf_counter()
    run_dir, model = train_run(data, f"{data.name}-{int(share * 100)}-seed{seed}", noisy, seed=seed)
    trained = time.perf_counter() - started
    run = load_run(run_dir)
    started = time.perf_counter()
    d = sample_dynamics(run)
    seconds = time.perf_counter() - started
    final_loss = run.losses(snapshot=-1).astype(np.float64)
    model.eval()
    with torch.no_grad():
        test_acc = float((model(torch.from_numpy(data.x_test)).argmax(dim=1).numpy() == data.y_test).mean())
    result = {
        "auroc": float(roc_auc_score(flipped, d.mislabel)),
        "precision": precision_at_k(d.mislabel, flipped),
        "baseline_auroc": float(roc_auc_score(flipped, final_loss)),
        "baseline_precision": precision_at_k(final_loss, flipped),
        "test_acc": test_acc,
        "memorised": float(run.correct(snapshot=-1)[flipped].mean()),
        "n": float(len(noisy)), "flipped": float(flipped.sum()), "snapshots": float(len(d.snapshots)),
        "train_s": trained, "dynamics_s": seconds,
        "cleanlab_auroc": np.nan, "cleanlab_precision": np.nan, "cleanlab_s": np.nan,
    }
    if cleanlab:
        started = time.perf_counter()
        probs = out_of_sample_probabilities(data, noisy, folds=5, seed=seed)
        score = confident_learning_score(noisy, probs)
        result.update(cleanlab_auroc=float(roc_auc_score(flipped, score)),
                      cleanlab_precision=precision_at_k(score, flipped),
                      cleanlab_s=time.perf_counter() - started,
                      cv_acc=float((probs.argmax(axis=1) == data.y).mean()))
    missing = ", ".join(d.missing) or "none"
    evidence = d.notes[-1].split("of ", 1)[-1]
    print(f"  {data.name} {share:.0%} seed {seed}: {trained:.0f} s training; evidence: {evidence}; missing: {missing}",
          flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer epochs, no cleanlab cross-validation")
    parser.add_argument("--no-cleanlab", action="store_true", help="leave out the confident-learning baseline")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2],
                        help="seeds (flipped labels, initialisation, batch order); the table gives mean ± std over "
                             "them (default: 0 1 2)")
    args = parser.parse_args()
    torch.set_num_threads(1)  # tiny models on a shared machine: one thread each is the fastest
    started = time.perf_counter()
    quick = args.quick
    sets = [digits(20 if quick else 40)]
    one_d = mnist1d(15 if quick else 30)
    if one_d is None:
        print("mnist1d: the package is not installed here (pip install mnist1d); left out.")
    else:
        sets.append(one_d)
    sets.append(shapes(15 if quick else 30))
    cleanlab = not (quick or args.no_cleanlab)
    if cleanlab and importlib.util.find_spec("cleanlab") is None:
        print("cleanlab: not installed here (pip install cleanlab); the confident-learning baseline is left out.")
        cleanlab = False
    rows: dict[tuple[str, float], list[dict[str, float]]] = {}
    for data in sets:
        for share in (0.05, 0.20):
            rows[(data.name, share)] = [evaluate(data, share, cleanlab, seed) for seed in args.seeds]
    load = os.getloadavg()
    print(f"\ntotal {time.perf_counter() - started:.0f} s; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          f"on {os.cpu_count()} cores; epochs: " + ", ".join(f"{d.name} {d.epochs}" for d in sets)
          + f"; seeds {' '.join(map(str, args.seeds))}: each cell is the mean ± standard deviation over them\n")
    print(f"{'data':<8} {'noise':>5} {'N':>5} {'flip':>4} {'test':>5} {'mem.':>5} {'snap':>4} {'AUROC':>13} "
          f"{'P@k':>13} {'loss AUROC':>13} {'loss P@k':>13} {'CL AUROC':>13} {'CL P@k':>13} {'train s':>7} "
          f"{'CL s':>5}")

    def cell(values: list[dict[str, float]], key: str) -> str:
        v = np.array([r[key] for r in values], np.float64)
        return f"{v.mean():.3f} ± {v.std():.3f}" if v.size > 1 else f"{v.mean():.3f}"

    for (name, share), rs in rows.items():
        r = {key: float(np.mean([x[key] for x in rs])) for key in rs[0]}
        print(f"{name:<8} {share:>5.0%} {int(r['n']):>5} {int(r['flipped']):>4} {r['test_acc']:>5.3f} "
              f"{r['memorised']:>5.2f} {int(r['snapshots']):>4} {cell(rs, 'auroc'):>13} {cell(rs, 'precision'):>13} "
              f"{cell(rs, 'baseline_auroc'):>13} {cell(rs, 'baseline_precision'):>13} "
              f"{cell(rs, 'cleanlab_auroc'):>13} {cell(rs, 'cleanlab_precision'):>13} {r['train_s']:>7.0f} "
              f"{r['cleanlab_s']:>5.0f}")
    print("\nper seed, P@k: " + "; ".join(f"{name} {share:.0%} " + " ".join(f"{r['precision']:.3f}" for r in rs)
                                      for (name, share), rs in rows.items()))

    def worst(key: str, share: float) -> float:
        """The minimum over the RESULT data sets of the mean over the seeds."""
        return min(float(np.mean([r[key] for r in rs])) for (name, s), rs in rows.items()
                   if s == share and name in RESULT_SETS)

    def worst_seed(key: str, share: float) -> float:
        return min(r[key] for (name, s), rs in rows.items() if s == share and name in RESULT_SETS for r in rs)

    over = "+".join(name for name in RESULT_SETS if (name, 0.05) in rows)
    print(f"\nRESULT keys: the minimum over {over} of the mean over {len(args.seeds)} seeds; "
          "precision_5_worst_seed: the lowest single seed")
    print(f"RESULT auroc_5={worst('auroc', 0.05):.3f} precision_5={worst('precision', 0.05):.3f} "
          f"auroc_20={worst('auroc', 0.20):.3f} precision_20={worst('precision', 0.20):.3f} "
          f"baseline_auroc_5={worst('baseline_auroc', 0.05):.3f} "
          f"cleanlab_auroc_5={worst('cleanlab_auroc', 0.05):.3f} "
          f"precision_5_worst_seed={worst_seed('precision', 0.05):.3f} seeds={len(args.seeds)}")

if __name__ == "__main__":
    main()
