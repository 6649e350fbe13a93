"""Early-warning alerts: rules over the per-layer metric series of a run (``docs/metrics.md#alerts``).

A rule looks at one layer's series snapshot by snapshot and only at the past (an alert at snapshot ``s`` depends on
snapshots ``0..s`` alone, so the callback, evaluating while training runs, and a later export agree). It fires when
its condition becomes true; while the condition stays true it does not fire again. Snapshots taken before
``warmup_epochs`` neither fire nor serve as a reference: the first epoch moves every representation a lot.

Rules (thresholds are arguments; every value is checked with an error naming the bad value and the allowed ones):

- :class:`Collapse`: the effective rank falls below ``rank_fraction`` of its best value so far, or the share of dead
  units rises above ``max_dead_fraction``.
- :class:`SeparationRegression`: a class-separation score (``metric``, default kNN accuracy) falls more than
  ``max_drop`` (relative) below its best value so far.
- :class:`DriftSpike`: the samples' movement per epoch exceeds ``factor`` × its lowest value so far (training that
  speeds up again).
- :class:`Divergence`: non-finite activations, or the activation norm grows beyond ``norm_factor`` × its median over
  the previous ``window`` snapshots.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar

import numpy as np

from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.globs import glob_match


@dataclass(frozen=True)
class Alert:
    """One fired rule: where (layer, snapshot), when (epoch, step) and why (``evidence``)."""

    rule: str
    layer: str
    layer_index: int
    snapshot: int
    epoch: int
    step: int
    epoch_float: float
    message: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return f"[{self.rule}] epoch {self.epoch} (step {self.step}), layer {self.layer}: {self.message}"


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


@dataclass(frozen=True, kw_only=True)
class Rule:
    """Base of every rule: which layers it watches (glob patterns, the rule of :mod:`latentris_lightning.globs`;
    ``None`` = all) and the warm-up."""

    name: ClassVar[str] = ""
    needs: ClassVar[tuple[str, ...]] = ()

    layers: tuple[str, ...] | None = None
    warmup_epochs: float = 1.0

    def __post_init__(self) -> None:
        if self.layers is not None:
            if isinstance(self.layers, str) or not all(isinstance(p, str) for p in self.layers):
                raise MisconfigurationException(
                    f"alert rule {self.name!r}: `layers={self.layers!r}` is not allowed; use None (all layers) or a "
                    "list of layer names / glob patterns."
                )
            object.__setattr__(self, "layers", tuple(self.layers))
        _check_number(self.name, "warmup_epochs", self.warmup_epochs, 0, None)

    def watches(self, layer: str) -> bool:
        return self.layers is None or any(glob_match(layer, p) for p in self.layers)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.name}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out

    def conditions(self, series: Mapping[str, np.ndarray], usable: np.ndarray, timeline: Timeline) -> list[dict | None]:
        """For one layer: per snapshot, ``None`` (condition false) or the evidence of a true condition."""
        raise NotImplementedError


def _best_before(values: np.ndarray, usable: np.ndarray, s: int, fn=np.nanmax) -> float:
    earlier = values[:s][usable[:s]]
    earlier = earlier[np.isfinite(earlier)]
    return float(fn(earlier)) if earlier.size else float("nan")


def _window_before(values: np.ndarray, usable: np.ndarray, s: int, window: int) -> np.ndarray:
    earlier = values[:s][usable[:s]]
    earlier = earlier[np.isfinite(earlier)]
    return earlier[-window:]


@dataclass(frozen=True, kw_only=True)
class Collapse(Rule):
    """Effective rank below ``rank_fraction`` × its best value so far, or dead units above ``max_dead_fraction``.

    Either check is switched off with ``None``.
    """

    name: ClassVar[str] = "collapse"
    needs: ClassVar[tuple[str, ...]] = ("effective_rank", "dead_fraction")

    rank_fraction: float | None = 0.5
    max_dead_fraction: float | None = 0.5

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.rank_fraction is not None:
            _check_number(self.name, "rank_fraction", self.rank_fraction, 0, 1, low_open=True)
        if self.max_dead_fraction is not None:
            _check_number(self.name, "max_dead_fraction", self.max_dead_fraction, 0, 1)

    def conditions(self, series, usable, timeline):
        rank, dead = series["effective_rank"], series["dead_fraction"]
        out: list[dict | None] = []
        for s in range(rank.size):
            evidence = None
            if usable[s] and self.rank_fraction is not None:
                best = _best_before(rank, usable, s)
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


#: Scores a separation regression can watch: higher is better for each.
SEPARATION_METRICS = (
    "knn_accuracy",
    "silhouette",
    "fisher_ratio",
    "calinski_harabasz",
    "margin",
    "centroid_separation",
)


@dataclass(frozen=True, kw_only=True)
class SeparationRegression(Rule):
    """``metric`` falls more than ``max_drop`` × |best| below its best value so far, for ``patience`` snapshots."""

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
    def needs(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.metric,)

    def conditions(self, series, usable, timeline):
        values = series[self.metric]
        below = np.zeros(values.size, dtype=bool)
        out: list[dict | None] = []
        for s in range(values.size):
            best = _best_before(values, usable, s)
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
class DriftSpike(Rule):
    """The layer moves faster than it did: movement per epoch above ``factor`` × its lowest value so far.

    Movement is the mean distance the samples moved since the previous snapshot, each snapshot standardised (centred,
    divided by its RMS radius), divided by the epochs between the two snapshots. After the first epoch, healthy
    training slows down (or keeps its pace); a representation that speeds up again is being pushed around, as by a
    growing learning rate. ``min_movement`` is a floor below which nothing fires. The evidence also carries the CKA
    with the previous snapshot.
    """

    name: ClassVar[str] = "drift_spike"
    needs: ClassVar[tuple[str, ...]] = ("movement", "cka_previous")

    factor: float = 2.5
    min_movement: float = 0.0
    min_history: int = 2

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_number(self.name, "factor", self.factor, 1, None)
        _check_number(self.name, "min_movement", self.min_movement, 0, None)
        _check_int(self.name, "min_history", self.min_history, 1)

    def conditions(self, series, usable, timeline):
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
                            "threshold": threshold, "cka_previous": float(cka[s]),
                            "message": f"samples moved {rate[s]:.3f}/epoch, {rate[s] / reference:.1f} × the slowest "
                                       f"pace so far ({reference:.3f}/epoch; CKA with the previous snapshot "
                                       f"{cka[s]:.3f})"})
            else:
                out.append(None)
        return out


@dataclass(frozen=True, kw_only=True)
class Divergence(Rule):
    """Non-finite activations (``nonfinite=True``), or the activation norm above ``norm_factor`` × its recent median
    (the median of at least ``min_history`` earlier snapshots after the warm-up: early in training norms grow from
    their initial scale, and one earlier value is no baseline)."""

    name: ClassVar[str] = "divergence"
    needs: ClassVar[tuple[str, ...]] = ("activation_norm", "nonfinite_fraction")

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
        if not isinstance(self.nonfinite, bool):
            raise MisconfigurationException(
                f"alert rule {self.name!r}: `nonfinite={self.nonfinite!r}` is not allowed; use True or False."
            )

    def conditions(self, series, usable, timeline):
        norm, bad = series["activation_norm"], series["nonfinite_fraction"]
        out: list[dict | None] = []
        for s in range(norm.size):
            if self.nonfinite and bad[s] > 0:  # never a warm-up for NaN/Inf
                out.append({"metric": "nonfinite_fraction", "value": float(bad[s]), "reference": None, "threshold": 0.0,
                            "message": f"{bad[s]:.1%} of activations are NaN or infinite"})
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


RULES: dict[str, type[Rule]] = {r.name: r for r in (Collapse, SeparationRegression, DriftSpike, Divergence)}


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
    rules: Sequence[Rule], series: Mapping[str, np.ndarray], layers: Sequence[str], timeline: Timeline
) -> list[Alert]:
    """Every alert of ``rules`` over ``series`` (``{metric key: (L, S) array}``), ordered by snapshot, then layer.

    A rule fires at the snapshots where its condition turns true (edge-triggered per layer).
    """
    epoch_floats = np.asarray(timeline.epoch_floats, dtype=np.float64)
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
                                         timeline)
            previous = None
            for s, evidence in enumerate(conditions):
                if evidence is not None and previous is None:
                    evidence = dict(evidence)
                    message = evidence.pop("message")
                    alerts.append(Alert(rule.name, layer, li, s, int(timeline.epochs[s]), int(timeline.steps[s]),
                                        float(epoch_floats[s]), message, evidence))
                previous = evidence
    alerts.sort(key=lambda a: (a.snapshot, a.layer_index, a.rule))
    return alerts

