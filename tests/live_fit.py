"""Run by tests/test_live.py: a slow training run with live=True (killed by the test, or left to finish).

Usage: python tests/live_fit.py OUTPUT_DIR MAX_EPOCHS
"""

import sys
import time
from pathlib import Path

import lightning.pytorch as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import TinyNet, make_blobs, make_trainer, train_loader  # noqa: E402

from latentris_lightning import Latentris  # noqa: E402


class SlowNet(TinyNet):
    def training_step(self, batch, batch_idx):
        time.sleep(0.05)
        return super().training_step(batch, batch_idx)


pl.seed_everything(0, verbose=False)
callback = Latentris(probe=make_blobs(n=40), epochs="all", output_dir=sys.argv[1], live=True, methods=["pca", "joint"])
make_trainer([callback], max_epochs=int(sys.argv[2])).fit(SlowNet(), train_loader())
