"""Aligned PCA: one principal basis per layer, fitted on all its snapshots at once.

Because every snapshot is projected with the same basis, positions are directly comparable over time: a sample that
moves in the projection moved in activation space along the layer's main axes of variation. Signs are fixed
deterministically (scikit-learn's ``svd_flip``), so the result does not depend on run order.

Activations often grow in overall scale as training proceeds, which would shrink early snapshots to a dot inside the
shared box. With ``normalize="rms"`` (default) each snapshot is first centred and divided by its RMS radius, the same
normalisation the geometry metrics use, so the view shows how samples are arranged, not how loud the layer is.
"""

from __future__ import annotations

import numpy as np
from sklearn.decomposition import PCA

from latentris_lightning.projection.base import ProjectionMethod


class AlignedPCA(ProjectionMethod):
    """PCA with a single basis shared by all matrices of the series.

    Args:
        n_components: output dimensions (2 or 3). Layers narrower than this are padded with zeros.
        max_fit_rows: the basis is fitted on at most this many rows (sample × snapshot pairs), drawn with
            ``random_state``; every row is then projected.
        random_state: seed for the row sample and for randomised SVD on large inputs.
        normalize: ``"rms"`` centres each snapshot and divides it by its RMS radius before fitting; ``None`` projects
            the raw activations.

    Attributes:
        embeddings_: one ``(N, n_components)`` array per snapshot.
        components_: ``(n_components, D)`` the shared basis.
        mean_: ``(D,)`` the mean removed before projecting (after normalisation).
        scales_: the RMS radius each snapshot was divided by (1 where ``normalize=None`` or the radius is 0).
        explained_variance_ratio_: share of the pooled variance each component explains.
    """

    name = "pca"

    def __init__(
        self,
        n_components: int = 3,
        max_fit_rows: int = 200_000,
        random_state: int = 0,
        normalize: str | None = "rms",
    ) -> None:
        self.n_components = n_components
        self.max_fit_rows = max_fit_rows
        self.random_state = random_state
        self.normalize = normalize

    def _fit(self, series: list[np.ndarray]) -> list[np.ndarray]:
        if len({m.shape[1] for m in series}) > 1:
            raise ValueError(
                "pca shares one basis across the series, so every matrix needs the same width; got widths "
                f"{sorted({m.shape[1] for m in series})}. Use pca_procrustes to align layers of different widths."
            )
        if self.normalize not in ("rms", None):
            raise ValueError(f"normalize={self.normalize!r} is not supported; choose 'rms' or None.")
        # one float64 buffer of the (normalised) snapshots laid end to end, filled one snapshot at a time, and
        # projected block by block: no normalised copy of the series, no centred copy of the stack
        n, width = series[0].shape
        self.scales_ = np.ones(len(series))
        stacked = np.empty((n * len(series), width), dtype=np.float64)
        for t, m in enumerate(series):
            block = stacked[t * n : (t + 1) * n]
            if self.normalize == "rms":
                centred = m - m.mean(axis=0)  # the centring and radius of arrays.rms_radius, computed once
                radius = float(np.sqrt(np.mean(np.einsum("ij,ij->i", centred, centred))))
                self.scales_[t] = radius if radius > 0 else 1.0
                np.divide(centred, self.scales_[t], out=block)
                del centred
            else:
                block[...] = m
        rows = stacked
        if rows.shape[0] > self.max_fit_rows:
            rng = np.random.default_rng(self.random_state)
            rows = rows[np.sort(rng.choice(rows.shape[0], self.max_fit_rows, replace=False))]
        k = min(self.n_components, rows.shape[1], rows.shape[0])
        # every sample identical at every snapshot (e.g. a dead layer)? The variances 32 columns at a time: no
        # centred copy of the whole stack
        if not any(np.any(rows[:, j : j + 32].var(axis=0) > 0) for j in range(0, rows.shape[1], 32)):
            self.components_ = np.zeros((k, rows.shape[1]))
            self.mean_ = rows.mean(axis=0)
            self.explained_variance_ratio_ = np.zeros(k)
            return [np.zeros((m.shape[0], self.n_components)) for m in series]
        pca = PCA(n_components=k, random_state=self.random_state).fit(rows)
        self.components_ = pca.components_
        self.mean_ = pca.mean_
        self.explained_variance_ratio_ = np.nan_to_num(pca.explained_variance_ratio_)
        out = []
        for t in range(len(series)):
            projected = (stacked[t * n : (t + 1) * n] - pca.mean_) @ pca.components_.T
            if k < self.n_components:
                projected = np.pad(projected, ((0, 0), (0, self.n_components - k)))
            out.append(projected)
        return out
