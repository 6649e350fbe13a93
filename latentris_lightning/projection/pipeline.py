"""Project a whole run: every layer (or snapshot) through one method, scored for faithfulness, cached on disk.

Alignment runs along one axis:

- ``"epochs"`` (default): for each layer, the series of its snapshots: a sample's motion over training.
- ``"layers"``: for each snapshot, the series of its layers: a sample's path through the network (Cantareira et al.).

Results are cached in ``<run>/cache/projections/`` under a hash of the input arrays, the method, its parameters,
the axis and the seed, so re-exporting unchanged data is instant. The cache is disposable: deleting it only costs
time.

Diverged training (NaN or infinite activations) never reaches a method: see :func:`prepare_series`. Each
``(sample, matrix)`` cell whose activations are not finite is *invalid*; a matrix with more invalid rows than valid
ones is left out of the fit, the invalid rows of the others are replaced by their class centroid for the fit, and
every invalid cell is then *held* at the sample's nearest earlier valid position (later if none). The masks come
back in :attr:`Projection.valid`.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from latentris_lightning.projection import available_methods, check_method_names, get_method
from latentris_lightning.stages import stage
from latentris_lightning.store.atomic import atomic_write
from latentris_lightning.store.reader import Run

AXES = ("epochs", "layers")
CACHE_FORMAT = 1


@dataclass
class Projection:
    """One method's projection of a run.

    Attributes:
        method: the method's name.
        params: every parameter of the estimator (as ``get_params()`` gives them).
        axis: ``"epochs"`` or ``"layers"``.
        embeddings: ``embeddings[layer][snapshot]`` is an ``(N, d)`` float32 array.
        quality: ``quality[layer][snapshot]`` is a dict of faithfulness scores
            (see :mod:`latentris_lightning.projection.quality`).
        seconds: fitting time per fitted series (cached results report the original time).
        cached: how many series came from the cache.
        valid: ``valid[layer][snapshot]`` is a boolean ``(N,)`` array, False where the sample's activations were NaN
            or infinite (its position there is held, not computed).
        knn: per fitted series, how the estimator found its neighbours (its ``knn_``: ``{"method", "k", "recall"}``),
            ``None`` for methods that do not say.
    """

    method: str
    params: dict[str, Any]
    axis: str
    embeddings: list[list[np.ndarray]]
    quality: list[list[dict[str, float]]]
    seconds: list[float] = field(default_factory=list)
    cached: int = 0
    knn: list[Any] = field(default_factory=list)
    valid: list[list[np.ndarray]] = field(default_factory=list)

    @property
    def n_invalid(self) -> int:
        """How many ``(layer, snapshot, sample)`` cells held non-finite activations."""
        return int(sum(int((~v).sum()) for row in self.valid for v in row))


def series_key(method: str, params: Mapping[str, Any], axis: str, series: list[np.ndarray]) -> str:
    """Hash of everything that determines a projection's result."""
    from latentris_lightning._version import __version__

    digest = hashlib.blake2b(digest_size=16)
    header = {"method": method, "params": dict(params), "axis": axis, "version": __version__, "cache": CACHE_FORMAT}
    digest.update(json.dumps(header, sort_keys=True, default=str).encode())
    for matrix in series:  # float16 (a run store's memory map) as the float32 values it reads as, one at a time
        contiguous = np.ascontiguousarray(matrix, dtype=np.float32 if matrix.dtype == np.float16 else None)
        digest.update(str(contiguous.shape).encode())
        digest.update(contiguous.data)
        del contiguous
    return digest.hexdigest()


def _stored(run: Run, layer: str, snapshot: int) -> np.ndarray:
    """A layer's activations at a snapshot, memory-mapped in its stored float16/float32 (other dtypes as float32,
    the values :meth:`Run.activations` gives): every reader converts them exactly as from float32."""
    matrix = run.stored_activations(layer, snapshot=snapshot)
    return matrix if matrix.dtype in (np.float16, np.float32) else matrix.astype(np.float32)


def _cache_path(run: Run, method: str, key: str) -> Path:
    return run.path / "cache" / "projections" / f"{method}-{key}.npz"


def _load_cached(path: Path) -> tuple[list[np.ndarray], list[dict[str, float]], float, Any] | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            embeddings = list(data["embeddings"])
            meta = json.loads(str(data["meta"]))
        return embeddings, meta["quality"], float(meta["seconds"]), meta.get("knn")
    except (OSError, ValueError, KeyError, json.JSONDecodeError):
        return None  # missing or damaged cache entry: recompute


