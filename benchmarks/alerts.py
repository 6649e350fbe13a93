"""Calibration suite for the alert rules: healthy runs that must stay silent, failures with a planted onset that must
be caught before the validation loss shows them (issue 18; results in ``docs/benchmarks.md#alerts``).

    .venv/bin/python benchmarks/alerts.py                 # every run (≈ 20), 15 epochs each
    .venv/bin/python benchmarks/alerts.py --only demo lr-blowup   # some runs (by name) for a quick check
    .venv/bin/python benchmarks/alerts.py --save runs.pkl; .venv/bin/python benchmarks/alerts.py --load runs.pkl
                                                          # re-score saved series with the rules as they are now

Every run is a real fit watched by the real ``Latentris`` callback (default alert rules, a snapshot after every
epoch, 3 layers, a held-out probe of ≤ 500 samples); a separate held-out validation set gives the validation loss
after every epoch (epoch 0 = the untrained model). Data sets are generated or loaded in this process for every run
(sklearn digits, a synthetic image set, a synthetic sequence set); nothing is cached between runs or invocations.

Failures are the healthy set-up with a fault planted at the start of training epoch ``ONSET`` (0-based): snapshot
``ONSET`` is the last clean one and **``ONSET + 1`` the first faulty epoch** ("onset" in the table).

**"The validation loss shows it"** (one definition for every run): the first epoch ``e ≥ 2`` (for a failure, also
``e ≥`` onset) whose validation loss exceeds its running minimum over epochs ``0..e−1`` by more than ``VAL_MARGIN``
(10 %), or is non-finite. For a healthy run it is printed for information (a loss watcher's false alarm).

A failure is **detected** when its first alert at or after the onset comes at or before the last epoch; alerts
before the onset are false alarms (counted apart). **Lead** = val-loss-shows epoch − first alert epoch (undefined
when the validation loss never shows it; such runs are left out of the median and listed).

**Transient**: a run labelled healthy whose validation loss returns to or above its untrained value
(``lost_all_progress``) is reported apart: an alert there is right, not a false alarm. **Lead ceiling**: the median lead
of an alert at the onset itself (val-loss-shows − onset), the best any rule that does not fire before the fault can
reach.

Thresholds: the runs are split in two (seeded, healthy and failing runs split separately); the rules' user settings
``loss_rise`` × ``separation_drop`` × ``train_loss_rise`` (the same values for every rule) are chosen on one half from a
small grid (fewest healthy alerts, then most detected, then the largest median lead, then the grid's order: defaults
first), and reported on the other half and on all runs. The alerts of the callback (default rules, during fit) are
checked against an offline evaluation of the same series (``compute_run_metrics`` + ``evaluate``). Ends with

    RESULT healthy_runs=<n> healthy_alerts=<n> failures=<n> detected=<n> median_lead_epochs=<x> … lead_ceiling=<x>
           transient_runs=<n> transient_alerts=<n>

for the chosen thresholds over all runs.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from torch import nn

EPOCHS = 15
ONSET = 6  # the fault starts with training epoch 6 (0-based): epoch 7 is the first faulty snapshot
VAL_MARGIN = 0.10
SPLIT_SEED = 18
GRID_LOSS_RISE = (0.25, 0.1, 0.5)
GRID_SEPARATION_DROP = (0.1, 0.05, 0.2)
GRID_TRAIN_LOSS_RISE = (0.05, 0.02, 0.1)
PROBE = 400


# ---------------------------------------------------------------------------------------------------------- data


def _split(x: torch.Tensor, y: torch.Tensor, seed: int, n_probe: int = PROBE, n_val: int = PROBE):
    """Stratified train / probe / validation split (seeded)."""
    from sklearn.model_selection import train_test_split

    idx = np.arange(len(y))
    rest, val = train_test_split(idx, test_size=n_val, stratify=y.numpy(), random_state=seed)
    train, probe = train_test_split(rest, test_size=n_probe, stratify=y.numpy()[rest], random_state=seed)
    return (x[train], y[train]), (x[probe], y[probe]), (x[val], y[val])


def digits(seed: int, image: bool = False):
    """sklearn's digits (1,797 samples) scaled to [0, 1]: 997 train, 400 probe, 400 validation."""
    from sklearn.datasets import load_digits

    d = load_digits()
    x = torch.tensor(d.data / 16.0, dtype=torch.float32)
    if image:
        x = x.view(-1, 1, 8, 8)
    return _split(x, torch.tensor(d.target), seed)


def synthetic_images(seed: int, n: int = 2800):
    """10 classes of 16 × 16 images: a class template (random smooth pattern, fixed by ``seed``) shifted by up to
    ±2 pixels, scaled by 0.7–1.3, plus Gaussian noise (σ = 0.6)."""
    g = np.random.default_rng(seed)
    coarse = g.normal(size=(10, 4, 4))
    templates = np.kron(coarse, np.ones((4, 4)))  # 16 × 16 blocks
    templates = (templates + np.roll(templates, 1, 1) + np.roll(templates, 1, 2)) / 3
    y = g.integers(0, 10, size=n)
    x = np.empty((n, 1, 16, 16), dtype=np.float32)
    for i, c in enumerate(y):
        img = np.roll(templates[c], (g.integers(-2, 3), g.integers(-2, 3)), axis=(0, 1))
        x[i, 0] = img * g.uniform(0.7, 1.3) + g.normal(scale=0.6, size=(16, 16))
    return _split(torch.from_numpy(x), torch.from_numpy(y), seed)


