"""Choose which samples of a larger dataset become the probe set.

When a user asks the callback to *take N samples* (e.g. from the validation set) instead of passing an exact probe,
this module decides which indices. It is pure NumPy / scikit-learn: no torch, no I/O, no global random state.
Every function returns sorted ``int64`` indices and is deterministic for a given ``seed``.

* :func:`stratified_indices`: class-stratified uniform sampling (largest-remainder shares, at least one per class).
* :func:`density_aware_indices`: the same per-class shares, but inside each class sparse regions are kept and dense
  ones thinned, after SentryCam's density-guided sampling (see ``docs/sampling.md``).
* :func:`choose_indices`: dispatch on a method name (``"stratified"``, ``"density"``, ``"first"``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

METHODS = ("stratified", "density", "first")
"""Method names accepted by :func:`choose_indices`."""

MAX_WEIGHT_RATIO = 10.0
"""Density weights are clipped to ``[median / MAX_WEIGHT_RATIO, median * MAX_WEIGHT_RATIO]`` within each class, so a
handful of outliers (whose estimated density is near zero) cannot take the whole sample, and exact duplicates (zero
distance, infinite density) are still drawable."""

MAX_REFERENCE = 10_000
"""Above this many samples, neighbours are searched among a seeded reference subset of this size (keeps the k-NN
search O(N · MAX_REFERENCE) instead of O(N²))."""

MAX_PCA_FIT = 20_000
"""The PCA basis is fitted on at most this many seeded rows; every row is then projected."""


def _check_n(n: Any) -> int:
    if isinstance(n, (bool, np.bool_)) or not isinstance(n, (int, np.integer)):
        raise ValueError(f"n must be an integer >= 1, got {n!r} ({type(n).__name__})")
    if n < 1:
        raise ValueError(f"n must be an integer >= 1, got {n}")
    return int(n)


def _check_labels(labels: Any) -> np.ndarray:
    arr = np.asarray(labels)
    if arr.ndim != 1:
        raise ValueError(f"labels must be a 1-D array of integers, got an array of shape {arr.shape}")
    if arr.size == 0:
        raise ValueError("labels must not be empty: there is nothing to sample from")
    if not np.issubdtype(arr.dtype, np.integer):
        raise ValueError(f"labels must be a 1-D array of integers, got dtype {arr.dtype}")
    return arr


def _check_features(features: Any, n_samples: int) -> np.ndarray:
    if features is None:
        raise ValueError("features are required for density-aware sampling (got None); pass an array of shape (N, ...)")
    arr = np.asarray(features)
    if arr.ndim == 0 or arr.shape[0] != n_samples:
        raise ValueError(
            f"features must have one row per label: expected shape ({n_samples}, ...), got {arr.shape}"
        )
    if not (np.issubdtype(arr.dtype, np.number) or arr.dtype == np.bool_) or np.iscomplexobj(arr):
        raise ValueError(f"features must be real numbers, got dtype {arr.dtype}")
    arr = arr.reshape(n_samples, -1).astype(np.float32, copy=False)
    if arr.shape[1] == 0:
        raise ValueError(f"features must have at least one value per sample, got shape {np.shape(features)}")
    if not np.isfinite(arr).all():
        raise ValueError("features must be finite: found NaN or infinite values")
    return arr


def _allocate(counts: np.ndarray, n: int) -> np.ndarray:
    """Split ``n < counts.sum()`` draws between classes in proportion to ``counts``.

    Largest-remainder (Hamilton) rounding, ties broken towards larger classes, then lower labels. When
    ``n >= len(counts)`` every class gets at least one draw; the draws needed are taken from the classes that were
    rounded furthest above their exact quota.
    """
    total = int(counts.sum())
    quota = n * counts / total
    alloc = np.floor(quota).astype(np.int64)
    remainder = quota - alloc
    short = n - int(alloc.sum())
    if short:
        # lexsort: last key is primary. Largest remainder first, then larger class, then lower position.
        order = np.lexsort((np.arange(len(counts)), -counts, -remainder))
        alloc[order[:short]] += 1
    if n >= len(counts):
        for c in np.flatnonzero(alloc == 0):
            # Donor: most above its quota (rounded, so float noise cannot decide), then the larger class.
            surplus = np.where(alloc > 1, np.round(alloc - quota, 9), -np.inf)
            donor = int(np.lexsort((np.arange(len(counts)), -counts, -surplus))[0])
            alloc[donor] -= 1
            alloc[c] = 1
    return alloc


def _class_groups(labels: np.ndarray, n: int) -> list[tuple[np.ndarray, int]]:
    """Return ``(indices of the class, number to draw from it)`` for every class present, in label order."""
    classes, inverse, counts = np.unique(labels, return_inverse=True, return_counts=True)
    alloc = _allocate(counts, n)
    order = np.argsort(inverse, kind="stable")
    groups = np.split(order, np.cumsum(counts)[:-1])
    return [(g.astype(np.int64), int(m)) for g, m in zip(groups, alloc, strict=True)]


def stratified_indices(labels: Any, n: int, *, seed: int = 0) -> np.ndarray:
    """Choose ``n`` sample indices, stratified by class.

    Each class present gets a share of ``n`` proportional to its frequency, rounded with the largest-remainder method
    so the shares sum to exactly ``n``; when ``n`` is at least the number of classes every class gets at least one,
    and no class gets more than it has. Inside a class, samples are drawn uniformly without replacement.

    Args:
        labels: 1-D integer array (or sequence) of class labels, one per sample.
        n: number of samples to choose. ``n >= len(labels)`` returns every index.
        seed: seed for ``np.random.default_rng``; the result is a deterministic function of the inputs and the seed.

    Returns:
        Sorted ``int64`` array of ``min(n, len(labels))`` distinct indices into ``labels``.

    Raises:
        ValueError: if ``n`` is not an integer >= 1, or ``labels`` is empty or not a 1-D integer array.
    """
    n = _check_n(n)
    labels = _check_labels(labels)
    if n >= labels.size:
        return np.arange(labels.size, dtype=np.int64)
    rng = np.random.default_rng(seed)
    chosen = [_draw(rng, idx, m, None) for idx, m in _class_groups(labels, n)]
    return np.sort(np.concatenate(chosen)).astype(np.int64)


def _draw(rng: np.random.Generator, idx: np.ndarray, m: int, weights: np.ndarray | None) -> np.ndarray:
    """Draw ``m`` of ``idx`` without replacement, uniformly (``weights=None``) or by successive weighted draws.

    Weighted draws use the Gumbel-top-k trick (Efraimidis & Spirakis): keeping the ``m`` largest
    ``log w_i + Gumbel_i`` is distributed exactly as drawing one item at a time with probability ``∝ w`` among
    those left.
    """
    if m >= idx.size:
        return idx
    if m == 0:
        return idx[:0]
    if weights is None:
        return rng.choice(idx, size=m, replace=False)
    keys = np.log(weights) + rng.gumbel(size=idx.size)
    top = np.argpartition(-keys, m - 1)[:m]
    return idx[top]


def _reduce(x: np.ndarray, max_dim: int, seed: int) -> np.ndarray:
    """Project ``x`` to at most ``max_dim`` principal components (randomised SVD, fitted on a seeded row subset)."""
    n_rows, n_cols = x.shape
    if n_cols <= max_dim:
        return x
    from sklearn.decomposition import PCA

    rng = np.random.default_rng([seed, 1])
    fit_rows = x if n_rows <= MAX_PCA_FIT else x[np.sort(rng.choice(n_rows, MAX_PCA_FIT, replace=False))]
    n_components = min(max_dim, fit_rows.shape[0])
    pca = PCA(n_components=n_components, svd_solver="randomized", random_state=seed)
    pca.fit(fit_rows)
    return pca.transform(x).astype(np.float32, copy=False)


def _knn_distances(z: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Distances from every row of ``z`` to its ``k`` nearest other rows, shape ``(N, k)``, ascending.

    With more than :data:`MAX_REFERENCE` rows the neighbours are searched among a seeded reference subset of that
    size; a row that belongs to the reference set skips itself.
    """
    from sklearn.neighbors import NearestNeighbors

    n_rows = z.shape[0]
    if n_rows <= MAX_REFERENCE:
        ref_idx = np.arange(n_rows)
    else:
        rng = np.random.default_rng([seed, 2])
        ref_idx = np.sort(rng.choice(n_rows, MAX_REFERENCE, replace=False))
    k = min(k, ref_idx.size - 1)
    nn = NearestNeighbors(n_neighbors=k + 1).fit(z[ref_idx])
    dist, ind = nn.kneighbors(z, return_distance=True)
    in_ref = np.zeros(n_rows, dtype=bool)
    in_ref[ref_idx] = True
    # A reference row finds itself (distance 0) among its neighbours: drop that column. If it was not returned
    # (ties with exact duplicates), drop the first column, which is then also at distance 0.
    is_self = (ref_idx[ind] == np.arange(n_rows)[:, None]) & in_ref[:, None]
    drop = np.where(is_self.any(axis=1), is_self.argmax(axis=1), np.where(in_ref, 0, k))
    keep = np.ones_like(dist, dtype=bool)
    keep[np.arange(n_rows), drop] = False
    return dist[keep].reshape(n_rows, k).astype(np.float64)


