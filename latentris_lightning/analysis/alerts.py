"""Early-warning alerts: rules over the per-layer metric series of a run (``docs/metrics.md#alerts``).

A rule watches one layer's series snapshot by snapshot, and only the past: an alert at snapshot ``s`` depends on
snapshots ``0..s`` alone, so the callback, evaluating while training runs, and a later export agree. Each rule has a
*symptom* inside the layer, and raises an alert only when the symptom comes with an outcome going the wrong way at the
same snapshot (:mod:`latentris_lightning.analysis.evidence`: the probe or training loss giving back its progress, the
class separation falling, non-finite values): norm growth and rank compression while the loss falls and the classes
separate are what healthy learning looks like. ``confirm=False`` lets the symptom alone fire (as a warning).

An alert fires when its condition becomes true, and again only if its severity rises (``warning`` → ``failure``) while
the condition holds. Snapshots taken before ``warmup_epochs`` neither fire on a symptom nor serve as a reference: the
first epoch moves every representation a lot.

Rules (thresholds are arguments; every value is checked with an error naming the bad value and the allowed ones):

- :class:`Collapse`: the effective rank falls below ``rank_fraction`` of its best value so far, or the share of dead
  units rises above ``max_dead_fraction``.
- :class:`SeparationRegression`: a class-separation score (``metric``, default kNN accuracy) falls more than
  ``max_drop`` (relative) below its best value so far (confirmed by the probe loss or non-finite values).
- :class:`DriftSpike`: the samples' movement per epoch exceeds ``factor`` × its lowest value so far (training that
  speeds up again).
- :class:`Divergence`: non-finite activations (a failure on their own), or the activation norm grows beyond
  ``norm_factor`` × its median over the previous ``window`` snapshots.
- :class:`DeadUnitsRising`: an early *warning* on its own: the share of dead units rose at each of the last
  ``snapshots`` snapshots, by at least ``min_rise`` in all (units dying one after another: capacity lost before the
  loss shows it; healthy training's dead share settles instead).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar

import numpy as np

from latentris_lightning.analysis.evidence import (
    Finding,
    best_before,
    clean,
    loss_regression,
    nonfinite_values,
    separation_falling,
    train_loss_regression,
    window,
)
from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.globs import glob_match

#: Severity levels, mildest first.
SEVERITIES = ("warning", "failure")


@dataclass(frozen=True)
class Alert:
    """One fired rule: where (layer, snapshot), when (epoch, step), how bad (``severity``) and why (``message`` in
    words; ``evidence``: the symptom's numbers, what confirmed it and the series around it)."""

    rule: str
    layer: str
    layer_index: int
    snapshot: int
    epoch: int
    step: int
    epoch_float: float
    message: str
    evidence: dict[str, Any] = field(default_factory=dict)
    severity: str = "warning"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return f"[{self.rule} · {self.severity}] epoch {self.epoch} (step {self.step}), layer {self.layer}: " \
               f"{self.message}"


@dataclass(frozen=True)
class Timeline:
    """Where the snapshots sit: integer epoch, global step and continuous epoch position of each."""

    epochs: Sequence[int]
    steps: Sequence[int]
    epoch_floats: Sequence[float]


def _check_number(rule: str, name: str, value: Any, low: float, high: float | None, *, low_open: bool = False) -> None:
    allowed = f"{'(' if low_open else '['}{low}, {'∞)' if high is None else f'{high}]'}"
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if ok:
        ok = (value > low if low_open else value >= low) and (high is None or value <= high)
    if not ok:
        raise MisconfigurationException(
            f"alert rule {rule!r}: `{name}={value!r}` is not allowed; use a number in {allowed}."
        )


def _check_int(rule: str, name: str, value: Any, low: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise MisconfigurationException(
            f"alert rule {rule!r}: `{name}={value!r}` is not allowed; use an integer ≥ {low}."
        )


def _check_bool(rule: str, name: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise MisconfigurationException(
            f"alert rule {rule!r}: `{name}={value!r}` is not allowed; use True or False."
        )


#: Scores a separation regression can watch (and the separation confirmation reads): higher is better for each.
SEPARATION_METRICS = (
    "knn_accuracy",
    "silhouette",
    "fisher_ratio",
    "calinski_harabasz",
    "margin",
    "centroid_separation",
)


@dataclass(frozen=True, kw_only=True)
class Rule:
    """Base of every rule: which layers it watches (glob patterns, the rule of :mod:`latentris_lightning.globs`;
    ``None`` = all), the warm-up, and what confirms its symptom: ``loss_rise`` (the probe-loss regression, ``None`` =
    not read), ``train_loss_rise`` (the same test on the training loss the callback records, ``None`` = not read) or
    non-finite values; ``confirm=False`` lets the symptom alone fire."""

    name: ClassVar[str] = ""
    symptom_needs: ClassVar[tuple[str, ...]] = ()
    #: A leading indicator: its symptom alone fires, as a warning (a confirmation still goes in its evidence).
    leading: ClassVar[bool] = False

    layers: tuple[str, ...] | None = None
    warmup_epochs: float = 1.0
    confirm: bool = True
    loss_rise: float | None = 0.25
    train_loss_rise: float | None = 0.05

    def __post_init__(self) -> None:
        if self.layers is not None:
            if isinstance(self.layers, str) or not all(isinstance(p, str) for p in self.layers):
                raise MisconfigurationException(
                    f"alert rule {self.name!r}: `layers={self.layers!r}` is not allowed; use None (all layers) or a "
                    "list of layer names / glob patterns."
                )
            object.__setattr__(self, "layers", tuple(self.layers))
        _check_number(self.name, "warmup_epochs", self.warmup_epochs, 0, None)
        _check_bool(self.name, "confirm", self.confirm)
        if self.loss_rise is not None:
            _check_number(self.name, "loss_rise", self.loss_rise, 0, None)
        if self.train_loss_rise is not None:
            _check_number(self.name, "train_loss_rise", self.train_loss_rise, 0, None)

    @property
    def needs(self) -> tuple[str, ...]:
        """The per-layer series this rule reads (its symptom's and its confirmations')."""
        return tuple(dict.fromkeys((*self.symptom_needs, "nonfinite_fraction")))

    def watches(self, layer: str) -> bool:
        return self.layers is None or any(glob_match(layer, p) for p in self.layers)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.name}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out

    def symptoms(self, series: Mapping[str, np.ndarray], usable: np.ndarray, timeline: Timeline) -> list[dict | None]:
        """For one layer: per snapshot, ``None`` or the symptom's evidence (``metric``, ``value``, ``reference``,
        ``threshold``, ``message``; ``failure: True`` for a symptom that is a failure by itself, needing no
        confirmation; ``series``: the key of the series to carry, when not ``metric``)."""
        raise NotImplementedError

    def findings(self, series: Mapping[str, np.ndarray], usable: np.ndarray, s: int,
                 loss: np.ndarray | None, train: np.ndarray | None = None) -> list[Finding]:
        """The outcome signals at snapshot ``s`` that confirm a symptom (``train``: the training loss series)."""
        found = [nonfinite_values(series.get("nonfinite_fraction"), s), loss_regression(loss, s, self.loss_rise),
                 train_loss_regression(train, s, self.train_loss_rise)]
        return [f for f in found if f is not None]

    def window_columns(self, series: Mapping[str, np.ndarray], key: str) -> dict[str, np.ndarray | None]:
        return {key: series.get(key)}

    def conditions(self, series: Mapping[str, np.ndarray], usable: np.ndarray, timeline: Timeline,
                   probe: Mapping[str, np.ndarray] | None = None) -> list[dict | None]:
        """For one layer: per snapshot, ``None`` (no alert condition) or the alert's evidence, with its ``message`` and
        ``severity``."""
        loss = None if probe is None or "loss" not in probe else np.asarray(probe["loss"], dtype=np.float64)
        train = (None if probe is None or "train_loss" not in probe
                 else np.asarray(probe["train_loss"], dtype=np.float64))
        epoch_floats = list(timeline.epoch_floats)
        out: list[dict | None] = []
        for s, symptom in enumerate(self.symptoms(series, usable, timeline)):
            if symptom is None:
                out.append(None)
                continue
            symptom = dict(symptom)
            text = symptom.pop("message")
            key = symptom.pop("series", symptom["metric"])
            self_evident = bool(symptom.pop("failure", False))
            found = [] if self_evident else self.findings(series, usable, s, loss, train)
            if not found and not self_evident and self.confirm and not self.leading:
                out.append(None)
                continue
            failure = self_evident or any(f.failure for f in found)
            if self_evident:
                message = text
            elif found:
                message = f"{text}, while {' and '.join(f.message for f in found)}"
            elif self.leading:
                message = f"{text} (an early warning: the probe loss does not show it yet)"
            else:
                message = f"{text} (unconfirmed: confirm=False)"
            columns = {**self.window_columns(series, key), "probe_loss": loss, "train_loss": train}
            out.append({**{k: clean(v) if isinstance(v, float) else v for k, v in symptom.items()},
                        "symptom": text, "confirmed_by": [f.to_dict() for f in found],
                        "series": window(s, epoch_floats, columns),
                        "severity": "failure" if failure else "warning", "message": message})
        return out


def _check_separation_metrics(rule: str, value: Any) -> tuple[str, ...]:
    if (isinstance(value, str) or not isinstance(value, Sequence) or not value
            or not all(isinstance(m, str) and m in SEPARATION_METRICS for m in value)):
        raise MisconfigurationException(
            f"alert rule {rule!r}: `separation_metrics={value!r}` is not allowed; use a non-empty list of "
            f"{SEPARATION_METRICS}."
        )
    return tuple(value)


@dataclass(frozen=True, kw_only=True)
class LayerRule(Rule):
    """A rule whose symptom is confirmed by the layer's class separation too: every score in
    ``separation_metrics`` more than ``separation_drop`` (relative) below its best so far (``None`` = not read), while
    the probe loss is not at a new low."""

    separation_metrics: tuple[str, ...] = ("knn_accuracy", "silhouette")
    separation_drop: float | None = 0.1

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "separation_metrics",
                           _check_separation_metrics(self.name, self.separation_metrics))
        if self.separation_drop is not None:
            _check_number(self.name, "separation_drop", self.separation_drop, 0, 1, low_open=True)

    @property
    def needs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*super().needs, *self.separation_metrics)))

    def findings(self, series, usable, s, loss, train=None):
        found = super().findings(series, usable, s, loss, train)
        separation = separation_falling(series, usable, s, self.separation_metrics, self.separation_drop,
                                        loss)
        return found + ([separation] if separation is not None else [])

    def window_columns(self, series, key):
        return {key: series.get(key), **{m: series.get(m) for m in self.separation_metrics}}


