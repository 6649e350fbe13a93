"""Alert rules: a symptom inside a layer raises an alert only with the outcome going the wrong way (the probe loss
regressing, the class separation falling, non-finite values). Each rule fires on its planted failure and stays
silent on a matching healthy series; alerts carry their evidence, are causal, and bad thresholds fail with errors
naming the value and what is allowed."""

from __future__ import annotations

import json

import numpy as np
import pytest
from lightning.pytorch.utilities.exceptions import MisconfigurationException

from latentris_lightning import load_run
from latentris_lightning.analysis.alerts import (
    Collapse,
    DeadUnitsRising,
    Divergence,
    DriftSpike,
    SeparationRegression,
    Timeline,
    check_rules,
    default_rules,
    evaluate,
    rule_from_dict,
)
from latentris_lightning.analysis.evidence import WINDOW, loss_regression
from latentris_lightning.analysis.metrics import compute_run_metrics
from latentris_lightning.store.writer import RunWriter

N, D, C, EPOCHS = 300, 24, 5, 12
UNTRAINED_LOSS = float(np.log(C))


def training_like(fail_at: int | None = None, kind: str = "collapse", seed: int = 0):
    """Activations of one layer over EPOCHS + 1 snapshots (classes pull apart smoothly), per-sample losses that fall
    from log(C); optionally a planted failure from ``fail_at`` on:

    - ``collapse``: everything squeezed onto one direction, classes mixed, the loss climbing back to log(C);
    - ``neural_collapse`` (healthy): the layer shrinks onto its C class centres (rank falls) as the classes separate;
    - ``blowup``: activations grow ×50 per epoch with the loss rising, then NaN (a learning-rate blow-up);
    - ``growth`` (healthy): the same norm growth, with the loss still falling.
    """
    rng = np.random.default_rng(seed)
    y = np.arange(N) % C
    centres = rng.normal(size=(C, D)) * 3
    base = rng.normal(size=(N, D))
    acts, losses = [], []
    for e in range(EPOCHS + 1):
        strength = 1 - np.exp(-e / 3)
        x = base + strength * centres[y] + 0.05 * rng.normal(size=(N, D))
        loss = UNTRAINED_LOSS * np.exp(-e / 3) + 0.05
        if fail_at is not None and e >= fail_at:
            k = e - fail_at + 1
            if kind == "collapse":
                x = np.outer(base[:, 0] + 0.1 * y, rng.normal(size=D))
                loss = UNTRAINED_LOSS * (1 - 0.5 ** k)
            elif kind == "neural_collapse":
                x = 0.02 * base + centres[y]
            elif kind in ("blowup", "growth"):
                x = x * 50.0 ** k
                if kind == "blowup":
                    loss = float("nan") if k >= 3 else 2 * loss * 4 ** k
                    if k >= 3:
                        x[:] = np.nan
        acts.append(np.maximum(x, 0) if kind != "neural_collapse" else x)
        losses.append(np.full(N, loss) + 0.01 * rng.random(N))
    return acts, y, losses


def write_run(path, acts, y, losses, **kwargs):
    writer = RunWriter(path, labels=y, class_names=[str(c) for c in range(C)], layers=[{"name": "block"}],
                       dtype="float32", **kwargs)
    for e, (x, loss) in enumerate(zip(acts, losses, strict=True)):
        writer.write_snapshot(e, 10 * e, {"block": x}, y, losses=loss)
    return load_run(path)


@pytest.mark.slow
def test_healthy_training_raises_no_alert(tmp_path):
    run = write_run(tmp_path, *training_like())
    metrics = compute_run_metrics(run)
    assert metrics.alerts == []
    series = metrics.series()
    assert series["knn_accuracy"][0, -1] > series["knn_accuracy"][0, 1]  # it did learn