def mnist1d_sequences(seed: int):
    """mnist1d (Greydanus 2020), generated locally by the ``mnist1d`` package: 4,000 sequences of 40 steps (10 digit
    templates, padded, translated, sheared, scaled, with correlated and iid noise), as (N, 40, 1)."""
    from mnist1d.data import get_dataset_args, make_dataset

    args = get_dataset_args()
    args.num_samples, args.seed = 4000, seed
    d = make_dataset(args)
    x = np.concatenate([d["x"], d["x_test"]]).astype(np.float32)[:, :, None]
    y = np.concatenate([d["y"], d["y_test"]]).astype(np.int64)
    return _split(torch.from_numpy(x), torch.from_numpy(y), seed)


def synthetic_sequences(seed: int, n: int = 2800, length: int = 40):
    """10 classes of 1D sequences (mnist1d-like): a class waveform (sum of 3 random sinusoids, fixed by ``seed``)
    shifted in time by up to ±6 steps, scaled by 0.6–1.4, plus a random linear trend and Gaussian noise (σ = 0.5)."""
    g = np.random.default_rng(seed)
    t = np.arange(length) / length
    freq, phase, amp = g.uniform(1, 4, (10, 3)), g.uniform(0, 2 * np.pi, (10, 3)), g.uniform(0.5, 1.0, (10, 3))
    waves = (amp[:, :, None] * np.sin(2 * np.pi * freq[:, :, None] * t + phase[:, :, None])).sum(1)
    y = g.integers(0, 10, size=n)
    x = np.empty((n, length, 1), dtype=np.float32)
    for i, c in enumerate(y):
        seq = np.roll(waves[c], g.integers(-6, 7)) * g.uniform(0.6, 1.4)
        x[i, :, 0] = seq + g.uniform(-1, 1) * (t - 0.5) + g.normal(scale=0.5, size=length)
    return _split(torch.from_numpy(x), torch.from_numpy(y), seed)


# -------------------------------------------------------------------------------------------------------- models


def mlp(sizes=(64, 128, 64, 32, 10)) -> nn.Sequential:
    """Linear/ReLU stack; the hidden representations are ``net.1``, ``net.3``, … (odd indices)."""
    layers: list[nn.Module] = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:], strict=True)):
        layers.append(nn.Linear(a, b))
        if i < len(sizes) - 2:
            layers.append(nn.ReLU())
    return nn.Sequential(*layers)


class CNN(nn.Module):
    """Two conv blocks (ReLU, pooling) and a two-layer head."""

    def __init__(self, classes: int = 10, width: int = 16) -> None:
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, width, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                                      nn.Conv2d(width, 2 * width, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(2))
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(8 * width, 64), nn.ReLU(), nn.Linear(64, classes))

    def forward(self, x):
        return self.head(self.features(x))


CNN_LAYERS = ["net.features.1", "net.features.4", "net.head.2"]


class TinyTransformer(nn.Module):
    """Token embedding of each time step + learned positions, 2 pre-norm encoder layers (d = 32, 4 heads), mean
    pooling, linear head."""

    def __init__(self, length: int = 40, d: int = 32, classes: int = 10) -> None:
        super().__init__()
        self.embed = nn.Linear(1, d)
        self.pos = nn.Parameter(torch.randn(1, length, d) * 0.1)
        layer = nn.TransformerEncoderLayer(d, 4, 64, dropout=0.0, batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)
        self.pool = nn.Identity()
        self.head = nn.Linear(d, classes)

    def forward(self, x):
        h = self.encoder(self.embed(x) + self.pos)
        return self.head(self.pool(h.mean(1)))


SEQ_LAYERS = ["net.encoder.layers.0", "net.encoder.layers.1", "net.head:input"]


class Conv1DNet(nn.Module):
    """Three 1D conv blocks and a linear head (sequences arrive as (N, T, 1))."""

    def __init__(self, classes: int = 10, c: int = 32) -> None:
        super().__init__()
        self.conv1 = nn.Sequential(nn.Conv1d(1, c, 5, padding=2), nn.ReLU())
        self.conv2 = nn.Sequential(nn.Conv1d(c, c, 3, padding=1, stride=2), nn.ReLU())
        self.conv3 = nn.Sequential(nn.Conv1d(c, c, 3, padding=1, stride=2), nn.ReLU())
        self.fc = nn.Linear(c * 10, classes)

    def forward(self, x):
        return self.fc(self.conv3(self.conv2(self.conv1(x.transpose(1, 2)))).flatten(1))


CONV1D_LAYERS = ["net.conv2", "net.conv3", "net.fc:input"]


# ------------------------------------------------------------------------------------------------------ training