def _window_before(values: np.ndarray, usable: np.ndarray, s: int, window: int) -> np.ndarray:
    earlier = values[:s][usable[:s]]
    earlier = earlier[np.isfinite(earlier)]
    return earlier[-window:]


@dataclass(frozen=True, kw_only=True)
class Collapse(LayerRule):
    """Effective rank below ``rank_fraction`` × its best value so far, or dead units above ``max_dead_fraction``.

    Either check is switched off with ``None``. Rank compression while the classes separate is neural collapse, the
    healthy end of a classifier's training: it needs the loss or the separation going the wrong way.
    """

    name: ClassVar[str] = "collapse"
    symptom_needs: ClassVar[tuple[str, ...]] = ("effective_rank", "dead_fraction")

    rank_fraction: float | None = 0.5
    max_dead_fraction: float | None = 0.5

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.rank_fraction is not None:
            _check_number(self.name, "rank_fraction", self.rank_fraction, 0, 1, low_open=True)
        if self.max_dead_fraction is not None:
            _check_number(self.name, "max_dead_fraction", self.max_dead_fraction, 0, 1)

    def symptoms(self, series, usable, timeline):
        rank, dead = series["effective_rank"], series["dead_fraction"]
        out: list[dict | None] = []
        for s in range(rank.size):
            evidence = None
            if usable[s] and self.rank_fraction is not None:
                best = best_before(rank, usable, s)
                if np.isfinite(best) and np.isfinite(rank[s]) and rank[s] < self.rank_fraction * best:
                    evidence = {"metric": "effective_rank", "value": float(rank[s]), "reference": best,
                                "threshold": self.rank_fraction * best,
                                "message": f"effective rank fell to {rank[s]:.2f} from a best of {best:.2f} "
                                           f"(threshold {self.rank_fraction:g} × best)"}
            if (evidence is None and usable[s] and self.max_dead_fraction is not None
                    and np.isfinite(dead[s]) and dead[s] > self.max_dead_fraction):
                evidence = {"metric": "dead_fraction", "value": float(dead[s]), "reference": None,
                            "threshold": self.max_dead_fraction,
                            "message": f"{dead[s]:.0%} of units are dead (threshold {self.max_dead_fraction:.0%})"}
            out.append(evidence)
        return out


