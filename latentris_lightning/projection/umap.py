"""UMAP projections: aligned over the series (Aligned UMAP) and, as a control, independent per matrix.

Aligned UMAP (McInnes et al., umap-learn's ``AlignedUMAP``) lays out every snapshot with its own UMAP objective and
adds a regulariser that pulls each sample towards its own position in the neighbouring snapshots (within
``alignment_window_size``), weighted by how much the sample's neighbourhood is shared between the two. Samples whose
neighbourhood did not change stay put; samples that moved to another cluster are free to move.

:class:`AlignedUMAPProjection` runs that same algorithm from umap-learn's building blocks (the per-snapshot fuzzy
graphs, umap-learn's neighbourhood-similarity weights, spectral initialisation Procrustes-chained along the series,
and umap-learn's aligned layout kernel), rather than by calling ``umap.AlignedUMAP`` itself, because umap-learn
0.5.x's ``AlignedUMAP``:

* JIT-compiles its layout kernel anew on every ``fit`` (several seconds each time; the kernel is built inside the
  function and not cached) — here it is compiled once per process and cached on disk (``NUMBA_CACHE_DIR``);
* compiles it with ``parallel=True`` whatever the seed — here it is serial, so a ``random_state`` gives identical
  output;
* seeds the layout from ``transform_seed``, not ``random_state``, and uses the default curve (``a``, ``b``) so that
  ``min_dist`` only reaches the per-snapshot UMAP runs it then throws away — here ``random_state`` seeds everything
  and ``min_dist`` shapes the aligned layout;
* fits a complete UMAP embedding per snapshot only to keep its graph — here only the graphs are built
  (``transform_mode="graph"``);
* drops the forward link from each snapshot to the last one of its window (an off-by-one in ``expand_relations``) —
  here the relations are built directly for the identity mapping (sample ``i`` is sample ``i`` in every snapshot).

umap-learn ≥ 0.5.5 (``pip install "latentris-lightning[umap]"``) is imported lazily. Its numba code compiles on first
use in a process (tens of seconds); set ``NUMBA_CACHE_DIR`` to a persistent folder to reuse part of that work.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.utils import check_random_state

from latentris_lightning.projection.base import ProjectionMethod, check_n_neighbors, is_number, reduce_dims

_INSTALL_HINT = 'UMAP projections need umap-learn: pip install "latentris-lightning[umap]"'
_INT32_MIN = np.iinfo(np.int32).min + 1
_INT32_MAX = np.iinfo(np.int32).max - 1


def _import_umap() -> Any:
    try:
        import umap
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(_INSTALL_HINT) from err
    return umap


def _check_common(method: ProjectionMethod, n_samples: int) -> None:
    check_n_neighbors(method.n_neighbors, n_samples)
    if isinstance(method.max_dim, bool) or not isinstance(method.max_dim, int) or method.max_dim < 1:
        raise ValueError(f"max_dim={method.max_dim!r} must be a positive integer.")
    if method.n_epochs is not None and (
        isinstance(method.n_epochs, bool) or not isinstance(method.n_epochs, int) or method.n_epochs < 1
    ):
        raise ValueError(f"n_epochs={method.n_epochs!r} must be a positive integer or None.")
    if not is_number(method.min_dist) or not 0.0 <= float(method.min_dist) <= 1.0:
        raise ValueError(f"min_dist={method.min_dist!r} must be a number between 0 and 1.")


def _seed(random_state: Any) -> int | None:
    """An int seed for umap-learn (which wants an int or None) drawn deterministically from ``random_state``."""
    if random_state is None or isinstance(random_state, (int, np.integer)):
        return None if random_state is None else int(random_state)
    return int(check_random_state(random_state).randint(np.iinfo(np.int32).max))


def _exact_knn(x: np.ndarray, n_neighbors: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact nearest neighbours (each sample's own index first), the k-NN umap-learn's UMAP takes precomputed.

    umap-learn computes exact neighbours itself below 4,096 samples, but through a Python-level callable metric
    (seconds per snapshot at N=2,000), and above that with pynndescent (a long numba compile); scikit-learn's exact
    search is faster for probe-sized inputs and deterministic.
    """
    from sklearn.neighbors import NearestNeighbors

    dists, indices = NearestNeighbors(n_neighbors=n_neighbors).fit(x).kneighbors(x)
    return indices.astype(np.int32), dists.astype(np.float32)


