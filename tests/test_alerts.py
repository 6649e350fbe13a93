"""Alert rules: they fire on planted failures at the planted snapshot, stay silent on healthy training, are causal,
and reject bad thresholds with errors naming the value and what is allowed."""

from __future__ import annotations

import numpy as np
import pytest
from lightning.pytorch.utilities.exceptions import MisconfigurationException

from latentris_lightning import load_run
from latentris_lightning.analysis.alerts import (
    Collapse,
    Divergence,
    DriftSpike,
    SeparationRegression,
    Timeline,
    check_rules,
    default_rules,
    evaluate,
    rule_from_dict,
)
from latentris_lightning.analysis.metrics import compute_run_metrics
from latentris_lightning.store.writer import RunWriter

N, D, C, EPOCHS = 300, 24, 5, 12


def training_like(fail_at: int | None = None, kind: str = "collapse", seed: int = 0):
    """Activations of one layer over EPOCHS + 1 snapshots: classes pull apart smoothly; optionally a planted failure."""
    rng = np.random.default_rng(seed)
    y = np.arange(N) % C
    centres = rng.normal(size=(C, D)) * 3
    base = rng.normal(size=(N, D))
    out = []
    for e in range(EPOCHS + 1):
        strength = 1 - np.exp(-e / 3)
        x = base + strength * centres[y] + 0.05 * rng.normal(size=(N, D))
        if fail_at is not None and e >= fail_at:
            if kind == "collapse":  # everything squeezed onto one direction, classes mixed
                direction = rng.normal(size=D)
                x = np.outer(base[:, 0] + 0.1 * y, direction)
            elif kind == "divergence":
                x = x * 50.0 ** (e - fail_at + 1)
            elif kind == "nan":
                x = x.copy()
                x[0, 0] = np.nan
        out.append(np.maximum(x, 0) if kind != "nan" else x)
    return out, y


def write_run(path, series, y, **kwargs):
    writer = RunWriter(path, labels=y, class_names=[str(c) for c in range(C)], layers=[{"name": "block"}],
                       dtype="float32", **kwargs)
    for e, x in enumerate(series):
        writer.write_snapshot(e, 10 * e, {"block": x}, y)
    return load_run(path)


def test_healthy_training_raises_no_alert(tmp_path):
    run = write_run(tmp_path, *training_like())
    metrics = compute_run_metrics(run)
    assert metrics.alerts == []
    series = metrics.series()
    assert series["knn_accuracy"][0, -1] > series["knn_accuracy"][0, 1]  # it did learn


def test_planted_collapse_fires_at_its_epoch_with_evidence(tmp_path):
    run = write_run(tmp_path, *training_like(fail_at=7))
    alerts = compute_run_metrics(run).alerts
    assert alerts, "no alert on a planted collapse"
    assert min(a.epoch for a in alerts) == 7
    collapse = [a for a in alerts if a.rule == "collapse"]
    assert len(collapse) == 1, "an alert fires once when its condition turns true, not at every snapshot after"
    a = collapse[0]
    assert (a.layer, a.snapshot, a.epoch, a.step) == ("block", 7, 7, 70)
    assert a.evidence["metric"] == "effective_rank" and a.evidence["value"] < a.evidence["threshold"]
    assert {"separation_regression", "drift_spike"} <= {x.rule for x in alerts if x.epoch == 7}


def test_planted_divergence_and_nonfinite_values(tmp_path):
    alerts = compute_run_metrics(write_run(tmp_path / "a", *training_like(fail_at=8, kind="divergence"))).alerts
    div = [a for a in alerts if a.rule == "divergence"]
    assert div and div[0].epoch == 8 and div[0].evidence["metric"] == "activation_norm"
    alerts = compute_run_metrics(write_run(tmp_path / "b", *training_like(fail_at=5, kind="nan"))).alerts
    nan = [a for a in alerts if a.rule == "divergence"]
    assert len(nan) == 1 and nan[0].epoch == 5 and nan[0].evidence["metric"] == "nonfinite_fraction"


def test_alerts_are_causal():
    """An alert at snapshot s depends only on snapshots up to s: cutting the future off changes nothing before it."""
    rng = np.random.default_rng(0)
    series = {k: rng.random((2, 15)) + 0.5 for k in ("effective_rank", "dead_fraction", "knn_accuracy",
                                                       "cka_previous", "activation_norm", "movement")}
    series["dead_fraction"] *= 0.6
    series["nonfinite_fraction"] = np.zeros((2, 15))
    timeline = Timeline(list(range(15)), list(range(15)), [float(e) for e in range(15)])
    full = evaluate(default_rules(), series, ["a", "b"], timeline)
    assert full, "the random series should trip something"
    for cut in range(1, 15):
        part = evaluate(default_rules(), {k: v[:, :cut] for k, v in series.items()}, ["a", "b"],
                        Timeline(list(range(cut)), list(range(cut)), [float(e) for e in range(cut)]))
        assert part == [a for a in full if a.snapshot < cut]


