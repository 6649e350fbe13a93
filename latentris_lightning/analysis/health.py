"""Representation health and similarity, in the original activation space: spectrum (effective rank, participation
ratio), activation scale, dead units, linear CKA between snapshots and between layers, and per-sample movement.

Streamed (``docs/metrics.md#cost-and-precision``): a :class:`CkaOperand` keeps a reference to the activations (a
memory-mapped float16 array of the run store, or the callback's array), never a float64 copy, and reads them in row
blocks of :data:`~latentris_lightning.arrays.ROW_BLOCK`. The spectrum comes from the float64 Gram matrix of the smaller
side (``D × D`` when ``D ≤ N``), accumulated block by block: ``O(N · D²)``, memory ``O(D²)``. Linear CKA uses the
feature-space form ``‖X̃ᵀỸ‖²_F / (‖X̃ᵀX̃‖_F ‖ỸᵀỸ‖_F)``, ``O(N · D₁ · D₂)``, never an ``N × N`` Gram matrix; the cross
products of float16/float32 activations are taken in float32 per block and summed in float64 (relative error ≤ 1e-7
against float64 throughout), those of float64 activations in float64.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from latentris_lightning.analysis.geometry import MetricSpec
from latentris_lightning.arrays import row_blocks

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
    return _gram_singular_values(gram)


def _gram_singular_values(gram: np.ndarray) -> np.ndarray:
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


def _dead_from_range(ptp: np.ndarray, tolerance: float = DEAD_TOLERANCE) -> float:
    widest = ptp.max() if ptp.size else 0.0
    if not widest > 0:
        return 1.0
    return float(np.mean(ptp <= tolerance * widest))


def dead_fraction(x: np.ndarray, tolerance: float = DEAD_TOLERANCE) -> float:
    """Share of columns (units) whose range over the rows is at most ``tolerance`` × the widest column's range."""
    x = np.asarray(x)
    ptp = x.max(axis=0).astype(np.float64) - x.min(axis=0).astype(np.float64) if x.shape[0] else np.zeros(x.shape[1])
    return _dead_from_range(ptp, tolerance)


def activation_norm(x: np.ndarray) -> float:
    """Mean row norm divided by √D: the RMS activation per unit."""
    x = np.asarray(x, dtype=np.float64)
    return float(np.mean(np.linalg.norm(x, axis=1)) / np.sqrt(max(x.shape[1], 1)))


class CkaOperand:
    """One activation matrix ``(N, D)`` prepared for linear CKA, the spectrum and the health figures, in two streamed
    passes: the column mean (and the finite check), then the float64 Gram matrix of the centred rows, the column
    ranges and the row norms. ``x`` is kept by reference (a memory map stays a memory map); blocks are read again
    for each cross product.
    """

    def __init__(self, x: np.ndarray) -> None:
        if not isinstance(x, np.ndarray):  # a np.memmap stays one
            x = np.asarray(x)
        if x.ndim != 2:
            raise ValueError(f"activations must be a matrix (N, D); got shape {x.shape}")
        if x.dtype.kind != "f":
            x = x.astype(np.float64)
        self.x = x
        self.n_samples, self.dim = (int(v) for v in x.shape)
        #: dtype of the centred blocks: float64 for float64 input (exact as before), float32 otherwise
        self.work_dtype = np.dtype(np.float64) if x.dtype == np.float64 else np.dtype(np.float32)
        n, d = self.n_samples, self.dim
        total = np.zeros(d)
        nonfinite = 0
        for rows in row_blocks(n):
            block = x[rows]
            nonfinite += int(block.size - np.count_nonzero(np.isfinite(block)))
            total += block.sum(axis=0, dtype=np.float64)
        self.nonfinite_fraction = float(nonfinite / x.size) if x.size else 0.0
        self.finite = nonfinite == 0
        self.valid = bool(n >= 2 and self.finite)
        self.mean = total / max(n, 1)
        self._mean_work = self.mean.astype(self.work_dtype)
        self.singular_values: np.ndarray | None = None
        self.self_norm = float("nan")
        self.radius = float("nan")
        self.activation_norm = float("inf") if not self.finite else float("nan")
        self.dead_fraction = float("nan")
        if self.finite and n >= 1:
            self._second_pass()

    def _second_pass(self) -> None:
        x, n, d = self.x, self.n_samples, self.dim
        norms = 0.0
        low = np.full(d, np.inf)
        high = np.full(d, -np.inf)
        gram = np.zeros((d, d)) if d <= n else None
        for rows in row_blocks(n):
            block = np.asarray(x[rows], dtype=np.float64)
            norms += float(np.sum(np.sqrt(np.einsum("ij,ij->i", block, block))))
            np.minimum(low, block.min(axis=0), out=low)
            np.maximum(high, block.max(axis=0), out=high)
            if gram is not None:
                block = block - self.mean  # never in place: ``x[rows]`` of float64 input is a view of it
                gram += block.T @ block
        if gram is None:  # D > N: the N × N Gram matrix, of at most N · D < D² entries
            xc = np.asarray(x, dtype=np.float64) - self.mean
            gram = xc @ xc.T
        self.activation_norm = norms / n / np.sqrt(max(d, 1))
        if n < 2:
            return
        self.dead_fraction = _dead_from_range(high - low)
        self.singular_values = _gram_singular_values(gram)
        self.self_norm = float(np.linalg.norm(gram))
        self.radius = float(np.sqrt(max(float(np.trace(gram)), 0.0) / n))
        self.valid = self.self_norm > 0

    def centred_block(self, rows: slice) -> np.ndarray:
        """The centred rows ``rows`` in :attr:`work_dtype`."""
        return np.subtract(self.x[rows], self._mean_work, dtype=self.work_dtype)

    def health(self) -> dict[str, float]:
        """The :data:`HEALTH_METRICS` known from the activations alone, and ``nonfinite_fraction``."""
        s = self.singular_values
        return {
            "effective_rank": effective_rank(s) if s is not None else float("nan"),
            "participation_ratio": participation_ratio(s) if s is not None else float("nan"),
            "activation_norm": float(self.activation_norm),
            "dead_fraction": self.dead_fraction,
            "nonfinite_fraction": self.nonfinite_fraction,
        }