def _umap(x: np.ndarray, method: ProjectionMethod, seed: int | None, **params: Any) -> Any:
    """A fitted ``umap.UMAP`` on ``x``, with exact neighbours precomputed; ``params`` override the method's."""
    import warnings

    umap = _import_umap()
    settings = {
        "n_neighbors": method.n_neighbors,
        "n_components": method.n_components,
        "min_dist": method.min_dist,
        "n_epochs": method.n_epochs,
        "random_state": seed,  # a seed makes umap-learn run single-threaded, hence reproducibly
        "n_jobs": 1 if seed is not None else -1,
        **params,
    }
    x = np.asarray(x, dtype=np.float32)
    indices, dists = _exact_knn(x, method.n_neighbors)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*knn_search_index.*", category=UserWarning)
        return umap.UMAP(precomputed_knn=(indices, dists, None), **settings).fit(x)


class IndependentUMAP(ProjectionMethod):
    """Plain UMAP on every matrix separately: the control without any alignment.

    Each snapshot gets its own layout, so clusters may be rotated, mirrored or rearranged from one snapshot to the
    next even when the activations barely changed. Use it to see how much of the stability of
    :class:`AlignedUMAPProjection` comes from the alignment.

    Args:
        n_components: output dimensions (2 or 3).
        n_neighbors: size of the local neighbourhood (UMAP's ``n_neighbors``); needs more samples than this.
        min_dist: how tightly UMAP packs points (0 to 1).
        n_epochs: optimisation epochs per snapshot; ``None`` is umap-learn's default (500 below 10,000 samples).
        random_state: seed; with a seed umap-learn runs single-threaded and the output is reproducible.
        max_dim: inputs wider than this are first reduced with one PCA over the whole series (:func:`reduce_dims`).

    Attributes:
        embeddings_: one ``(N, n_components)`` array per matrix.
    """

    name = "umap_independent"
    input_dtype = None  # reduce_dims converts one matrix at a time

    def __init__(
        self,
        n_components: int = 3,
        n_neighbors: int = 15,
        min_dist: float = 0.1,
        n_epochs: int | None = None,
        random_state: int | None = 0,
        max_dim: int = 50,
    ) -> None:
        self.n_components = n_components
        self.n_neighbors = n_neighbors
        self.min_dist = min_dist
        self.n_epochs = n_epochs
        self.random_state = random_state
        self.max_dim = max_dim

    def _fit(self, series: list[np.ndarray]) -> list[np.ndarray]:
        _check_common(self, series[0].shape[0])
        _import_umap()
        seed = _seed(self.random_state)
        reduced = reduce_dims(series, self.max_dim, 0 if seed is None else seed)
        return [_umap(x, self, seed).embedding_ for x in reduced]


class AlignedUMAPProjection(ProjectionMethod):
    """Aligned UMAP over the series, with identity relations (sample ``i`` is the same sample in every matrix).

    See the module docstring for how this differs from calling ``umap.AlignedUMAP`` directly. A series of one matrix
    is laid out with plain UMAP.

    Args:
        n_components: output dimensions (2 or 3).
        n_neighbors: size of the local neighbourhood; needs more samples than this.
        min_dist: how tightly UMAP packs points (0 to 1).
        alignment_regularisation: strength of the pull of a sample towards its positions in neighbouring snapshots
            (umap-learn's ``alignment_regularisation``). Larger values give smoother motion and less faithful
            individual snapshots.
        alignment_window_size: how many snapshots on each side the pull reaches (decaying as ``e^-(|offset|-1)``).
        n_epochs: optimisation epochs for the joint layout; ``None`` means 200 (umap-learn's AlignedUMAP default).
        random_state: seeds the graphs, the initialisation and the optimisation; a seed gives identical output.
            ``None`` lets umap-learn build the graphs in parallel (not reproducible).
        max_dim: inputs wider than this are first reduced with one PCA over the whole series (:func:`reduce_dims`).

    Attributes:
        embeddings_: one ``(N, n_components)`` array per matrix.
        n_epochs_: the number of epochs run.
    """

    name = "umap"
    input_dtype = None  # reduce_dims converts one matrix at a time

    def __init__(
        self,
        n_components: int = 3,
        n_neighbors: int = 15,
        min_dist: float = 0.1,
        alignment_regularisation: float = 0.01,
        alignment_window_size: int = 3,
        n_epochs: int | None = None,
        random_state: int | None = 0,
        max_dim: int = 50,
    ) -> None:
        self.n_components = n_components
        self.n_neighbors = n_neighbors
        self.min_dist = min_dist
        self.alignment_regularisation = alignment_regularisation
        self.alignment_window_size = alignment_window_size
        self.n_epochs = n_epochs
        self.random_state = random_state
        self.max_dim = max_dim

    def _fit(self, series: list[np.ndarray]) -> list[np.ndarray]:
        n_samples = series[0].shape[0]
        _check_common(self, n_samples)
        window = self.alignment_window_size
        if isinstance(window, bool) or not isinstance(window, int) or window < 1:
            raise ValueError(f"alignment_window_size={window!r} must be a positive integer.")
        if not is_number(self.alignment_regularisation) or not float(self.alignment_regularisation) >= 0:
            raise ValueError(f"alignment_regularisation={self.alignment_regularisation!r} must be a number ≥ 0.")
        _import_umap()
        seed = _seed(self.random_state)
        reduced = reduce_dims(series, self.max_dim, 0 if seed is None else seed)
        self.n_epochs_ = 200 if self.n_epochs is None else self.n_epochs
        if len(reduced) == 1:
            return [_umap(reduced[0], self, seed, n_epochs=self.n_epochs_).embedding_]

        graphs = [_umap(x, self, seed, transform_mode="graph").graph_ for x in reduced]  # fuzzy graphs only
        rng = check_random_state(seed)
        return _aligned_layout(
            reduced,
            graphs,
            n_components=self.n_components,
            n_epochs=self.n_epochs_,
            min_dist=float(self.min_dist),
            lambda_=float(self.alignment_regularisation),
            window=window,
            rng=rng,
        )