def make_module(net: nn.Module, optimiser: str, lr: float, weight_decay: float, schedule: str | None,
                steps_per_epoch: int):
    import lightning.pytorch as pl

    class Classifier(pl.LightningModule):
        def __init__(self) -> None:
            super().__init__()
            self.net = net

        def forward(self, x):
            return self.net(x)

        def training_step(self, batch, batch_idx):
            x, y = batch
            return nn.functional.cross_entropy(self(x), y)

        def configure_optimizers(self):
            params = self.parameters()
            if optimiser == "sgd":
                opt = torch.optim.SGD(params, lr=lr, momentum=0.9, weight_decay=weight_decay)
            elif optimiser == "adam":
                opt = torch.optim.Adam(params, lr=lr, weight_decay=weight_decay)
            elif optimiser == "adamw":
                opt = torch.optim.AdamW(params, lr=lr, weight_decay=weight_decay)
            else:
                raise ValueError(f"optimiser {optimiser!r}; use 'sgd', 'adam' or 'adamw'")
            if schedule is None:
                return opt
            total, warm = EPOCHS * steps_per_epoch, 2 * steps_per_epoch

            def factor(step: int) -> float:
                if schedule == "warmup":
                    return min(1.0, (step + 1) / warm)
                if schedule == "cosine":
                    return 0.5 * (1 + math.cos(math.pi * min(step, total) / total))
                if schedule == "warmup_cosine":
                    if step < warm:
                        return (step + 1) / warm
                    return 0.5 * (1 + math.cos(math.pi * (step - warm) / (total - warm)))
                raise ValueError(f"schedule {schedule!r}; use None, 'warmup', 'cosine' or 'warmup_cosine'")

            sched = torch.optim.lr_scheduler.LambdaLR(opt, factor)
            return {"optimizer": opt, "lr_scheduler": {"scheduler": sched, "interval": "step"}}

    return Classifier()


class MutableTrain(torch.utils.data.Dataset):
    """The training set, whose labels and index map a fault may change mid-training (a data-pipeline bug)."""

    def __init__(self, x: torch.Tensor, y: torch.Tensor) -> None:
        self.x, self.y = x, y.clone()
        self.index = torch.arange(len(y))

    def __len__(self) -> int:
        return len(self.y)

    def __getitem__(self, i):
        j = int(self.index[i])
        return self.x[j], self.y[j]


# Faults: called at the start of every training epoch from ONSET on, with (epoch, module, optimiser, train set, rng).
Fault = Callable[[int, object, torch.optim.Optimizer, MutableTrain, np.random.Generator], None]


def lr_growth(factor: float) -> Fault:
    def fault(epoch, module, opt, train, g):
        for group in opt.param_groups:
            group["lr"] *= factor
    return fault


def kill_relus(linear: str, per_epoch: int) -> Fault:
    """Every epoch, ``per_epoch`` more units behind ``linear`` get a bias of −50: dead ReLUs, which get no gradient."""
    def fault(epoch, module, opt, train, g):
        layer = module.get_submodule(linear)
        k = min(layer.bias.numel(), per_epoch * (epoch - ONSET + 1))
        with torch.no_grad():
            layer.bias[:k] = -50.0
    return fault


def weight_decay_to(value: float) -> Fault:
    def fault(epoch, module, opt, train, g):
        for group in opt.param_groups:
            group["weight_decay"] = value
    return fault


def scale_weights(factor: float) -> Fault:
    """Every Linear weight × ``factor`` each epoch: activations of an unnormalised deep net grow geometrically."""
    def fault(epoch, module, opt, train, g):
        with torch.no_grad():
            for m in module.modules():
                if isinstance(m, nn.Linear):
                    m.weight.mul_(factor)
    return fault


def weight_decay_growth(factor: float) -> Fault:
    """Weight decay × ``factor`` per epoch from the onset (a mis-set decay schedule): the representation shrinks."""
    def fault(epoch, module, opt, train, g):
        for group in opt.param_groups:
            group["weight_decay"] *= factor
    return fault


def label_noise_growth(per_epoch: float) -> Fault:
    """Every epoch from the onset another ``per_epoch`` of the training labels become random other classes (a
    labelling pipeline degrading); the wrong labels stay."""
    def fault(epoch, module, opt, train, g):
        idx = torch.from_numpy(g.choice(len(train.y), int(per_epoch * len(train.y)), replace=False))
        train.y[idx] = (train.y[idx] + torch.from_numpy(g.integers(1, 10, idx.numel()))) % 10
    return fault


def label_noise(fraction: float) -> Fault:
    """At the onset, ``fraction`` of the training labels are replaced by random other classes (kept from then on)."""
    def fault(epoch, module, opt, train, g):
        if epoch == ONSET:
            idx = torch.from_numpy(g.choice(len(train.y), int(fraction * len(train.y)), replace=False))
            train.y[idx] = (train.y[idx] + torch.from_numpy(g.integers(1, 10, idx.numel()))) % 10
    return fault


def shuffled_labels() -> Fault:
    """At the onset the training labels are permuted (inputs and labels no longer match; kept from then on)."""
    def fault(epoch, module, opt, train, g):
        if epoch == ONSET:
            train.y = train.y[torch.from_numpy(g.permutation(len(train.y)))]
    return fault


def class_removed(c: int) -> Fault:
    """From the onset class ``c`` is missing from the training stream: its samples are replaced by others'."""
    def fault(epoch, module, opt, train, g):
        if epoch == ONSET:
            mine = (train.y == c).nonzero().flatten()
            others = (train.y != c).nonzero().flatten()
            train.index[mine] = others[torch.from_numpy(g.integers(0, others.numel(), mine.numel()))]
    return fault