def representation_health(x: np.ndarray | CkaOperand) -> dict[str, float]:
    """Effective rank, participation ratio, activation norm, dead-unit share and non-finite share of ``(N, D)``.

    ``x`` may be a :class:`CkaOperand` already prepared. With any non-finite entry only ``nonfinite_fraction`` (and
    the norm, then infinite) says something; the spectral values are NaN.
    """
    return (x if isinstance(x, CkaOperand) else CkaOperand(x)).health()


def _operand(x: np.ndarray | CkaOperand) -> CkaOperand:
    return x if isinstance(x, CkaOperand) else CkaOperand(x)


def _cross_dtype(a: CkaOperand, b: CkaOperand) -> np.dtype:
    return np.dtype(np.float64) if np.float64 in (a.work_dtype, b.work_dtype) else np.dtype(np.float32)


def _hsic_ratio(numerator: float, a: CkaOperand, b: CkaOperand) -> float:
    return float(min(max(numerator / (a.self_norm * b.self_norm), 0.0), 1.0))


def linear_cka(x: np.ndarray | CkaOperand, y: np.ndarray | CkaOperand) -> float:
    """Linear centred kernel alignment (Kornblith et al. 2019): ``‖YᵀX‖²_F / (‖XᵀX‖_F ‖YᵀY‖_F)`` of centred ``x, y``.

    Rows must be the same samples; widths may differ. 1 for identical representations; invariant to orthogonal
    transforms and isotropic scaling of either side. NaN when either side is constant or not finite. Always the
    feature-space form, ``O(N · D₁ · D₂)`` in row blocks.
    """
    a, b = _operand(x), _operand(y)
    if a.n_samples != b.n_samples:
        raise ValueError(f"linear CKA needs the same samples on both sides; got {a.n_samples} and {b.n_samples} rows")
    if not (a.valid and b.valid):
        return float("nan")
    dtype = _cross_dtype(a, b)
    cross = np.zeros((a.dim, b.dim))
    for rows in row_blocks(a.n_samples):
        cross += a.centred_block(rows).astype(dtype, copy=False).T @ b.centred_block(rows).astype(dtype, copy=False)
    return _hsic_ratio(float(np.sum(cross * cross)), a, b)


def cka_matrix(xs: Sequence[np.ndarray | CkaOperand]) -> np.ndarray:
    """Symmetric ``(L, L)`` linear CKA between every pair of ``xs`` (e.g. every layer at one snapshot); one pass over
    the row blocks, each layer's block centred once."""
    ops = [_operand(x) for x in xs]
    out = np.eye(len(ops))
    valid = [i for i, op in enumerate(ops) if op.valid]
    for i, op in enumerate(ops):
        if not op.valid:
            out[i, :] = out[:, i] = np.nan
    if len({op.n_samples for op in ops}) > 1:
        raise ValueError(f"linear CKA needs the same samples in every matrix; got {[op.n_samples for op in ops]} rows")
    pairs = [(i, j) for k, i in enumerate(valid) for j in valid[k + 1:]]
    if not pairs:
        return out
    cross = {(i, j): np.zeros((ops[i].dim, ops[j].dim)) for i, j in pairs}
    for rows in row_blocks(ops[0].n_samples):
        blocks = {i: ops[i].centred_block(rows) for i in valid}
        for i, j in pairs:
            dtype = _cross_dtype(ops[i], ops[j])
            cross[i, j] += blocks[i].astype(dtype, copy=False).T @ blocks[j].astype(dtype, copy=False)
    for i, j in pairs:
        out[i, j] = out[j, i] = _hsic_ratio(float(np.sum(cross[i, j] ** 2)), ops[i], ops[j])
    return out


def cross_cka(xs: list[np.ndarray | CkaOperand], ys: list[np.ndarray | CkaOperand]) -> np.ndarray:
    """``(len(xs), len(ys))`` linear CKA between every matrix of ``xs`` and every matrix of ``ys`` (e.g. every layer
    of run A and every layer of run B at one snapshot, on the same samples); NaN where either side is not valid."""
    a = [_operand(x) for x in xs]
    b = [_operand(y) for y in ys]
    return np.array([[linear_cka(x, y) for y in b] for x in a], dtype=np.float64).reshape(len(a), len(b))


def operand_movement(previous: CkaOperand, current: CkaOperand) -> np.ndarray:
    """Per-sample distance between two prepared snapshots of one layer, each standardised (centred, divided by its
    RMS radius), ``(N,)``; NaN when either side is not valid."""
    if previous.n_samples != current.n_samples or previous.dim != current.dim:
        raise ValueError(f"movement needs the same samples and units; got {previous.x.shape} and {current.x.shape}")
    n = current.n_samples
    if not (previous.valid and current.valid and previous.radius > 0 and current.radius > 0):
        return np.full(n, np.nan)
    out = np.empty(n)
    dtype = _cross_dtype(previous, current)
    for rows in row_blocks(n):
        step = current.centred_block(rows).astype(dtype, copy=False) / dtype.type(current.radius)
        step -= previous.centred_block(rows).astype(dtype, copy=False) / dtype.type(previous.radius)
        out[rows] = np.sqrt(np.einsum("ij,ij->i", step, step, dtype=np.float64))
    return out


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
