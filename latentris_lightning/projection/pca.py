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
    input_dtype = None  # each snapshot converted to float64 as it is normalised

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
        # the rows the basis is fitted on, filled one (normalised) snapshot at a time from the stored matrices: all of
        # them laid end to end up to max_fit_rows, else a seeded draw of them (sorted). No float64 copy of the series
        # and, when the rows are a draw, no stack of it: each snapshot is normalised again when it is projected (the
        # same values)
        n, width = series[0].shape
        self.scales_ = np.ones(len(series))
        total = n * len(series)
        picked = None
        if total > self.max_fit_rows:
            picked = np.sort(np.random.default_rng(self.random_state).choice(total, self.max_fit_rows, replace=False))
        rows = np.empty((total if picked is None else picked.size, width), dtype=np.float64)
        scratch = None if picked is None else np.empty((n, width), dtype=np.float64)
        filled = 0
        for t, m in enumerate(series):
            if picked is None:
                self._normalise(t, m, rows[t * n : (t + 1) * n], measure=True)
                continue
            assert scratch is not None
            block = self._normalise(t, m, scratch, measure=True)
            here = picked[(picked >= t * n) & (picked < (t + 1) * n)] - t * n
            rows[filled : filled + here.size] = block[here]
            filled += here.size
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
        for t, m in enumerate(series):
            block = rows[t * n : (t + 1) * n] if scratch is None else self._normalise(t, m, scratch)
            projected = (block - pca.mean_) @ pca.components_.T
            if k < self.n_components:
                projected = np.pad(projected, ((0, 0), (0, self.n_components - k)))
            out.append(projected)
        return out

    def _normalise(self, t: int, matrix: np.ndarray, out: np.ndarray, measure: bool = False) -> np.ndarray:
        """Snapshot ``t`` as the basis sees it, written into the float64 buffer ``out`` (returned): centred and divided
        by its RMS radius (``measure``: the radius is computed and kept in ``scales_[t]``), or as it is."""
        out[...] = matrix  # float16/float32 to float64: exact
        if self.normalize == "rms":
            out -= out.mean(axis=0)  # the centring and radius of arrays.rms_radius, computed once
            if measure:
                radius = float(np.sqrt(np.mean(np.einsum("ij,ij->i", out, out))))
                self.scales_[t] = radius if radius > 0 else 1.0
            np.divide(out, self.scales_[t], out=out)
        return out
