"""Faithfulness scores of a projection: how far a 2D/3D view of activations can be trusted.

This module has one job: given the original activations ``X`` (``(N, D)``) and their projection ``Y``
(``(N, 2)`` or ``(N, 3)``, same samples in the same order) it computes the scores exported with every view:

* :func:`trustworthiness` and :func:`continuity` (Venna & Kaski 2001): are neighbours in the view true
  neighbours, and do true neighbours stay neighbours in the view;
* :func:`knn_preservation`: the share of each sample's k nearest neighbours that the view keeps;
* :func:`neighborhood_hit`: the share of each sample's neighbours in the view that carry its label;
* :func:`stability_spearman`: temporal stability between two snapshots (Vernier et al. 2020): do samples
  that move more in activation space also move more in the view.

:func:`score_snapshot` and :func:`score_series` compute them together and share the nearest-neighbour and rank
work. Up to ``max_samples`` samples (2,000 by default) the scores are exact; above that they are averaged over a
seeded subset of ``max_samples`` query samples (stratified by label when labels are given, so the cost grows with
``N``, not ``N²``) whose neighbours and ranks are still searched among *all*
samples, in blocks of rows so that no ``N × N`` matrix is ever held. Definitions, the choice of k, cost and
references: ``docs/quality.md``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
from sklearn.neighbors import NearestNeighbors
from threadpoolctl import threadpool_limits

__all__ = [
    "DEFAULT_K_KNN",
    "DEFAULT_MAX_SAMPLES",
    "continuity",
    "k_from_percent",
    "knn_preservation",
    "neighborhood_hit",
    "query_plan",
    "score_series",
    "score_snapshot",
    "stability_spearman",
    "trustworthiness",
]

#: Up to this many samples every score is exact; above it they are averaged over this many query samples (stratified
#: by label when labels are given). Measured error against exact at N = 10,000: docs/quality.md.
DEFAULT_MAX_SAMPLES = 2_000
#: Neighbourhood size of :func:`knn_preservation` and :func:`neighborhood_hit` (the ``"knn15"`` score).
DEFAULT_K_KNN = 15
# A block of query rows against all N samples holds about this many distances (float64: 32 MiB), so memory does
# not grow with the number of queries; past N = 131,072 the floor of 32 rows (which keeps the products efficient)
# makes a block 32 × N.
_BLOCK_ELEMENTS = 1 << 22
_MIN_BLOCK_ROWS = 32
_MAX_BLOCK_ROWS = 1024
# Rank counts sort only the entries below a row's largest looked-up distance as (row, value) keys while they are at
# most this share of the block; above it sorting the float32 rows whole is cheaper (the keys are twice as wide).
_SUBSET_SHARE = 0.4
# Worker threads over blocks of query rows when n_jobs is None (each holds a few block-sized arrays).
_MAX_WORKERS = 4


# --------------------------------------------------------------------------------------------------- validation


def _as_matrix(name: str, a: Any) -> np.ndarray:
    """``a`` as a finite float64 ``(N, D)`` array, or a ValueError naming ``name``."""
    try:
        m = np.asarray(a, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a numeric (n_samples, n_features) array: {exc}") from None
    if m.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array of shape (n_samples, n_features); got shape {m.shape}")
    if m.shape[0] < 2:
        raise ValueError(f"{name} needs at least 2 samples (rows); got {m.shape[0]}")
    if m.shape[1] < 1:
        raise ValueError(f"{name} needs at least 1 feature (column); got shape {m.shape}")
    if not np.isfinite(m).all():
        bad = int(np.count_nonzero(~np.isfinite(m).all(axis=1)))
        raise ValueError(f"{name} contains NaN or infinite values (in {bad} of {m.shape[0]} rows)")
    return m


def _check_same_n(**arrays: np.ndarray) -> int:
    sizes = {name: a.shape[0] for name, a in arrays.items()}
    if len(set(sizes.values())) != 1:
        listed = ", ".join(f"{name} has {n}" for name, n in sizes.items())
        raise ValueError(f"all inputs must have the same number of samples (rows, in the same order): {listed}")
    return next(iter(sizes.values()))


def _check_k(k: Any, n: int, name: str = "k") -> int:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)):
        raise ValueError(f"{name} must be an integer; got {k!r}")
    k = int(k)
    if not 1 <= k < n:
        raise ValueError(
            f"{name} must satisfy 1 <= {name} < n_samples = {n} (a sample is not its own neighbour); got {k}"
        )
    return k


def _check_labels(labels: Any, n: int) -> np.ndarray:
    """Labels as integer codes ``0..C-1``."""
    lab = np.asarray(labels)
    if lab.ndim != 1 or lab.shape[0] != n:
        raise ValueError(f"labels must be a 1-D array with one label per sample ({n}); got shape {lab.shape}")
    if lab.dtype.kind in "fc" and not np.isfinite(lab).all():
        raise ValueError("labels contain NaN or infinite values")
    try:
        return np.unique(lab, return_inverse=True)[1].reshape(-1)
    except TypeError as exc:
        raise ValueError(f"labels must be mutually comparable values: {exc}") from None


def _check_max_samples(max_samples: Any) -> int | None:
    if max_samples is None:
        return None
    if isinstance(max_samples, bool) or not isinstance(max_samples, (int, np.integer)) or max_samples < 1:
        raise ValueError(f"max_samples must be a positive integer or None; got {max_samples!r}")
    return int(max_samples)


def _check_n_jobs(n_jobs: Any) -> int | None:
    if n_jobs is None:
        return None
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)) or n_jobs < 1:
        raise ValueError(f"n_jobs must be a positive integer or None; got {n_jobs!r}")
    return int(n_jobs)


# ------------------------------------------------------------------------------------------------- public helpers


def k_from_percent(n: int, percent: float = 1.0, minimum: int = 5) -> int:
    """The neighbourhood size ``k`` as a percentage of the number of samples.

    Args:
        n: Number of samples, at least 2.
        percent: ``k`` is ``round(n * percent / 100)``; must be positive.
        minimum: Lower bound on ``k`` (small runs would otherwise get ``k`` of 1 or 2), at least 1.

    Returns:
        ``round(n * percent / 100)`` clipped to ``[minimum, n - 1]`` (so ``n - 1`` when ``minimum > n - 1``).

    Raises:
        ValueError: If ``n < 2``, ``percent <= 0`` or ``minimum < 1``.
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2:
        raise ValueError(f"n must be an integer >= 2; got {n!r}")
    if not (isinstance(percent, (int, float, np.integer, np.floating)) and math.isfinite(percent) and percent > 0):
        raise ValueError(f"percent must be a positive number; got {percent!r}")
    if isinstance(minimum, bool) or not isinstance(minimum, (int, np.integer)) or minimum < 1:
        raise ValueError(f"minimum must be an integer >= 1; got {minimum!r}")
    k = int(round(int(n) * float(percent) / 100.0))
    return int(min(max(k, int(minimum)), int(n) - 1))