@pytest.mark.slow
def test_planted_collapse_fires_at_its_epoch_with_evidence(tmp_path):
    run = write_run(tmp_path, *training_like(fail_at=7))
    alerts = compute_run_metrics(run).alerts
    assert alerts, "no alert on a planted collapse"
    assert min(a.epoch for a in alerts) == 7
    collapse = [a for a in alerts if a.rule == "collapse"]
    assert len(collapse) == 1, "an alert fires once when its condition turns true, not at every snapshot after"
    a = collapse[0]
    assert (a.layer, a.snapshot, a.epoch, a.step, a.severity) == ("block", 7, 7, 70, "warning")
    assert a.evidence["metric"] == "effective_rank" and a.evidence["value"] < a.evidence["threshold"]
    confirmed = {c["metric"] for c in a.evidence["confirmed_by"]}
    assert confirmed == {"probe_loss", "knn_accuracy"}, "the loss rose and the separation fell together"
    assert "while the probe loss rose" in a.message and "knn_accuracy fell" in a.message
    window = a.evidence["series"]
    assert window["snapshot"] == list(range(7 - WINDOW, 8)) and window["epoch"][-1] == 7.0
    assert window["effective_rank"][-1] == pytest.approx(a.evidence["value"])
    assert window["probe_loss"][-1] > window["probe_loss"][-2]
    assert {"knn_accuracy", "silhouette"} <= set(window)
    assert {"separation_regression", "drift_spike"} <= {x.rule for x in alerts if x.epoch == 7}
    json.dumps([x.to_dict() for x in alerts], allow_nan=False)  # alerts.json stays valid JSON


def test_rank_compression_while_the_classes_separate_is_healthy(tmp_path):
    """Neural collapse: the rank falls to about C while every separation score rises and the loss falls."""
    run = write_run(tmp_path, *training_like(fail_at=7, kind="neural_collapse"))
    metrics = compute_run_metrics(run)
    rank, silhouette = metrics.series()["effective_rank"][0], metrics.series()["silhouette"][0]
    assert rank[7] < 0.5 * rank[1:7].max() and silhouette[7] > silhouette[1:7].max(), "the symptom is there"
    assert metrics.alerts == []
    unconfirmed = compute_run_metrics(run, rules=[Collapse(confirm=False)]).alerts
    assert [(a.rule, a.epoch) for a in unconfirmed] == [("collapse", 7)]
    assert "unconfirmed" in unconfirmed[0].message and unconfirmed[0].evidence["confirmed_by"] == []


@pytest.mark.slow
def test_learning_rate_blow_up_warns_then_fails(tmp_path):
    alerts = compute_run_metrics(write_run(tmp_path / "a", *training_like(fail_at=8, kind="blowup"))).alerts
    div = [a for a in alerts if a.rule == "divergence"]
    # epoch 8: the norm grows 50 × while the loss regresses; epoch 9: the loss passes its untrained value
    assert [(a.epoch, a.severity, a.evidence["metric"]) for a in div] == [
        (8, "warning", "activation_norm"), (9, "failure", "activation_norm")]
    assert div[0].evidence["confirmed_by"][0]["metric"] == "probe_loss"
    assert "back at or above its untrained value" in div[1].message
    # NaN activations are a failure by themselves, whatever the loss does
    acts, y, losses = training_like()
    acts[5] = acts[5].copy()
    acts[5][0, 0] = np.nan
    nan = [a for a in compute_run_metrics(write_run(tmp_path / "n", acts, y, losses)).alerts if a.rule == "divergence"]
    assert [(a.epoch, a.severity, a.evidence["metric"]) for a in nan] == [(5, "failure", "nonfinite_fraction")]
    assert "NaN or infinite" in nan[0].message
    # the same norm growth with the loss still falling and the classes as separate as before: no alert
    healthy = compute_run_metrics(write_run(tmp_path / "b", *training_like(fail_at=8, kind="growth")))
    norm = healthy.series()["activation_norm"][0]
    assert norm[8] > 3 * np.median(norm[3:8]), "the symptom is there"
    assert healthy.alerts == []


def timeline(n: int) -> Timeline:
    return Timeline(list(range(n)), list(range(n)), [float(e) for e in range(n)])


def layer_series(n: int = 10, **overrides: list[float]) -> dict[str, np.ndarray]:
    """One layer's series of a healthy run (separation rising, rank steady, pace slowing), with some replaced."""
    t = np.arange(n, dtype=float)
    series = {
        "effective_rank": np.full(n, 20.0), "dead_fraction": np.zeros(n), "activation_norm": np.full(n, 1.0),
        "knn_accuracy": 0.5 + 0.04 * t, "silhouette": 0.1 + 0.03 * t, "fisher_ratio": 1 + t,
        "movement": 1.0 / (1 + t), "cka_previous": np.full(n, 0.99), "nonfinite_fraction": np.zeros(n),
    }
    series.update({k: np.asarray(v, dtype=float) for k, v in overrides.items()})
    return {k: v[None, :] for k, v in series.items()}


