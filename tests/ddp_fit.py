"""Run by tests/test_distributed.py: fit TinyNet under DDP on 2 CPU processes (gloo) with the callback.

Lightning's DDP launcher re-runs this script once per extra rank, so it must be a file, not a pytest function.
Usage: python tests/ddp_fit.py OUTPUT_DIR [tensor|dict]  (dict: a tiny BERT on dict batches, a dict probe)
"""

import sys
from pathlib import Path

import lightning.pytorch as pl
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import TinyBert, TinyNet, make_blobs, token_batches, train_loader  # noqa: E402
from torch.utils.data import DataLoader  # noqa: E402

from latentris_lightning import Latentris  # noqa: E402

out = Path(sys.argv[1])
kind = sys.argv[2] if len(sys.argv) > 2 else "tensor"
pl.seed_everything(0, verbose=False)
if kind == "dict":
    model: pl.LightningModule = TinyBert()
    # 31 dict samples, padded to one length with an attention mask: unequal shards, masked token means, kwargs input
    probe = DataLoader(token_batches(n=31, seed=1), batch_size=8)
    layers = ["model:input", "model.bert.encoder.layer.1", "model.classifier:input"]
    data = DataLoader(token_batches(), batch_size=8, shuffle=True)
else:
    model = TinyNet()
    probe = make_blobs(n=31, seed=1)  # 31 rows: the shards are unequal, so padding is exercised
    layers = ["net.1", "net.4", "net.6:input"]
    data = train_loader()
callback = Latentris(
    probe=probe,
    layers=layers,
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
trainer.fit(model, data)
if trainer.is_global_zero:
    torch.save(model.state_dict(), out / "final-weights.pt")
