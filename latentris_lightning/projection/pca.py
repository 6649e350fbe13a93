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

from latentris_lightning.arrays import rms_radius
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
        self.scales_ = np.ones(len(series))
        if self.normalize == "rms":
            radii = np.array([rms_radius(m) for m in series])
            self.scales_ = np.where(radii > 0, radii, 1.0)
            series = [(m - m.mean(axis=0)) / scale for m, scale in zip(series, self.scales_, strict=True)]
        stacked = np.concatenate(series)
        rows = stacked
        if rows.shape[0] > self.max_fit_rows:
            rng = np.random.default_rng(self.random_state)
            rows = rows[np.sort(rng.choice(rows.shape[0], self.max_fit_rows, replace=False))]
        k = min(self.n_components, rows.shape[1], rows.shape[0])
        if not np.any(rows.var(axis=0) > 0):  # every sample identical at every snapshot (e.g. a dead layer)
            self.components_ = np.zeros((k, rows.shape[1]))
            self.mean_ = rows.mean(axis=0)
            self.explained_variance_ratio_ = np.zeros(k)
            return [np.zeros((m.shape[0], self.n_components)) for m in series]
        pca = PCA(n_components=k, random_state=self.random_state).fit(rows)
        self.components_ = pca.components_
        self.mean_ = pca.mean_
        self.explained_variance_ratio_ = np.nan_to_num(pca.explained_variance_ratio_)
        projected = (stacked - pca.mean_) @ pca.components_.T
        if k < self.n_components:
            projected = np.pad(projected, ((0, 0), (0, self.n_components - k)))
        return np.split(projected, len(series))
