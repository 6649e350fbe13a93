"""The callback's metrics during fit: sent to the trainer's loggers, alerts raised, recorded and printed at fit end,
training unchanged, and bad alert settings refused in __init__."""

from __future__ import annotations

import csv
import logging

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from helpers import TinyNet, make_blobs, make_trainer, train_loader
from lightning.pytorch.loggers import CSVLogger
from lightning.pytorch.utilities.exceptions import MisconfigurationException
from torch import nn

from latentris_lightning import Collapse, Latentris, compute_run_metrics, load_run


class Squash(nn.Module):
    """Identity until switched on; then every sample's vector becomes a multiple of one direction (a planted
    collapse)."""

    def __init__(self) -> None:
        super().__init__()
        self.active = False

    def forward(self, x):
        return x[:, :1].expand_as(x).contiguous() if self.active else x


class Collapsing(TinyNet):
    def __init__(self) -> None:
        super().__init__(dropout=0.0)
        self.net = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), Squash(), nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 3))


class SwitchOn(pl.Callback):
    def __init__(self, epoch: int | None) -> None:
        self.epoch = epoch

    def on_train_epoch_start(self, trainer, module):
        if self.epoch is not None and trainer.current_epoch >= self.epoch:
            module.net[2].active = True


def fit_collapsing(tmp_path, collapse_at, **kwargs):
    pl.seed_everything(0, verbose=False)
    cb = Latentris(probe=make_blobs(n=90, seed=1), layers=["net.2", "net.4"], output_dir=tmp_path,
                   export_on_fit_end=False, **kwargs)
    logger = CSVLogger(tmp_path, name="logs", version=0)
    trainer = make_trainer([SwitchOn(collapse_at), cb], max_epochs=6, logger=logger)
    trainer.fit(Collapsing(), train_loader())
    return cb, trainer