def _identity_relations(n_snapshots: int, n_samples: int, window: int) -> np.ndarray:
    """umap-learn's expanded relations for "sample i is sample i everywhere": ``[snapshot, window + offset, i]``."""
    relations = np.full((n_snapshots, 2 * window + 1, n_samples), -1, dtype=np.int32)
    ids = np.arange(n_samples, dtype=np.int32)
    for t in range(n_snapshots):
        for offset in range(-window, window + 1):
            if offset != 0 and 0 <= t + offset < n_snapshots:
                relations[t, window + offset] = ids
    return relations


def _neighbourhood_similarities(graphs: list[Any], relations: np.ndarray) -> np.ndarray:
    """How much of each sample's neighbourhood two snapshots share (Jaccard index of the graph rows).

    The weights umap-learn's ``build_neighborhood_similarities`` computes, vectorised for identity relations
    (umap-learn's version launches a parallel numba region per sample and pair of snapshots, seconds on probe sizes).
    """
    import scipy.sparse

    patterns = []
    for graph in graphs:
        pattern = scipy.sparse.csr_matrix(graph, dtype=np.float32, copy=True)
        pattern.data[:] = 1.0
        patterns.append(pattern)
    sizes = [np.diff(p.indptr).astype(np.float32) for p in patterns]
    n_snapshots, width, _ = relations.shape
    window = (width - 1) // 2
    weights = np.zeros(relations.shape, dtype=np.float32)
    for t in range(n_snapshots):
        for offset in range(-window, window + 1):
            other = t + offset
            if offset == 0 or not 0 <= other < n_snapshots:
                continue
            shared = np.asarray(patterns[t].multiply(patterns[other]).sum(axis=1), dtype=np.float32).ravel()
            union = sizes[t] + sizes[other] - shared
            weights[t, window + offset] = np.where(union > 0, shared / np.maximum(union, 1.0), 1.0)
    return weights


prange = range  # replaced by numba.prange when the kernel is compiled (numba is imported lazily)


