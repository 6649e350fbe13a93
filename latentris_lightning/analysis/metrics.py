"""Every metric of a run, in one place: class geometry (:mod:`geometry`), representation health and CKA
(:mod:`health`), per-sample scores, and the alerts over them (:mod:`alerts`).

Used by the export (whole run, from the run store) and by the callback (one snapshot at a time while training, for
the loggers and the alerts printed at fit end). Both give the same numbers: the subsample of snapshot ``s``, layer
``l`` comes from ``np.random.default_rng([seed, s, l])``, never from a global generator.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from latentris_lightning.analysis.alerts import Alert, Rule, Timeline, check_rules, evaluate
from latentris_lightning.analysis.dynamics import SampleDynamics, sample_dynamics
from latentris_lightning.analysis.geometry import METRICS, PER_CLASS, SAMPLE_LIMIT, MetricSpec, class_geometry
from latentris_lightning.analysis.health import (
    HEALTH_METRICS,
    CkaOperand,
    cka_matrix,
    linear_cka,
    operand_movement,
)
from latentris_lightning.store.reader import Run, SnapshotInfo, epoch_positions

#: Every scalar series, one value per (layer, snapshot), in chart order.
SERIES: tuple[MetricSpec, ...] = METRICS + HEALTH_METRICS
#: Series computed but not charted: the alerts read them.
HIDDEN_SERIES = ("nonfinite_fraction",)
#: Per-sample scores per (layer, snapshot), exported for colouring points.
SAMPLE_SCORES = (
    MetricSpec("distance", "Distance to class centroid", "Distance to the own class centroid ÷ RMS radius."),
    MetricSpec("margin", "Centroid margin", "Nearest other class centroid minus own centroid distance ÷ RMS radius."),
    MetricSpec("movement", "Movement", "Distance moved since the previous snapshot, both standardised."),
)
#: Per-snapshot scalars of the model's output on the probe (not per layer).
PROBE_METRICS = (
    MetricSpec("accuracy", "Probe accuracy", "Share of probe samples the model classifies correctly."),
    MetricSpec("loss", "Probe loss", "Mean per-sample loss on the probe."),
)


@dataclass
class SnapshotMetrics:
    """Metrics of one snapshot: per layer (lists indexed by layer) and of the probe as a whole."""

    scalars: list[dict[str, float]]
    per_class: list[dict[str, np.ndarray]]
    per_sample: list[dict[str, np.ndarray]]
    centroid_matrices: list[np.ndarray]
    cka_layers: np.ndarray
    probe: dict[str, float]
    correct: np.ndarray
    seconds: float = 0.0


def snapshot_metrics(
    activations: Sequence[np.ndarray],
    labels: np.ndarray,
    *,
    predictions: np.ndarray | None = None,
    losses: np.ndarray | None = None,
    previous: Sequence[CkaOperand] | None = None,
    n_classes: int | None = None,
    seed: int = 0,
    snapshot_index: int = 0,
    sample_limit: int = SAMPLE_LIMIT,
) -> tuple[SnapshotMetrics, list[CkaOperand]]:
    """Metrics of one snapshot from each layer's activations ``(N, D_l)`` (any float dtype; a memory map is read in
    row blocks, float16/float32 are never copied to float64 whole).

    ``previous``: the prepared activations of the previous snapshot (as returned here), for drift and movement.
    Returns the metrics and this snapshot's prepared activations (pass them as ``previous`` to the next call).
    """
    started = time.perf_counter()
    labels = np.asarray(labels, dtype=np.int64)
    n = labels.shape[0]
    n_classes = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    operands = [CkaOperand(x) for x in activations]
    scalars, per_class, per_sample, matrices = [], [], [], []
    for li, (x, op) in enumerate(zip(activations, operands, strict=True)):
        rng = np.random.default_rng([int(seed), int(snapshot_index), li])
        geometry = class_geometry(x, labels, n_classes=n_classes, sample_limit=sample_limit, rng=rng)
        values = dict(geometry.scalars)
        values.update(op.health())
        prev = previous[li] if previous is not None else None
        if prev is not None and prev.n_samples == n and prev.dim == op.dim:
            values["cka_previous"] = linear_cka(prev, op)
            moved = operand_movement(prev, op)
            values["movement"] = float(np.mean(moved))
        else:
            values["cka_previous"] = float("nan")
            moved = np.full(n, np.nan)
            values["movement"] = float("nan")
        scalars.append(values)
        per_class.append({key: geometry.per_class[key].astype(np.float32) for key in PER_CLASS})
        per_sample.append({
            "distance": geometry.per_sample["distance"].astype(np.float32),
            "margin": geometry.per_sample["margin"].astype(np.float32),
            "movement": moved.astype(np.float32),
        })
        matrix = geometry.centroid_matrix
        empty = np.full((n_classes, n_classes), np.nan, np.float32)
        matrices.append(empty if matrix is None else matrix.astype(np.float32))
    if predictions is not None:
        predicted = np.asarray(predictions, dtype=np.int64)
        correct = np.where(predicted < 0, -1, predicted == labels).astype(np.int8)
        known = predicted >= 0
        accuracy = float(np.mean(predicted[known] == labels[known])) if known.any() else float("nan")
    else:
        correct = np.full(n, -1, dtype=np.int8)
        accuracy = float("nan")
    if losses is not None:
        losses = np.asarray(losses, dtype=np.float64)
        loss = float(np.nanmean(losses)) if not np.isnan(losses).all() else float("nan")
    else:
        loss = float("nan")
    metrics = SnapshotMetrics(
        scalars=scalars,
        per_class=per_class,
        per_sample=per_sample,
        centroid_matrices=matrices,
        cka_layers=cka_matrix(operands),
        probe={"accuracy": accuracy, "loss": loss},
        correct=correct,
        seconds=time.perf_counter() - started,
    )
    return metrics, operands



@dataclass
class RunMetrics:
    """Metrics of every snapshot of a run, grown one snapshot at a time, and the alerts over them."""

    layers: list[str]
    n_classes: int
    rules: list[Rule] = field(default_factory=list)
    snapshots: list[SnapshotInfo] = field(default_factory=list)
    metrics: list[SnapshotMetrics] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    #: per-sample training dynamics over the whole run (``docs/dynamics.md``); set by :func:`compute_run_metrics`
    dynamics: SampleDynamics | None = None

    def append(self, key: SnapshotInfo, metrics: SnapshotMetrics) -> list[Alert]:
        """Add the next snapshot's metrics; returns the alerts it raised."""
        self.snapshots.append(key)
        self.metrics.append(metrics)
        before = {(a.rule, a.layer, a.snapshot) for a in self.alerts}
        self.alerts = evaluate(self.rules, self.series(), self.layers, self.timeline(), self.outcome_series())
        return [a for a in self.alerts if (a.rule, a.layer, a.snapshot) not in before]

    def timeline(self) -> Timeline:
        return Timeline(
            epochs=[s.epoch for s in self.snapshots],
            steps=[s.step for s in self.snapshots],
            epoch_floats=epoch_positions(self.snapshots),
        )

    def series(self) -> dict[str, np.ndarray]:
        """``{metric key: (L, S) float64}`` for every per-layer scalar."""
        keys = [spec.key for spec in SERIES] + list(HIDDEN_SERIES)
        return {
            key: np.array([[m.scalars[li].get(key, np.nan) for m in self.metrics] for li in range(len(self.layers))],
                          dtype=np.float64).reshape(len(self.layers), len(self.metrics))
            for key in keys
        }

    def probe_series(self) -> dict[str, np.ndarray]:
        return {spec.key: np.array([m.probe[spec.key] for m in self.metrics]) for spec in PROBE_METRICS}

    def training_series(self) -> dict[str, np.ndarray]:
        """``{"train_loss": (S,)}``: the mean training loss of each snapshot's epoch as the callback recorded it
        (``docs/run-store.md#training-loss``; NaN where none was recorded)."""
        return {"train_loss": np.array([s.train_loss for s in self.snapshots], dtype=np.float64)}

    def outcome_series(self) -> dict[str, np.ndarray]:
        """What the alert rules read besides the layers: the probe's series and the training loss."""
        return {**self.probe_series(), **self.training_series()}

    def log_dict(self, snapshot: int = -1) -> dict[str, float]:
        """Scalars of one snapshot under the logger namespace ``latentris/<layer>/<metric>`` and ``latentris/probe/…``.

        Non-finite values are left out (loggers handle NaN badly).
        """
        m = self.metrics[snapshot]
        out: dict[str, float] = {}
        for li, layer in enumerate(self.layers):
            for spec in SERIES:
                value = m.scalars[li].get(spec.key, float("nan"))
                if np.isfinite(value):
                    out[f"latentris/{layer}/{spec.key}"] = float(value)
        for spec in PROBE_METRICS:
            if np.isfinite(m.probe[spec.key]):
                out[f"latentris/probe/{spec.key}"] = float(m.probe[spec.key])
        snapshot_index = snapshot % len(self.metrics)
        out["latentris/alerts"] = float(sum(1 for a in self.alerts if a.snapshot <= snapshot_index))
        return out

    @property
    def seconds(self) -> float:
        return float(sum(m.seconds for m in self.metrics))


