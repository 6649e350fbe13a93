"""Representation health and similarity, in the original activation space: spectrum (effective rank, participation
ratio), activation scale, dead units, linear CKA between snapshots and between layers, and per-sample movement.

Pure NumPy; exact (``docs/metrics.md``). The spectrum comes from the Gram matrix of the smaller side of the centred
activations, so its cost is ``O(N · min(N, D)²)``; linear CKA's cross term costs ``O(N · D₁ · D₂)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from latentris_lightning.analysis.geometry import MetricSpec

#: A unit is dead when its peak-to-peak range over the probe is at most this share of the widest unit's range.
DEAD_TOLERANCE = 1e-6

HEALTH_METRICS = (
    MetricSpec(
        "effective_rank",
        "Effective rank",
        "exp(entropy) of the normalised singular values of the centred activations (Roy & Vetterli), in dimensions. "
        "A sharp fall is a collapse.",
    ),
    MetricSpec(
        "participation_ratio",
        "Participation ratio",
        "(Σλ)² / Σλ² over the covariance eigenvalues λ, in dimensions: how many directions carry the variance.",
    ),
    MetricSpec(
        "activation_norm",
        "Activation norm",
        "Mean over samples of ‖x‖ / √D, the RMS activation per unit (not normalised: its growth is the signal).",
    ),
    MetricSpec(
        "dead_fraction",
        "Dead units",
        "Share of units that are constant over the whole probe (e.g. ReLUs that never fire).",
    ),
    MetricSpec(
        "cka_previous",
        "CKA with previous snapshot",
        "Linear CKA between this layer now and at the previous snapshot (1 = same geometry). A dip is a drift spike.",
    ),
    MetricSpec(
        "movement",
        "Movement",
        "Mean distance each sample moved since the previous snapshot, both standardised (centred, divided by their "
        "RMS radius).",
    ),
)


def centred(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    return x - x.mean(axis=0)


def singular_values(xc: np.ndarray) -> np.ndarray:
    """Singular values of an already centred matrix, from the Gram matrix of its smaller side (descending)."""
    n, d = xc.shape
    gram = xc.T @ xc if d <= n else xc @ xc.T
    eig = np.linalg.eigvalsh(gram)[::-1]
    return np.sqrt(np.clip(eig, 0.0, None))


def effective_rank(s: np.ndarray) -> float:
    """Roy & Vetterli's effective rank of singular values ``s``: ``exp(-Σ p log p)``, ``p = s / Σs``; NaN if all 0."""
    total = s.sum()
    if not total > 0:
        return float("nan")
    p = s[s > 0] / total
    return float(np.exp(-np.sum(p * np.log(p))))


def participation_ratio(s: np.ndarray) -> float:
    """``(Σλ)² / Σλ²`` with ``λ = s²`` (proportional to the covariance eigenvalues); NaN if all 0."""
    lam = s.astype(np.float64) ** 2
    denominator = np.sum(lam**2)
    return float(np.sum(lam) ** 2 / denominator) if denominator > 0 else float("nan")


def dead_fraction(x: np.ndarray, tolerance: float = DEAD_TOLERANCE) -> float:
    """Share of columns (units) whose range over the rows is at most ``tolerance`` × the widest column's range."""
    ptp = np.ptp(np.asarray(x, dtype=np.float64), axis=0)
    widest = ptp.max() if ptp.size else 0.0
    if not widest > 0:
        return 1.0
    return float(np.mean(ptp <= tolerance * widest))


def activation_norm(x: np.ndarray) -> float:
    """Mean row norm divided by √D: the RMS activation per unit."""
    x = np.asarray(x, dtype=np.float64)
    return float(np.mean(np.linalg.norm(x, axis=1)) / np.sqrt(max(x.shape[1], 1)))


def representation_health(x: np.ndarray, singular: np.ndarray | None = None) -> dict[str, float]:
    """Effective rank, participation ratio, activation norm, dead-unit share and non-finite share of ``(N, D)``.

    ``singular``: the singular values of the centred ``x`` if already known (e.g. from a :class:`CkaOperand`). With
    any non-finite entry only ``nonfinite_fraction`` (and the norm, then infinite) says something; the spectral values
    are NaN.
    """
    x = np.asarray(x, dtype=np.float64)
    finite = np.isfinite(x)
    out = {
        "effective_rank": float("nan"),
        "participation_ratio": float("nan"),
        "activation_norm": activation_norm(x) if finite.all() else float("inf"),
        "dead_fraction": float("nan"),
        "nonfinite_fraction": float(1.0 - finite.mean()) if x.size else 0.0,
    }
    if not finite.all() or x.shape[0] < 2:
        return out
    s = singular_values(centred(x)) if singular is None else singular
    out["effective_rank"] = effective_rank(s)
    out["participation_ratio"] = participation_ratio(s)
    out["dead_fraction"] = dead_fraction(x)
    return out