FALLING = np.linspace(2.3, 0.3, 10)
RISING_AT_6 = np.concatenate([FALLING[:6], [1.5, 1.8, 2.0, 2.1]])


@pytest.mark.parametrize(
    ("rule", "symptom"),
    [
        (Collapse(), {"effective_rank": [20, 20, 20, 20, 20, 20, 6, 6, 6, 6]}),
        (Collapse(), {"dead_fraction": [0, 0, 0, 0, 0, 0, 0.8, 0.8, 0.8, 0.8]}),
        (Divergence(), {"activation_norm": [1, 1, 1, 1, 1, 1, 10, 20, 30, 40]}),
        (DriftSpike(), {"movement": [1, 0.5, 0.3, 0.2, 0.2, 0.2, 1.0, 1.0, 0.1, 0.1]}),
        (SeparationRegression(), {"knn_accuracy": [0.5, 0.6, 0.7, 0.8, 0.8, 0.8, 0.5, 0.5, 0.5, 0.5]}),
    ],
)
def test_each_rule_fires_only_with_its_confirmation(rule, symptom):
    """The same symptom at snapshot 6: silent while the loss falls, an alert when the loss regresses."""
    series = layer_series(**symptom)
    assert evaluate([rule], series, ["l"], timeline(10), {"loss": FALLING}) == []
    fired = evaluate([rule], series, ["l"], timeline(10), {"loss": RISING_AT_6})
    assert [(a.rule, a.snapshot, a.severity) for a in fired] == [(rule.name, 6, "warning")]
    assert [c["metric"] for c in fired[0].evidence["confirmed_by"]] == ["probe_loss"]
    # the loss back above its untrained value: a failure
    failed = evaluate([rule], series, ["l"], timeline(10), {"loss": np.concatenate([FALLING[:6], [2.5] * 4])})
    assert [(a.snapshot, a.severity) for a in failed] == [(6, "failure")]
    assert "back at or above its untrained value" in failed[0].message
    unconfirmed = rule_from_dict({**rule.to_dict(), "confirm": False})
    assert [a.snapshot for a in evaluate([unconfirmed], series, ["l"], timeline(10), {"loss": FALLING})] == [6]


def test_falling_separation_confirms_without_a_probe_loss():
    """No loss recorded: the layer's own separation (every score in ``separation_metrics``) confirms."""
    rank = [20, 20, 20, 20, 20, 20, 6, 6, 6, 6]
    knn = [0.5, 0.6, 0.7, 0.8, 0.8, 0.8, 0.3, 0.3, 0.3, 0.3]
    silhouette = [0.1, 0.2, 0.3, 0.4, 0.4, 0.4, 0.05, 0.05, 0.05, 0.05]
    no_loss = {"loss": np.full(10, np.nan)}
    mixed = layer_series(effective_rank=rank, knn_accuracy=knn, silhouette=silhouette)
    fired = evaluate([Collapse()], mixed, ["l"], timeline(10), no_loss)
    assert [(a.snapshot, [c["metric"] for c in a.evidence["confirmed_by"]]) for a in fired] == [(6, ["knn_accuracy"])]
    assert "knn_accuracy fell" in fired[0].message and "silhouette fell" in fired[0].message
    # kNN accuracy alone dipping while the silhouette rises (as in the demo at epoch 3) confirms nothing
    knn_only = layer_series(effective_rank=rank, knn_accuracy=knn)
    assert evaluate([Collapse()], knn_only, ["l"], timeline(10), no_loss) == []
    assert [a.snapshot for a in evaluate([Collapse(separation_metrics=["knn_accuracy"])], knn_only, ["l"],
                                         timeline(10), no_loss)] == [6]
    assert evaluate([Collapse(separation_drop=None)], mixed, ["l"], timeline(10), no_loss) == []


