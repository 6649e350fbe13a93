"""``latentris demo``: a small MLP learns sklearn's bundled 8×8 digits on the CPU, watched by the callback.

No download is needed; it takes well under a minute and ends with a site to open.
"""

from __future__ import annotations

import os
from pathlib import Path

import lightning.pytorch as pl
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from latentris_lightning.capture.callback import Latentris


class DigitsMLP(pl.LightningModule):
    """64 → 128 → 64 → 32 → 10 with ReLUs; ``net.1``, ``net.3``, ``net.5`` are the hidden representations."""

    def __init__(self, lr: float = 0.05) -> None:
        super().__init__()
        self.save_hyperparameters()
        self.net = nn.Sequential(
            nn.Linear(64, 128),
            nn.ReLU(),
            nn.Linear(128, 64),
            nn.ReLU(),
            nn.Linear(64, 32),
            nn.ReLU(),
            nn.Linear(32, 10),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)

    def training_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> torch.Tensor:
        x, y = batch
        loss = nn.functional.cross_entropy(self(x), y)
        self.log("train_loss", loss, prog_bar=True)
        return loss

    def validation_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> None:
        x, y = batch
        logits = self(x)
        self.log("val_loss", nn.functional.cross_entropy(logits, y), prog_bar=True)
        self.log("val_acc", (logits.argmax(1) == y).float().mean(), prog_bar=True)

    def configure_optimizers(self) -> torch.optim.Optimizer:
        return torch.optim.SGD(self.parameters(), lr=self.hparams["lr"], momentum=0.9)


def digits_splits(seed: int = 0) -> tuple[TensorDataset, TensorDataset]:
    """Train/validation split (75/25, stratified, seeded) of sklearn's digits, scaled to [0, 1]."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    digits = load_digits()
    x = (digits.data / 16.0).astype(np.float32)
    x_tr, x_va, y_tr, y_va = train_test_split(
        x, digits.target, test_size=0.25, stratify=digits.target, random_state=seed
    )
    return (
        TensorDataset(torch.from_numpy(x_tr), torch.from_numpy(y_tr)),
        TensorDataset(torch.from_numpy(x_va), torch.from_numpy(y_va)),
    )


def run_demo(
    output_dir: str | os.PathLike = "latentris-demo",
    *,
    max_epochs: int = 20,
    seed: int = 0,
    export: bool = True,
    progress: bool = True,
) -> Path:
    """Train the digits MLP with the callback; return the output folder (site in ``site/``, run in ``run/``)."""
    pl.seed_everything(seed, workers=True, verbose=False)
    train, val = digits_splits(seed)
    schedule = sorted({e for e in (0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, max_epochs) if e <= max_epochs})
    callback = Latentris(
        probe=val,
        layers=["net.1", "net.3", "net.5"],
        epochs=schedule,
        steps=[3, 8, 15],  # within the first epoch (22 steps), where most change happens
        class_names=[str(d) for d in range(10)],
        output_dir=output_dir,
        export_on_fit_end=export,
        overwrite=True,
        seed=seed,
        title="Latentris demo · MLP learning sklearn digits",
    )
    trainer = pl.Trainer(
        max_epochs=max_epochs,
        accelerator="cpu",
        devices=1,
        callbacks=[callback],
        logger=False,
        enable_checkpointing=False,
        enable_progress_bar=progress,
        enable_model_summary=False,
        deterministic=True,
    )
    trainer.fit(
        DigitsMLP(),
        DataLoader(train, batch_size=64, shuffle=True),
        DataLoader(val, batch_size=256),
    )
    return Path(output_dir)
