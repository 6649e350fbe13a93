"""Run by tests/test_distributed.py: fit TinyNet under DDP on 2 CPU processes (gloo) with the callback.

Lightning's DDP launcher re-runs this script once per extra rank, so it must be a file, not a pytest function.
Usage: python tests/ddp_fit.py OUTPUT_DIR
"""

import sys
from pathlib import Path

import lightning.pytorch as pl
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import TinyNet, make_blobs, train_loader  # noqa: E402

from latentris_lightning import Latentris  # noqa: E402

out = Path(sys.argv[1])
pl.seed_everything(0, verbose=False)
model = TinyNet()
callback = Latentris(
    probe=make_blobs(n=31, seed=1),  # 31 rows: the shards are unequal, so padding is exercised
    layers=["net.1", "net.4", "net.6:input"],
    epochs=[0, 2],
    output_dir=out,
    probe_batch_size=4,
    export_on_fit_end=False,
)
trainer = pl.Trainer(
    max_epochs=2,
    accelerator="cpu",
    devices=2,
    strategy="ddp",
    callbacks=[callback],
    logger=False,
    enable_checkpointing=False,
    enable_progress_bar=False,
    enable_model_summary=False,
)
trainer.fit(model, train_loader())
if trainer.is_global_zero:
    torch.save(model.state_dict(), out / "final-weights.pt")