def test_separation_falling_while_the_loss_reaches_a_new_low_confirms_nothing():
    """A network escaping a plateau (the calibration suite's deep MLP and digits CNN): norms jump, the rank compresses
    and an inner layer's kNN accuracy and silhouette both dip below the noisy values of the plateau, while the probe
    loss falls faster than ever. Separation falling confirms a symptom only when the loss is not at a new low."""
    rank = [20, 20, 20, 20, 20, 20, 6, 6, 6, 6]
    knn = [0.5, 0.6, 0.7, 0.8, 0.8, 0.8, 0.3, 0.3, 0.3, 0.3]
    silhouette = [0.1, 0.2, 0.3, 0.4, 0.4, 0.4, 0.05, 0.05, 0.05, 0.05]
    series = layer_series(effective_rank=rank, knn_accuracy=knn, silhouette=silhouette)
    escaping = {"loss": np.array([2.30, 2.30, 2.29, 2.29, 2.28, 2.28, 1.9, 1.4, 1.0, 0.8])}
    assert evaluate([Collapse()], series, ["l"], timeline(10), escaping) == []
    # the loss stalls (no new low, yet far from giving back 25 % of its progress): the separation confirms
    stalled = {"loss": np.array([2.3, 1.8, 1.3, 0.9, 0.6, 0.5, 0.52, 0.53, 0.55, 0.56])}
    fired = evaluate([Collapse()], series, ["l"], timeline(10), stalled)
    assert [(a.snapshot, [c["metric"] for c in a.evidence["confirmed_by"]]) for a in fired] == [(6, ["knn_accuracy"])]


def test_loss_regression_is_measured_against_the_progress_made():
    loss = np.array([2.3, 1.3, 0.5, 0.9, 2.4])
    assert loss_regression(loss, 2, 0.25) is None  # still falling
    found = loss_regression(loss, 3, 0.25)  # gave back 0.4 of 1.8: 22 %
    assert found is None
    found = loss_regression(loss, 3, 0.2)
    assert found is not None and found.threshold == pytest.approx(0.5 + 0.2 * 1.8) and not found.failure
    assert loss_regression(loss, 4, 0.25).failure  # back above the untrained 2.3
    assert loss_regression(np.array([2.3, np.nan]), 1, 0.25).failure  # NaN after a finite loss
    assert loss_regression(np.full(3, np.nan), 2, 0.25) is None  # never recorded
    assert loss_regression(np.array([2.3, 2.3, 2.6]), 2, 0.1).value == pytest.approx(2.6)  # never fell: vs untrained


def test_alerts_are_causal():
    """An alert at snapshot s depends only on snapshots up to s: cutting the future off changes nothing before it,
    evidence included."""
    rng = np.random.default_rng(0)
    keys = ("effective_rank", "dead_fraction", "knn_accuracy", "silhouette", "cka_previous", "activation_norm",
            "movement")
    series = {k: rng.random((2, 15)) + 0.5 for k in keys}
    series["dead_fraction"] *= 0.6
    series["dead_fraction"][0, 5:10] = [0.1, 0.2, 0.3, 0.4, 0.5]  # units dying one after another
    series["nonfinite_fraction"] = np.zeros((2, 15))
    series["nonfinite_fraction"][1, 12:] = 0.5
    probe = {"loss": rng.random(15) + 0.5, "accuracy": rng.random(15)}
    rules = [type(r)(loss_rise=0.1) for r in default_rules()]
    full = evaluate(rules, series, ["a", "b"], timeline(15), probe)
    assert len({a.rule for a in full}) == 5, "the random series should trip every rule"
    assert {a.severity for a in full} == {"warning", "failure"}
    for cut in range(1, 15):
        part = evaluate(rules, {k: v[:, :cut] for k, v in series.items()}, ["a", "b"], timeline(cut),
                        {k: v[:cut] for k, v in probe.items()})
        assert part == [a for a in full if a.snapshot < cut]


def test_probe_series_of_the_wrong_length_are_refused():
    with pytest.raises(ValueError, match=r"probe series 'loss' has shape \(9,\); expected \(10,\)"):
        evaluate([Collapse()], layer_series(), ["l"], timeline(10), {"loss": np.zeros(9)})