def _aligned_sgd(
    embeddings,
    heads,
    tails,
    edge_offsets,
    epochs_per_sample,
    weights,
    pull,
    a,
    b,
    gamma,
    negative_sample_rate,
    initial_alpha,
    n_epochs,
    n_blocks,
    rng_states,
):  # pragma: no cover - runs compiled by numba
    """Aligned UMAP's stochastic gradient descent, all epochs (numba kernel; see :func:`_aligned_layout`).

    The update rules of umap-learn's ``_optimize_layout_aligned_euclidean_single_epoch``: per sampled edge an
    attraction of both ends and ``negative_sample_rate`` repulsions, and every step of a sample adds a pull towards
    its own positions in the other snapshots of the window, ``-sum_o pull[o] * weights[t, o, i] * (x - x_o)``.

    Two changes make it parallel, deterministic and several times faster. umap-learn interleaves the snapshots edge
    by edge in one thread; here every epoch is cut into ``n_blocks`` blocks of each snapshot's edges, and within a
    block the snapshots are optimised in parallel, each pulled towards the others' positions from the start of the
    block (a lag of a fraction of an epoch) and each with its own random stream, so the result depends neither on the
    number of threads nor on their timing. And the pull is summed over the window before it is clipped (umap-learn
    clips each term at ±4; a term reaches that only for ``alignment_regularisation`` far above its useful range),
    which makes it ``C_i x - S_i`` with ``C`` fixed and ``S`` computed once per block instead of once per step.
    """
    n_snapshots, n_samples, dim = embeddings.shape
    window = (pull.shape[0] - 1) // 2
    epoch_of_next_sample = epochs_per_sample.copy()
    epochs_per_negative_sample = epochs_per_sample / negative_sample_rate
    epoch_of_next_negative_sample = epochs_per_negative_sample.copy()
    strength = np.zeros((n_snapshots, n_samples))  # C: total pull on each sample
    for m in range(n_snapshots):
        for o in range(-window, window + 1):
            if o != 0 and 0 <= m + o < n_snapshots:
                for i in range(n_samples):
                    strength[m, i] += pull[o + window] * weights[m, o + window, i]
    target = np.zeros((n_snapshots, n_samples, dim))  # S: pull-weighted sum of the other snapshots' positions
    alpha = initial_alpha
    for n in range(n_epochs):
        for block in range(n_blocks):
            for snapshot in prange(n_snapshots):
                m = np.int64(snapshot)  # prange may hand out an unsigned index, and -m must be negative
                for i in range(n_samples):
                    for d in range(dim):
                        target[m, i, d] = 0.0
                for o in range(max(-window, -m), min(window, n_snapshots - 1 - m) + 1):
                    if o != 0:
                        for i in range(n_samples):
                            c = pull[o + window] * weights[m, o + window, i]
                            for d in range(dim):
                                target[m, i, d] += c * embeddings[m + o, i, d]
            for snapshot in prange(n_snapshots):
                m = np.int64(snapshot)
                emb = embeddings[m]
                c_m = strength[m]
                s_m = target[m]
                state = rng_states[m]
                n_edges = edge_offsets[m + 1] - edge_offsets[m]
                first = edge_offsets[m] + (n_edges * block) // n_blocks
                last = edge_offsets[m] + (n_edges * (block + 1)) // n_blocks
                for e in range(first, last):
                    if epoch_of_next_sample[e] > n:
                        continue
                    j = heads[e]
                    k = tails[e]
                    dist_squared = 0.0
                    for d in range(dim):
                        diff = emb[j, d] - emb[k, d]
                        dist_squared += diff * diff
                    if dist_squared > 0.0:
                        grad_coeff = -2.0 * a * b * dist_squared ** (b - 1.0) / (a * dist_squared**b + 1.0)
                    else:
                        grad_coeff = 0.0
                    for d in range(dim):
                        grad = min(max(grad_coeff * (emb[j, d] - emb[k, d]), -4.0), 4.0)
                        grad -= c_m[j] * emb[j, d] - s_m[j, d]
                        emb[j, d] += min(max(grad, -4.0), 4.0) * alpha
                        grad = min(max(grad_coeff * (emb[k, d] - emb[j, d]), -4.0), 4.0)
                        grad -= c_m[k] * emb[k, d] - s_m[k, d]
                        emb[k, d] += min(max(grad, -4.0), 4.0) * alpha
                    epoch_of_next_sample[e] += epochs_per_sample[e]

                    n_neg = 0
                    if epochs_per_negative_sample[e] > 0:
                        n_neg = int((n - epoch_of_next_negative_sample[e]) / epochs_per_negative_sample[e])
                    for _ in range(n_neg):
                        # umap-learn's tau_rand_int (a Tausworthe generator), inlined
                        s = state[0]
                        state[0] = (((s & 4294967294) << 12) & 0xFFFFFFFF) ^ ((((s << 13) & 0xFFFFFFFF) ^ s) >> 19)
                        s = state[1]
                        state[1] = (((s & 4294967288) << 4) & 0xFFFFFFFF) ^ ((((s << 2) & 0xFFFFFFFF) ^ s) >> 25)
                        s = state[2]
                        state[2] = (((s & 4294967280) << 17) & 0xFFFFFFFF) ^ ((((s << 3) & 0xFFFFFFFF) ^ s) >> 11)
                        other = (state[0] ^ state[1] ^ state[2]) % n_samples
                        dist_squared = 0.0
                        for d in range(dim):
                            diff = emb[j, d] - emb[other, d]
                            dist_squared += diff * diff
                        if dist_squared > 0.0:
                            grad_coeff = 2.0 * gamma * b / ((0.001 + dist_squared) * (a * dist_squared**b + 1.0))
                        elif j == other:
                            continue
                        else:
                            grad_coeff = 0.0
                        for d in range(dim):
                            grad = 0.0
                            if grad_coeff > 0.0:
                                grad = min(max(grad_coeff * (emb[j, d] - emb[other, d]), -4.0), 4.0)
                            grad -= c_m[j] * emb[j, d] - s_m[j, d]
                            emb[j, d] += min(max(grad, -4.0), 4.0) * alpha
                    epoch_of_next_negative_sample[e] += n_neg * epochs_per_negative_sample[e]
        alpha = initial_alpha * (1.0 - float(n) / float(n_epochs))
    return embeddings