@dataclass(frozen=True, kw_only=True)
class SeparationRegression(Rule):
    """``metric`` falls more than ``max_drop`` × |best| below its best value so far, for ``patience`` snapshots;
    confirmed by the probe loss regressing or non-finite values."""

    name: ClassVar[str] = "separation_regression"

    metric: str = "knn_accuracy"
    max_drop: float = 0.1
    patience: int = 1

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.metric not in SEPARATION_METRICS:
            raise MisconfigurationException(
                f"alert rule {self.name!r}: `metric={self.metric!r}` is not allowed; "
                f"choose one of {SEPARATION_METRICS}."
            )
        _check_number(self.name, "max_drop", self.max_drop, 0, 1, low_open=True)
        _check_int(self.name, "patience", self.patience, 1)

    @property
    def needs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.metric, *super().needs)))

    def symptoms(self, series, usable, timeline):
        values = series[self.metric]
        below = np.zeros(values.size, dtype=bool)
        out: list[dict | None] = []
        for s in range(values.size):
            best = best_before(values, usable, s)
            threshold = best - self.max_drop * abs(best)
            below[s] = bool(usable[s] and np.isfinite(best) and np.isfinite(values[s]) and values[s] < threshold)
            run = 0
            for t in range(s, -1, -1):
                if not usable[t]:
                    continue
                if not below[t]:
                    break
                run += 1
            if run >= self.patience:
                out.append({"metric": self.metric, "value": float(values[s]), "reference": best, "threshold": threshold,
                            "message": f"{self.metric} fell to {values[s]:.3f} from a best of {best:.3f} "
                                       f"(more than {self.max_drop:.0%} below)"})
            else:
                out.append(None)
        return out


