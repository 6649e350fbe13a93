"""The joint method: one neighbour embedding optimised for every snapshot at once, in torch.

Per snapshot, UMAP's fuzzy k-nearest-neighbour graph gives attractive edges and negative sampling gives repulsion
(McInnes et al. 2018). All snapshots are optimised together as one ``(T, N, d)`` tensor with an alignment term that
pulls each sample towards its own position in the adjacent snapshots (as AlignedUMAP and the Cantareira seed's
eq. 3 do), so the same sample stays put unless its neighbourhood really changes.

Everything is vectorised: one optimisation step updates every edge of every snapshot at once (``index_add_``), so
it runs on a GPU unchanged and is fast on a CPU. It starts from an aligned PCA (one basis over the whole series), so
the layout is stable from the first step and the optimisation only has to make neighbourhoods faithful.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch

from latentris_lightning.projection.base import (
    ProjectionMethod,
    check_n_components,
    check_n_neighbors,
    procrustes,
    reduce_dims,
)

_INIT_SPREAD = 10.0  # initial layout spans about this many units (UMAP's scale)
_CLIP = 4.0  # UMAP's per-edge gradient clip
TIE_KINDS = ("motion", "still")


def _find_ab(spread: float, min_dist: float) -> tuple[float, float]:
    """UMAP's curve ``1 / (1 + a d^(2b))`` fitted to the membership implied by ``min_dist`` and ``spread``."""
    from scipy.optimize import curve_fit

    x = np.linspace(0, spread * 3, 300)
    y = np.where(x < min_dist, 1.0, np.exp(-(x - min_dist) / spread))
    (a, b), _ = curve_fit(lambda d, a, b: 1.0 / (1.0 + a * d ** (2 * b)), x, y)
    return float(a), float(b)


