"""Watch an MLP learn sklearn's 8×8 digits (bundled with scikit-learn: no download).

    python examples/digits_mlp.py --epochs 20 --out latentris-digits
    # then open latentris-digits/site/index.html

The same thing as `latentris demo`, written out as you would in your own training script.
"""

from __future__ import annotations

import argparse

import lightning as L
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from latentris_lightning import Latentris


class DigitsDataModule(L.LightningDataModule):
    def __init__(self, batch_size: int = 64, seed: int = 0) -> None:
        super().__init__()
        digits = load_digits()
        x = torch.tensor(digits.data / 16.0, dtype=torch.float32)
        y = torch.tensor(digits.target)
        x_tr, x_va, y_tr, y_va = train_test_split(x, y, test_size=0.25, stratify=y, random_state=seed)
        self.train_set, self.val_set = TensorDataset(x_tr, y_tr), TensorDataset(x_va, y_va)
        self.batch_size = batch_size

    def train_dataloader(self) -> DataLoader:
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True)

    def val_dataloader(self) -> DataLoader:
        return DataLoader(self.val_set, batch_size=256)


class MLP(L.LightningModule):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(),
            nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = nn.functional.cross_entropy(self(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_acc", (self(x).argmax(1) == y).float().mean(), prog_bar=True)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05, momentum=0.9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--out", default="latentris-digits")
    args = parser.parse_args()

    L.seed_everything(0)
    data = DigitsDataModule()
    latentris = Latentris(
        probe=data.val_set,                       # the samples to watch, with their labels
        layers=["net.1", "net.3", "net.5"],       # the three hidden ReLU outputs
        epochs=sorted({0, 1, 2, 5, 10, args.epochs} & set(range(args.epochs + 1))),
        class_names=[f"digit {d}" for d in range(10)],
        output_dir=args.out,
        overwrite=True,
    )
    trainer = L.Trainer(max_epochs=args.epochs, callbacks=[latentris], logger=False, enable_checkpointing=False)
    trainer.fit(MLP(), data)
    print(f"open {latentris.site_dir / 'index.html'}")


if __name__ == "__main__":
    main()