class CkaOperand:
    """One activation matrix prepared for linear CKA: centred once, with its self-similarity ``‖XᵀX‖_F``."""

    def __init__(self, x: np.ndarray) -> None:
        x = np.asarray(x, dtype=np.float64)
        self.valid = bool(x.shape[0] >= 2 and np.isfinite(x).all())
        self.xc = centred(x) if self.valid else x
        self.singular_values: np.ndarray | None = None
        self.self_norm = float("nan")
        if self.valid:
            self.singular_values = singular_values(self.xc)
            self.self_norm = float(np.sqrt(np.sum(self.singular_values**4)))
            self.valid = self.self_norm > 0

    def standardised(self) -> np.ndarray:
        """The centred rows divided by their RMS radius (NaN when not valid)."""
        if not self.valid or self.singular_values is None:
            return np.full(self.xc.shape, np.nan)
        return self.xc / np.sqrt(np.sum(self.singular_values**2) / self.xc.shape[0])


def linear_cka(x: np.ndarray | CkaOperand, y: np.ndarray | CkaOperand) -> float:
    """Linear centred kernel alignment (Kornblith et al. 2019): ``‖YᵀX‖²_F / (‖XᵀX‖_F ‖YᵀY‖_F)`` of centred ``x, y``.

    Rows must be the same samples; widths may differ. 1 for identical representations; invariant to orthogonal
    transforms and isotropic scaling of either side. NaN when either side is constant or not finite.
    """
    a = x if isinstance(x, CkaOperand) else CkaOperand(x)
    b = y if isinstance(y, CkaOperand) else CkaOperand(y)
    if a.xc.shape[0] != b.xc.shape[0]:
        raise ValueError(
            f"linear CKA needs the same samples on both sides; got {a.xc.shape[0]} and {b.xc.shape[0]} rows"
        )
    if not (a.valid and b.valid):
        return float("nan")
    n, da, db = a.xc.shape[0], a.xc.shape[1], b.xc.shape[1]
    if da * db <= n * (da + db):  # cross-covariance is cheaper than the two N × N Gram matrices
        cross = a.xc.T @ b.xc
        numerator = float(np.sum(cross * cross))
    else:
        numerator = float(np.sum((a.xc @ a.xc.T) * (b.xc @ b.xc.T)))
    return float(min(max(numerator / (a.self_norm * b.self_norm), 0.0), 1.0))


def cka_matrix(xs: Sequence[np.ndarray | CkaOperand]) -> np.ndarray:
    """Symmetric ``(L, L)`` linear CKA between every pair of ``xs`` (e.g. every layer at one snapshot)."""
    ops = [x if isinstance(x, CkaOperand) else CkaOperand(x) for x in xs]
    out = np.eye(len(ops))
    for i, op in enumerate(ops):
        if not op.valid:
            out[i, i] = np.nan
        for j in range(i + 1, len(ops)):
            out[i, j] = out[j, i] = linear_cka(op, ops[j])
    return out


def cross_cka(xs: list[np.ndarray | CkaOperand], ys: list[np.ndarray | CkaOperand]) -> np.ndarray:
    """``(len(xs), len(ys))`` linear CKA between every matrix of ``xs`` and every matrix of ``ys`` (e.g. every layer
    of run A and every layer of run B at one snapshot, on the same samples); NaN where either side is not valid."""
    a = [x if isinstance(x, CkaOperand) else CkaOperand(x) for x in xs]
    b = [y if isinstance(y, CkaOperand) else CkaOperand(y) for y in ys]
    return np.array([[linear_cka(x, y) for y in b] for x in a], dtype=np.float64).reshape(len(a), len(b))


def standardised(x: np.ndarray) -> np.ndarray:
    """Centred and divided by the RMS radius (NaN everywhere when the radius is 0 or not finite)."""
    xc = centred(x)
    radius = np.sqrt(np.mean(np.einsum("ij,ij->i", xc, xc)))
    if not np.isfinite(radius) or radius <= 0:
        return np.full_like(xc, np.nan)
    return xc / radius


def movement(previous: np.ndarray, current: np.ndarray) -> np.ndarray:
    """Per-sample distance between two snapshots of one layer, each standardised first, ``(N,)``.

    Standardising removes a global shift and rescaling of the layer, so only changes of the representation's shape
    count; the units keep their meaning between snapshots, so no rotation is removed.
    """
    step = standardised(current) - standardised(previous)
    return np.sqrt(np.einsum("ij,ij->i", step, step))