def _intrinsic_dimension(dist: np.ndarray) -> float:
    """Levina–Bickel maximum-likelihood intrinsic dimension, pooled over rows as MacKay & Ghahramani suggest.

    ``d = 1 / mean_i[ mean_{j<k} log(T_k(i) / T_j(i)) ]`` with ``T_j(i)`` the distance to the j-th neighbour.
    Rows with a zero distance (duplicates) are left out. Returns NaN when nothing is usable.
    """
    if dist.shape[1] < 2:
        return float("nan")
    usable = dist[:, 0] > 0
    if not usable.any():
        return float("nan")
    d = dist[usable]
    logs = np.log(d[:, -1:] / d[:, :-1]).mean(axis=1)
    mean_log = float(logs.mean())
    return 1.0 / mean_log if mean_log > 0 else float("nan")


def density_weights(
    features: Any, *, seed: int = 0, k: int = 15, max_dim: int = 50, strength: float = 1.0
) -> np.ndarray:
    """Per-sample sampling weight, growing with local sparsity (≈ 1 / estimated density, tempered by ``strength``).

    ``w_i = (r_k(i) / median r_k) ** (strength * d_hat)``, with ``r_k(i)`` the distance from sample ``i`` to its
    k-th nearest neighbour in a PCA-reduced copy of the features and ``d_hat`` their estimated intrinsic dimension.
    Since a k-NN density estimate is ``rho_i ∝ k / r_k(i) ** d``, ``strength=1`` gives ``w ∝ 1 / rho``. Weights are
    not clipped here (see :data:`MAX_WEIGHT_RATIO`, applied per class by :func:`density_aware_indices`).

    Args:
        features: array of shape ``(N, ...)``; flattened to ``(N, -1)``.
        seed: seed for the PCA row subset, randomised SVD and the k-NN reference subset.
        k: neighbour rank used for the density estimate (>= 2).
        max_dim: features with more columns are reduced to this many principal components first.
        strength: exponent multiplier; 0 gives all-ones weights.

    Returns:
        ``float64`` array of shape ``(N,)`` of positive weights; all ones if the estimate is undefined (fewer than
        three samples, all samples identical).

    Raises:
        ValueError: on features that are not a finite real array, or an invalid ``k``, ``max_dim`` or ``strength``.
    """
    x = np.asarray(features)
    if x.ndim == 0:
        raise ValueError(f"features must be an array of shape (N, ...), got a scalar {features!r}")
    x = _check_features(x, x.shape[0])
    _check_density_args(k, max_dim, strength)
    return _density_weights(x, seed=seed, k=int(k), max_dim=int(max_dim), strength=float(strength))