@dataclass
class Spec:
    name: str
    kind: str  # "healthy" | "failure"
    describe: str
    data: Callable
    net: Callable[[], nn.Module]
    layers: list[str]
    optimiser: str
    lr: float
    weight_decay: float = 0.0
    schedule: str | None = None
    fault: Fault | None = None
    batch: int = 64
    seed: int = 0
    demo: bool = False
    onset_kind: str = ""  # failures: "abrupt" (full strength at the onset) or "gradual" (grows from a small step)


@dataclass
class Result:
    spec: Spec
    val: dict[int, float]  # epoch → validation loss
    metrics: object  # RunMetrics
    callback_alerts: list
    seconds: float
    accuracy: float
    notes: list[str] = field(default_factory=list)

    @property
    def onset(self) -> int | None:
        return ONSET + 1 if self.spec.kind == "failure" else None

    @property
    def transient(self) -> int | None:
        """A run labelled healthy: the epoch its validation loss lost all progress (``lost_all_progress``), if any."""
        return lost_all_progress(self.val) if self.spec.kind == "healthy" else None

    @property
    def kind(self) -> str:
        return "transient" if self.transient is not None else self.spec.kind


class SavedMetrics:
    """What the scoring reads of a ``RunMetrics``, from a ``--save`` file (``--load`` re-scores without fitting)."""

    def __init__(self, saved: dict) -> None:
        self._series, self.layers = saved["series"], saved["layers"]
        self._timeline, self._outcome = saved["timeline"], saved["probe"]

    def series(self):
        return self._series

    def timeline(self):
        return self._timeline

    def outcome_series(self):
        return self._outcome


def fit(spec: Spec, root: Path) -> Result:
    import lightning.pytorch as pl
    from torch.utils.data import DataLoader

    from latentris_lightning import Latentris, compute_run_metrics, load_run

    out = root / spec.name
    start = time.perf_counter()
    if spec.demo:
        from latentris_lightning.demo import run_demo

        run_demo(out, seed=spec.seed, export=False, progress=False)
        run = load_run(out)
        metrics = compute_run_metrics(run)
        # the demo's probe is its validation set: its val loss is the probe loss at the epoch-end snapshots
        loss = metrics.probe_series()["loss"]
        val = {s.epoch: float(loss[s.index]) for s in run.snapshots if s.kind == "epoch"}
        return Result(spec, val, metrics, list(run.alerts or []), time.perf_counter() - start,
                      float(metrics.probe_series()["accuracy"][-1]),
                      ["demo: val loss read at its snapshots (epochs 0–6, 8, 10, 12, 15, 20), not every epoch"])

    pl.seed_everything(spec.seed, workers=True, verbose=False)
    (x_tr, y_tr), probe, (x_val, y_val) = spec.data(spec.seed)
    train = MutableTrain(x_tr, y_tr)
    loader = DataLoader(train, batch_size=spec.batch, shuffle=True)
    net = spec.net()
    module = make_module(net, spec.optimiser, spec.lr, spec.weight_decay, spec.schedule, len(loader))
    val: dict[int, float] = {}
    fault_rng = np.random.default_rng(spec.seed + 1000)

    class Watch(pl.Callback):
        """The planted fault (from ONSET on) and the validation loss after every epoch."""

        def on_train_epoch_start(self, trainer, pl_module):
            if spec.fault is not None and trainer.current_epoch >= ONSET:
                spec.fault(trainer.current_epoch, pl_module, trainer.optimizers[0], train, fault_rng)

        def _validate(self, trainer, pl_module, done: bool):
            was = pl_module.training
            pl_module.eval()
            with torch.no_grad():
                val[trainer.current_epoch + int(done)] = float(nn.functional.cross_entropy(pl_module(x_val), y_val))
            pl_module.train(was)

        def on_train_start(self, trainer, pl_module):
            self._validate(trainer, pl_module, False)

        def on_train_epoch_end(self, trainer, pl_module):
            self._validate(trainer, pl_module, True)

    callback = Latentris(probe=probe, layers=spec.layers, epochs="all", output_dir=out, export_on_fit_end=False,
                         overwrite=True, seed=spec.seed)
    trainer = pl.Trainer(max_epochs=EPOCHS, accelerator="cpu", devices=1, callbacks=[Watch(), callback], logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         deterministic=True)
    trainer.fit(module, loader)
    run = load_run(out)
    metrics = compute_run_metrics(run)
    with torch.no_grad():
        module.eval()
        accuracy = float((module(x_val).argmax(1) == y_val).float().mean())
    return Result(spec, val, metrics, callback.alerts, time.perf_counter() - start, accuracy)


# ------------------------------------------------------------------------------------------------------- the runs


