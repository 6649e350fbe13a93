"""The one interface every projection method implements.

A method is a scikit-learn style estimator: parameters in ``__init__`` (recorded with the export so every figure can
be reproduced), validation in :meth:`fit`, results in trailing-underscore attributes. Its input is a *series* of
activation matrices of the same samples, one ``(N, D)`` array per snapshot (or per layer); its output is one
``(N, n_components)`` array per input matrix, aligned so that the same sample can be compared across the series.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import numpy as np
from sklearn.base import BaseEstimator


class ProjectionMethod(BaseEstimator):
    """Base class of aligned projection methods.

    Subclasses set :attr:`name` and implement :meth:`_fit`, which fills ``embeddings_``.

    Attributes:
        embeddings_: after :meth:`fit`, one ``(N, n_components)`` float32 array per input matrix.
    """

    name: ClassVar[str] = ""

    def fit(self, series: Sequence[np.ndarray]) -> ProjectionMethod:
        """Project every matrix in ``series``; the matrices must share the sample axis and the feature axis."""
        matrices = validate_series(series)
        self.embeddings_ = [np.asarray(e, dtype=np.float32) for e in self._fit(matrices)]
        return self

    def fit_transform(self, series: Sequence[np.ndarray]) -> list[np.ndarray]:
        return self.fit(series).embeddings_

    def _fit(self, series: list[np.ndarray]) -> list[np.ndarray]:
        raise NotImplementedError


def validate_series(series: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Check a series of ``(N, D)`` matrices with equal shapes and finite values; return them as float arrays."""
    matrices = [np.asarray(m) for m in series]
    if not matrices:
        raise ValueError("a projection needs at least one (N, D) matrix; got an empty series")
    first = matrices[0].shape
    for i, m in enumerate(matrices):
        if m.ndim != 2:
            raise ValueError(f"matrix {i} of the series has shape {m.shape}; expected (N, D)")
        if m.shape != first:
            raise ValueError(f"matrix {i} of the series has shape {m.shape} but matrix 0 has {first}; all must match")
        if not np.all(np.isfinite(m)):
            raise ValueError(f"matrix {i} of the series holds NaN or infinite values")
    if first[0] < 2:
        raise ValueError(f"a projection needs at least 2 samples; got {first[0]}")
    return [m.astype(np.float64, copy=False) for m in matrices]