def _check_density_args(k: Any, max_dim: Any, strength: Any) -> None:
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)) or k < 2:
        raise ValueError(f"k must be an integer >= 2 (the density estimate needs two neighbour distances), got {k!r}")
    if isinstance(max_dim, (bool, np.bool_)) or not isinstance(max_dim, (int, np.integer)) or max_dim < 1:
        raise ValueError(f"max_dim must be an integer >= 1, got {max_dim!r}")
    try:
        s = float(strength)
    except (TypeError, ValueError):
        raise ValueError(f"strength must be a finite number >= 0, got {strength!r}") from None
    if not np.isfinite(s) or s < 0:
        raise ValueError(f"strength must be a finite number >= 0, got {strength!r}")


def _density_weights(x: np.ndarray, *, seed: int, k: int, max_dim: int, strength: float) -> np.ndarray:
    n_rows = x.shape[0]
    ones = np.ones(n_rows)
    if strength == 0 or n_rows < 3:
        return ones
    z = _reduce(x, max_dim, seed)
    dist = _knn_distances(z, k, seed)
    r = dist[:, -1]
    positive = r[r > 0]
    if positive.size == 0:
        return ones
    # Duplicates: a zero k-th distance means "as dense as the densest measured point", not infinitely dense.
    r = np.maximum(r, positive.min())
    d_hat = _intrinsic_dimension(dist)
    if not np.isfinite(d_hat):
        d_hat = 1.0
    d_hat = float(np.clip(d_hat, 1.0, z.shape[1]))
    log_w = strength * d_hat * (np.log(r) - np.log(np.median(r)))
    return np.exp(np.clip(log_w, -700.0, 700.0))