def specs() -> list[Spec]:
    deep = (64, 64, 64, 64, 64, 64, 64, 10)
    deep_layers = ["net.3", "net.7", "net.11"]
    mlp_layers = ["net.1", "net.3", "net.5"]
    dig = digits
    dig_img = lambda seed: digits(seed, image=True)  # noqa: E731
    return [
        # healthy
        Spec("demo", "healthy", "latentris demo as shipped (digits MLP, SGD-m 0.05, 20 epochs, probe = val)",
             dig, mlp, mlp_layers, "sgd", 0.05, demo=True),
        Spec("mlp-sgd-0.01", "healthy", "digits MLP, SGD-m 0.01", dig, mlp, mlp_layers, "sgd", 0.01, seed=1),
        Spec("mlp-sgd-0.05", "healthy", "digits MLP, SGD-m 0.05", dig, mlp, mlp_layers, "sgd", 0.05, seed=2),
        Spec("mlp-sgd-0.2-cos", "healthy", "digits MLP, SGD-m 0.2, cosine", dig, mlp, mlp_layers, "sgd", 0.2,
             schedule="cosine", seed=3),
        Spec("mlp-adam-1e-3", "healthy", "digits MLP, Adam 1e-3", dig, mlp, mlp_layers, "adam", 1e-3, seed=4),
        Spec("mlp-adam-1e-2-warm", "healthy", "digits MLP, Adam 1e-2, 2-epoch warm-up", dig, mlp, mlp_layers, "adam",
             1e-2, schedule="warmup", seed=5),
        Spec("mlp-adamw-3e-3-cos", "healthy", "digits MLP, AdamW 3e-3 wd 0.05, cosine", dig, mlp, mlp_layers,
             "adamw", 3e-3, weight_decay=0.05, schedule="cosine", seed=6),
        Spec("deep-mlp-adam-1e-3", "healthy", "digits 7-layer MLP without normalisation, Adam 1e-3", dig,
             lambda: mlp(deep), deep_layers, "adam", 1e-3, seed=7),
        Spec("cnn-digits-sgd-0.05-cos", "healthy", "digits 8×8 CNN, SGD-m 0.05, cosine", dig_img, CNN, CNN_LAYERS,
             "sgd", 0.05, schedule="cosine", seed=8),
        Spec("cnn-digits-adam-3e-3", "healthy", "digits 8×8 CNN, Adam 3e-3", dig_img, CNN, CNN_LAYERS, "adam", 3e-3,
             seed=9),
        Spec("cnn-synth-adam-1e-3", "healthy", "synthetic 16×16 images, CNN, Adam 1e-3", synthetic_images, CNN,
             CNN_LAYERS, "adam", 1e-3, seed=10),
        Spec("cnn-synth-adamw-3e-3-wc", "healthy", "synthetic 16×16 images, CNN, AdamW 3e-3, warm-up + cosine",
             synthetic_images, CNN, CNN_LAYERS, "adamw", 3e-3, weight_decay=0.01, schedule="warmup_cosine", seed=11),
        Spec("conv1d-seq-sgd-0.02", "healthy", "synthetic sequences, 1D CNN, SGD-m 0.02", synthetic_sequences,
             Conv1DNet, CONV1D_LAYERS, "sgd", 0.02, seed=12),
        Spec("tf-seq-adamw-1e-3-wc", "healthy", "synthetic sequences, tiny transformer, AdamW 1e-3, warm-up + cosine",
             synthetic_sequences, TinyTransformer, SEQ_LAYERS, "adamw", 1e-3, weight_decay=0.01,
             schedule="warmup_cosine", seed=13),
        Spec("tf-seq-adam-3e-3", "healthy", "synthetic sequences, tiny transformer, Adam 3e-3", synthetic_sequences,
             TinyTransformer, SEQ_LAYERS, "adam", 3e-3, seed=14),
        # failures (the fault from training epoch ONSET on)
        Spec("conv1d-mnist1d-adam-3e-3", "healthy", "mnist1d, 1D CNN, Adam 3e-3", mnist1d_sequences, Conv1DNet,
             CONV1D_LAYERS, "adam", 3e-3, seed=15),
        Spec("tf-mnist1d-adamw-3e-3-wc", "healthy", "mnist1d, tiny transformer, AdamW 3e-3, warm-up + cosine",
             mnist1d_sequences, TinyTransformer, SEQ_LAYERS, "adamw", 3e-3, weight_decay=0.01,
             schedule="warmup_cosine", seed=16),
        # failures (the fault from training epoch ONSET on); abrupt: at full strength from the onset (or doubling
        # every epoch); gradual: a small step at the onset that grows every epoch
        Spec("lr-blowup", "failure", "digits MLP, SGD-m 0.05; lr ×2 per epoch", dig, mlp, mlp_layers, "sgd", 0.05,
             fault=lr_growth(2.0), seed=21, onset_kind="abrupt"),
        Spec("lr-blowup-cnn", "failure", "synthetic images CNN, Adam 1e-3; lr ×2 per epoch", synthetic_images, CNN,
             CNN_LAYERS, "adam", 1e-3, fault=lr_growth(2.0), seed=22, onset_kind="abrupt"),
        Spec("dead-relu", "failure", "digits MLP, Adam 1e-3; 16 more of net.3's 64 ReLUs killed per epoch", dig, mlp,
             mlp_layers, "adam", 1e-3, fault=kill_relus("net.2", 16), seed=23, onset_kind="abrupt"),
        Spec("weight-decay", "failure", "digits MLP, AdamW 1e-3; weight decay 0.01 → 20", dig, mlp, mlp_layers,
             "adamw", 1e-3, weight_decay=0.01, fault=weight_decay_to(20.0), seed=24, onset_kind="abrupt"),
        Spec("exploding", "failure", "digits 7-layer MLP without normalisation, Adam 2e-3; weights ×1.3 per epoch",
             dig, lambda: mlp(deep), deep_layers, "adam", 2e-3, fault=scale_weights(1.3), seed=25,
             onset_kind="abrupt"),
        Spec("label-noise", "failure", "digits wide MLP, Adam 3e-3; 50 % of training labels wrong", dig,
             lambda: mlp((64, 512, 256, 10)), ["net.1", "net.3", "net.4:input"], "adam", 3e-3,
             fault=label_noise(0.5), seed=26, onset_kind="abrupt"),
        Spec("shuffled-labels", "failure", "synthetic sequences, 1D CNN, Adam 1e-3; training labels permuted",
             synthetic_sequences, Conv1DNet, CONV1D_LAYERS, "adam", 1e-3, fault=shuffled_labels(), seed=27,
             onset_kind="abrupt"),
        Spec("class-removed", "failure", "digits CNN, Adam 3e-3; class 3 removed from the training stream", dig_img,
             CNN, CNN_LAYERS, "adam", 3e-3, fault=class_removed(3), seed=28, onset_kind="abrupt"),
        Spec("lr-blowup-slow", "failure", "digits MLP, SGD-m 0.05; lr ×1.3 per epoch", dig, mlp, mlp_layers, "sgd",
             0.05, fault=lr_growth(1.3), seed=29, onset_kind="gradual"),
        Spec("lr-ramp-cnn", "failure", "synthetic images CNN, Adam 1e-3; lr ×1.3 per epoch", synthetic_images, CNN,
             CNN_LAYERS, "adam", 1e-3, fault=lr_growth(1.3), seed=30, onset_kind="gradual"),
        Spec("lr-ramp-tf", "failure", "mnist1d, tiny transformer, AdamW 1e-3; lr ×1.3 per epoch", mnist1d_sequences,
             TinyTransformer, SEQ_LAYERS, "adamw", 1e-3, weight_decay=0.01, fault=lr_growth(1.3), seed=31,
             onset_kind="gradual"),
        Spec("dead-relu-slow", "failure", "digits MLP, Adam 1e-3; 4 more of net.3's 64 ReLUs killed per epoch", dig,
             mlp, mlp_layers, "adam", 1e-3, fault=kill_relus("net.2", 4), seed=32, onset_kind="gradual"),
        Spec("weight-decay-ramp", "failure", "digits MLP, AdamW 1e-3; weight decay 0.01 × 3 per epoch", dig, mlp,
             mlp_layers, "adamw", 1e-3, weight_decay=0.01, fault=weight_decay_growth(3.0), seed=33,
             onset_kind="gradual"),
        Spec("exploding-slow", "failure", "digits 7-layer MLP without normalisation, Adam 2e-3; weights ×1.05 per "
             "epoch", dig, lambda: mlp(deep), deep_layers, "adam", 2e-3, fault=scale_weights(1.05), seed=34,
             onset_kind="gradual"),
        Spec("label-noise-growth", "failure", "digits wide MLP, Adam 3e-3; another 10 % of training labels wrong per "
             "epoch", dig, lambda: mlp((64, 512, 256, 10)), ["net.1", "net.3", "net.4:input"], "adam", 3e-3,
             fault=label_noise_growth(0.1), seed=35, onset_kind="gradual"),
    ]


