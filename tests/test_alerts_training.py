"""Alerts on real training: the digits demo (healthy, 98 % validation accuracy) raises none, though its layers show
the symptoms that used to raise four; the same MLP made to fail (learning-rate blow-up, dead ReLUs) raises them."""

from __future__ import annotations

import lightning.pytorch as pl
import pytest
import torch
from torch.utils.data import DataLoader

from latentris_lightning import Latentris, compute_run_metrics, load_run
from latentris_lightning.analysis.alerts import RULES, default_rules, rule_from_dict
from latentris_lightning.demo import DigitsMLP, digits_splits, run_demo

pytestmark = pytest.mark.slow


def test_the_demo_raises_no_alert(tmp_path):
    out = run_demo(tmp_path / "demo", export=False, progress=False)
    run = load_run(out)
    metrics = compute_run_metrics(run)
    assert metrics.probe_series()["accuracy"][-1] > 0.95, "the demo did learn"
    assert metrics.alerts == [] and run.alerts is None, [str(a) for a in metrics.alerts]
    # the symptoms are there (rank compression, norm growth at epoch 3): only the evidence read together clears them
    unconfirmed = [rule_from_dict({**r.to_dict(), "confirm": False}) for r in default_rules()]
    assert {a.rule for a in compute_run_metrics(run, rules=unconfirmed).alerts} >= {"collapse", "divergence"}


class GrowingLR(pl.Callback):
    """From ``start`` on, the learning rate is multiplied by ``factor`` every epoch (a learning-rate blow-up)."""

    def __init__(self, start: int, factor: float) -> None:
        self.start, self.factor = start, factor

    def on_train_epoch_start(self, trainer, module):
        if trainer.current_epoch >= self.start:
            for group in trainer.optimizers[0].param_groups:
                group["lr"] *= self.factor


class KillReLUs(pl.Callback):
    """At ``epoch`` (the demo's training up to then), the biases of ``net.2`` become very negative: 62 of the 64
    ReLUs of ``net.3`` die and stay dead."""

    def __init__(self, epoch: int) -> None:
        self.epoch = epoch

    def on_train_epoch_start(self, trainer, module):
        if trainer.current_epoch == self.epoch:
            with torch.no_grad():
                module.net[2].bias[:62] = -50.0


def fit_digits(tmp_path, fault: pl.Callback, max_epochs: int = 12):
    pl.seed_everything(0, workers=True, verbose=False)
    train, val = digits_splits(0)
    callback = Latentris(probe=val, layers=["net.1", "net.3", "net.5"], epochs=list(range(max_epochs + 1)),
                         steps=[3, 8, 15], output_dir=tmp_path, export_on_fit_end=False, overwrite=True)
    trainer = pl.Trainer(max_epochs=max_epochs, accelerator="cpu", devices=1, callbacks=[fault, callback],
                         logger=False, enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, deterministic=True)
    trainer.fit(DigitsMLP(), DataLoader(train, batch_size=64, shuffle=True), DataLoader(val, batch_size=256))
    return callback


def test_a_learning_rate_blow_up_is_alerted(tmp_path):
    callback = fit_digits(tmp_path, GrowingLR(start=6, factor=4.0))
    alerts = callback.alerts
    assert alerts, "no alert on a learning-rate blow-up"
    assert min(a.epoch for a in alerts) >= 6, [str(a) for a in alerts]
    assert "failure" in {a.severity for a in alerts}
    # every alert is confirmed, but a leading indicator's (dead_units_rising: a warning on its symptom alone)
    assert all(a.evidence["confirmed_by"] or a.evidence["metric"] == "nonfinite_fraction" or RULES[a.rule].leading
               for a in alerts)


def test_dead_relus_are_alerted_as_a_collapse(tmp_path):
    callback = fit_digits(tmp_path, KillReLUs(epoch=6))
    collapse = [a for a in callback.alerts if a.rule == "collapse" and a.layer == "net.3"]
    assert collapse and collapse[0].epoch == 7, [str(a) for a in callback.alerts]
    assert min(a.epoch for a in callback.alerts) >= 7
    assert collapse[0].evidence["metric"] in ("dead_fraction", "effective_rank")
    assert collapse[0].evidence["confirmed_by"]