def run_rules(run: Run) -> list[Rule]:
    """The alert rules recorded in the run's config (by the callback), or the defaults."""
    recorded = run.manifest.get("config", {}).get("alerts")
    return check_rules(None if recorded is None else recorded)


def compute_run_metrics(
    run: Run,
    *,
    rules: Any = None,
    seed: int | None = None,
    sample_limit: int = SAMPLE_LIMIT,
    on_snapshot: Callable[[int], None] | None = None,
    dynamics: bool = True,
) -> RunMetrics:
    """Every metric of every snapshot of ``run``, and the alerts.

    ``rules``: as the callback's ``alerts`` argument (default: the rules recorded in the run, else the defaults).
    ``seed``: of the subsamples (default: the run's recorded seed).
    ``dynamics``: also compute the per-sample training dynamics (``result.dynamics``, ``docs/dynamics.md``).
    """
    rules = run_rules(run) if rules is None else check_rules(rules)
    seed = int(run.manifest.get("config", {}).get("seed", 0)) if seed is None else int(seed)
    result = RunMetrics(layers=list(run.layers), n_classes=len(run.class_names), rules=rules)
    previous = None
    for info in run.snapshots:
        # memory-mapped, in the stored dtype: every pass reads row blocks, never all layers as float64
        activations = [run.stored_activations(layer, snapshot=info.index) for layer in run.layers]
        metrics, previous = snapshot_metrics(
            activations, run.labels, predictions=run.predictions(snapshot=info.index),
            losses=run.losses(snapshot=info.index), previous=previous, n_classes=len(run.class_names), seed=seed,
            snapshot_index=info.index, sample_limit=sample_limit,
        )
        result.append(info, metrics)
        if on_snapshot is not None:
            on_snapshot(info.index)
    if dynamics and run.snapshots:
        result.dynamics = sample_dynamics(run)
    return result