# ------------------------------------------------------------------------------------------------------- scoring


def val_shows(val: dict[int, float], onset: int | None) -> int | None:
    """The first epoch e ≥ 2 (and ≥ onset) whose val loss exceeds (1 + VAL_MARGIN) × its minimum over the earlier
    epochs, or is not finite."""
    epochs = sorted(val)
    for i, e in enumerate(epochs):
        earlier = [val[d] for d in epochs[:i] if math.isfinite(val[d])]
        if e < max(2, onset or 0) or not earlier:
            continue
        if not math.isfinite(val[e]) or val[e] > (1 + VAL_MARGIN) * min(earlier):
            return e
    return None


def rules_for(loss_rise: float, separation_drop: float, train_loss_rise: float = 0.05):
    from latentris_lightning.analysis.alerts import check_rules

    outcome = {"loss_rise": loss_rise, "train_loss_rise": train_loss_rise}
    layer_rules = {**outcome, "separation_drop": separation_drop}
    return check_rules({"collapse": layer_rules, "drift_spike": layer_rules, "divergence": layer_rules,
                        "separation_regression": outcome, "dead_units_rising": outcome})


def lost_all_progress(val: dict[int, float]) -> int | None:
    """The first epoch ≥ 1 whose validation loss is at or above its untrained value (epoch 0) or non-finite: the run
    lost all it had learnt there, whether or not it recovers later. A run labelled healthy that does this is reported
    as **transient** (apart from the healthy runs): an alert there is right, not a false alarm."""
    for e in sorted(val):
        if e >= 1 and (not math.isfinite(val[e]) or val[e] >= val[0]):
            return e
    return None


def alerts_for(result: Result, rules) -> list:
    from latentris_lightning.analysis.alerts import evaluate

    m = result.metrics
    return evaluate(rules, m.series(), m.layers, m.timeline(), m.outcome_series())


@dataclass
class Row:
    result: Result
    alerts: list
    first: object | None  # the first alert counted (healthy: any; failure: at/after the onset)
    early: list  # failure runs: alerts before the onset
    shows: int | None
    lead: int | None


