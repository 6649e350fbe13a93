"""Finding planted label noise with the per-sample training dynamics (``docs/dynamics.md``), against the final loss.

    .venv/bin/python benchmarks/datamaps.py            # digits (and mnist1d if the package is installed), 5 % and 20 %
    .venv/bin/python benchmarks/datamaps.py --quick    # digits only, fewer epochs

sklearn's digits (1,797 images, 8×8): 80 % is the training set, in which a seeded 5 % (or 20 %) of the labels are
flipped to another class; the model trains on those flipped labels. The probe is the whole training set with the
labels the model trains on, watched by the real Latentris callback after every epoch, recording the hidden layers and
the head's output (so the area under the margin comes from the logits). An MLP (64 → 128 → 64 → 10, Adam) trains long
enough to memorise most flipped labels, which is what makes the final loss a weak detector.

For each noise level: AUROC of the mislabel score for the flipped samples, and precision at k = number flipped,
against the baseline of the final snapshot's per-sample loss alone (higher loss = more suspicious). mnist1d (a 1D CNN
on 4,000 samples) joins when the ``mnist1d`` package is installed. Ends with one line:

    RESULT auroc_5=<x> precision_5=<x> auroc_20=<x> precision_20=<x> baseline_auroc_5=<x>
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from pathlib import Path

import lightning.pytorch as pl
import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.metrics import roc_auc_score
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from latentris_lightning import Latentris, load_run, sample_dynamics

ROOT = Path(__file__).resolve().parents[1]
RUNS = ROOT / "benchmarks" / "_runs" / "datamaps"


class MLP(pl.LightningModule):
    def __init__(self, n_in: int = 64, n_classes: int = 10) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_in, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(),
                                 nn.Linear(64, n_classes))

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)


def flip(labels: np.ndarray, share: float, n_classes: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Labels with ``share`` of them moved to another class (uniformly); returns them and the flipped mask."""
    n = labels.shape[0]
    chosen = rng.choice(n, size=int(round(share * n)), replace=False)
    noisy = labels.copy()
    noisy[chosen] = (labels[chosen] + rng.integers(1, n_classes, size=chosen.size)) % n_classes
    flipped = np.zeros(n, bool)
    flipped[chosen] = True
    return noisy, flipped


def digits() -> tuple[np.ndarray, np.ndarray, int]:
    data = load_digits()
    x = (data.data / 16.0).astype(np.float32)
    rng = np.random.default_rng(0)
    train = rng.permutation(len(x))[: int(0.8 * len(x))]
    return x[train], data.target[train].astype(np.int64), 10


def train_run(name: str, x: np.ndarray, y: np.ndarray, n_classes: int, epochs: int, seed: int) -> Path:
    pl.seed_everything(seed, workers=True, verbose=False)
    out = RUNS / name
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)
    loader = DataLoader(TensorDataset(xt, yt), batch_size=64, shuffle=True)
    callback = Latentris(probe=(xt, yt), layers=["net.1", "net.3", "net.4"], epochs="all", output_dir=out,
                         overwrite=True, export_on_fit_end=False, seed=seed)
    trainer = pl.Trainer(max_epochs=epochs, callbacks=[callback], accelerator="cpu", devices=1, logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False)
    trainer.fit(MLP(x.shape[1], n_classes), loader)
    return out / "run"


def precision_at_k(score: np.ndarray, truth: np.ndarray) -> float:
    k = int(truth.sum())
    top = np.argsort(-score, kind="stable")[:k]
    return float(truth[top].mean())


def evaluate(name: str, x: np.ndarray, y: np.ndarray, n_classes: int, share: float, epochs: int) -> dict[str, float]:
    noisy, flipped = flip(y, share, n_classes, np.random.default_rng(int(share * 1000)))
    started = time.perf_counter()
    run_dir = train_run(f"{name}-{int(share * 100)}", x, noisy, n_classes, epochs, seed=0)
    trained = time.perf_counter() - started
    run = load_run(run_dir)
    started = time.perf_counter()
    d = sample_dynamics(run)
    seconds = time.perf_counter() - started
    final_loss = run.losses(snapshot=-1).astype(np.float64)
    result = {
        "auroc": float(roc_auc_score(flipped, d.mislabel)),
        "precision": precision_at_k(d.mislabel, flipped),
        "baseline_auroc": float(roc_auc_score(flipped, final_loss)),
        "baseline_precision": precision_at_k(final_loss, flipped),
        "confidence_auroc": float(roc_auc_score(flipped, -d.confidence)) if d.confidence is not None else float("nan"),
        "final_train_acc_on_noisy": float(run.correct(snapshot=-1).mean()),
        "memorised": float(run.correct(snapshot=-1)[flipped].mean()),
        "n": float(len(y)), "flipped": float(flipped.sum()), "snapshots": float(len(run.snapshots)),
        "train_s": trained, "dynamics_s": seconds,
    }
    missing = ", ".join(d.missing) or "none"
    print(f"  {name} {share:.0%}: evidence: {d.notes[-1].split('of ', 1)[-1]}; missing: {missing}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer epochs")
    args = parser.parse_args()
    epochs = 20 if args.quick else 40
    sets = [("digits", *digits())]
    if importlib.util.find_spec("mnist1d") is None:
        print("mnist1d: the package is not installed here; digits only.")
    elif not args.quick:
        from mnist1d.data import get_dataset_args, make_dataset

        data = make_dataset(get_dataset_args())
        x1 = np.asarray(data["x"], np.float32)[:4000]
        y1 = np.asarray(data["y"], np.int64)[:4000]
        sets.append(("mnist1d", x1, y1, 10))
    rows = {}
    for name, x, y, c in sets:
        for share in (0.05, 0.20):
            rows[(name, share)] = evaluate(name, x, y, c, share, epochs)
    print(f"\n{epochs} epochs, a snapshot after each (the untrained one left out of the statistics)\n")
    print(f"{'data':<8} {'noise':>5} {'N':>5} {'flipped':>7} {'memorised':>9} {'AUROC':>6} {'P@k':>6} "
          f"{'loss AUROC':>10} {'loss P@k':>8} {'conf. AUROC':>11} {'dyn. s':>6}")
    for (name, share), r in rows.items():
        print(f"{name:<8} {share:>5.0%} {int(r['n']):>5} {int(r['flipped']):>7} {r['memorised']:>9.2f} "
              f"{r['auroc']:>6.3f} {r['precision']:>6.3f} {r['baseline_auroc']:>10.3f} "
              f"{r['baseline_precision']:>8.3f} {r['confidence_auroc']:>11.3f} {r['dynamics_s']:>6.2f}")
    five, twenty = rows[("digits", 0.05)], rows[("digits", 0.20)]
    print(f"RESULT auroc_5={five['auroc']:.3f} precision_5={five['precision']:.3f} auroc_20={twenty['auroc']:.3f} "
          f"precision_20={twenty['precision']:.3f} baseline_auroc_5={five['baseline_auroc']:.3f}")


if __name__ == "__main__":
    main()