@dataclass(frozen=True, kw_only=True)
class DriftSpike(LayerRule):
    """The layer moves faster than it did: movement per epoch above ``factor`` × its lowest value so far.

    Movement is the mean distance the samples moved since the previous snapshot, each snapshot standardised (centred,
    divided by its RMS radius), divided by the epochs between the two snapshots. A representation that speeds up again
    while the loss regresses or the classes mix is being pushed around, as by a growing learning rate. ``min_movement``
    is a floor below which nothing fires. The evidence also carries the CKA with the previous snapshot.
    """

    name: ClassVar[str] = "drift_spike"
    symptom_needs: ClassVar[tuple[str, ...]] = ("movement", "cka_previous")

    factor: float = 2.5
    min_movement: float = 0.0
    min_history: int = 2

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_number(self.name, "factor", self.factor, 1, None)
        _check_number(self.name, "min_movement", self.min_movement, 0, None)
        _check_int(self.name, "min_history", self.min_history, 1)

    def symptoms(self, series, usable, timeline):
        moved, cka = series["movement"], series["cka_previous"]
        positions = np.asarray(timeline.epoch_floats, dtype=np.float64)
        rate = np.full(moved.size, np.nan)
        drift_usable = np.zeros(moved.size, dtype=bool)
        for s in range(1, moved.size):
            gap = positions[s] - positions[s - 1]
            rate[s] = moved[s] / gap if gap > 0 else moved[s]
            drift_usable[s] = bool(usable[s] and usable[s - 1])
        out: list[dict | None] = []
        for s in range(moved.size):
            history = rate[:s][drift_usable[:s]]
            history = history[np.isfinite(history)]
            if not drift_usable[s] or history.size < self.min_history or not np.isfinite(rate[s]):
                out.append(None)
                continue
            reference = float(history.min())
            threshold = max(self.factor * reference, self.min_movement)
            if rate[s] > threshold:
                out.append({"metric": "movement_per_epoch", "value": float(rate[s]), "reference": reference,
                            "threshold": threshold, "cka_previous": float(cka[s]), "series": "movement",
                            "message": f"samples moved {rate[s]:.3f}/epoch, {rate[s] / reference:.1f} × the slowest "
                                       f"pace so far ({reference:.3f}/epoch; CKA with the previous snapshot "
                                       f"{cka[s]:.3f})"})
            else:
                out.append(None)
        return out