def score(result: Result, alerts: list) -> Row:
    onset = result.onset
    shows = val_shows(result.val, onset)
    if onset is None and result.transient is not None:
        shows = result.transient
    if onset is None:
        return Row(result, alerts, alerts[0] if alerts else None, [], shows, None)
    early = [a for a in alerts if a.epoch < onset]
    late = [a for a in alerts if a.epoch >= onset]
    first = late[0] if late else None
    lead = shows - first.epoch if first is not None and shows is not None else None
    return Row(result, alerts, first, early, shows, lead)


def summary(rows: list[Row]) -> dict:
    healthy = [r for r in rows if r.result.onset is None and r.result.transient is None]
    transient = [r for r in rows if r.result.onset is None and r.result.transient is not None]
    failures = [r for r in rows if r.result.onset is not None]
    leads = [r.lead for r in failures if r.lead is not None]
    # the most any alert could lead: one at the onset itself (an earlier one is a false alarm)
    ceiling = [r.shows - r.result.onset for r in failures if r.shows is not None]
    by_kind = {}
    for kind in ("abrupt", "gradual"):
        mine = [r.lead for r in failures if r.lead is not None and r.result.spec.onset_kind == kind]
        by_kind[kind] = statistics.median(mine) if mine else None
    return {"median_lead_abrupt": by_kind["abrupt"], "median_lead_gradual": by_kind["gradual"],
            "detected_abrupt": sum(r.first is not None for r in failures if r.result.spec.onset_kind == "abrupt"),
            "detected_gradual": sum(r.first is not None for r in failures if r.result.spec.onset_kind == "gradual"),
            "never_shows": sum(r.first is not None and r.shows is None for r in failures),
            "healthy_runs": len(healthy), "healthy_alerts": sum(len(r.alerts) for r in healthy),
            "healthy_runs_alerted": sum(bool(r.alerts) for r in healthy),
            "transient_runs": len(transient), "transient_alerts": sum(len(r.alerts) for r in transient),
            "transient_caught": sum(any(a.epoch <= r.shows for a in r.alerts) for r in transient),
            "lead_ceiling": statistics.median(ceiling) if ceiling else None,
            "failures": len(failures), "detected": sum(r.first is not None for r in failures),
            "pre_onset_alerts": sum(len(r.early) for r in failures),
            "median_lead_epochs": statistics.median(leads) if leads else None, "leads": leads}


def fmt(s: dict) -> str:
    lead = "–" if s["median_lead_epochs"] is None else f"{s['median_lead_epochs']:g}"
    return (f"healthy runs {s['healthy_runs']}, healthy alerts {s['healthy_alerts']} (on "
            f"{s['healthy_runs_alerted']} runs), transient {s['transient_runs']} ({s['transient_alerts']} alerts), "
            f"failures {s['failures']}, detected {s['detected']}, alerts before "
            f"the onset {s['pre_onset_alerts']}, median lead {lead} (leads {s['leads']}; abrupt "
            f"{_num(s['median_lead_abrupt'])}, gradual {_num(s['median_lead_gradual'])}; detected abrupt "
            f"{s['detected_abrupt']}, gradual {s['detected_gradual']}; detected but the val loss never shows it "
            f"{s['never_shows']}; ceiling {_num(s['lead_ceiling'])})")


def _num(x) -> str:
    return "–" if x is None else f"{x:g}"


