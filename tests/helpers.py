"""Helpers shared by the test modules (not fixtures: those are in the conftest files).

Import them with ``from helpers import ...`` (``pythonpath = ["tests"]`` in pyproject.toml); tests/ddp_fit.py and
tests/slow_fit.py, run as scripts, put this folder on ``sys.path`` themselves.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import lightning.pytorch as pl
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from latentris_lightning.site import bundle
from latentris_lightning.site.live import LOG
from latentris_lightning.store.reader import load_run
from latentris_lightning.store.writer import RunWriter


# ------------------------------------------------------------------------------------------- a model to train
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
    """Training data and probes for TinyNet, as torch tensors (x float, y long): Gaussian classes, balanced labels."""
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



class TinyBert(pl.LightningModule):
    """A 2-layer BERT classifier built from a ``transformers`` config (never downloaded), trained on dict batches
    ``{"input_ids", "attention_mask", "labels"}`` (:func:`token_batches`); dropout on, so RNG disturbance shows."""

    def __init__(self) -> None:
        from transformers import BertConfig, BertForSequenceClassification

        super().__init__()
        torch.manual_seed(0)
        self.model = BertForSequenceClassification(BertConfig(
            vocab_size=40, hidden_size=16, num_hidden_layers=2, num_attention_heads=2, intermediate_size=24,
            max_position_embeddings=16, num_labels=3))

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids=input_ids, attention_mask=attention_mask).logits

    def training_step(self, batch, batch_idx):
        return nn.functional.cross_entropy(self(batch["input_ids"], batch["attention_mask"]), batch["labels"])

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def token_batches(n: int = 48, seed: int = 0) -> list[dict[str, torch.Tensor]]:
    """``n`` dict samples for :class:`TinyBert`: right-padded ids (pad 0) of lengths 3..12, their mask and a label
    (the class shows in the first token, so training learns)."""
    g = torch.Generator().manual_seed(seed)
    labels = torch.arange(n) % 3
    mask = (torch.arange(12)[None, :] < torch.randint(3, 13, (n,), generator=g)[:, None]).long()
    ids = torch.randint(4, 40, (n, 12), generator=g) * mask
    ids[:, 0] = labels + 1
    return [{"input_ids": ids[i], "attention_mask": mask[i], "labels": labels[i]} for i in range(n)]

# ------------------------------------------------------------------------------------------------ plain data
def blobs(n: int = 120, d: int = 6, c: int = 4, spread: float = 1.0, sep: float = 3.0, seed: int = 0):
    """``(x, y)`` as numpy arrays: ``c`` Gaussian classes of std ``spread`` around centres drawn with std ``sep``,
    labels ``arange(n) % c``."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % c
    centres = rng.normal(size=(c, d)) * sep
    return centres[y] + rng.normal(size=(n, d)) * spread, y


# ------------------------------------------------------------------------------------------------ run stores
def make_run(path, epochs=(0, 1), n=5, dims=(3, 4), dtype="float16"):
    """Write a small synthetic run store (layers ``block0``, ``block1``...); returns the activations written, by
    epoch and layer."""
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


def write_run(path, dims=(5, 8), epochs=(0, 1, 2), n=48, indices=None, seed=0, labels=None, hashes=None):
    """A synthetic run store (layers ``layer0``, ``layer1``..., three classes pulling apart over the epochs) whose
    probe samples carry dataset indices (default 0..n-1) and, if given, hashes; returns the loaded run."""
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % 3 if labels is None else labels
    writer = RunWriter(
        path, labels=labels, class_names=["a", "b", "c"],
        layers=[{"name": f"layer{i}"} for i in range(len(dims))],
        metadata={"indices": np.arange(n) if indices is None else np.asarray(indices)}, hashes=hashes,
    )
    centres = rng.normal(size=(3, 16)) * 3
    for epoch in epochs:
        acts = {f"layer{i}": (centres[labels][:, :d] * (epoch + 1) / 3 + rng.normal(size=(n, d))).astype(np.float32)
                for i, d in enumerate(dims)}
        writer.write_snapshot(epoch, epoch * 10, acts, labels)
    return load_run(path)


DIVERGED_N = 24  # samples in diverged_run


def diverged_run(path, dtype="float16"):
    """Four snapshots of two layers (``l0``, ``l1``) of DIVERGED_N samples: healthy, healthy, three samples NaN/Inf
    (one by float16 overflow) in layer 0, then everything NaN (layer 0) and infinite (layer 1)."""
    n = DIVERGED_N
    rng = np.random.default_rng(0)
    writer = RunWriter(path, labels=np.arange(n) % 3, class_names=["a", "b", "c"],
                       layers=[{"name": "l0"}, {"name": "l1"}], dtype=dtype)
    for epoch in range(4):
        acts = {"l0": rng.normal(size=(n, 5)) + np.arange(n)[:, None] % 3, "l1": rng.normal(size=(n, 4))}
        predictions = np.arange(n) % 3
        if epoch == 2:
            acts["l0"][3] = np.nan
            acts["l0"][7, 1] = np.inf
            acts["l0"][11, 0] = 1e6  # finite in float32, infinite once stored as float16
        if epoch == 3:
            acts["l0"][:] = np.nan
            acts["l1"][:] = np.inf
            predictions = np.full(n, -1)
        writer.write_snapshot(epoch, epoch * 10, acts, predictions)
    return load_run(path)


# ----------------------------------------------------------------------------------------------- site files
DATA_FILE = re.compile(r'latentrisReceive\(("(?:[^"\\]|\\.)*"), "[^"\\]*"(, "b85")?\);\n')


def decode_data_file(text: str) -> tuple[str, dict]:
    """Key and payload of a data file's text, read as the viewer's data module reads it: the file must be exactly one
    call with a JSON key, the packed text and its encoding (then the bundle's own reader decodes it)."""
    assert DATA_FILE.fullmatch(text), text[:120]
    return bundle.read_data_file(text)


def read_data_file(path: Path) -> tuple[str, dict]:
    """Key and payload of the data file at ``path`` (see decode_data_file)."""
    return decode_data_file(Path(path).read_text())


# --------------------------------------------------------------------------------------------------- live mode
def wait_until(condition, timeout: float, what: str, process=None) -> None:
    """Poll ``condition()`` every 50 ms until it is true; fail after ``timeout`` seconds, or at once (with its exit
    code) if ``process``, the child that should make it true, has ended first.

    The timeouts are generous on purpose: they only bound a hung child, and a loaded 2-core CI machine runs the
    niced live exports slowly.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if process is not None and process.poll() is not None and not condition():
            raise AssertionError(f"the child process ended (exit code {process.returncode}) before {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


def live_exports(run_dir: Path) -> list[dict]:
    """The records of the run's live-export log (none before the first export finished)."""
    log = run_dir / LOG
    return [json.loads(line) for line in log.read_text().splitlines()] if log.is_file() else []