def _store_cached(
    path: Path, embeddings: list[np.ndarray], quality: list[dict[str, float]], seconds: float, knn: Any = None
) -> None:
    buffer = io.BytesIO()
    meta = json.dumps({"quality": quality, "seconds": seconds, "knn": knn})
    np.savez(buffer, embeddings=np.stack(embeddings).astype(np.float32), meta=np.array(meta))
    with contextlib.suppress(OSError):  # a read-only or full run directory only loses the cache
        atomic_write(path, buffer.getvalue())


def project_run(
    run: Run,
    method: str,
    *,
    params: Mapping[str, Any] | None = None,
    axis: str = "epochs",
    seed: int = 0,
    cache: bool = True,
    score: bool = True,
    on_series: Callable[[str], None] | None = None,
) -> Projection:
    """Project every series of ``run`` with ``method``; returns embeddings and faithfulness scores.

    Args:
        run: the run store.
        method: a registered method name (see :func:`~latentris_lightning.projection.available_methods`).
        params: estimator parameters (``random_state`` defaults to ``seed``).
        axis: ``"epochs"`` (each layer's snapshots aligned) or ``"layers"`` (each snapshot's layers aligned).
        seed: random seed, recorded.
        cache: reuse and store results in ``<run>/cache/projections/``.
        score: compute faithfulness scores.
        on_series: called with a short description after each series is done (progress reporting).

    Raises:
        ValueError: for an unknown axis or bad parameters; MisconfigurationException for an unknown method.
    """
    check_method_names([method])
    if axis not in AXES:
        raise ValueError(f"axis={axis!r} is not supported; choose one of {AXES}.")
    params = {"random_state": seed, **dict(params or {})}
    defaults = get_method(method).get_params()
    if "n_neighbors" in defaults and "n_neighbors" not in params and run.n_samples <= defaults["n_neighbors"]:
        params["n_neighbors"] = max(2, run.n_samples - 1)  # a tiny probe still exports; the value used is recorded
    estimator = get_method(method, **params)
    full_params = {k: v for k, v in estimator.get_params().items()}
    n_layers, n_snaps = len(run.layers), len(run.snapshots)
    embeddings: list[list[Any]] = [[None] * n_snaps for _ in range(n_layers)]
    quality: list[list[Any]] = [[None] * n_snaps for _ in range(n_layers)]
    valid: list[list[Any]] = [[None] * n_snaps for _ in range(n_layers)]
    result = Projection(method, full_params, axis, embeddings, quality, valid=valid)
    if axis == "epochs":
        groups = [
            (f"{method} · {layer}", [(li, s.index) for s in run.snapshots]) for li, layer in enumerate(run.layers)
        ]
    else:
        groups = [(f"{method} · {s.label}", [(li, s.index) for li in range(n_layers)]) for s in run.snapshots]
    for description, cells in groups:
        # memory-mapped in the stored dtype (float16 by default): the built-in methods convert one matrix at a time
        # (base.validate_series, input_dtype None) and the scores one snapshot at a time, so no float32 or float64
        # copy of the whole series is made (a method's own working arrays aside, e.g. pca's fit rows)
        series = [_stored(run, run.layers[li], si) for li, si in cells]
        key = series_key(method, full_params, axis, series)
        path = _cache_path(run, method, key)
        hit = _load_cached(path) if cache else None
        masks, kept, fit_series = prepare_series(series, run.labels)
        if hit is not None:
            fitted, scores, seconds, found = hit
            result.cached += 1
        else:
            start = time.perf_counter()
            info: dict[str, Any] = {}
            fitted = fit_holding_invalid(method, full_params, fit_series, kept, masks, info)
            seconds = time.perf_counter() - start
            found = info.get("knn")
            scores = score_valid_samples(series, fitted, run.labels, axis, seed, kept, masks, score)
            if cache:
                _store_cached(path, fitted, scores, seconds, found)
        result.seconds.append(seconds)
        result.knn.append(found)
        for (li, si), emb, sc, mask in zip(cells, fitted, scores, masks, strict=True):
            embeddings[li][si] = np.asarray(emb, dtype=np.float32)
            quality[li][si] = sc
            valid[li][si] = mask
        if on_series is not None:
            on_series(description)
    return result


@dataclass
class GraphProjection:
    """One method's projection of several series embedded together along an explicit alignment graph.

    Attributes:
        params: every parameter of the estimator (``ties`` included, as fitted).
        embeddings, quality, valid: per part (the series given), per matrix, as in :class:`Projection`.
        seconds: fitting time (a cached result reports the original time).
        cached: whether the result came from the cache.
    """

    method: str
    params: dict[str, Any]
    embeddings: list[list[np.ndarray]]
    quality: list[list[dict[str, float]]]
    valid: list[list[np.ndarray]]
    seconds: float = 0.0
    cached: bool = False