def table(rows: list[Row], tune: set[str]) -> None:
    print("| run | kind | onset type | half | seed | set-up | final val acc | onset | val loss shows | first alert "
          "(epoch, rule, layer, severity) | lead | alerts |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        s = r.result.spec
        first = "–" if r.first is None else f"{r.first.epoch} ({r.first.rule}, {r.first.layer}, {r.first.severity})"
        if r.early:
            first += f"; {len(r.early)} before the onset (first: epoch {r.early[0].epoch}, {r.early[0].rule})"
        half = "tune" if s.name in tune else "report"
        print(f"| {s.name} | {r.result.kind} | {s.onset_kind or '–'} | {half} | {s.seed} | {s.describe} | "
              f"{r.result.accuracy:.3f} | {r.result.onset or '–'} | {'–' if r.shows is None else r.shows} | {first} | "
              f"{'–' if r.lead is None else r.lead} | {len(r.alerts)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", default=None, help="run only these (by name)")
    parser.add_argument("--save", type=Path, default=None,
                        help="also write every run's metric series and validation losses here (a pickle of arrays)")
    parser.add_argument("--out", type=Path, default=None, help="where the runs go (default: a temporary folder)")
    parser.add_argument("--load", type=Path, default=None,
                        help="re-score the runs of a --save file instead of fitting them (the rules as they are now)")
    args = parser.parse_args()
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    os.environ.setdefault("NUMBA_CACHE_DIR", "/tmp/numba-cache")
    for name in ("lightning.pytorch", "lightning.fabric", "latentris_lightning"):
        logging.getLogger(name).setLevel(logging.WARNING)
    import warnings

    warnings.filterwarnings("ignore", message=".*does not have many workers.*")
    warnings.filterwarnings("ignore", message=".*LightningModule.*validation.*")

    all_specs = specs()
    if args.only:
        unknown = sorted(set(args.only) - {s.name for s in all_specs})
        if unknown:
            parser.error(f"unknown runs {unknown}; choose from {[s.name for s in all_specs]}")
        all_specs = [s for s in all_specs if s.name in args.only]

    # the seeded split: half of the healthy runs and half of the failures choose the thresholds
    g = np.random.default_rng(SPLIT_SEED)
    tune: set[str] = set()
    for kind in ("healthy", "failure"):
        names = [s.name for s in all_specs if s.kind == kind]
        tune |= set(g.permutation(names)[: (len(names) + 1) // 2].tolist()) if names else set()
    print(f"{len(all_specs)} runs, {EPOCHS} epochs (demo: 20), faults from training epoch {ONSET} (onset = epoch "
          f"{ONSET + 1}), val-loss margin {VAL_MARGIN:.0%}, split seed {SPLIT_SEED}, torch threads "
          f"{torch.get_num_threads()}")

    if args.load is not None:
        import pickle

        saved = {run["name"]: run for run in pickle.loads(args.load.read_bytes())}
        missing = [spec.name for spec in all_specs if spec.name not in saved]
        if missing:
            parser.error(f"{args.load} holds no runs {missing}")
        results = [Result(spec, saved[spec.name]["val"], SavedMetrics(saved[spec.name]), [], 0.0,
                          saved[spec.name].get("accuracy", math.nan))
                   for spec in all_specs]
        print(f"re-scored from {args.load}: no fits, the callback's alerts not compared")
    with tempfile.TemporaryDirectory(prefix="latentris-alerts-") as tmp:
        root = args.out or Path(tmp)
        if args.load is None:
            results = []
        start = time.perf_counter()
        for spec in all_specs if args.load is None else []:
            result = fit(spec, root)
            results.append(result)
            default = alerts_for(result, rules_for(0.25, 0.1))
            key = lambda a: (a.rule, a.layer, a.snapshot)  # noqa: E731
            cb = sorted(key(a) if not isinstance(a, dict) else (a["rule"], a["layer"], a["snapshot"])
                        for a in result.callback_alerts)
            if cb != sorted(key(a) for a in default):
                raise SystemExit(f"{spec.name}: the callback's alerts {cb} differ from the offline evaluation "
                                 f"{sorted(key(a) for a in default)}")
            print(f"{spec.name:26s} {spec.kind:8s} seed {spec.seed:2d}: {result.seconds:5.1f} s, final val acc "
                  f"{result.accuracy:.3f}, {len(result.callback_alerts)} alerts (default rules), val loss "
                  + " ".join(f"{result.val[e]:.3f}" for e in sorted(result.val)), flush=True)
        print(f"all fits: {time.perf_counter() - start:.0f} s")
    if args.save is not None:
        import pickle

        saved = [{"name": r.spec.name, "kind": r.spec.kind, "onset_kind": r.spec.onset_kind, "onset": r.onset,
                  "val": r.val, "series": r.metrics.series(), "layers": list(r.metrics.layers),
                  "timeline": r.metrics.timeline(), "probe": r.metrics.outcome_series(), "accuracy": r.accuracy}
                 for r in results]
        args.save.write_bytes(pickle.dumps(saved))

    grid = [(lr, sd, tr) for lr in GRID_LOSS_RISE for sd in GRID_SEPARATION_DROP for tr in GRID_TRAIN_LOSS_RISE]
    by_setting = {p: [score(r, alerts_for(r, rules_for(*p))) for r in results] for p in grid}

    def rank(p):
        s = summary([row for row in by_setting[p] if row.result.spec.name in tune])
        lead = s["median_lead_epochs"] if s["median_lead_epochs"] is not None else -math.inf
        return (s["healthy_alerts"], -s["detected"], -lead, grid.index(p))

    print("\nthreshold grid (loss_rise, separation_drop, train_loss_rise; the same for every rule), tuning half | all "
          "runs:")
    for p in grid:
        rows = by_setting[p]
        print(f"  {p}: tune: {fmt(summary([r for r in rows if r.result.spec.name in tune]))}")
        print(f"  {' ' * len(str(p))}  all:  {fmt(summary(rows))}")
    chosen = min(grid, key=rank)
    rows = by_setting[chosen]
    print(f"\nchosen on the tuning half: loss_rise={chosen[0]}, separation_drop={chosen[1]}, "
          f"train_loss_rise={chosen[2]}")
    print(f"  tuning half:    {fmt(summary([r for r in rows if r.result.spec.name in tune]))}")
    print(f"  reporting half: {fmt(summary([r for r in rows if r.result.spec.name not in tune]))}")
    print(f"  all runs:       {fmt(summary(rows))}\n")
    table(rows, tune)
    for r in rows:
        for note in r.result.notes:
            print(f"note: {note}")
        for a in (r.alerts[:3] if r.result.onset is None else ([r.first] if r.first else [])):
            print(f"{r.result.spec.name}: {a}")
    s = summary(rows)
    lead = "None" if s["median_lead_epochs"] is None else f"{s['median_lead_epochs']:g}"
    print(f"RESULT healthy_runs={s['healthy_runs']} healthy_alerts={s['healthy_alerts']} failures={s['failures']} "
          f"detected={s['detected']} median_lead_epochs={lead} median_lead_abrupt={_num(s['median_lead_abrupt'])} "
          f"median_lead_gradual={_num(s['median_lead_gradual'])} lead_ceiling={_num(s['lead_ceiling'])} "
          f"transient_runs={s['transient_runs']} transient_alerts={s['transient_alerts']}")


if __name__ == "__main__":
    main()