@pytest.mark.slow
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
    unconfirmable = [Collapse(loss_rise=None, separation_drop=None)]
    assert compute_run_metrics(run, rules=unconfirmable).alerts == []


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
        (lambda: Collapse(confirm=1), r"confirm=1.*True or False"),
        (lambda: Divergence(loss_rise=-0.2), r"'divergence'.*loss_rise=-0.2.*\[0, ∞\)"),
        (lambda: SeparationRegression(loss_rise="high"), r"loss_rise='high'"),
        (lambda: Collapse(separation_drop=0), r"separation_drop=0.*\(0, 1\]"),
        (lambda: DriftSpike(separation_metrics="silhouette"), r"separation_metrics='silhouette'.*non-empty list"),
        (lambda: Collapse(separation_metrics=["knn_accuracy", "loss"]), r"separation_metrics=\['knn_accuracy', 'loss'"),
        (lambda: Collapse(separation_metrics=[]), r"separation_metrics=\[\]"),
        (lambda: DeadUnitsRising(snapshots=0), r"'dead_units_rising'.*snapshots=0.*integer ≥ 1"),
        (lambda: DeadUnitsRising(min_rise=0), r"min_rise=0.*\(0, 1\]"),
        (lambda: check_rules({"colapse": {}}), r"colapse.*collapse"),
        (lambda: check_rules({"collapse": {"rank": 0.3}}), r"no parameter \['rank'\].*rank_fraction"),
        (lambda: check_rules({"separation_regression": {"separation_drop": 0.2}}),
         r"no parameter \['separation_drop'\]"),
        (lambda: check_rules({"collapse": 0.3}), r"mapping of parameters or None"),
        (lambda: check_rules("collapse"), r"alert_rules='collapse'"),
        (lambda: check_rules([3]), r"alert rule 3 is not allowed"),
    ],
)
def test_bad_settings_name_the_value_and_the_allowed_ones(make, pattern):
    with pytest.raises(MisconfigurationException, match=pattern):
        make()


def test_rule_specs_round_trip():
    rules = check_rules({"collapse": {"rank_fraction": 0.3, "layers": ["fc*"], "separation_metrics": ["silhouette"]},
                         "drift_spike": None})
    assert [r.name for r in rules] == ["collapse", "separation_regression", "divergence", "dead_units_rising"]
    assert rules[0].rank_fraction == 0.3 and rules[0].layers == ("fc*",)
    assert rules[0].separation_metrics == ("silhouette",)
    assert [rule_from_dict(json.loads(json.dumps(r.to_dict()))) for r in rules] == rules
    assert check_rules(False) == [] and len(check_rules(None)) == 5
    assert check_rules([Divergence()]) == [Divergence()]
    # rules recorded before the confirmation settings existed still load, with the defaults
    old = {"rule": "collapse", "layers": None, "warmup_epochs": 1.0, "rank_fraction": 0.5, "max_dead_fraction": 0.5}
    assert rule_from_dict(old) == Collapse()


def test_early_norm_growth_against_one_earlier_value_is_no_divergence():
    """Norms grow from their initial scale early on: one snapshot after the warm-up is no baseline (min_history)."""
    norm = [0.05, 0.11, 0.36, 0.5, 0.6, 3.0]  # epoch 2 is 3.2 × epoch 1; epoch 5 is 5 × the median
    loss = {"loss": np.array([2.3, 0.5, 1.0, 1.1, 1.2, 1.3])}  # regressing from epoch 2 on
    series = {k: v[:, :6] for k, v in layer_series(activation_norm=norm + [0] * 4).items()}
    fired = evaluate([Divergence()], series, ["block"], timeline(6), loss)
    assert [(a.rule, a.epoch) for a in fired] == [("divergence", 5)]
    assert [a.epoch for a in evaluate([Divergence(min_history=1)], series, ["block"], timeline(6), loss)] == [2, 5]