def knn(x: torch.Tensor, k: int, block: int = 512, width: int = 64) -> tuple[torch.Tensor, torch.Tensor]:
    """Exact k nearest neighbours (self excluded), blockwise: ``(N, k)`` indices and distances, nearest first.

    Row i's candidates are ranked by ``|x_j|² - 2 x_i·x_j`` (the squared distance less the row's own ``|x_i|²``),
    computed by one matrix product of ``[x_i, 1]`` with ``[-2 x_j, |x_j|²]``, no broadcast pass. The selection
    then avoids a top-k over all N columns: the columns are cut into chunks of ``width``, and the k chunks with the
    smallest minima hold every one of the k smallest scores (each of those k chunks has a score at or below the k-th
    smallest chunk minimum, so the k-th smallest score is at or below it too, and any score at or below it lies in a
    chunk whose minimum is). The top-k is taken over those ``k × width`` scores only.

    The expansion loses precision for near neighbours far from the origin (float32 cancellation), so ``k + 8``
    candidates are kept and ranked again by their distances computed directly.
    """
    n, d = x.shape
    k = min(k, n - 1)
    sq = (x * x).sum(dim=1)
    chunks = -(-n // width)
    rows_all = torch.cat([x, torch.ones(n, 1, dtype=x.dtype, device=x.device)], dim=1)
    cols = torch.zeros(chunks * width, d + 1, dtype=x.dtype, device=x.device)
    cols[:n, :d] = -2.0 * x
    cols[:n, d] = sq
    cols[n:, d] = float("inf")  # padding columns are never chosen
    cols = cols.T.contiguous()
    wanted = min(k + 8, n - 1)
    picked = min(wanted, chunks)
    indices, distances = [], []
    for start in range(0, n, block):
        scores = rows_all[start : start + block] @ cols  # (B, chunks * width)
        b = scores.shape[0]
        own = torch.arange(b, device=x.device)
        scores[own, own + start] = float("inf")
        grid = scores.view(b, chunks, width)
        _, best = torch.topk(grid.amin(dim=2), picked, dim=1, largest=False, sorted=False)
        candidates = grid.gather(1, best.unsqueeze(2).expand(b, picked, width)).reshape(b, picked * width)
        _, where = torch.topk(candidates, wanted, dim=1, largest=False, sorted=False)
        found = best.gather(1, where // width) * width + where % width
        exact = (x[found] - x[start : start + b].unsqueeze(1)).norm(dim=2)
        values, order = torch.topk(exact, k, dim=1, largest=False)
        indices.append(found.gather(1, order))
        distances.append(values)
    return torch.cat(indices), torch.cat(distances)


#: above this many samples the kNN graph is approximate (pynndescent); at 20,000 x 50 the exact search was still the
#: faster one (13.5 s vs 16.5 s at recall@15 0.984, docs/benchmarks.md), so exact is kept up to there
EXACT_KNN_MAX = 20_000
RECALL_QUERIES = 1_000  # seeded query rows on which an approximate graph's recall@k is measured against exact
RECALL_FLOOR = 0.9  # the documented floor of that recall (docs/architecture.md); tests hold the approximate path to it


def knn_rows(x: torch.Tensor, rows: torch.Tensor, k: int, block: int = 256) -> torch.Tensor:
    """Exact k nearest neighbours (self excluded) of the samples ``rows`` only, against all: ``(len(rows), k)``."""
    n = x.shape[0]
    sq = (x * x).sum(dim=1)
    out = []
    for start in range(0, rows.shape[0], block):
        q = rows[start : start + block]
        scores = sq.unsqueeze(0) - 2.0 * (x[q] @ x.T)  # |x_j|² - 2 x_i·x_j, ranked per row
        scores[torch.arange(q.shape[0], device=x.device), q] = float("inf")
        out.append(torch.topk(scores, min(k, n - 1), dim=1, largest=False).indices)
    return torch.cat(out)


def neighbours(
    x: torch.Tensor, k: int, exact_max: int = EXACT_KNN_MAX, seed: int = 0
) -> tuple[torch.Tensor, torch.Tensor, dict[str, Any]]:
    """The k nearest neighbours of every sample (self excluded, nearest first) and how they were found.

    Up to ``exact_max`` samples: :func:`knn`, exact (``{"method": "exact", "k", "recall": 1.0}``). Above it:
    pynndescent's approximate graph (distances recomputed here), with its recall@k against exact neighbours measured
    on :data:`RECALL_QUERIES` samples drawn with ``seed`` (``{"method": "pynndescent", "k", "recall", "queries"}``).
    """
    n = x.shape[0]
    k = min(k, n - 1)
    if n <= exact_max:
        index, dist = knn(x, k)
        return index, dist, {"method": "exact", "k": k, "recall": 1.0}
    from pynndescent import NNDescent

    data = x.detach().cpu().numpy().astype(np.float32)
    graph, _ = NNDescent(data, n_neighbors=k + 1, random_state=seed, n_jobs=torch.get_num_threads()).neighbor_graph
    own = graph == np.arange(n)[:, None]
    own[~own.any(axis=1), -1] = True  # a row whose graph misses itself drops its farthest candidate instead
    index = torch.as_tensor(graph[~own].reshape(n, k), dtype=torch.long, device=x.device)
    missing = (index < 0).any(dim=1).nonzero().squeeze(1)  # rows the approximate search left incomplete: exact
    if missing.numel():
        index[missing] = knn_rows(x, missing, k)
    dist = (x[index] - x.unsqueeze(1)).norm(dim=2)
    dist, order = torch.sort(dist, dim=1)
    index = index.gather(1, order)
    queries = torch.as_tensor(
        np.sort(np.random.default_rng(seed).choice(n, min(RECALL_QUERIES, n), replace=False)), device=x.device
    )
    exact = knn_rows(x, queries, k)
    found = (index[queries].unsqueeze(2) == exact.unsqueeze(1)).any(dim=2)
    recall = float(found.float().mean())
    return index, dist, {"method": "pynndescent", "k": k, "recall": round(recall, 4), "queries": int(queries.numel())}


def fuzzy_graph(
    x: torch.Tensor, k: int, graph: tuple[torch.Tensor, torch.Tensor] | None = None
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """UMAP's symmetric fuzzy simplicial set of ``x``: edges ``(head, tail, weight)``.

    Per sample, ``rho`` is the distance to the nearest neighbour and ``sigma`` solves
    ``sum_j exp(-(d_ij - rho) / sigma) = log2(k)`` (bisection, all samples at once); the directed memberships are
    combined by the fuzzy union ``w + wᵀ - w ∘ wᵀ``. ``graph``: the ``(index, dist)`` of :func:`neighbours`, when
    already found (default: exact :func:`knn`).
    """
    n = x.shape[0]
    index, dist = knn(x, k) if graph is None else graph
    k = index.shape[1]
    rho = dist[:, 0:1]
    target = float(np.log2(k))
    lo = torch.zeros(n, 1, dtype=x.dtype, device=x.device)
    hi = torch.full((n, 1), float("inf"), dtype=x.dtype, device=x.device)
    sigma = torch.ones(n, 1, dtype=x.dtype, device=x.device)
    shifted = (dist - rho).clamp_min(0)

    def membership(sigma: torch.Tensor) -> torch.Tensor:
        # capped exponent: exp of very negative numbers gives float32 denormals, which are ~100x slower on CPUs
        return torch.exp(-(shifted / sigma).clamp_max(60.0))

    for _ in range(64):
        total = membership(sigma).sum(dim=1, keepdim=True)
        too_big = total > target
        hi = torch.where(too_big, sigma, hi)
        lo = torch.where(too_big, lo, sigma)
        sigma = torch.where(torch.isinf(hi), sigma * 2, (lo + hi) / 2)
    mean_dist = dist.mean()
    sigma = torch.maximum(sigma, 1e-3 * mean_dist.clamp_min(1e-12))
    weights = membership(sigma)
    rows = torch.arange(n, device=x.device).repeat_interleave(k)
    directed = torch.sparse_coo_tensor(
        torch.stack([rows, index.reshape(-1)]), weights.reshape(-1), (n, n), check_invariants=False
    ).coalesce()
    transpose = directed.transpose(0, 1).coalesce()
    union = (directed + transpose - directed * transpose).coalesce()
    head, tail = union.indices()
    return head, tail, union.values()


class JointEmbedding(ProjectionMethod):
    """Neighbour embedding of all snapshots at once with an alignment term (the default method).

    Args:
        n_components: 2 or 3.
        n_neighbors: size of the neighbourhood graph of each snapshot (UMAP's ``n_neighbors``).
        min_dist, spread: UMAP's curve shape: how tightly points may pack.
        alignment: strength of the temporal edges tying each sample to itself in the adjacent snapshots, relative to
            the neighbourhood forces. ``0`` gives independent embeddings from a shared start.
        ties: the alignment graph, explicit: ``[(i, j, weight), …]`` ties matrix ``i`` of the series to matrix ``j``
            (each sample to itself), ``weight`` > 0 scaling ``alignment`` for that tie; an optional fourth element
            ``"motion"`` (default) or ``"still"`` says whether the tie's rest length follows the sample's movement in
            the data (``motion="faithful"``; only between matrices of one width that share a reduced space) or is 0
            (the same sample pulled to the same place, e.g. two runs at one epoch). ``None`` (default): consecutive
            matrices, ``[(0, 1, 1), (1, 2, 1), …]``, with results bit-identical to that explicit chain.
        motion: ``"faithful"`` (default): a temporal edge's rest length is the sample's movement in the data (scaled
            to the layout), so samples that did not move stay put and those that moved show it; ``"still"``: rest
            length 0, every sample pulled to stay put (AlignedUMAP's choice, which damps real motion).
        n_epochs: optimisation steps; in each, an edge of weight w moves with probability w (as in UMAP).
        learning_rate: initial step size, decaying linearly to 0.
        negative_sample_rate: repulsive samples per node and step, each weighted by the node's expected number of
            sampled edges (UMAP draws this many per sampled edge: the same expected repulsion, at fewer pairs).
        max_dim: inputs wider than this are reduced by one PCA over the series first.
        random_state: seed of the negative sampling; a seed gives identical output.
        device: ``"auto"`` (CUDA when available), ``"cpu"`` or ``"cuda"``.
        exact_knn_max: snapshots of up to this many samples get exact kNN graphs; larger ones pynndescent's
            approximate graph, its recall measured (``knn_``; docs/architecture.md).

    Attributes:
        embeddings_: one ``(N, n_components)`` array per matrix.
        n_edges_: edges of each snapshot's graph.
        a_, b_: the curve parameters used.
        knn_: how the kNN graphs were found: ``{"method": "exact"|"pynndescent", "k", "recall"}`` (the lowest
            recall@k of any snapshot, measured on a seeded subsample; 1.0 for exact).
    """

    name = "joint"
    input_dtype = None  # reduce_dims converts one matrix at a time

    def __init__(
        self,
        n_components: int = 3,
        n_neighbors: int = 15,
        min_dist: float = 0.1,
        spread: float = 1.0,
        alignment: float = 15.0,
        n_epochs: int = 100,
        learning_rate: float = 1.0,
        negative_sample_rate: int = 8,
        max_dim: int = 50,
        motion: str = "faithful",
        random_state: int = 0,
        device: str = "auto",
        ties: Sequence[Sequence[Any]] | None = None,
        exact_knn_max: int = EXACT_KNN_MAX,
    ) -> None:
        self.n_components = n_components
        self.n_neighbors = n_neighbors
        self.min_dist = min_dist
        self.spread = spread
        self.alignment = alignment
        self.n_epochs = n_epochs
        self.learning_rate = learning_rate
        self.negative_sample_rate = negative_sample_rate
        self.max_dim = max_dim
        self.motion = motion
        self.random_state = random_state
        self.device = device
        self.ties = ties
        self.exact_knn_max = exact_knn_max

    def _check(self, n: int) -> None:
        check_n_components(self.n_components)
        check_n_neighbors(self.n_neighbors, n)
        for name in ("alignment", "learning_rate", "min_dist"):
            if not getattr(self, name) >= 0:
                raise ValueError(f"{name}={getattr(self, name)!r} must be ≥ 0.")
        if not self.spread > self.min_dist:
            raise ValueError(f"spread={self.spread!r} must exceed min_dist={self.min_dist!r}.")
        for name in ("n_epochs", "negative_sample_rate", "max_dim", "exact_knn_max"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name}={value!r} must be a positive integer.")
        if self.device not in ("auto", "cpu", "cuda"):
            raise ValueError(f"device={self.device!r} is not supported; choose 'auto', 'cpu' or 'cuda'.")

    def _device(self) -> torch.device:
        if self.device == "auto":
            return torch.device("cuda" if torch.cuda.is_available() else "cpu")
        return torch.device(self.device)

    def fit_warm(self, series: Sequence[np.ndarray], start: np.ndarray, frozen: int = 0) -> list[np.ndarray]:
        """A warm-started fit (live mode): the optimisation starts from ``start`` instead of the aligned PCA, and the
        first ``frozen`` matrices are held at their ``start`` positions (no graph of their own; they only pull the
        next matrix through the alignment term). Returns one ``(N, n_components)`` array per matrix (``embeddings_``).

        Only along the default chain (``ties=None``). ``start`` is ``(T, N, n_components)``; a seed gives identical
        output.

        Raises:
            ValueError: for an explicit ``ties`` graph, a ``start`` of the wrong shape or non-finite values, or
                ``frozen`` outside ``0 .. T-1``.
        """
        from latentris_lightning.projection.base import validate_series

        matrices = validate_series(series, dtype=self.input_dtype)
        check_n_components(self.n_components)
        t, n = len(matrices), matrices[0].shape[0]
        start = np.asarray(start, dtype=np.float64)
        if self.ties is not None:
            raise ValueError("fit_warm follows the default chain of snapshots; ties must be None.")
        if start.shape != (t, n, self.n_components):
            raise ValueError(f"start has shape {start.shape}; expected (T={t}, N={n}, {self.n_components}).")
        if not np.isfinite(start).all():
            raise ValueError("start holds NaN or infinite positions")
        if isinstance(frozen, bool) or not isinstance(frozen, (int, np.integer)) or not 0 <= frozen < t:
            raise ValueError(f"frozen={frozen!r} must be an integer in 0..{t - 1} (at least one matrix is fitted).")
        self.embeddings_ = [np.asarray(e, dtype=np.float32) for e in self._fit(matrices, start, int(frozen))]
        return self.embeddings_

    def _fit(self, series: list[np.ndarray], warm: np.ndarray | None = None, frozen: int = 0) -> list[np.ndarray]:
        n, t = series[0].shape[0], len(series)
        self._check(n)
        device = self._device()
        ties = None if self.ties is None else check_ties(self.ties, t)
        groups = None if ties is None else tie_groups(ties, [m.shape[1] for m in series])
        if groups is None:
            reduced = reduce_dims(series, self.max_dim, self.random_state)
        else:
            reduced = _reduce_groups(series, groups, self.max_dim, self.random_state)
        self.a_, self.b_ = _find_ab(self.spread, self.min_dist)

        heads, tails, weights, self.n_edges_ = [], [], [], []
        found = []
        for i, x in enumerate(reduced):
            if i < frozen:  # held in place: no edges of its own
                self.n_edges_.append(0)
                continue
            points = torch.as_tensor(x, dtype=torch.float32, device=device)
            index, dist, how = neighbours(points, self.n_neighbors, self.exact_knn_max, int(self.random_state) + i)
            found.append(how)
            head, tail, w = fuzzy_graph(points, self.n_neighbors, (index, dist))
            keep = w >= w.max() / self.n_epochs  # UMAP drops edges too weak to be sampled once
            heads.append(head[keep] + i * n)
            tails.append(tail[keep] + i * n)
            weights.append(w[keep])
            self.n_edges_.append(int(keep.sum()))
        head, tail, w = torch.cat(heads), torch.cat(tails), torch.cat(weights)
        self.knn_ = {**found[0], "recall": min(f["recall"] for f in found)}  # the worst snapshot's recall

        if warm is not None:
            start = warm
        elif ties is None:
            start = _aligned_start(reduced, self.n_components)
        else:
            start = _tied_start(reduced, self.n_components, ties, groups or [])
        y = torch.as_tensor(start, dtype=torch.float32, device=device)
        held = y[:frozen].clone()  # (frozen, N, d): restored after every step
        y = y.reshape(t * n, self.n_components).contiguous()
        # per-node total edge weight: the expected number of its edges sampled per step
        strength = torch.zeros(t * n, device=device).index_add_(0, head, w).clamp_min_(1e-6)
        # the graph is symmetric: keep each undirected edge once and move both ends twice as far (the same expected
        # attraction as sampling both directions, at half the cost)
        upper = head < tail
        head, tail, w = head[upper], tail[upper], w[upper]
        generator = torch.Generator(device=device).manual_seed(int(self.random_state))
        a, b = self.a_, self.b_
        n_neg = self.negative_sample_rate
        nodes = torch.arange(t * n, device=device)
        snapshot_start = (nodes // n) * n
        if self.motion not in ("faithful", "still"):
            raise ValueError(f"motion={self.motion!r} is not supported; choose 'faithful' or 'still'.")
        if ties is None:
            motion = self._target_motion(reduced, y.view(t, n, -1)) if self.motion == "faithful" and t > 1 else None
            tied = self.alignment > 0 and t > 1
        else:
            motion = _tie_motion(reduced, y.view(t, n, -1), ties, groups or []) if self.motion == "faithful" else None
            tied = self.alignment > 0 and bool(ties)
            self._tie_tensors = _tie_tensors(ties, device)
        step_scale = 1.0 / (1.0 + strength[:, None])  # a node's step does not grow with its degree
        for epoch in range(self.n_epochs):
            alpha = self.learning_rate * (1.0 - epoch / self.n_epochs)
            # as in UMAP, an edge of weight w is used in a given step with probability w
            chosen = (torch.rand(w.shape[0], generator=generator, device=device) < w).nonzero().squeeze(1)
            h, tl = head.index_select(0, chosen), tail.index_select(0, chosen)  # one compaction for both ends
            # attraction along the edge, both ends move
            diff = y.index_select(0, h) - y.index_select(0, tl)  # index_select: a faster gather than y[h]
            d2 = (diff * diff).sum(dim=1, keepdim=True)
            d2b = d2.pow(b)
            coef = (-2.0 * a * b) * d2b / (d2 * (1.0 + a * d2b))
            force = (coef.nan_to_num_(0.0, 0.0, 0.0) * diff).clamp_(-_CLIP, _CLIP).mul_(2.0)
            # (index_add_ with alpha takes a path ~7x slower on CPUs: the factors are applied beforehand)
            grad = torch.zeros_like(y).index_add_(0, h, force).index_add_(0, tl, force.neg_())
            # repulsion from random samples of the same snapshot. UMAP draws negative_sample_rate of them per sampled
            # edge at its head; here every node draws negative_sample_rate per step, each weighted by the node's
            # expected number of sampled edges: the same expected repulsion at a fraction of the pairs.
            others = torch.randint(0, n, (n_neg, t * n), generator=generator, device=device) + snapshot_start
            diff = y.unsqueeze(0) - y.index_select(0, others.view(-1)).view(n_neg, t * n, -1)  # (n_neg, T·N, d)
            d2 = (diff * diff).sum(dim=2, keepdim=True)
            coef = (2.0 * b) / ((0.001 + d2) * (1.0 + a * d2.pow(b)))
            # a node drawn as its own negative adds exactly 0 (its diff is 0 and coef finite): no mask needed
            force = (coef * diff).clamp_(-_CLIP, _CLIP).sum(dim=0)
            grad.addcmul_(force, strength[:, None])
            y.add_(grad * step_scale, alpha=alpha)
            if ties is not None:
                if tied:
                    self._align_ties(y.view(t, n, -1), motion, alpha)
            elif motion is not None or tied:
                self._align(y.view(t, n, -1), motion, alpha)
            if frozen:
                y.view(t, n, -1)[:frozen] = held
        return [e.cpu().numpy().astype(np.float64) for e in y.view(t, n, -1)]

    def _align(self, grid: torch.Tensor, motion: torch.Tensor | None, alpha: float) -> None:
        """Temporal edges: each sample towards its positions in the adjacent snapshots (in place).

        With ``motion`` each temporal edge is a spring whose rest length is the sample's true movement (faithful
        motion); without, its rest length is 0 (keep still). An explicit step on this chain Laplacian (eigenvalues up
        to 4) is stable below 0.5; the factor keeps it in (0, 0.25).
        """
        if self.alignment <= 0 or grid.shape[0] < 2:
            return
        delta = grid[1:] - grid[:-1]  # (T-1, N, d)
        if motion is not None:
            length = delta.norm(dim=2, keepdim=True).clamp_min(1e-6)
            delta = delta * (1.0 - motion / length).clamp_min(-1.0)
        step = alpha * self.alignment
        factor = 0.25 * step / (1.0 + step)
        grid[1:] -= factor * delta
        grid[:-1] += factor * delta

    def _align_ties(self, grid: torch.Tensor, motion: torch.Tensor | None, alpha: float) -> None:
        """:meth:`_align` along an explicit graph: each tie ``(i, j, w)`` a spring between the sample's positions in
        matrices ``i`` and ``j``, of strength ``alignment × w`` (in place).

        The two sides are applied in the chain's order (first every ``j`` end, then every ``i`` end), so the chain
        ``[(0, 1, 1), (1, 2, 1), …]`` gives exactly :meth:`_align`'s floats. A node with more than 4 ties has its
        steps scaled by ``4 / ties`` to stay stable.
        """
        heads, tails, weights, uniform, scale = self._tie_tensors
        delta = grid[tails] - grid[heads]  # (E, N, d)
        if motion is not None:
            length = delta.norm(dim=2, keepdim=True).clamp_min(1e-6)
            delta = delta * (1.0 - motion / length).clamp_min(-1.0)
        if uniform is not None:
            step = alpha * self.alignment * uniform
            factor: Any = 0.25 * step / (1.0 + step)
        else:
            step = (alpha * self.alignment) * weights
            factor = (0.25 * step / (1.0 + step)).view(-1, 1, 1)
        if scale != 1.0:
            factor = factor * scale
        moved = factor * delta
        grid.index_add_(0, tails, moved.neg())
        grid.index_add_(0, heads, moved)

    @staticmethod
    def _target_motion(reduced: list[np.ndarray], start: torch.Tensor) -> torch.Tensor:
        """Each sample's movement between adjacent snapshots in the data, in layout units: ``(T-1, N, 1)``.

        Movement is measured in the original activation space (the quantity temporal stability scores compare
        with). For each pair of snapshots one factor, the ratio of their mean RMS radius in the layout to that in
        the data, converts it to layout units, so within every step a sample that moved twice as far in the data
        moves twice as far in the view.
        """
        from latentris_lightning.arrays import rms_radius

        if len({m.shape[1] for m in reduced}) > 1:  # layers of different widths: no common space to move in
            return torch.zeros(len(reduced) - 1, reduced[0].shape[0], 1, device=start.device)
        layout = [rms_radius(e.cpu().numpy()) for e in start]
        data = [rms_radius(m) for m in reduced]
        lengths = []
        for i in range(len(reduced) - 1):
            scale = (layout[i] + layout[i + 1]) / max(data[i] + data[i + 1], 1e-12)
            lengths.append(np.linalg.norm(reduced[i + 1] - reduced[i], axis=1, keepdims=True) * scale)
        return torch.as_tensor(np.stack(lengths), dtype=torch.float32, device=start.device)


def _aligned_start(series: list[np.ndarray], d: int) -> np.ndarray:
    """An aligned PCA layout of every matrix, ``(T, N, d)``, spanning about ``_INIT_SPREAD`` units.

    Equal widths share one basis (fitted on the whole series, each snapshot centred and RMS-normalised first); a
    series of different widths (layers) gets one PCA per matrix, chained by Procrustes to the previous one.
    """
    from latentris_lightning.projection.pca import AlignedPCA

    if len({m.shape[1] for m in series}) == 1:
        layout = np.stack(AlignedPCA(n_components=d).fit_transform(series)).astype(np.float64)
    else:
        parts = [AlignedPCA(n_components=d).fit_transform([m])[0].astype(np.float64) for m in series]
        for i in range(1, len(parts)):
            parts[i] = procrustes(parts[i - 1], parts[i])
        layout = np.stack(parts)
    layout -= layout.mean(axis=(0, 1))
    scale = np.abs(layout).max()
    return layout * (_INIT_SPREAD / scale if scale > 0 else 1.0)


# ------------------------------------------------------------------------------------------- the alignment graph
def chain_ties(t: int) -> list[tuple[int, int, float]]:
    """The default graph: consecutive matrices, ``[(0, 1, 1.0), …, (t-2, t-1, 1.0)]``."""
    return [(i, i + 1, 1.0) for i in range(t - 1)]


def check_ties(ties: Sequence[Sequence[Any]], t: int) -> list[tuple[int, int, float, str]]:
    """Validate an alignment graph over ``t`` matrices; returns ``[(i, j, weight, kind)]``.

    Raises:
        ValueError: naming the bad tie and what is allowed.
    """
    if isinstance(ties, (str, bytes)) or not isinstance(ties, Sequence):
        raise ValueError(f"ties={ties!r} is not a list of (i, j, weight) ties.")
    out = []
    for k, tie in enumerate(ties):
        if isinstance(tie, (str, bytes)) or not isinstance(tie, Sequence) or len(tie) not in (3, 4):
            raise ValueError(f"tie {k} is {tie!r}; each tie is (i, j, weight) or (i, j, weight, kind).")
        i, j, weight = tie[0], tie[1], tie[2]
        kind = tie[3] if len(tie) == 4 else "motion"
        for name, index in (("i", i), ("j", j)):
            if isinstance(index, bool) or not isinstance(index, (int, np.integer)) or not 0 <= index < t:
                raise ValueError(f"tie {k} {tie!r}: {name}={index!r} is not a matrix index in 0..{t - 1}.")
        if i == j:
            raise ValueError(f"tie {k} {tie!r} ties matrix {i} to itself; i and j must differ.")
        if isinstance(weight, bool) or not isinstance(weight, (int, float, np.number)) or not (
            np.isfinite(weight) and weight > 0
        ):
            raise ValueError(f"tie {k} {tie!r}: weight={weight!r} must be a finite number > 0.")
        if kind not in TIE_KINDS:
            raise ValueError(f"tie {k} {tie!r}: kind={kind!r} is not one of {TIE_KINDS}.")
        out.append((int(i), int(j), float(weight), str(kind)))
    return out


def tie_groups(ties: Sequence[tuple[int, int, float, str]], widths: Sequence[int]) -> list[int]:
    """A group id per matrix: matrices joined by ``"motion"`` ties of one width share a group (one reduced space)."""
    parent = list(range(len(widths)))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, j, _, kind in ties:
        if kind == "motion" and widths[i] == widths[j]:
            a, b = sorted((root(i), root(j)))
            parent[b] = a
    roots = [root(a) for a in range(len(widths))]
    ids = {r: g for g, r in enumerate(dict.fromkeys(roots))}
    return [ids[r] for r in roots]


def _members(groups: Sequence[int]) -> list[list[int]]:
    out: dict[int, list[int]] = {}
    for index, g in enumerate(groups):
        out.setdefault(g, []).append(index)
    return list(out.values())


def _reduce_groups(series: list[np.ndarray], groups: Sequence[int], max_dim: int, seed: int) -> list[np.ndarray]:
    """:func:`reduce_dims` per group: one PCA for the matrices of a group, so their motion stays comparable."""
    reduced: list[Any] = [None] * len(series)
    for members in _members(groups):
        for index, matrix in zip(members, reduce_dims([series[i] for i in members], max_dim, seed), strict=True):
            reduced[index] = matrix
    return reduced


def _tie_motion(
    reduced: list[np.ndarray], start: torch.Tensor, ties: Sequence[tuple[int, int, float, str]], groups: Sequence[int]
) -> torch.Tensor:
    """Each tie's rest length per sample, ``(E, N, 1)``: the sample's movement in the data (layout units, as
    :meth:`JointEmbedding._target_motion`) for a ``"motion"`` tie within a group, 0 otherwise."""
    from latentris_lightning.arrays import rms_radius

    layout = [rms_radius(e.cpu().numpy()) for e in start]
    data = [rms_radius(m) for m in reduced]
    n = reduced[0].shape[0]
    lengths = []
    for i, j, _, kind in ties:
        if kind == "motion" and groups[i] == groups[j]:
            scale = (layout[i] + layout[j]) / max(data[i] + data[j], 1e-12)
            lengths.append(np.linalg.norm(reduced[j] - reduced[i], axis=1, keepdims=True) * scale)
        else:
            lengths.append(np.zeros((n, 1)))
    if not lengths:
        return torch.zeros(0, n, 1, device=start.device)
    return torch.as_tensor(np.stack(lengths), dtype=torch.float32, device=start.device)


def _tie_tensors(ties: Sequence[tuple[int, int, float, str]], device: torch.device) -> tuple[Any, ...]:
    """``(heads, tails, weights, uniform weight or None, stability scale)`` of a checked graph."""
    heads = torch.tensor([i for i, *_ in ties], dtype=torch.long, device=device)
    tails = torch.tensor([j for _, j, *_ in ties], dtype=torch.long, device=device)
    weights = torch.tensor([w for _, _, w, _ in ties], dtype=torch.float32, device=device)
    distinct = {w for _, _, w, _ in ties}
    uniform = distinct.pop() if len(distinct) == 1 else None
    degree = np.bincount([i for i, *_ in ties] + [j for _, j, *_ in ties]) if ties else np.zeros(1, int)
    scale = min(1.0, 4.0 / float(degree.max())) if degree.max() > 0 else 1.0
    return heads, tails, weights, uniform, scale


def _tied_start(
    series: list[np.ndarray], d: int, ties: Sequence[tuple[int, int, float, str]], groups: Sequence[int]
) -> np.ndarray:
    """The start layout of an explicit graph, ``(T, N, d)``: one aligned PCA per group (as :func:`_aligned_start`
    for equal widths), each later group rotated, scaled and shifted (Procrustes) onto the groups placed before it
    through the samples of the matrices tied across; one group of everything is exactly :func:`_aligned_start`."""
    from latentris_lightning.projection.pca import AlignedPCA

    members = _members(groups)
    if len(members) == 1 and len({m.shape[1] for m in series}) == 1:
        return _aligned_start(series, d)
    layout = np.zeros((len(series), series[0].shape[0], d))
    placed: set[int] = set()
    for group in members:
        parts = np.stack(AlignedPCA(n_components=d).fit_transform([series[i] for i in group])).astype(np.float64)
        pairs = [(a, b) for a, b, *_ in ties if a in placed and b in group] + [
            (b, a) for a, b, *_ in ties if b in placed and a in group
        ]
        if pairs:
            reference = np.concatenate([layout[a] for a, _ in pairs])
            moving = np.concatenate([parts[group.index(b)] for _, b in pairs])
            parts = _procrustes_apply(reference, moving, parts)
        for index, part in zip(group, parts, strict=True):
            layout[index] = part
        placed.update(group)
    layout -= layout.mean(axis=(0, 1))
    scale = np.abs(layout).max()
    return layout * (_INIT_SPREAD / scale if scale > 0 else 1.0)


def _procrustes_apply(reference: np.ndarray, moving: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """The similarity transform that best maps ``moving`` onto ``reference`` (see :func:`procrustes`), applied to
    ``targets`` (``(..., d)``)."""
    ref_mean, mov_mean = reference.mean(axis=0), moving.mean(axis=0)
    a, b = reference - ref_mean, moving - mov_mean
    u, sigma, vt = np.linalg.svd(b.T @ a)
    factor = sigma.sum() / max(float((b * b).sum()), 1e-300)
    return factor * ((targets - mov_mean) @ (u @ vt)) + ref_mean
