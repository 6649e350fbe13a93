"""Project a whole run: every layer (or snapshot) through one method, scored for faithfulness, cached on disk.

Alignment runs along one axis:

- ``"epochs"`` (default): for each layer, the series of its snapshots: a sample's motion over training.
- ``"layers"``: for each snapshot, the series of its layers: a sample's path through the network (Cantareira et al.).

Results are cached in ``<run>/cache/projections/`` under a hash of the input arrays, the method, its parameters,
the axis and the seed, so re-exporting unchanged data is instant. The cache is disposable: deleting it only costs
time.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from latentris_lightning.projection import check_method_names, get_method
from latentris_lightning.store import Run

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
        quality: ``quality[layer][snapshot]`` is a dict of faithfulness scores (see :mod:`latentris_lightning.quality`).
        seconds: fitting time per fitted series (cached results report the original time).
        cached: how many series came from the cache.
    """

    method: str
    params: dict[str, Any]
    axis: str
    embeddings: list[list[np.ndarray]]
    quality: list[list[dict[str, float]]]
    seconds: list[float] = field(default_factory=list)
    cached: int = 0


def series_key(method: str, params: Mapping[str, Any], axis: str, series: list[np.ndarray]) -> str:
    """Hash of everything that determines a projection's result."""
    from latentris_lightning import __version__

    digest = hashlib.blake2b(digest_size=16)
    header = {"method": method, "params": dict(params), "axis": axis, "version": __version__, "cache": CACHE_FORMAT}
    digest.update(json.dumps(header, sort_keys=True, default=str).encode())
    for matrix in series:
        contiguous = np.ascontiguousarray(matrix)
        digest.update(str(contiguous.shape).encode())
        digest.update(contiguous.tobytes())
    return digest.hexdigest()


def _cache_path(run: Run, method: str, key: str) -> Path:
    return run.path / "cache" / "projections" / f"{method}-{key}.npz"


def _load_cached(path: Path) -> tuple[list[np.ndarray], list[dict[str, float]], float] | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            embeddings = list(data["embeddings"])
            meta = json.loads(str(data["meta"]))
        return embeddings, meta["quality"], float(meta["seconds"])
    except (OSError, ValueError, KeyError, json.JSONDecodeError):
        return None  # missing or damaged cache entry: recompute


def _store_cached(path: Path, embeddings: list[np.ndarray], quality: list[dict[str, float]], seconds: float) -> None:
    buffer = io.BytesIO()
    meta = json.dumps({"quality": quality, "seconds": seconds})
    np.savez(buffer, embeddings=np.stack(embeddings).astype(np.float32), meta=np.array(meta))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(buffer.getvalue())
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only run directory only loses the cache


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
    result = Projection(method, full_params, axis, embeddings, quality)
    if axis == "epochs":
        groups = [(f"{method} · {layer}", [(li, s.index) for s in run.snapshots]) for li, layer in enumerate(run.layers)]
    else:
        groups = [(f"{method} · {s.label}", [(li, s.index) for li in range(n_layers)]) for s in run.snapshots]
    for description, cells in groups:
        series = [run.activations(run.layers[li], snapshot=si) for li, si in cells]
        key = series_key(method, full_params, axis, series)
        path = _cache_path(run, method, key)
        hit = _load_cached(path) if cache else None
        if hit is not None:
            fitted, scores, seconds = hit
            result.cached += 1
        else:
            start = time.perf_counter()
            fitted = get_method(method, **full_params).fit_transform(series)
            seconds = time.perf_counter() - start
            scores = _scores(series, fitted, run.labels, axis, seed) if score else [{} for _ in series]
            if cache:
                _store_cached(path, fitted, scores, seconds)
        result.seconds.append(seconds)
        for (li, si), emb, sc in zip(cells, fitted, scores):
            embeddings[li][si] = np.asarray(emb, dtype=np.float32)
            quality[li][si] = sc
        if on_series is not None:
            on_series(description)
    return result


def _scores(series: list[np.ndarray], fitted: list[np.ndarray], labels: np.ndarray, axis: str, seed: int) -> list[dict]:
    from latentris_lightning.quality import score_series, score_snapshot

    if axis == "epochs":
        return [_plain(s) for s in score_series(series, fitted, labels, seed=seed)]
    # along layers the spaces differ, so movement between them is undefined: score each layer on its own
    return [_plain({**score_snapshot(x, y, labels, seed=seed), "stab_spearman": float("nan")}) for x, y in zip(series, fitted)]


def _plain(scores: Mapping[str, Any]) -> dict[str, float]:
    return {key: float(value) for key, value in scores.items()}