def test_thresholds_change_what_fires(tmp_path):
    run = write_run(tmp_path, *training_like(fail_at=7))
    only_drift = compute_run_metrics(run, rules=[DriftSpike(factor=2.0)]).alerts
    assert {a.rule for a in only_drift} == {"drift_spike"}
    assert compute_run_metrics(run, rules=[Collapse(rank_fraction=0.01, max_dead_fraction=None)]).alerts == []
    assert compute_run_metrics(run, rules=[Collapse(layers=["other*"])]).alerts == []
    off = compute_run_metrics(run, rules={"collapse": None, "separation_regression": None, "drift_spike": None})
    assert {a.rule for a in off.alerts} <= {"divergence"}
    late = compute_run_metrics(run, rules=[SeparationRegression(warmup_epochs=8)]).alerts
    assert late == []  # the regression is at epoch 7; nothing before the warm-up counts


def test_rules_recorded_in_the_run_are_used_by_default(tmp_path):
    rules = [Collapse(rank_fraction=0.01, max_dead_fraction=None)]
    run = write_run(tmp_path, *training_like(fail_at=7), config={"alerts": [r.to_dict() for r in rules]})
    assert compute_run_metrics(run).alerts == []


@pytest.mark.parametrize(
    ("make", "pattern"),
    [
        (lambda: Collapse(rank_fraction=1.5), r"rank_fraction=1.5.*\(0, 1\]"),
        (lambda: Collapse(max_dead_fraction=-0.1), r"max_dead_fraction=-0.1.*\[0, 1\]"),
        (lambda: SeparationRegression(metric="loss"), r"metric='loss'.*knn_accuracy"),
        (lambda: SeparationRegression(patience=0), r"patience=0.*integer ≥ 1"),
        (lambda: DriftSpike(factor=0.5), r"factor=0.5.*\[1, ∞\)"),
        (lambda: DriftSpike(min_history=2.5), r"min_history=2.5"),
        (lambda: Divergence(norm_factor=float("nan")), r"norm_factor=nan"),
        (lambda: Divergence(nonfinite="yes"), r"nonfinite='yes'.*True or False"),
        (lambda: Collapse(layers="block"), r"layers='block'"),
        (lambda: Collapse(warmup_epochs=-1), r"warmup_epochs=-1"),
        (lambda: check_rules({"colapse": {}}), r"colapse.*collapse"),
        (lambda: check_rules({"collapse": {"rank": 0.3}}), r"no parameter \['rank'\].*rank_fraction"),
        (lambda: check_rules({"collapse": 0.3}), r"mapping of parameters or None"),
        (lambda: check_rules("collapse"), r"alert_rules='collapse'"),
        (lambda: check_rules([3]), r"alert rule 3 is not allowed"),
    ],
)
def test_bad_settings_name_the_value_and_the_allowed_ones(make, pattern):
    with pytest.raises(MisconfigurationException, match=pattern):
        make()


def test_rule_specs_round_trip():
    rules = check_rules({"collapse": {"rank_fraction": 0.3, "layers": ["fc*"]}, "drift_spike": None})
    assert [r.name for r in rules] == ["collapse", "separation_regression", "divergence"]
    assert rules[0].rank_fraction == 0.3 and rules[0].layers == ("fc*",)
    assert [rule_from_dict(r.to_dict()) for r in rules] == rules
    assert check_rules(False) == [] and len(check_rules(None)) == 4
    assert check_rules([Divergence()]) == [Divergence()]


def test_early_norm_growth_against_one_earlier_value_is_no_divergence():
    """Norms grow from their initial scale early on: one snapshot after the warm-up is no baseline (min_history)."""
    norm = np.array([[0.05, 0.11, 0.36, 0.5, 0.6, 3.0]])  # epoch 2 is 3.2 × epoch 1; epoch 5 is 5 × the median
    series = {"activation_norm": norm, "nonfinite_fraction": np.zeros_like(norm)}
    timeline = Timeline(list(range(6)), list(range(6)), [float(e) for e in range(6)])
    fired = evaluate([Divergence()], series, ["block"], timeline)
    assert [(a.rule, a.epoch) for a in fired] == [("divergence", 5)]
    assert [a.epoch for a in evaluate([Divergence(min_history=1)], series, ["block"], timeline)] == [2, 5]
