"""Run by tests/test_crash.py and tests/test_live.py: a slow training run (0.05 s per step) that the test kills with
SIGKILL mid-training, or leaves to finish.

Usage: python tests/slow_fit.py OUTPUT_DIR [--live]

Without ``--live`` the run captures every epoch (probe batches of 7); with it, the callback also projects and exports
after every snapshot (``live=True``). Training ends (normally: the callback's export at fit end runs) at the end of the
epoch in which a file ``OUTPUT_DIR/stop`` appears.
"""

import sys
import time
from pathlib import Path

import lightning.pytorch as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import TinyNet, make_blobs, make_trainer, train_loader  # noqa: E402

from latentris_lightning import Latentris  # noqa: E402


class StopFile(pl.Callback):
    """Stop training when ``path`` exists."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def on_train_epoch_end(self, trainer, pl_module):
        if self.path.exists():
            trainer.should_stop = True


class SlowNet(TinyNet):
    def training_step(self, batch, batch_idx):
        time.sleep(0.05)
        return super().training_step(batch, batch_idx)


live = "--live" in sys.argv[2:]
options = {"live": True, "methods": ["pca", "joint"]} if live else {"probe_batch_size": 7}
pl.seed_everything(0, verbose=False)
callback = Latentris(probe=make_blobs(n=40), epochs="all", output_dir=sys.argv[1], **options)
make_trainer([callback, StopFile(Path(sys.argv[1]) / "stop")], max_epochs=1000).fit(SlowNet(), train_loader())
