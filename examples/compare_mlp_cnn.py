"""An MLP and a small CNN learn sklearn's 8×8 digits on the same probe; one site compares them side by side.

    python examples/compare_mlp_cnn.py --epochs 8 --out latentris-compare
    # then open latentris-compare/site/index.html

The experiment of Cantareira et al. (an MLP and a CNN on the same samples), on data that needs no download: both
models are watched by the callback (no site of their own), then `export_compare` projects both runs' layers into one
aligned space, so a digit sits in comparable places in both models' views, and adds the cross-run CKA heatmap. The
same site from the command line:

    latentris export latentris-compare/mlp latentris-compare/cnn --out latentris-compare/site --names MLP,CNN
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import lightning.pytorch as pl
from torch import nn
from torch.utils.data import DataLoader

from latentris_lightning import Latentris, export_compare
from latentris_lightning.demo import DigitsMLP, digits_splits


class DigitsCNN(DigitsMLP):
    """The 64 pixels as an 8×8 image: two 3×3 convolutions (16 and 32 channels), pooling, a linear head."""

    def __init__(self, lr: float = 0.05) -> None:
        super().__init__(lr)
        self.net = nn.Sequential(
            nn.Unflatten(1, (1, 8, 8)),
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(32 * 4 * 4, 32), nn.ReLU(), nn.Linear(32, 10),
        )


#: per model: its class and the three hidden representations watched (conv maps are average-pooled by the capture)
MODELS = {"MLP": (DigitsMLP, ["net.1", "net.3", "net.5"]), "CNN": (DigitsCNN, ["net.2", "net.5", "net.8"])}


def train(name: str, out: Path, epochs: int, seed: int) -> Path:
    """Train one model with the callback watching the validation digits; returns its run directory."""
    pl.seed_everything(seed, verbose=False)
    train_set, val_set = digits_splits(seed)
    model_class, layers = MODELS[name]
    callback = Latentris(
        probe=val_set,  # the same samples for both models: what makes the comparison meaningful
        layers=layers,
        epochs=sorted({0, 1, 2, 4, 8, epochs} & set(range(epochs + 1))),
        class_names=[f"digit {d}" for d in range(10)],
        output_dir=out / name.lower(),
        overwrite=True,
        export_on_fit_end=False,
        seed=seed,
    )
    trainer = pl.Trainer(max_epochs=epochs, callbacks=[callback], logger=False, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, accelerator="cpu")
    trainer.fit(model_class(), DataLoader(train_set, batch_size=64, shuffle=True), DataLoader(val_set, batch_size=256))
    return out / name.lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--out", default="latentris-compare")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    out = Path(args.out)
    start = time.perf_counter()
    runs = [train(name, out, args.epochs, args.seed) for name in MODELS]
    trained = time.perf_counter()
    index = export_compare(runs, out / "site", names=list(MODELS), seed=args.seed)
    print(f"trained both models in {trained - start:.0f} s, exported the comparison in "
          f"{time.perf_counter() - trained:.0f} s. Open:\n  {index.resolve().as_uri()}")


if __name__ == "__main__":
    main()