def supports_ties(method: str) -> bool:
    """Whether ``method`` takes an explicit alignment graph (a ``ties`` parameter)."""
    return "ties" in get_method(method).get_params()


def project_graph(
    method: str,
    parts: list[list[np.ndarray]],
    labels: np.ndarray,
    ties: list[tuple[int, int, float, str]],
    *,
    params: Mapping[str, Any] | None = None,
    seed: int = 0,
    cache_dir: Path | None = None,
    score: bool = True,
) -> GraphProjection:
    """Embed every matrix of every part in one fit, tied along ``ties`` (indices into the parts' matrices laid end
    to end, in order); each part is scored on its own as a series (e.g. one run's snapshots of one layer).

    The method must take ``ties`` (see :func:`supports_ties`). Non-finite activations are handled as in
    :func:`project_run`: a matrix left out of the fit loses its ties. Results are cached in ``cache_dir`` (``None``:
    no cache) under a hash of the arrays, the method, its parameters (ties included) and the seed.
    """
    check_method_names([method])
    if not supports_ties(method):
        raise ValueError(f"method {method!r} takes no alignment graph; methods that do: "
                         f"{[m for m in available_methods() if supports_ties(m)]}.")
    flat = [matrix for part in parts for matrix in part]
    params = {"random_state": seed, **dict(params or {}), "ties": [list(t) for t in ties]}
    n = flat[0].shape[0]
    if "n_neighbors" not in params and n <= get_method(method).get_params()["n_neighbors"]:
        params["n_neighbors"] = max(2, n - 1)
    full_params = dict(get_method(method, **params).get_params())
    key = series_key(method, full_params, "graph", flat)
    path = None if cache_dir is None else Path(cache_dir) / f"{method}-{key}.npz"
    hit = _load_cached(path) if path is not None else None
    masks, kept, fit_series = prepare_series(flat, labels)
    if hit is not None:
        fitted, flat_scores, seconds, _ = hit
    else:
        start = time.perf_counter()
        where = {old: new for new, old in enumerate(kept)}
        kept_ties = [[where[i], where[j], *rest] for i, j, *rest in ties if i in where and j in where]
        fitted = fit_holding_invalid(method, {**full_params, "ties": kept_ties}, fit_series, kept, masks)
        seconds = time.perf_counter() - start
        flat_scores = []
        offset = 0
        for part in parts:
            span = range(offset, offset + len(part))
            part_kept = [t - offset for t in kept if t in span]
            flat_scores += score_valid_samples(part, fitted[offset:span.stop], labels, "epochs", seed, part_kept,
                                         masks[offset:span.stop], score)
            offset = span.stop
        if path is not None:
            _store_cached(path, fitted, flat_scores, seconds)
    result = GraphProjection(method, full_params, [], [], [], seconds=seconds, cached=hit is not None)
    offset = 0
    for part in parts:
        stop = offset + len(part)
        result.embeddings.append([np.asarray(e, dtype=np.float32) for e in fitted[offset:stop]])
        result.quality.append(list(flat_scores[offset:stop]))
        result.valid.append(list(masks[offset:stop]))
        offset = stop
    return result


def prepare_series(
    series: list[np.ndarray], labels: np.ndarray
) -> tuple[list[np.ndarray], list[int], list[np.ndarray]]:
    """Keep non-finite activations away from the projection methods.

    Returns ``(valid, kept, fit_series)``: ``valid[t]`` is a boolean ``(N,)`` mask of the rows of matrix ``t`` that are
    finite; ``kept`` the indices of the matrices fitted (those with at least as many valid rows as invalid ones, and
    at least 2 valid rows); ``fit_series`` those matrices, with each invalid row replaced by the centroid of the valid
    rows of its class (of all valid rows when its class has none), so every method sees the same N finite samples.
    """
    labels = np.asarray(labels)
    valid = [np.isfinite(m).all(axis=1) if m.ndim == 2 else np.zeros(len(labels), bool) for m in series]
    kept = [t for t, ok in enumerate(valid) if ok.sum() >= max(2, ok.size - ok.sum())]
    fit_series = []
    for t in kept:
        matrix, ok = series[t], valid[t]
        if not ok.all():
            matrix = np.array(matrix, dtype=np.float64)
            overall = matrix[ok].mean(axis=0)
            for label in np.unique(labels[~ok]):
                rows = (labels == label) & ~ok
                same = (labels == label) & ok
                matrix[rows] = matrix[same].mean(axis=0) if same.any() else overall
        fit_series.append(matrix)
    return valid, kept, fit_series