@dataclass(frozen=True, kw_only=True)
class Divergence(LayerRule):
    """Non-finite activations (``nonfinite=True``; a failure by itself, no warm-up), or the activation norm above
    ``norm_factor`` × its recent median (the median of at least ``min_history`` earlier snapshots after the warm-up:
    early in training norms grow from their initial scale, and one earlier value is no baseline). Norm growth while
    the loss falls is a classifier growing its margins: it needs the loss or the separation going the wrong way."""

    name: ClassVar[str] = "divergence"
    symptom_needs: ClassVar[tuple[str, ...]] = ("activation_norm", "nonfinite_fraction")

    norm_factor: float | None = 3.0
    window: int = 5
    min_history: int = 2
    nonfinite: bool = True

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.norm_factor is not None:
            _check_number(self.name, "norm_factor", self.norm_factor, 1, None, low_open=True)
        _check_int(self.name, "window", self.window, 1)
        _check_int(self.name, "min_history", self.min_history, 1)
        _check_bool(self.name, "nonfinite", self.nonfinite)

    def symptoms(self, series, usable, timeline):
        norm, bad = series["activation_norm"], series["nonfinite_fraction"]
        out: list[dict | None] = []
        for s in range(norm.size):
            if self.nonfinite and bad[s] > 0:  # never a warm-up for NaN/Inf
                out.append({"metric": "nonfinite_fraction", "value": float(bad[s]), "reference": None, "threshold": 0.0,
                            "failure": True, "message": f"{bad[s]:.1%} of activations are NaN or infinite"})
                continue
            history = _window_before(norm, usable, s, self.window)
            if usable[s] and self.norm_factor is not None and history.size >= self.min_history and np.isfinite(norm[s]):
                reference = float(np.median(history))
                if reference > 0 and norm[s] > self.norm_factor * reference:
                    out.append({"metric": "activation_norm", "value": float(norm[s]), "reference": reference,
                                "threshold": self.norm_factor * reference,
                                "message": f"activation norm {norm[s]:.3g} is {norm[s] / reference:.1f} × its recent "
                                           f"median {reference:.3g}"})
                    continue
            out.append(None)
        return out


@dataclass(frozen=True, kw_only=True)
class DeadUnitsRising(Rule):
    """The share of dead units (``dead_fraction``: units constant over the probe) rose at each of the last
    ``snapshots`` usable snapshots, by ``min_rise`` or more in all (absolute). A leading indicator: it fires as a
    warning without a confirmation (the probe loss or non-finite values, when present, go in its evidence and can
    make it a failure). ReLUs dying one after another remove capacity the network may compensate for for a while;
    in healthy training the dead share settles after the first epochs. It reads ``dead_fraction`` only (and
    ``nonfinite_fraction`` and the probe loss for its evidence)."""

    name: ClassVar[str] = "dead_units_rising"
    symptom_needs: ClassVar[tuple[str, ...]] = ("dead_fraction",)
    leading: ClassVar[bool] = True

    snapshots: int = 3
    min_rise: float = 0.1

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_int(self.name, "snapshots", self.snapshots, 1)
        _check_number(self.name, "min_rise", self.min_rise, 0, 1, low_open=True)

    def symptoms(self, series, usable, timeline):
        dead = series["dead_fraction"]
        out: list[dict | None] = []
        for s in range(dead.size):
            # the last `snapshots` + 1 usable snapshots up to s (only the past and s itself)
            idx = np.flatnonzero(usable[:s + 1])[-(self.snapshots + 1):]
            values = dead[idx]
            if (not usable[s] or idx.size < self.snapshots + 1 or not np.all(np.isfinite(values))
                    or not np.all(np.diff(values) > 0) or values[-1] - values[0] < self.min_rise):
                out.append(None)
                continue
            out.append({"metric": "dead_fraction", "value": float(values[-1]), "reference": float(values[0]),
                        "threshold": float(values[0]) + self.min_rise,
                        "message": f"dead units rose at each of the last {self.snapshots} snapshots, "
                                   f"{values[0]:.0%} → {values[-1]:.0%} (threshold: +{self.min_rise:.0%})"})
        return out


RULES: dict[str, type[Rule]] = {r.name: r for r in (Collapse, SeparationRegression, DriftSpike, Divergence,
                                                     DeadUnitsRising)}


def default_rules() -> list[Rule]:
    return [cls() for cls in RULES.values()]


def _rule_from_mapping(name: str, params: Mapping[str, Any]) -> Rule:
    cls = RULES[name]
    allowed = [f.name for f in fields(cls)]
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise MisconfigurationException(f"alert rule {name!r} has no parameter {unknown}; allowed: {allowed}.")
    return cls(**params)


def rule_from_dict(data: Mapping[str, Any]) -> Rule:
    """Inverse of :meth:`Rule.to_dict`."""
    params = dict(data)
    name = params.pop("rule", None)
    if name not in RULES:
        raise MisconfigurationException(f"unknown alert rule {name!r}; choose one of {sorted(RULES)}.")
    if params.get("layers") is not None:
        params["layers"] = tuple(params["layers"])
    return _rule_from_mapping(name, params)