_compiled_sgd: Any = None  # _aligned_sgd compiled, once per process (and cached on disk under NUMBA_CACHE_DIR)


def _aligned_sgd_compiled() -> Any:
    global _compiled_sgd, prange
    if _compiled_sgd is None:
        import numba

        prange = numba.prange
        _compiled_sgd = numba.njit(_aligned_sgd, fastmath=True, parallel=True, cache=True)
    return _compiled_sgd


def _aligned_layout(
    data: list[np.ndarray],
    graphs: list[Any],
    *,
    n_components: int,
    n_epochs: int,
    min_dist: float,
    lambda_: float,
    window: int,
    rng: np.random.RandomState,
    spread: float = 1.0,
    gamma: float = 1.0,
    negative_sample_rate: float = 5.0,
    initial_alpha: float = 1.0,
    n_blocks: int = 16,
) -> list[np.ndarray]:
    """The joint layout of umap-learn's ``AlignedUMAP.fit`` (0.5.x), from per-snapshot fuzzy graphs."""
    from umap.spectral import spectral_layout
    from umap.umap_ import find_ab_params, make_epochs_per_sample

    n_snapshots, n_samples = len(graphs), graphs[0].shape[0]
    relations = _identity_relations(n_snapshots, n_samples, window)
    weights = _neighbourhood_similarities(graphs, relations)
    offsets = np.arange(-window, window + 1)
    pull = np.where(offsets != 0, lambda_ * np.exp(-(np.abs(offsets) - 1.0)), 0.0)
    a, b = find_ab_params(spread, min_dist)

    heads, tails, epochs_per_sample = [], [], []
    for graph in graphs:
        coo = graph.tocoo()
        heads.append(coo.row)
        tails.append(coo.col)
        epochs_per_sample.append(make_epochs_per_sample(coo.data, n_epochs))
    edge_offsets = np.concatenate([[0], np.cumsum([len(h) for h in heads])]).astype(np.int64)

    # Spectral initialisation of every snapshot, each rotated/reflected onto the one before (as AlignedUMAP does).
    embeddings = np.empty((n_snapshots, n_samples, n_components), dtype=np.float32)
    for t, (x, graph) in enumerate(zip(data, graphs, strict=True)):
        init = spectral_layout(x, graph, n_components, rng)
        init = init * (10.0 / max(float(np.abs(init).max()), 1e-12))
        if t > 0:
            u, _, vt = np.linalg.svd(init.T @ embeddings[t - 1].astype(np.float64))
            init = init @ (u @ vt)
        embeddings[t] = init

    rng_states = rng.randint(_INT32_MIN, _INT32_MAX, (n_snapshots, 3)).astype(np.int64)
    _aligned_sgd_compiled()(
        embeddings,
        np.concatenate(heads).astype(np.int32),
        np.concatenate(tails).astype(np.int32),
        edge_offsets,
        np.concatenate(epochs_per_sample).astype(np.float64),
        weights,
        pull.astype(np.float64),
        float(a),
        float(b),
        float(gamma),
        float(negative_sample_rate),
        float(initial_alpha),
        int(n_epochs),
        int(n_blocks),
        rng_states,
    )
    return list(embeddings)


__all__ = ["AlignedUMAPProjection", "IndependentUMAP"]