def fit_holding_invalid(
    method: str, params: Mapping[str, Any], fit_series: list[np.ndarray], kept: list[int], valid: list[np.ndarray],
    info: dict[str, Any] | None = None,
) -> list[np.ndarray]:
    """Fit the kept matrices, then hold every invalid cell at the sample's nearest earlier (else later) valid position.

    With no matrix to fit, every position is 0 (and every cell is invalid). ``info`` receives ``"knn"``: how the
    estimator found its neighbours (its ``knn_``), where it says."""
    n = valid[0].size
    if not kept:
        dims = int(params.get("n_components", 3))
        return [np.zeros((n, dims), dtype=np.float32) for _ in valid]
    estimator = get_method(method, **params)
    fitted_kept = estimator.fit_transform(fit_series)
    if info is not None:
        info["knn"] = getattr(estimator, "knn_", None)
    positions = np.zeros((len(valid), n, fitted_kept[0].shape[1]), dtype=np.float32)
    for t, emb in zip(kept, fitted_kept, strict=True):
        positions[t] = emb
    ok = np.zeros((len(valid), n), dtype=bool)
    ok[kept] = np.stack([valid[t] for t in kept])
    if not ok.all():
        for i in np.flatnonzero(~ok.all(axis=0)):
            good = np.flatnonzero(ok[:, i])
            if good.size == 0:
                continue  # never valid: keeps the position the fit gave its class centroid (0 when never fitted)
            for bad in np.flatnonzero(~ok[:, i]):
                earlier = good[good < bad]
                positions[bad, i] = positions[earlier[-1] if earlier.size else good[0], i]
    return list(positions)


def score_valid_samples(
    series: list[np.ndarray], fitted: list[np.ndarray], labels: np.ndarray, axis: str, seed: int, kept: list[int],
    valid: list[np.ndarray], score: bool,
) -> list[dict[str, float]]:
    """Faithfulness of the kept matrices on the samples valid in all of them; NaN scores for the rest."""
    if not score:
        return [{} for _ in series]
    common = np.logical_and.reduce([valid[t] for t in kept]) if kept else np.zeros(len(labels), bool)
    out: list[dict[str, float]] = [dict.fromkeys(SCORE_KEYS, float("nan")) for _ in series]
    if kept and common.sum() >= 2:
        with stage("faithfulness scores"):  # timed apart from the fit when an export is timing its stages
            try:
                scored = score_positions(_Rows([series[t] for t in kept], common), [fitted[t][common] for t in kept],
                                 labels[common], axis, seed)
            except ValueError:  # too few valid samples left to score
                scored = None
        if scored is not None:
            for t, sc in zip(kept, scored, strict=True):
                out[t] = sc
    return out


class _Rows(Sequence[np.ndarray]):
    """The ``rows`` (a boolean mask) of each matrix, taken when a matrix is read: scoring holds one or two, never
    a copy of the whole series (all rows: the matrices themselves, memory maps included)."""

    def __init__(self, matrices: list[np.ndarray], rows: np.ndarray) -> None:
        self.matrices, self.rows = matrices, None if rows.all() else rows

    def __len__(self) -> int:
        return len(self.matrices)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        matrix = self.matrices[index]
        return matrix if self.rows is None else matrix[self.rows]


#: The faithfulness scores of one view (NaN where a matrix was left out of the fit).
SCORE_KEYS = ("trustworthiness", "continuity", "knn15", "neighborhood_hit", "stab_spearman", "k")


def score_positions(
    series: Sequence[np.ndarray], fitted: list[np.ndarray], labels: np.ndarray, axis: str, seed: int
) -> list[dict]:
    """Faithfulness scores of the positions ``fitted`` of ``series`` (finite rows only: see
    :func:`score_valid_samples`), one dict of :data:`SCORE_KEYS` per matrix: along ``"epochs"`` with the stability
    between consecutive matrices, along ``"layers"`` each matrix on its own (``stab_spearman`` NaN)."""
    from latentris_lightning.projection.quality import score_series, score_snapshot

    if axis == "epochs":
        return [_plain(s) for s in score_series(series, fitted, labels, seed=seed)]
    # along layers the spaces differ, so movement between them is undefined: score each layer on its own
    return [
        _plain({**score_snapshot(x, y, labels, seed=seed), "stab_spearman": float("nan")})
        for x, y in zip(series, fitted, strict=True)
    ]


def _plain(scores: Mapping[str, Any]) -> dict[str, float]:
    return {key: float(value) for key, value in scores.items()}