def check_rules(spec: Any) -> list[Rule]:
    """Normalise the user's ``alerts`` argument into a list of rules.

    ``None`` or ``True``: the default rules. ``False`` or ``[]``: none. A sequence of :class:`Rule` instances (or
    their ``to_dict()`` forms): exactly those. A mapping ``{rule name: {parameter: value} | None}``: the default
    rules with those parameters changed, ``None`` switching a rule off.
    """
    if spec is None or spec is True:
        return default_rules()
    if spec is False:
        return []
    if isinstance(spec, Rule):
        return [spec]
    if isinstance(spec, Mapping):
        unknown = sorted(set(spec) - set(RULES))
        if unknown:
            raise MisconfigurationException(f"unknown alert rules {unknown}; choose from {sorted(RULES)}.")
        rules = []
        for rule in default_rules():
            if rule.name not in spec:
                rules.append(rule)
            elif spec[rule.name] is not None:
                params = spec[rule.name]
                if not isinstance(params, Mapping):
                    raise MisconfigurationException(
                        f"alerts[{rule.name!r}] must be a mapping of parameters or None (off); got {params!r}."
                    )
                rules.append(_rule_from_mapping(rule.name, params))
        return rules
    if isinstance(spec, Sequence) and not isinstance(spec, (str, bytes)):
        rules = []
        for item in spec:
            if isinstance(item, Rule):
                rules.append(item)
            elif isinstance(item, Mapping):
                rules.append(rule_from_dict(item))
            else:
                raise MisconfigurationException(
                    f"alert rule {item!r} is not allowed; use instances of {[c.__name__ for c in RULES.values()]}."
                )
        return rules
    raise MisconfigurationException(
        f"`alert_rules={spec!r}` is not allowed; use None (default rules), False (none), a list of rules or a mapping "
        f"{{rule name: parameters}} with rule names {sorted(RULES)}."
    )


def evaluate(
    rules: Sequence[Rule],
    series: Mapping[str, np.ndarray],
    layers: Sequence[str],
    timeline: Timeline,
    probe: Mapping[str, np.ndarray] | None = None,
) -> list[Alert]:
    """Every alert of ``rules`` over ``series`` (``{metric key: (L, S) array}``), ordered by snapshot, then layer.

    ``probe``: the probe's series over the snapshots (``{"loss": (S,), "accuracy": (S,)}``, as
    ``RunMetrics.probe_series``) and, optionally, the training loss (``"train_loss"``, as
    ``RunMetrics.outcome_series``); without them (or with NaN losses: none recorded) those confirmations are not
    available. A rule fires at the snapshots where its condition turns true (edge-triggered per layer), and again
    where its severity rises while the condition holds.
    """
    epoch_floats = np.asarray(timeline.epoch_floats, dtype=np.float64)
    n_snapshots = epoch_floats.size
    if probe is not None:
        for key, values in probe.items():
            if np.shape(values) != (n_snapshots,):
                raise ValueError(f"probe series {key!r} has shape {np.shape(values)}; expected ({n_snapshots},), "
                                 "one value per snapshot")
    alerts: list[Alert] = []
    for rule in rules:
        needs = rule.needs
        missing = [key for key in needs if key not in series]
        if missing:
            raise KeyError(f"alert rule {rule.name!r} needs the series {missing}")
        for li, layer in enumerate(layers):
            if not rule.watches(layer):
                continue
            usable = epoch_floats >= rule.warmup_epochs
            conditions = rule.conditions({k: np.asarray(series[k][li], dtype=np.float64) for k in needs}, usable,
                                         timeline, probe)
            previous: str | None = None  # severity of the condition at the previous snapshot
            for s, evidence in enumerate(conditions):
                severity: str | None = None if evidence is None else str(evidence["severity"])
                if severity is not None and (previous is None
                                             or SEVERITIES.index(severity) > SEVERITIES.index(previous)):
                    assert evidence is not None
                    evidence = dict(evidence)
                    message = evidence.pop("message")
                    evidence.pop("severity")
                    alerts.append(Alert(rule.name, layer, li, s, int(timeline.epochs[s]), int(timeline.steps[s]),
                                        float(epoch_floats[s]), message, evidence, severity))
                previous = severity if previous is None or severity is None else max(
                    previous, severity, key=SEVERITIES.index)
    alerts.sort(key=lambda a: (a.snapshot, a.layer_index, a.rule))
    return alerts
