"""What confirms an alert: the outcome signals a rule's symptom must come with (``docs/metrics.md#alerts``).

A symptom inside a layer (norm growth, rank compression, dead units, faster drift, a dip in one separation score) is
also what healthy learning looks like: a classifier's layers grow, compress towards C − 1 dimensions and speed up
while the classes separate. So a symptom raises an alert only together with an outcome going the wrong way at the
same snapshot, each judged on the past alone (snapshots ``0..s``):

- **probe loss regression**: the probe's mean loss gave back more than ``loss_rise`` of the progress it had made,
  ``loss[s] > best + loss_rise × (first − best)`` (``first``: its first finite value, the untrained model; ``best``: its
  lowest value before ``s``); when it never fell (``first ≤ best``), ``loss[s] > first × (1 + loss_rise)``;
- **separation falling**: every score in ``separation_metrics`` lies more than ``separation_drop × |best|`` below its
  best value so far (after the warm-up), or became undefined (NaN: the layer is constant) after being defined, while
  the probe loss is not at a new low (a network escaping a plateau reorganises its inner layers, and their scores dip
  below the noisy values of the plateau, while its loss falls faster than ever);
- **training loss regression**: the training loss the callback recorded (mean over the snapshot's epoch) gave back
  more than ``train_loss_rise`` of its progress, the same test as the probe loss's (``first``: the first epoch's
  mean). It reads training, not the held-out probe: a step that makes the optimisation itself worse (a learning rate
  too high, units dying) shows there, sometimes an epoch before the held-out losses; memorisation does not;
- **non-finite values**: NaN/infinite activations in the layer, a non-finite probe loss after a finite one, or a
  non-finite training-batch loss.

Severity: ``failure`` when values are non-finite or the probe loss is back at or above its untrained value (all the
progress lost; the training loss back at or above its first epoch's mean); ``warning`` otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Snapshots of each series an alert carries as evidence: the one that fired and up to this many before it.
WINDOW = 4


@dataclass(frozen=True)
class Finding:
    """One outcome signal at one snapshot: which series, its value, the reference and threshold it was held to."""

    metric: str
    value: float | None
    reference: float | None
    threshold: float | None
    message: str
    failure: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "value": clean(self.value), "reference": clean(self.reference),
                "threshold": clean(self.threshold), "message": self.message}


def clean(value: Any) -> Any:
    """A JSON-safe number: ``None`` for NaN/infinite values (``alerts.json`` must stay valid JSON)."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def best_before(values: np.ndarray, usable: np.ndarray, s: int, fn=np.nanmax) -> float:
    """``fn`` over the finite usable values before ``s`` (NaN when there are none)."""
    earlier = values[:s][usable[:s]]
    earlier = earlier[np.isfinite(earlier)]
    return float(fn(earlier)) if earlier.size else float("nan")


def loss_regression(loss: np.ndarray | None, s: int, loss_rise: float | None, *, metric: str = "probe_loss",
                    name: str = "the probe loss") -> Finding | None:
    """The probe loss at ``s`` going the wrong way (see the module docstring), or ``None``.

    ``metric``/``name``: the same test on another loss series (the training loss: ``train_loss_regression``)."""
    if loss is None or loss_rise is None or loss.size <= s:
        return None
    finite_before = loss[:s][np.isfinite(loss[:s])]
    value = float(loss[s])
    if not math.isfinite(value):
        if math.isinf(value) or (finite_before.size and metric == "probe_loss"):
            return Finding(metric, None, None, None, f"{name} is non-finite", failure=True)
        return None  # never recorded (the training loss: NaN = not recorded at this snapshot)
    if not finite_before.size:
        return None
    first, best = float(finite_before[0]), float(finite_before.min())
    origin = "untrained" if metric == "probe_loss" else "first recorded"
    if first > best:
        threshold = best + loss_rise * (first - best)
        text = f"{name} rose to {value:.3g} from a best of {best:.3g} (threshold {threshold:.3g}: " \
               f"{loss_rise:.0%} of the progress from {first:.3g} given back)"
    else:
        threshold = first * (1 + loss_rise)
        text = f"{name} rose to {value:.3g}, {loss_rise:.0%} above its {origin} {first:.3g} (it never fell)"
    if value <= threshold:
        return None
    failure = value >= first
    if failure:
        text += f"; it is back at or above its {origin} value"
    return Finding(metric, value, best, threshold, text, failure=failure)


def train_loss_regression(train_loss: np.ndarray | None, s: int, rise: float | None) -> Finding | None:
    """The training loss (the mean over the snapshot's epoch, as the callback records it) at ``s`` giving back more
    than ``rise`` of its progress, the test of :func:`loss_regression` (``first``: the first recorded epoch's mean);
    ``None`` when not recorded. Infinite = a batch's loss was not finite: a failure."""
    return loss_regression(train_loss, s, rise, metric="train_loss", name="the training loss")


def loss_at_new_low(loss: np.ndarray | None, s: int) -> bool:
    """The probe loss at ``s`` is finite and below every earlier finite value (``False`` without a loss)."""
    if loss is None or loss.size <= s or not math.isfinite(float(loss[s])):
        return False
    earlier = loss[:s][np.isfinite(loss[:s])]
    return bool(earlier.size) and float(loss[s]) < float(earlier.min())


def separation_falling(
    series: Mapping[str, np.ndarray], usable: np.ndarray, s: int, metrics: Sequence[str], drop: float | None,
    loss: np.ndarray | None = None,
) -> Finding | None:
    """Every score in ``metrics`` below its best so far by more than ``drop × |best|`` at ``s``, with the probe
    ``loss`` (when given) not at a new low; else ``None``."""
    if drop is None or not metrics or not usable[s] or loss_at_new_low(loss, s):
        return None
    parts, first = [], None
    for key in metrics:
        values = series[key]
        best = best_before(values, usable, s)
        if not math.isfinite(best):
            return None
        value = float(values[s])
        if not math.isfinite(value):
            parts.append(f"{key} became undefined (the layer is constant) from a best of {best:.3g}")
            first = first or Finding(key, None, best, None, "")
            continue
        threshold = best - drop * abs(best)
        if value >= threshold:
            return None
        parts.append(f"{key} fell to {value:.3g} from a best of {best:.3g}")
        first = first or Finding(key, value, best, threshold, "")
    assert first is not None
    text = " and ".join(parts) + f" (more than {drop:.0%} below)"
    return Finding(first.metric, first.value, first.reference, first.threshold, text)


def nonfinite_values(nonfinite: np.ndarray | None, s: int) -> Finding | None:
    if nonfinite is None or not nonfinite[s] > 0:
        return None
    return Finding("nonfinite_fraction", float(nonfinite[s]), None, 0.0,
                   f"{nonfinite[s]:.1%} of activations are NaN or infinite", failure=True)


def window(s: int, epoch_floats: Sequence[float], columns: Mapping[str, np.ndarray | None]) -> dict[str, list]:
    """The series an alert at ``s`` carries: snapshots ``s − WINDOW .. s`` (never later ones: alerts stay causal)."""
    lo = max(0, s - WINDOW)
    out: dict[str, list] = {"snapshot": list(range(lo, s + 1)), "epoch": [float(e) for e in epoch_floats[lo:s + 1]]}
    for key, values in columns.items():
        if values is not None and values.size > s:
            out[key] = [clean(v) for v in values[lo:s + 1]]
    return out
