"""The one interface every projection method implements.

A method is a scikit-learn style estimator: parameters in ``__init__`` (recorded with the export so every figure can
be reproduced), validation in :meth:`fit`, results in trailing-underscore attributes. Its input is a *series* of
activation matrices of the same samples, one ``(N, D_t)`` array per snapshot (or per layer: widths may then differ);
its output is one ``(N, n_components)`` array per input matrix, aligned so that the same sample can be compared
across the series. Every method takes ``n_components`` (2 or 3) and ``random_state``; a seed gives identical output.

Shared helpers for methods: :func:`check_n_components`, :func:`reduce_dims` (one PCA over the whole series, so
reduction keeps the alignment), :func:`procrustes` (the rotation, reflection, scale and shift that best map one
configuration onto another).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, TypeGuard

import numpy as np
from sklearn.base import BaseEstimator


class ProjectionMethod(BaseEstimator):
    """Base class of aligned projection methods.

    Subclasses set :attr:`name` and implement :meth:`_fit`, which fills ``embeddings_``.

    Attributes:
        embeddings_: after :meth:`fit`, one ``(N, n_components)`` float32 array per input matrix.
    """

    name: ClassVar[str] = ""
    #: the dtype :meth:`_fit` receives its matrices in (see :func:`validate_series`): float64 (copied where they are
    #: not), or ``None``: each in its own floating dtype, not copied, for a method that converts one matrix at a time
    #: (every built-in method: a float64 copy of a whole series of 10 x 10,000 x 512 activations is 410 MB)
    input_dtype: ClassVar[type[np.floating] | None] = np.float64

    def fit(self, series: Sequence[np.ndarray]) -> ProjectionMethod:
        """Project every matrix in ``series``; the matrices must share the sample axis (same N, same order)."""
        matrices = validate_series(series, dtype=self.input_dtype)
        check_n_components(getattr(self, "n_components", 3))
        self.embeddings_ = [np.asarray(e, dtype=np.float32) for e in self._fit(matrices)]
        return self

    def fit_transform(self, series: Sequence[np.ndarray]) -> list[np.ndarray]:
        return self.fit(series).embeddings_

    def _fit(self, series: list[np.ndarray]) -> list[np.ndarray]:
        raise NotImplementedError


def is_number(value: object) -> TypeGuard[float]:
    """A real number (Python or NumPy, not a bool) for a numeric parameter."""
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


def validate_series(
    series: Sequence[np.ndarray], dtype: type[np.floating] | None = np.float64
) -> list[np.ndarray]:
    """Check a series of ``(N, D)`` matrices with equal shapes and finite values; return them as float arrays.

    ``dtype`` float64 (default): every matrix as float64 (not copied where it already is). ``None``: float16, float32
    and float64 matrices (memory maps included) as they are, any other dtype as float32, so a method that converts
    one matrix at a time (:func:`as_float64`) never holds a float64 copy of the whole series; its results are the
    same, since float16 and float32 values convert to float64 exactly.
    """
    matrices = [np.asarray(m) for m in series]
    if not matrices:
        raise ValueError("a projection needs at least one (N, D) matrix; got an empty series")
    n = matrices[0].shape[0] if matrices[0].ndim == 2 else None
    for i, m in enumerate(matrices):
        if m.ndim != 2:
            raise ValueError(f"matrix {i} of the series has shape {m.shape}; expected (N, D)")
        if m.shape[0] != n:
            raise ValueError(
                f"matrix {i} of the series has {m.shape[0]} samples but matrix 0 has {n}; "
                "all must hold the same samples"
            )
        if not np.all(np.isfinite(m)):
            raise ValueError(f"matrix {i} of the series holds NaN or infinite values")
    if n is None or n < 2:
        raise ValueError(f"a projection needs at least 2 samples; got {n}")
    if dtype is None:
        return [m if m.dtype in (np.float16, np.float32, np.float64) else m.astype(np.float32) for m in matrices]
    return [m.astype(dtype, copy=False) for m in matrices]


def as_float64(matrix: np.ndarray) -> np.ndarray:
    """``matrix`` as float64 (no copy where it already is): what a method with ``input_dtype = None`` computes on."""
    return np.asarray(matrix, dtype=np.float64)


def check_n_components(n_components: object) -> int:
    """Raise a clear error unless ``n_components`` is 2 or 3."""
    if isinstance(n_components, bool) or n_components not in (2, 3):
        raise ValueError(f"n_components={n_components!r} is not supported; choose 2 or 3.")
    return int(n_components)


def check_n_neighbors(n_neighbors: int, n_samples: int) -> None:
    """Raise a clear error when there are too few samples for ``n_neighbors``."""
    if isinstance(n_neighbors, bool) or not isinstance(n_neighbors, int) or n_neighbors < 2:
        raise ValueError(f"n_neighbors={n_neighbors!r} must be an integer ≥ 2.")
    if n_samples <= n_neighbors:
        raise ValueError(
            f"n_neighbors={n_neighbors} needs more than {n_neighbors} samples; the series has {n_samples}. "
            f"Use n_neighbors ≤ {max(2, n_samples - 1)} or a bigger probe."
        )


def reduce_dims(
    series: Sequence[np.ndarray], max_dim: int = 50, random_state: int = 0, dtype: type[np.floating] = np.float64
) -> list[np.ndarray]:
    """Reduce every matrix to at most ``max_dim`` dimensions with one PCA fitted on the whole series.

    One basis for all snapshots keeps them comparable (a per-snapshot PCA would rotate each differently). Matrices of
    different widths (layers) are reduced each with its own PCA. Narrow matrices are returned unchanged (as
    ``dtype``). The PCA computes in ``dtype`` (default float64, whatever the inputs' dtype: float16/float32 memory
    maps give the results of their float64 copies) and is fitted on at most 100,000 rows (sample x matrix pairs,
    drawn with ``random_state``), gathered from the matrices without stacking the whole series.
    """
    from sklearn.decomposition import PCA

    widths = {m.shape[1] for m in series}
    if max(widths) <= max_dim:
        return [np.asarray(m, dtype=dtype) for m in series]
    if len(widths) > 1:
        return [reduce_dims([m], max_dim, random_state, dtype)[0] for m in series]
    total = sum(m.shape[0] for m in series)
    if total > 100_000:  # the rows of the stack a seeded draw picks, in the draw's order
        rows = gather_rows(series, np.random.default_rng(random_state).choice(total, 100_000, replace=False), dtype)
    else:
        rows = np.concatenate(series, dtype=dtype)
    # up to 1,024 columns the exact PCA through the D x D covariance is far cheaper than the randomized one (its
    # power iterations factor T·N x (max_dim + 10) matrices): 0.3 s vs 17 s at 30,000 x 64 (docs/benchmarks.md)
    solver = "covariance_eigh" if rows.shape[1] <= 1024 else "randomized"
    pca = PCA(n_components=min(max_dim, rows.shape[0]), svd_solver=solver, random_state=random_state).fit(rows)
    del rows  # each matrix projected on its own: no centred copy of the whole stack (the same values)
    return [pca.transform(np.asarray(m, dtype=dtype)) for m in series]


def gather_rows(series: Sequence[np.ndarray], picked: np.ndarray, dtype: type[np.floating] = np.float64) -> np.ndarray:
    """``np.concatenate(series)[picked]`` as ``dtype``, read matrix by matrix: no copy of the whole stack."""
    offsets = np.cumsum([0] + [m.shape[0] for m in series])
    which = np.searchsorted(offsets, picked, side="right") - 1
    rows = np.empty((picked.size, series[0].shape[1]), dtype=dtype)
    for t, m in enumerate(series):
        here = which == t
        if here.any():
            rows[here] = m[picked[here] - offsets[t]]
    return rows


def procrustes(reference: np.ndarray, moving: np.ndarray, *, scale: bool = True) -> np.ndarray:
    """``moving`` rotated/reflected (and scaled, shifted) to best match ``reference`` in the least-squares sense.

    The orthogonal Procrustes solution: with both centred, ``R = U Vᵀ`` from the SVD of ``movingᵀ reference``.
    """
    ref_mean, mov_mean = reference.mean(axis=0), moving.mean(axis=0)
    a, b = reference - ref_mean, moving - mov_mean
    u, sigma, vt = np.linalg.svd(b.T @ a)
    rotation = u @ vt
    factor = sigma.sum() / max(float((b * b).sum()), 1e-300) if scale else 1.0
    return factor * (b @ rotation) + ref_mean
