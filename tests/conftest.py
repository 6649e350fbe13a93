"""Shared fixtures: a tiny LightningModule with dropout and batch norm, its data, and an exported demo site."""

from __future__ import annotations

from pathlib import Path

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from latentris_lightning.store.writer import RunWriter


class TinyNet(pl.LightningModule):
    """A model with dropout and batch norm, so any disturbance of RNG or BN statistics shows in the weights."""

    def __init__(self, n_features: int = 8, n_classes: int = 3, dropout: float = 0.3) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_features, 16),
            nn.BatchNorm1d(16),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(16, 8),
            nn.ReLU(),
            nn.Linear(8, n_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def make_blobs(n: int = 96, n_features: int = 8, n_classes: int = 3, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    y = torch.arange(n) % n_classes
    centres = torch.randn(n_classes, n_features, generator=g) * 2
    x = centres[y] + torch.randn(n, n_features, generator=g)
    return x, y


def make_trainer(callbacks=(), max_epochs: int = 3, **kwargs) -> pl.Trainer:
    settings = {
        "accelerator": "cpu",
        "devices": 1,
        "logger": False,
        "enable_checkpointing": any(isinstance(c, pl.callbacks.ModelCheckpoint) for c in callbacks),
        "enable_progress_bar": False,
        "enable_model_summary": False,
        **kwargs,
    }
    return pl.Trainer(max_epochs=max_epochs, callbacks=list(callbacks), **settings)


def train_loader(seed: int = 0, shuffle: bool = True) -> DataLoader:
    x, y = make_blobs(seed=seed)
    return DataLoader(TensorDataset(x, y), batch_size=16, shuffle=shuffle)


def make_run(path, epochs=(0, 1), n=5, dims=(3, 4), dtype="float16"):
    """Write a small synthetic run store; returns the activations written, by epoch and layer."""
    rng = np.random.default_rng(0)
    writer = RunWriter(
        path,
        labels=np.arange(n) % 2,
        class_names=["cat", "dog"],
        layers=[{"name": f"block{i}", "module_type": "Linear"} for i in range(len(dims))],
        config={"seed": 3},
        dtype=dtype,
    )
    written = {}
    for epoch in epochs:
        acts = {f"block{i}": rng.normal(size=(n, d)).astype(np.float32) for i, d in enumerate(dims)}
        writer.write_snapshot(epoch, epoch * 10, acts, np.arange(n) % 2)
        written[epoch] = acts
    return written


@pytest.fixture
def blobs():
    return make_blobs(n=30, seed=1)


@pytest.fixture(scope="session")
def demo_output(tmp_path_factory) -> Path:
    """The real demo pipeline (digits MLP, callback, export), shortened to 6 epochs."""
    from latentris_lightning.demo import run_demo

    out = tmp_path_factory.mktemp("demo") / "latentris"
    run_demo(out, max_epochs=6, progress=False)
    return out


@pytest.fixture(scope="session")
def exported_site(demo_output) -> Path:
    site = demo_output / "site"
    assert (site / "index.html").is_file(), "the demo did not export its site"
    return site