def _penalty_scale(n: int, k: int) -> float:
    """Per-sample normaliser of the rank penalty: one over its largest possible value.

    For ``k < n / 2`` the worst case (the k view-neighbours are the k farthest samples) is
    ``k (2n - 3k - 1) / 2`` (Venna & Kaski; the normaliser sklearn uses); for larger ``k`` at most ``n - 1 - k``
    samples can intrude and the worst case is ``(n - k)(n - k - 1) / 2``. With ``k = n - 1`` nothing can intrude.
    """
    worst = k * (2 * n - 3 * k - 1) / 2 if k < n / 2 else (n - k) * (n - k - 1) / 2
    return 0.0 if worst <= 0 else 1.0 / worst


# ------------------------------------------------------------------------------------------- shared computation


def _centred(a: np.ndarray) -> np.ndarray:
    # Centring keeps ||x||² small relative to neighbour distances, which is what the ||a||² + ||b||² - 2 a·b
    # expansion of squared distances loses precision to.
    return a - a.mean(axis=0)


def _query_rows(n: int, max_samples: int | None, seed: int, labels: np.ndarray | None = None) -> np.ndarray | None:
    """Indices of the query samples (sorted), or None when every sample is a query (exact regime).

    With labels (integer codes ``0..C-1``) the subset is stratified: each class gets its share of ``max_samples``
    (proportional, the remainders going to the classes with the largest fractional parts, lowest code first on
    ties), drawn without replacement by one seeded generator; without labels, a uniform draw.
    """
    if max_samples is None or n <= max_samples:
        return None
    rng = np.random.default_rng(seed)
    if labels is None:
        return np.sort(rng.choice(n, size=max_samples, replace=False))
    counts = np.bincount(labels)
    quota = counts * (max_samples / n)
    take = np.floor(quota).astype(np.int64)
    short = max_samples - int(take.sum())
    if short > 0:
        take[np.argsort(-(quota - take), kind="stable")[:short]] += 1
    picked = [rng.choice(np.flatnonzero(labels == c), size=int(m), replace=False) for c, m in enumerate(take) if m]
    return np.sort(np.concatenate(picked))


def query_plan(n: int, max_samples: int | None = None, seed: int = 0) -> dict[str, Any]:
    """What :func:`score_snapshot` does at ``n`` samples: ``{"queries", "n_samples", "seed", "sampling"}``.

    ``sampling`` is ``"exact"`` (every sample a query) or ``"stratified by label"`` (a seeded subset of
    ``queries`` samples; uniform when no labels are given). ``max_samples`` None: the default,
    :data:`DEFAULT_MAX_SAMPLES`. Recorded in the site's manifest.
    """
    limit = DEFAULT_MAX_SAMPLES if max_samples is None else _check_max_samples(max_samples)
    assert limit is not None
    exact = n <= limit
    return {"queries": int(n if exact else limit), "n_samples": int(n), "seed": int(seed),
            "sampling": "exact" if exact else "stratified by label"}