def read_csv(path):
    """The header and the rows of a CSVLogger file; none of either when there is no file (nothing was logged)."""
    if not path.exists():
        return [], []
    with open(path, newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def test_metrics_go_to_the_loggers_under_the_latentris_namespace(tmp_path):
    cb, trainer = fit_collapsing(tmp_path, collapse_at=None)
    header, rows = read_csv(tmp_path / "logs" / "version_0" / "metrics.csv")
    assert {"step", "latentris/epoch", "latentris/alerts", "latentris/probe/accuracy", "latentris/net.2/silhouette",
            "latentris/net.4/effective_rank", "latentris/net.2/cka_previous"} <= set(header)
    logged = [r for r in rows if r["latentris/net.2/silhouette"] != ""]
    run = load_run(tmp_path)
    assert len(logged) == len(run.snapshots) > 1  # one row per snapshot
    assert [int(r["step"]) for r in logged] == [s.step for s in run.snapshots]
    assert [float(r["latentris/epoch"]) for r in logged] == [float(e) for e in run.epochs]
    expected = compute_run_metrics(run).series()
    for key in ("silhouette", "knn_accuracy", "effective_rank", "dead_fraction", "fisher_ratio"):
        got = [float(r[f"latentris/net.4/{key}"]) for r in logged]
        np.testing.assert_allclose(got, expected[key][1], rtol=1e-6, err_msg=key)
    cka = [r["latentris/net.2/cka_previous"] for r in logged]
    assert cka[0] == "" and all(float(v) > 0 for v in cka[1:])  # nothing to compare the first snapshot with
    accuracy = [float(r["latentris/probe/accuracy"]) for r in logged]
    np.testing.assert_allclose(accuracy, [m.probe["accuracy"] for m in compute_run_metrics(run).metrics], rtol=1e-6)
    assert cb.alerts == [] and cb.metrics_seconds > 0
    assert load_run(tmp_path).alerts is None


def test_planted_collapse_raises_alerts_recorded_and_printed_at_fit_end(tmp_path, caplog):
    with caplog.at_level(logging.INFO):
        cb, _ = fit_collapsing(tmp_path, collapse_at=3)
    collapse = [a for a in cb.alerts if a.rule == "collapse"]
    assert collapse and collapse[0].epoch == 4 and collapse[0].layer == "net.2"  # snapshot 4 = after epoch index 3
    assert min(a.epoch for a in cb.alerts) == 4, "an alert fired before the collapse"
    assert collapse[0].evidence["value"] < collapse[0].evidence["threshold"]
    stored = load_run(tmp_path).alerts
    assert [a["rule"] for a in stored] == [a.rule for a in cb.alerts] and stored[0]["epoch"] == cb.alerts[0].epoch
    assert "Latentris raised" in caplog.text and "layer net.2" in caplog.text
    assert "[collapse · warning] epoch 4" in caplog.text or "[collapse · failure] epoch 4" in caplog.text
    _, rows = read_csv(tmp_path / "logs" / "version_0" / "metrics.csv")
    alert_counts = [float(r["latentris/alerts"]) for r in rows if r["latentris/alerts"] != ""]
    assert len(alert_counts) == len(load_run(tmp_path).snapshots)  # one count per snapshot
    assert alert_counts[3] == 0 and alert_counts[4] >= 1
    # a later export recomputes the same alerts from the run store (the rules are recorded in the run)
    assert [a.to_dict() for a in compute_run_metrics(load_run(tmp_path)).alerts] == stored


def test_thresholds_are_users_to_set(tmp_path):
    cb, _ = fit_collapsing(tmp_path, collapse_at=3, alert_rules=[Collapse(rank_fraction=0.01, max_dead_fraction=None)])
    assert cb.alerts == []
    assert load_run(tmp_path).manifest["config"]["alerts"][0]["rank_fraction"] == 0.01


def test_metrics_off_logs_nothing_and_export_still_has_them(tmp_path):
    cb, _ = fit_collapsing(tmp_path, collapse_at=3, metrics=False)
    header, _ = read_csv(tmp_path / "logs" / "version_0" / "metrics.csv")
    assert not [k for k in header if k.startswith("latentris/")]
    assert cb.alerts == [] and load_run(tmp_path).alerts is None
    assert any(a.rule == "collapse" for a in compute_run_metrics(load_run(tmp_path)).alerts)


def test_log_metrics_off(tmp_path):
    cb, _ = fit_collapsing(tmp_path, collapse_at=3, log_metrics=False)
    header, _ = read_csv(tmp_path / "logs" / "version_0" / "metrics.csv")
    assert not [k for k in header if k.startswith("latentris/")]
    assert cb.alerts, "alerts are still raised without logging"


def test_training_with_metrics_and_a_logger_is_unchanged(tmp_path):
    def run(callbacks, name):
        pl.seed_everything(0, verbose=False)
        model = TinyNet()
        make_trainer(callbacks, max_epochs=3, logger=CSVLogger(tmp_path, name=name)).fit(model, train_loader(0))
        return model.state_dict()

    plain = run([], "plain")
    watched = run([Latentris(probe=make_blobs(n=60), epochs="all", output_dir=tmp_path / "w",
                             export_on_fit_end=False)], "w")
    for key in plain:
        assert torch.equal(plain[key], watched[key]), key


@pytest.mark.parametrize(
    ("alerts", "message"),
    [
        ({"collapse": {"rank_fraction": 2}}, r"rank_fraction=2.*\(0, 1\]"),
        ({"dirft_spike": None}, r"dirft_spike.*'collapse', 'dead_units_rising', 'divergence', 'drift_spike'"),
        ("on", r"alert_rules='on'"),
    ],
)
def test_bad_alert_settings_fail_in_init(alerts, message):
    with pytest.raises(MisconfigurationException, match=message):
        Latentris(probe=make_blobs(n=9), alert_rules=alerts)
    with pytest.raises(MisconfigurationException, match="`log_metrics` must be True or False"):
        Latentris(probe=make_blobs(n=9), log_metrics="yes")
