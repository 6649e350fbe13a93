"""t-SNE projections with openTSNE: chained along the series and, as a control, independent per matrix.

Chained t-SNE embeds the first snapshot normally (PCA initialisation) and initialises every later snapshot with the
previous snapshot's embedding, rescaled to a standard deviation of 1e-4 along its first axis as openTSNE requires of
an initialisation (``openTSNE.initialization.rescale``) and then optimised with the usual schedule. t-SNE keeps the
global arrangement of its initialisation, so clusters stay where they were unless the neighbourhoods change; nothing
pulls individual samples back, so within-cluster detail may still reshuffle between snapshots.

Gradient method: ``negative_gradient_method="auto"`` uses Barnes-Hut below 10,000 samples and FFT interpolation above
(openTSNE's own rule) for 2D. openTSNE's FFT method only handles 1 or 2 dimensions, so 3D embeddings always use
Barnes-Hut (openTSNE supports BH up to 3 dimensions); asking for ``"fft"`` with ``n_components=3`` is an error.
Barnes-Hut is O(N log N) per iteration but slower than FFT on large N, and 3D BH is about twice as slow as 2D.

Reproducibility: with a ``random_state`` the output is identical for the same input, also with ``n_jobs > 1``
(openTSNE's BH and FFT gradients sum the per-point terms serially). The neighbour search is exact by default below
10,000 samples (``neighbors="auto"``); above that openTSNE's approximate search (Annoy) is seeded, but its
multithreaded index build is not guaranteed to be reproducible, so use ``n_jobs=1`` or ``neighbors="exact"`` there.

openTSNE (``pip install "latentris-lightning[tsne]"``) is imported lazily.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.utils import check_random_state

from latentris_lightning.projection.base import ProjectionMethod, is_number, reduce_dims

_INSTALL_HINT = 't-SNE projections need openTSNE: pip install "latentris-lightning[tsne]"'
_EXACT_BELOW = 10_000  # neighbors="auto": exact neighbour search below this many samples


def _import_opentsne() -> Any:
    try:
        import openTSNE
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(_INSTALL_HINT) from err
    return openTSNE


def _positive_int(name: str, value: Any, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise ValueError(f"{name}={value!r} must be an integer ≥ {minimum}.")
    return int(value)


class _TSNEBase(ProjectionMethod):
    """Shared parameters, validation and the single-matrix embedding of the t-SNE methods."""

    input_dtype = None  # reduce_dims converts one matrix at a time

    def __init__(
        self,
        n_components: int = 3,
        perplexity: float = 30.0,
        n_iter: int = 500,
        early_exaggeration_iter: int = 250,
        negative_gradient_method: str = "auto",
        neighbors: str = "auto",
        max_dim: int = 50,
        random_state: int | None = 0,
        n_jobs: int = 1,
    ) -> None:
        self.n_components = n_components
        self.perplexity = perplexity
        self.n_iter = n_iter
        self.early_exaggeration_iter = early_exaggeration_iter
        self.negative_gradient_method = negative_gradient_method
        self.neighbors = neighbors
        self.max_dim = max_dim
        self.random_state = random_state
        self.n_jobs = n_jobs

    def _prepare(self, series: list[np.ndarray]) -> list[np.ndarray]:
        """Validate the parameters against the data; return the (reduced) series and set the resolved settings."""
        n_samples = series[0].shape[0]
        perplexity = self.perplexity
        if isinstance(perplexity, bool) or not is_number(perplexity) or not float(perplexity) > 0:
            raise ValueError(f"perplexity={perplexity!r} must be a positive number.")
        if n_samples - 1 < 3 * float(perplexity):
            raise ValueError(
                f"perplexity={float(perplexity):g} needs at least {int(np.ceil(3 * float(perplexity))) + 1} samples "
                f"(3 × perplexity neighbours each); the series has {n_samples}. "
                f"Use perplexity ≤ {max((n_samples - 1) / 3, 0):.4g} or a bigger probe."
            )
        _positive_int("n_iter", self.n_iter)
        _positive_int("early_exaggeration_iter", self.early_exaggeration_iter, minimum=0)
        _positive_int("max_dim", self.max_dim)
        if self.n_jobs != -1:
            _positive_int("n_jobs", self.n_jobs)
        method = self.negative_gradient_method
        if method not in ("auto", "bh", "fft"):
            raise ValueError(f"negative_gradient_method={method!r} is not supported; choose 'auto', 'bh' or 'fft'.")
        if method == "fft" and self.n_components == 3:
            raise ValueError("openTSNE's FFT gradient only handles 2D embeddings; use 'bh' (or 'auto') for 3D.")
        if self.n_components == 3 or (method == "auto" and n_samples < 10_000):
            method = "bh"
        elif method == "auto":
            method = "fft"
        if self.neighbors not in ("auto", "exact", "annoy", "pynndescent"):
            raise ValueError(
                f"neighbors={self.neighbors!r} is not supported; choose 'auto', 'exact', 'annoy' or 'pynndescent'."
            )
        neighbors = self.neighbors
        if neighbors == "auto":
            neighbors = "exact" if n_samples < _EXACT_BELOW else "annoy"
        self.negative_gradient_method_ = method
        self.neighbors_ = neighbors
        _import_opentsne()
        rng = check_random_state(self.random_state)
        self._seed = int(rng.randint(np.iinfo(np.int32).max))
        return reduce_dims(series, self.max_dim, self._seed)

    def _embed(self, x: np.ndarray, initialization: Any) -> np.ndarray:
        """One openTSNE run on ``x`` from ``initialization`` ("pca" or an array)."""
        import openTSNE

        if isinstance(initialization, str) and x.shape[1] < self.n_components:
            initialization = "spectral"  # PCA cannot give more axes than the data has
        tsne = openTSNE.TSNE(
            n_components=self.n_components,
            perplexity=float(self.perplexity),
            n_iter=int(self.n_iter),
            early_exaggeration_iter=int(self.early_exaggeration_iter),
            initialization=initialization,
            negative_gradient_method=self.negative_gradient_method_,
            neighbors=self.neighbors_,
            n_jobs=self.n_jobs,
            random_state=self._seed,
            verbose=False,
        )
        return np.asarray(tsne.fit(np.ascontiguousarray(x, dtype=np.float64)), dtype=np.float64)


class ChainedTSNE(_TSNEBase):
    """t-SNE along the series, each snapshot initialised from the previous snapshot's embedding.

    Args:
        n_components: output dimensions (2 or 3); 3D uses Barnes-Hut (openTSNE's FFT method is 2D only).
        perplexity: effective neighbourhood size; needs at least ``3 * perplexity + 1`` samples.
        n_iter: iterations of the main optimisation phase, per snapshot.
        early_exaggeration_iter: iterations of the early-exaggeration phase (exaggeration 12), per snapshot.
        negative_gradient_method: ``"auto"`` (BH below 10,000 samples or in 3D, else FFT), ``"bh"`` or ``"fft"``.
        neighbors: neighbour search; ``"auto"`` is exact below 10,000 samples, else openTSNE's Annoy.
        max_dim: inputs wider than this are first reduced with one PCA over the whole series (:func:`reduce_dims`).
        random_state: seed; the same seed and input give identical output.
        n_jobs: threads for openTSNE (the result does not depend on it with exact neighbours).

    Attributes:
        embeddings_: one ``(N, n_components)`` array per matrix.
        negative_gradient_method_, neighbors_: the methods actually used.
    """

    name = "tsne"

    def _fit(self, series: list[np.ndarray]) -> list[np.ndarray]:
        openTSNE = _import_opentsne()
        reduced = self._prepare(series)
        embeddings: list[np.ndarray] = []
        for x in reduced:
            if not embeddings:
                init: Any = "pca"
            else:
                previous = embeddings[-1]
                # rescale divides by the std of the first axis; a collapsed first axis would blow up.
                init = (
                    openTSNE.initialization.rescale(previous, target_std=1e-4)
                    if np.std(previous[:, 0]) > 0
                    else "pca"
                )
            embeddings.append(self._embed(x, init))
        return embeddings


class IndependentTSNE(_TSNEBase):
    """t-SNE on every matrix separately (PCA initialisation each time): the control without alignment.

    Takes the same arguments as :class:`ChainedTSNE`.
    """

    name = "tsne_independent"

    def _fit(self, series: list[np.ndarray]) -> list[np.ndarray]:
        reduced = self._prepare(series)
        return [self._embed(x, "pca") for x in reduced]


__all__ = ["ChainedTSNE", "IndependentTSNE"]