def _knn_low_dim(y: np.ndarray, queries: np.ndarray | None, k: int) -> np.ndarray:
    """Indices of the k nearest neighbours (self excluded, nearest first) of the query rows of ``y``."""
    nn = NearestNeighbors(n_neighbors=k).fit(y)
    if queries is None:
        return nn.kneighbors(return_distance=False)
    ind = nn.kneighbors(y[queries], n_neighbors=k + 1, return_distance=False)
    is_self = ind == queries[:, None]
    # A duplicate of the query may displace it from the k + 1 found; then drop the farthest instead.
    is_self[~is_self.any(axis=1), -1] = True
    return ind[~is_self].reshape(len(queries), k)


def _augmented(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(queries, targets)`` whose product is the matrix of squared distances between rows of ``a``.

    ``[-2a, |a|², 1] @ [a, 1, |a|²]ᵀ = |a_i|² + |a_j|² - 2 a_i·a_j``: one matrix product writes each block of
    squared distances in a single pass, instead of a product followed by three elementwise passes.
    """
    sq = np.einsum("ij,ij->i", a, a)[:, None]
    ones = np.ones_like(sq)
    return np.hstack([-2.0 * a, sq, ones]), np.hstack([a, ones, sq])


def _sq_dists(q_aug: np.ndarray, t_aug: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Squared distances (float64) from the samples ``rows`` to every sample (see :func:`_augmented`).

    The sample itself is set to +inf, which keeps it out of every neighbourhood and every "closer than" count.
    Tiny negative values from rounding are left as they are: they only ever compare below the others.
    """
    d = q_aug[rows] @ t_aug.T
    d[np.arange(len(rows)), rows] = np.inf
    return d


def _knn_rows(d: np.ndarray, d32: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and float64 values of the k smallest entries of each row of ``d``, smallest first.

    The selection runs on the float32 copy ``d32`` (half the memory traffic): rounding is monotone, so the
    entries ``<=`` the k-th smallest float32 value include the k smallest float64 entries (exactly k of them
    unless float32 values tie at the boundary, as with duplicate samples); the candidates are then ordered by
    their float64 values. Equal float64 distances are ordered by sample index, so ties are broken the same way
    on every run.
    """
    b, n = d.shape
    thr = np.partition(d32, k - 1, axis=1)[:, k - 1]
    flat = np.flatnonzero(d32 <= thr[:, None])  # row-major: by row, then by sample index
    r = flat // n
    vals = d.ravel()[flat]
    order = np.lexsort((vals, r))  # stable: by row, then distance, then sample index
    if len(flat) != b * k:  # boundary ties: keep the first k of each row
        r_sorted = r[order]
        first = np.searchsorted(r_sorted, np.arange(b))
        order = order[np.arange(len(order)) - first[r_sorted] < k]
    return (flat[order] % n).reshape(b, k), vals[order].reshape(b, k)


def _sortable_bits(v32: np.ndarray) -> np.ndarray:
    """float32 values as uint64 integers in the same order (``-0.0`` taken as ``+0.0``; no NaN expected)."""
    bits = (v32 + np.float32(0.0)).view(np.uint32).astype(np.uint64)  # + 0.0 turns -0.0 into +0.0
    negative = bits >= np.uint64(0x80000000)
    return np.where(negative, np.uint64(0xFFFFFFFF) - bits, bits | np.uint64(0x80000000))


def _strict_counts(d: np.ndarray, d32: np.ndarray, cand_r: np.ndarray, cand_t: np.ndarray) -> np.ndarray:
    """For each (row ``cand_r[c]`` of ``d``, value ``cand_t[c]``): how many entries of that row are ``< cand_t[c]``.

    Exact in float64. Only the entries of a row up to its largest value asked about can count, and those are few
    (about a tenth of the row on the scale benchmark's runs: the candidates are neighbours in the other space), so
    only they are sorted, in float32 (``d32``, a float32 copy of ``d``), all rows at once as one array of integer
    keys ``(row, value bits)``. Rounding is monotone, so an entry whose float32 value differs from the threshold's
    is on the same side of it in float64. Only entries that round to the threshold's own float32 value are
    ambiguous; rows where that happens (float32 ties, or exact ties such as duplicate samples) are counted again
    in float64. ``cand_r`` must be non-decreasing and every ``cand_t[c]`` an entry of its row.
    """
    counts = np.empty(len(cand_r), dtype=np.int64)
    if len(cand_r) == 0:
        return counts
    rows, starts = np.unique(cand_r, return_index=True)
    ends = np.append(starts[1:], len(cand_r))
    row_pos = np.repeat(np.arange(len(rows), dtype=np.uint64), ends - starts)
    t32 = cand_t.astype(np.float32)
    top = np.maximum.reduceat(t32, starts)  # each row's largest float32 threshold
    sub = d32 if len(rows) == d32.shape[0] else d32.take(rows, axis=0)
    flat = np.flatnonzero(sub <= top[:, None])  # every entry that can be below a threshold, by row
    if len(flat) > _SUBSET_SHARE * sub.size:  # keys of most of the row cost more than sorting it whole
        return _strict_counts_whole_rows(d, d32, cand_r, cand_t)
    n = sub.shape[1]
    keys = (flat // n).astype(np.uint64) << np.uint64(32) | _sortable_bits(sub.ravel()[flat])
    keys.sort()
    wanted = row_pos << np.uint64(32) | _sortable_bits(t32)
    below = keys.searchsorted(wanted, side="left")
    counts[:] = below - keys.searchsorted(row_pos << np.uint64(32), side="left")
    # the threshold's own entry has its key; another entry with the same key is a tie whose float64 order is unknown
    tied = keys.searchsorted(wanted, side="right") - below > 1
    if tied.any():
        _recount_in_float64(d, rows, np.unique(row_pos[tied]).astype(np.int64), starts, ends, cand_t, counts)
    return counts


def _strict_counts_whole_rows(d: np.ndarray, d32: np.ndarray, cand_r: np.ndarray, cand_t: np.ndarray) -> np.ndarray:
    """:func:`_strict_counts` by sorting the rows whole: the cheaper form when most entries of a row can count.

    Exact in float64. The rows are sorted in float32 (``d32``, a float32 copy of ``d``, sorted in place when
    every row is needed), which is twice as fast: rounding is monotone, so an entry whose float32 value differs
    from the threshold's is on the same side of it in float64. Only entries that round to the threshold's own
    float32 value are ambiguous; rows where that happens (float32 ties, or exact ties such as duplicate samples)
    are sorted again in float64. ``cand_r`` must be non-decreasing and every ``cand_t[c]`` an entry of its row.
    """
    counts = np.empty(len(cand_r), dtype=np.int64)
    if len(cand_r) == 0:
        return counts
    rows, starts = np.unique(cand_r, return_index=True)
    ends = np.append(starts[1:], len(cand_r))
    srt = d32 if len(rows) == d32.shape[0] else d32.take(rows, axis=0)
    srt.sort(axis=1)
    t32 = cand_t.astype(np.float32)
    for pos in range(len(rows)):
        s, e = starts[pos], ends[pos]
        counts[s:e] = srt[pos].searchsorted(t32[s:e], side="left")
    # srt[row, count] is the threshold's own entry; an equal float32 entry right after it is a tie whose float64
    # order is unknown.
    n = d.shape[1]
    row_pos = np.repeat(np.arange(len(rows)), ends - starts)
    tied = (counts + 1 < n) & (srt[row_pos, np.minimum(counts + 1, n - 1)] == t32)
    if tied.any():
        _recount_in_float64(d, rows, np.unique(row_pos[tied]), starts, ends, cand_t, counts)
    return counts


def _recount_in_float64(d: np.ndarray, rows: np.ndarray, tied_rows: np.ndarray, starts: np.ndarray,
                        ends: np.ndarray, cand_t: np.ndarray, counts: np.ndarray) -> None:
    """Count again, in float64 (in place in ``counts``), the candidates of the rows whose float32 order had ties:
    ``tied_rows`` index ``rows``, whose candidates are ``cand_t[starts[i]:ends[i]]``."""
    srt64 = d.take(rows[tied_rows], axis=0)
    srt64.sort(axis=1)
    for a, pos in enumerate(tied_rows):
        s, e = starts[pos], ends[pos]
        counts[s:e] = srt64[a].searchsorted(cand_t[s:e], side="left")


def _rank_penalty(d: np.ndarray, d32: np.ndarray, kth: np.ndarray, nbr: np.ndarray, k: int) -> int:
    """Sum over rows and over the neighbours ``nbr`` (from the other space) of ``max(0, rank - k)``, ranks in ``d``.

    ``rank(i, j)`` is 1 + the number of samples strictly closer to ``i`` than ``j`` is (in ``d``). Only neighbours
    farther than the row's k-th smallest distance ``kth`` can rank above ``k``, so only those are ranked.
    """
    t = np.take_along_axis(d, nbr, axis=1)
    cand_r, cand_c = np.nonzero(t > kth[:, None])
    if len(cand_r) == 0:
        return 0
    ranks = _strict_counts(d, d32, cand_r, t[cand_r, cand_c]) + 1
    return int(np.maximum(ranks - k, 0).sum())


def _n_workers(n_jobs: int | None, n_blocks: int) -> int:
    if n_jobs is None:
        n_jobs = min(_MAX_WORKERS, os.cpu_count() or 1)
    return max(1, min(int(n_jobs), n_blocks))


def _neighbourhood_scores(
    x: np.ndarray | None,
    y: np.ndarray,
    *,
    k: int,
    k_knn: int,
    labels: np.ndarray | None,
    queries: np.ndarray | None,
    want: frozenset[str],
    n_jobs: int | None,
) -> dict[str, float]:
    """Means over the query samples of the requested scores, with shared neighbour and rank work.

    ``queries``: sorted distinct row indices (:func:`_query_rows`), or None for every sample (exact). ``want``
    holds some of ``"trustworthiness"``, ``"continuity"``, ``"knn"``, ``"neighborhood_hit"``.
    Inputs must already be validated (finite float64, same N, ``1 <= k, k_knn < N``).
    """
    n = y.shape[0]
    q_all = np.arange(n) if queries is None else queries
    n_q = len(q_all)
    ranked = want & {"trustworthiness", "continuity"}
    kx = max(k if ranked else 0, k_knn if "knn" in want else 0)
    ky = max(k if ranked else 0, k_knn if want & {"knn", "neighborhood_hit"} else 0)

    y = _centred(y)
    nbr_y = _knn_low_dim(y, queries, ky)  # (n_q, ky), nearest first
    out: dict[str, float] = {}

    if "neighborhood_hit" in want:
        assert labels is not None
        out["neighborhood_hit"] = float(np.mean(labels[nbr_y[:, :k_knn]] == labels[q_all][:, None]))
    if not want & {"trustworthiness", "continuity", "knn"}:
        return out

    assert x is not None
    qx, tx = _augmented(_centred(x))
    qy, ty = _augmented(y)

    def one_block(start: int, stop: int) -> tuple[int, int, int]:
        rows, ny = q_all[start:stop], nbr_y[start:stop]
        trust_pen = cont_pen = hits = 0
        dx = _sq_dists(qx, tx, rows)
        dx32 = dx.astype(np.float32)
        nx, nx_d = _knn_rows(dx, dx32, kx)  # the kx nearest in X, nearest first
        if "trustworthiness" in want:
            trust_pen = _rank_penalty(dx, dx32, nx_d[:, k - 1], ny[:, :k], k)
        del dx, dx32
        if "knn" in want:
            a, b = nx[:, :k_knn], ny[:, :k_knn]
            hits = int((a[:, :, None] == b[:, None, :]).any(axis=2).sum())
        if "continuity" in want:
            dy = _sq_dists(qy, ty, rows)
            kth_y = np.take_along_axis(dy, ny[:, :k], axis=1).max(axis=1)
            cont_pen = _rank_penalty(dy, dy.astype(np.float32), kth_y, nx[:, :k], k)
        return trust_pen, cont_pen, hits

    block = int(np.clip(_BLOCK_ELEMENTS // n, _MIN_BLOCK_ROWS, _MAX_BLOCK_ROWS))
    bounds = [(s, min(s + block, n_q)) for s in range(0, n_q, block)]
    workers = _n_workers(n_jobs, len(bounds))
    # One BLAS thread: these thin products gain little from more, and worker threads (NumPy's products, sorts
    # and partitions release the GIL) would oversubscribe the cores.
    with threadpool_limits(limits=1, user_api="blas"):
        if workers == 1:
            parts = [one_block(s, e) for s, e in bounds]
        else:
            with ThreadPoolExecutor(workers) as pool:
                parts = list(pool.map(lambda se: one_block(*se), bounds))
    trust_pen, cont_pen, hits = (sum(p[i] for p in parts) for i in range(3))
    scale = _penalty_scale(n, k)
    if "trustworthiness" in want:
        out["trustworthiness"] = 1.0 - scale * trust_pen / n_q
    if "continuity" in want:
        out["continuity"] = 1.0 - scale * cont_pen / n_q
    if "knn" in want:
        out["knn"] = hits / (n_q * k_knn)
    return out


# ------------------------------------------------------------------------------------------------ single scores


def _pair_score(
    X: Any, Y: Any, k: int, key: str, max_samples: int | None, seed: int, n_jobs: int | None
) -> float:
    x, y = _as_matrix("X", X), _as_matrix("Y", Y)
    n = _check_same_n(X=x, Y=y)
    k = _check_k(k, n)
    return _neighbourhood_scores(
        x,
        y,
        k=k,
        k_knn=k,
        labels=None,
        queries=_query_rows(n, _check_max_samples(max_samples), seed),
        want=frozenset({key}),
        n_jobs=_check_n_jobs(n_jobs),
    )[key]


def trustworthiness(
    X: Any,
    Y: Any,
    k: int,
    *,
    max_samples: int | None = DEFAULT_MAX_SAMPLES,
    seed: int = 0,
    n_jobs: int | None = None,
) -> float:
    """Trustworthiness of the projection ``Y`` of ``X`` (Venna & Kaski 2001): are view-neighbours true neighbours.

    ``T(k) = 1 - A(k) / n * sum_i sum_{j in N_Y^k(i)} max(0, r_X(i, j) - k)``, with ``N_Y^k(i)`` the k nearest
    neighbours of ``i`` in ``Y``, ``r_X(i, j)`` the rank of ``j`` among the neighbours of ``i`` in ``X`` (1 for
    the nearest; 1 + the number of samples strictly closer, so tied samples share the better rank) and
    ``A(k) = 2 / (k (2n - 3k - 1))`` for ``k < n / 2`` (``2 / ((n - k)(n - k - 1))`` above, so the score stays
    in [0, 1]). Equal to :func:`sklearn.manifold.trustworthiness` (which needs ``k < n / 2`` and O(n²) memory)
    wherever there are no distance ties.

    Args:
        X: Original data, ``(n, D)``.
        Y: Projection of the same samples in the same order, ``(n, d)``.
        k: Neighbourhood size, ``1 <= k < n``.
        max_samples: Exact when ``n <= max_samples`` (or None); otherwise the mean over ``max_samples`` seeded
            random query samples (uniform: no labels here), whose neighbours and ranks are still taken among all
            ``n``.
        seed: Seed of the query subset.
        n_jobs: Worker threads over blocks of query samples; None: as many as there are cores, at most 4.

    Returns:
        A float in [0, 1]; 1 when every view-neighbour is among the k true nearest neighbours.

    Raises:
        ValueError: On non-2-D or non-finite inputs, different numbers of samples, or ``k`` outside [1, n).
    """
    return _pair_score(X, Y, k, "trustworthiness", max_samples, seed, n_jobs)


def continuity(
    X: Any,
    Y: Any,
    k: int,
    *,
    max_samples: int | None = DEFAULT_MAX_SAMPLES,
    seed: int = 0,
    n_jobs: int | None = None,
) -> float:
    """Continuity of the projection ``Y`` of ``X`` (Venna & Kaski 2001): do true neighbours stay neighbours.

    Trustworthiness with the roles of the spaces swapped:
    ``C(k) = 1 - A(k) / n * sum_i sum_{j in N_X^k(i)} max(0, r_Y(i, j) - k)``; so ``continuity(X, Y, k)``
    equals ``trustworthiness(Y, X, k)`` (and ``sklearn.manifold.trustworthiness(Y, X, n_neighbors=k)``).

    Args:
        X: Original data, ``(n, D)``.
        Y: Projection of the same samples in the same order, ``(n, d)``.
        k: Neighbourhood size, ``1 <= k < n``.
        max_samples: As in :func:`trustworthiness`.
        seed: Seed of the query subset.
        n_jobs: As in :func:`trustworthiness`.

    Returns:
        A float in [0, 1]; 1 when every true neighbour is among the k nearest in the view.

    Raises:
        ValueError: As :func:`trustworthiness`.
    """
    return _pair_score(X, Y, k, "continuity", max_samples, seed, n_jobs)


def knn_preservation(
    X: Any,
    Y: Any,
    k: int = DEFAULT_K_KNN,
    *,
    max_samples: int | None = DEFAULT_MAX_SAMPLES,
    seed: int = 0,
    n_jobs: int | None = None,
) -> float:
    """Mean over samples of ``|kNN_X(i) ∩ kNN_Y(i)| / k``: the share of true neighbours the view keeps.

    Args:
        X: Original data, ``(n, D)``.
        Y: Projection of the same samples in the same order, ``(n, d)``.
        k: Neighbourhood size, ``1 <= k < n`` (default 15).
        max_samples: As in :func:`trustworthiness`.
        seed: Seed of the query subset.
        n_jobs: As in :func:`trustworthiness`.

    Returns:
        A float in [0, 1]; a view unrelated to the data scores about ``k / (n - 1)``.

    Raises:
        ValueError: As :func:`trustworthiness`.
    """
    return _pair_score(X, Y, k, "knn", max_samples, seed, n_jobs)


def neighborhood_hit(
    Y: Any,
    labels: Any,
    k: int = DEFAULT_K_KNN,
    *,
    max_samples: int | None = DEFAULT_MAX_SAMPLES,
    seed: int = 0,
) -> float:
    """Mean over samples of the share of their k nearest neighbours in ``Y`` that carry the same label.

    Args:
        Y: Projection, ``(n, d)``.
        labels: One label per sample (any values ``np.unique`` can sort), ``(n,)``.
        k: Neighbourhood size, ``1 <= k < n`` (default 15).
        max_samples: As in :func:`trustworthiness`.
        seed: Seed of the query subset.

    Returns:
        A float in [0, 1]: 1 when every neighbourhood is pure; about ``sum_c p_c²`` (``p_c`` the share of
        label ``c``) when labels are scattered at random.

    Raises:
        ValueError: On a non-2-D or non-finite ``Y``, labels of the wrong length, or ``k`` outside [1, n).
    """
    y = _as_matrix("Y", Y)
    n = y.shape[0]
    lab = _check_labels(labels, n)
    k = _check_k(k, n)
    return _neighbourhood_scores(
        None,
        y,
        k=k,
        k_knn=k,
        labels=lab,
        queries=_query_rows(n, _check_max_samples(max_samples), seed, lab),
        want=frozenset({"neighborhood_hit"}),
        n_jobs=1,
    )["neighborhood_hit"]


def _rank_average(v: np.ndarray) -> np.ndarray:
    """Ranks 1..n of ``v``, ties given their average rank (as ``scipy.stats.rankdata``)."""
    order = np.argsort(v, kind="stable")
    sv = v[order]
    new = np.concatenate(([True], sv[1:] != sv[:-1]))
    group = np.cumsum(new) - 1
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], len(v))
    avg = (starts + ends + 1) / 2.0  # mean of the 1-based ranks starts+1 .. ends
    ranks = np.empty(len(v), dtype=np.float64)
    ranks[order] = avg[group]
    return ranks


def stability_spearman(X_prev: Any, X_next: Any, Y_prev: Any, Y_next: Any) -> float:
    """Temporal stability ``stab_spearman`` (Vernier et al. 2020) between two consecutive snapshots.

    The Spearman rank correlation, over samples ``i``, between ``||X_next[i] - X_prev[i]||`` (how far sample
    ``i`` moved in activation space) and ``||Y_next[i] - Y_prev[i]||`` (how far it moved in the view): the
    Pearson correlation of the two movement vectors' ranks, ties given their average rank (as
    ``scipy.stats.spearmanr``). 1: the view moves samples in the same order of magnitude as the activations
    move; about 0: view motion unrelated to real motion; negative: the view exaggerates the samples that barely
    change. The views must share one coordinate frame (aligned projections), or the movement measures the
    frames' misalignment.

    Vernier et al. pool the movements of every sample over every pair of consecutive time steps into one
    correlation; this is the same statistic for one pair (pass the snapshots stacked row-wise, ``X_prev`` = all
    but the last, ``X_next`` = all but the first, for the pooled value).

    Args:
        X_prev: Activations at the earlier snapshot, ``(n, D)``.
        X_next: Activations of the same samples at the later snapshot, ``(n, D)``.
        Y_prev: Projection at the earlier snapshot, ``(n, d)``.
        Y_next: Projection at the later snapshot, ``(n, d)``.

    Returns:
        A float in [-1, 1], or NaN (silently) when the movement is the same for every sample in either space
        (for instance nothing moved at all), where a rank correlation is undefined.

    Raises:
        ValueError: On non-2-D or non-finite inputs, different numbers of samples, or a snapshot pair whose
            widths differ.
    """
    xp, xn = _as_matrix("X_prev", X_prev), _as_matrix("X_next", X_next)
    yp, yn = _as_matrix("Y_prev", Y_prev), _as_matrix("Y_next", Y_next)
    _check_same_n(X_prev=xp, X_next=xn, Y_prev=yp, Y_next=yn)
    if xp.shape != xn.shape:
        raise ValueError(f"X_prev and X_next must have the same shape; got {xp.shape} and {xn.shape}")
    if yp.shape != yn.shape:
        raise ValueError(f"Y_prev and Y_next must have the same shape; got {yp.shape} and {yn.shape}")
    move_x = np.linalg.norm(xn - xp, axis=1)
    move_y = np.linalg.norm(yn - yp, axis=1)
    rx, ry = _rank_average(move_x), _rank_average(move_y)
    rx -= rx.mean()
    ry -= ry.mean()
    denom = math.sqrt(float(rx @ rx) * float(ry @ ry))
    if denom == 0.0:
        return float("nan")
    return float(np.clip(float(rx @ ry) / denom, -1.0, 1.0))


# ---------------------------------------------------------------------------------------------- combined scores


def score_snapshot(
    X: Any,
    Y: Any,
    labels: Any = None,
    *,
    k_percent: float = 1.0,
    k_knn: int = DEFAULT_K_KNN,
    max_samples: int | None = DEFAULT_MAX_SAMPLES,
    seed: int = 0,
    n_jobs: int | None = None,
) -> dict[str, float | int]:
    """Every neighbourhood score of one projected snapshot, sharing the neighbour and rank computations.

    One pass over blocks of query samples computes the distance rows in both spaces once and derives all
    scores from them: the k nearest neighbours in each space, and the ranks that trustworthiness and
    continuity need.

    Args:
        X: Activations, ``(n, D)``.
        Y: Their projection, ``(n, d)``, same samples in the same order.
        labels: Optional label per sample, ``(n,)``; adds ``"neighborhood_hit"``.
        k_percent: ``k`` of trustworthiness and continuity as a percentage of ``n``
            (:func:`k_from_percent`, at least 5).
        k_knn: ``k`` of ``"knn15"`` (:func:`knn_preservation`) and of ``"neighborhood_hit"``; default 15,
            lowered to ``n - 1`` when ``n <= 15``.
        max_samples: Exact when ``n <= max_samples`` (or None); otherwise means over ``max_samples`` seeded
            query samples, stratified by label when labels are given (:func:`query_plan`), with neighbours and
            ranks still taken among all ``n``.
        seed: Seed of the query subset.
        n_jobs: Worker threads over blocks of query samples; None: as many as there are cores, at most 4.

    Returns:
        ``{"trustworthiness", "continuity", "knn15", "k"}``, plus ``"neighborhood_hit"`` with labels: scores
        are floats in [0, 1], ``"k"`` is the int used by trustworthiness and continuity.

    Raises:
        ValueError: On invalid inputs (as :func:`trustworthiness`), labels of the wrong length, a
            non-positive ``k_percent`` or ``k_knn``.
    """
    x, y = _as_matrix("X", X), _as_matrix("Y", Y)
    n = _check_same_n(X=x, Y=y)
    lab = None if labels is None else _check_labels(labels, n)
    k, kk = _snapshot_ks(n, k_percent, k_knn)
    want = {"trustworthiness", "continuity", "knn"} | ({"neighborhood_hit"} if lab is not None else set())
    s = _neighbourhood_scores(
        x,
        y,
        k=k,
        k_knn=kk,
        labels=lab,
        queries=_query_rows(n, _check_max_samples(max_samples), seed, lab),
        want=frozenset(want),
        n_jobs=_check_n_jobs(n_jobs),
    )
    out: dict[str, float | int] = {
        "trustworthiness": s["trustworthiness"],
        "continuity": s["continuity"],
        "knn15": s["knn"],
    }
    if lab is not None:
        out["neighborhood_hit"] = s["neighborhood_hit"]
    out["k"] = k
    return out


def _snapshot_ks(n: int, k_percent: float, k_knn: Any) -> tuple[int, int]:
    if isinstance(k_knn, bool) or not isinstance(k_knn, (int, np.integer)) or k_knn < 1:
        raise ValueError(f"k_knn must be a positive integer; got {k_knn!r}")
    return k_from_percent(n, k_percent), min(int(k_knn), n - 1)


def score_series(
    Xs: Sequence[Any],
    Ys: Sequence[Any],
    labels: Any = None,
    *,
    k_percent: float = 1.0,
    k_knn: int = DEFAULT_K_KNN,
    max_samples: int | None = DEFAULT_MAX_SAMPLES,
    seed: int = 0,
    n_jobs: int | None = None,
) -> list[dict[str, float | int]]:
    """:func:`score_snapshot` for every snapshot of a series, plus ``"stab_spearman"`` against the previous one.

    Args:
        Xs: One activation matrix per snapshot, ``(n, D)`` each: same samples, same order, same width.
        Ys: Their aligned projections, ``(n, d)`` each.
        labels: Optional label per sample (shared by all snapshots), ``(n,)``.
        k_percent: As in :func:`score_snapshot`.
        k_knn: As in :func:`score_snapshot`.
        max_samples: As in :func:`score_snapshot`; every snapshot uses the same query subset.
        seed: Seed of the query subset.
        n_jobs: As in :func:`score_snapshot`.

    Returns:
        One dict per snapshot: the keys of :func:`score_snapshot` and ``"stab_spearman"``
        (:func:`stability_spearman` from the previous snapshot to this one; NaN for the first).

    Raises:
        ValueError: If ``Xs`` and ``Ys`` are empty or differ in length, if the snapshots differ in shape, or on
            any invalid input (as :func:`score_snapshot`); all checked before any scoring.
    """
    if len(Xs) != len(Ys):
        raise ValueError(f"Xs and Ys must hold one matrix per snapshot each; got {len(Xs)} and {len(Ys)}")
    if len(Xs) == 0:
        raise ValueError("Xs and Ys are empty: there is no snapshot to score")
    # every matrix checked first, one float64 copy at a time: the activations of a whole series in float64 are
    # never held at once (at N = 10,000 x 512 dims, 41 MB a snapshot); each is converted again when scored
    ys = [_as_matrix(f"Ys[{t}]", a) for t, a in enumerate(Ys)]
    x_shapes = [_as_matrix(f"Xs[{t}]", a).shape for t, a in enumerate(Xs)]
    n = _check_same_n(**{f"Xs[{t}]": np.empty((shape[0], 0)) for t, shape in enumerate(x_shapes)},  # rows only
                      **{f"Ys[{t}]": a for t, a in enumerate(ys)})
    for name, shapes in (("Xs", x_shapes), ("Ys", [m.shape for m in ys])):
        if len(set(shapes)) > 1:
            raise ValueError(f"every matrix of {name} must have the same shape (to measure movement); got "
                             f"{sorted(set(shapes))}")
    if labels is not None:
        _check_labels(labels, n)
    _snapshot_ks(n, k_percent, k_knn)
    _check_max_samples(max_samples)
    _check_n_jobs(n_jobs)
    results: list[dict[str, float | int]] = []
    previous: np.ndarray | None = None
    for t, y in enumerate(ys):
        x = _as_matrix(f"Xs[{t}]", Xs[t])
        scores = score_snapshot(
            x, y, labels, k_percent=k_percent, k_knn=k_knn, max_samples=max_samples, seed=seed, n_jobs=n_jobs
        )
        scores["stab_spearman"] = float("nan") if previous is None else stability_spearman(previous, x, ys[t - 1], y)
        results.append(scores)
        previous = x
    return results