def test_dead_units_rising_warns_early_without_a_confirmation():
    """Units dying one after another (dead share up at 3 snapshots in a row) warn while the loss still falls; a dead
    share that jumps once and settles, or rises too little, is silent."""
    dying = [0.1, 0.2, 0.2, 0.2, 0.2, 0.2, 0.25, 0.3, 0.35, 0.4]  # rises at 6, 7, 8, 9
    fired = evaluate([DeadUnitsRising()], layer_series(dead_fraction=dying), ["l"], timeline(10), {"loss": FALLING})
    assert [(a.rule, a.snapshot, a.severity) for a in fired] == [("dead_units_rising", 8, "warning")]
    assert fired[0].evidence["confirmed_by"] == [] and "early warning" in fired[0].message
    assert fired[0].evidence["reference"] == 0.2 and fired[0].evidence["value"] == 0.35
    settles = [0.1, 0.2, 0.3, 0.3, 0.3, 0.3, 0.6, 0.6, 0.6, 0.6]  # the warm-up rise, then one jump
    slight = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.12, 0.14, 0.16, 0.18]  # up every snapshot, +6 % in 3
    for dead in (settles, slight):
        assert evaluate([DeadUnitsRising()], layer_series(dead_fraction=dead), ["l"], timeline(10),
                        {"loss": FALLING}) == []
    # with the loss regressing too, the confirmation goes in the evidence; back above untrained: a failure
    failed = evaluate([DeadUnitsRising()], layer_series(dead_fraction=dying), ["l"], timeline(10),
                      {"loss": np.concatenate([FALLING[:8], [2.5, 2.5]])})
    assert [(a.snapshot, a.severity) for a in failed] == [(8, "failure")]
    assert [c["metric"] for c in failed[0].evidence["confirmed_by"]] == ["probe_loss"]
    # causal: the alert at 8 is the same with the series cut after 8
    cut = {k: v[:, :9] for k, v in layer_series(dead_fraction=dying).items()}
    assert evaluate([DeadUnitsRising()], cut, ["l"], timeline(9), {"loss": FALLING[:9]}) == fired


def test_the_training_loss_confirms_a_symptom_before_the_probe_loss_shows_it():
    """A learning rate too high for the optimisation (the calibration suite's ``lr-blowup-cnn``): the training loss the
    callback records rises at snapshot 6 while the held-out probe loss still holds; it rises only at 7. The rank
    compression at 6 fires there, ahead of the held-out loss, with the training loss as its evidence."""
    series = layer_series(effective_rank=[20, 20, 20, 20, 20, 20, 6, 6, 6, 6])
    probe_late = np.concatenate([FALLING[:7], [2.0, 2.2, 2.3]])
    train = np.array([np.nan, 2.0, 1.5, 1.0, 0.6, 0.4, 0.6, 1.5, 2.0, 2.1])  # snapshot 0: none recorded
    assert evaluate([Collapse()], series, ["l"], timeline(10), {"loss": probe_late})[0].snapshot == 7
    fired = evaluate([Collapse()], series, ["l"], timeline(10), {"loss": probe_late, "train_loss": train})
    # at 8 the training loss is back at its first epoch's mean: the severity rises
    assert [(a.snapshot, a.severity) for a in fired] == [(6, "warning"), (8, "failure")]
    assert [c["metric"] for c in fired[0].evidence["confirmed_by"]] == ["train_loss"]
    assert "the training loss rose to 0.6 from a best of 0.4" in fired[0].message
    assert fired[0].evidence["series"]["train_loss"] == pytest.approx([1.5, 1.0, 0.6, 0.4, 0.6])
    # healthy: the training loss keeps falling (a dip of the held-out loss alone is no confirmation)
    healthy = np.array([np.nan, 2.0, 1.5, 1.0, 0.6, 0.4, 0.39, 0.3, 0.2, 0.1])
    assert evaluate([Collapse()], series, ["l"], timeline(10), {"loss": FALLING, "train_loss": healthy}) == []
    # switched off, it confirms nothing
    assert evaluate([Collapse(train_loss_rise=None)], series, ["l"], timeline(10),
                    {"loss": FALLING, "train_loss": train}) == []
    # a batch whose loss was not finite (read as inf) is a failure; NaN (not recorded) is nothing
    broken = train.copy()
    broken[6] = np.inf
    assert [a.severity for a in evaluate([Collapse()], series, ["l"], timeline(10),
                                         {"loss": FALLING, "train_loss": broken})] == ["failure"]
    missing = healthy.copy()
    missing[6:] = np.nan
    assert evaluate([Collapse()], series, ["l"], timeline(10), {"loss": FALLING, "train_loss": missing}) == []


def test_train_loss_rise_is_validated():
    with pytest.raises(MisconfigurationException, match=r"`train_loss_rise=-0.1` is not allowed; use a number in"):
        Collapse(train_loss_rise=-0.1)