def density_aware_indices(
    features: Any,
    labels: Any,
    n: int,
    *,
    seed: int = 0,
    k: int = 15,
    max_dim: int = 50,
    strength: float = 1.0,
) -> np.ndarray:
    """Choose ``n`` sample indices, stratified by class, favouring sparse regions over dense ones.

    Classes get exactly the shares :func:`stratified_indices` gives them. Inside a class, samples are drawn without
    replacement with probability proportional to :func:`density_weights` (≈ inverse local density, estimated from
    the k-th nearest-neighbour distance over *all* samples in a PCA-reduced space), clipped to within
    :data:`MAX_WEIGHT_RATIO` of the class median. Uniformly spread data is therefore sampled ≈ uniformly, while a
    cluster 10× denser than its surroundings is thinned ≈ 10× relative to them (at ``strength=1``).

    Args:
        features: array of shape ``(N, ...)`` (e.g. ``(N, D)`` or ``(N, C, H, W)``), flattened to ``(N, -1)``.
        labels: 1-D integer array of class labels, one per sample.
        n: number of samples to choose. ``n >= len(labels)`` returns every index.
        seed: seed for everything random (PCA row subset, randomised SVD, neighbour reference subset, draws).
        k: neighbour rank for the density estimate (>= 2; lowered automatically for tiny datasets).
        max_dim: features wider than this are reduced to ``max_dim`` principal components before the k-NN search.
        strength: exponent multiplier. 0 is exactly :func:`stratified_indices` with the same ``seed``; 1 aims for an
            even spread over the data's support; values in between interpolate.

    Returns:
        Sorted ``int64`` array of ``min(n, len(labels))`` distinct indices.

    Raises:
        ValueError: on an invalid ``n``, ``labels`` (empty, not 1-D integers), ``features`` (``None``, wrong number
            of rows, not finite real numbers), ``k``, ``max_dim`` or ``strength``.
    """
    n = _check_n(n)
    labels = _check_labels(labels)
    x = _check_features(features, labels.size)
    _check_density_args(k, max_dim, strength)
    if n >= labels.size:
        return np.arange(labels.size, dtype=np.int64)
    groups = _class_groups(labels, n)
    weights = None
    if float(strength) > 0 and any(m < idx.size for idx, m in groups):
        weights = _density_weights(x, seed=seed, k=int(k), max_dim=int(max_dim), strength=float(strength))
    rng = np.random.default_rng(seed)
    chosen = []
    for idx, m in groups:
        w = None
        if weights is not None and 0 < m < idx.size:
            w = weights[idx]
            med = np.median(w)
            w = np.clip(w, med / MAX_WEIGHT_RATIO, med * MAX_WEIGHT_RATIO)
            if np.all(w == w[0]):
                w = None
        chosen.append(_draw(rng, idx, m, w))
    return np.sort(np.concatenate(chosen)).astype(np.int64)


def choose_indices(
    labels: Any, n: int, *, method: str = "stratified", features: Any = None, seed: int = 0
) -> np.ndarray:
    """Choose ``n`` probe indices with the named method.

    Args:
        labels: 1-D integer array of class labels, one per sample.
        n: number of samples to choose; ``n >= len(labels)`` returns every index.
        method: ``"stratified"`` (:func:`stratified_indices`), ``"density"`` (:func:`density_aware_indices`, needs
            ``features``) or ``"first"`` (the first ``n`` samples, in dataset order).
        features: array of shape ``(N, ...)``; required for ``"density"``, ignored otherwise.
        seed: seed passed to the chosen method (``"first"`` is not random).

    Returns:
        Sorted ``int64`` array of ``min(n, len(labels))`` distinct indices.

    Raises:
        ValueError: on an unknown ``method``, ``"density"`` without ``features``, or invalid ``labels`` / ``n``.
    """
    if method not in METHODS:
        raise ValueError(f"unknown sampling method {method!r}; allowed: {', '.join(repr(m) for m in METHODS)}")
    if method == "stratified":
        return stratified_indices(labels, n, seed=seed)
    if method == "density":
        if features is None:
            raise ValueError(
                "method='density' needs features (an array of shape (N, ...), one row per label); "
                "pass features=... or use method='stratified'"
            )
        return density_aware_indices(features, labels, n, seed=seed)
    n = _check_n(n)
    labels = _check_labels(labels)
    return np.arange(min(n, labels.size), dtype=np.int64)


__all__ = [
    "MAX_WEIGHT_RATIO",
    "METHODS",
    "choose_indices",
    "density_aware_indices",
    "density_weights",
    "stratified_indices",
]
