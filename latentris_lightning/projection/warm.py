"""Live warm starts: a live export projects only what its new snapshots change, starting from the previous one.

Each live export leaves, per (method, layer), a *warm state* in ``<run>/cache/live/``: the positions and scores of
every snapshot it showed and a content hash of each snapshot's stored activations. The next live export, with k
snapshots of which the first m match that state:

- ``joint``: the last :data:`WINDOW` snapshots (every new one, plus ``WINDOW - 1`` already shown) are optimised,
  starting from their previous positions (a new snapshot from its predecessor's); the snapshot just before them is
  held fixed as an anchor that the alignment term ties them to, and every older snapshot keeps its position and
  scores unchanged. So a live export fits at most ``WINDOW + new`` snapshots, whatever k is.
- ``pca``: the shared basis is refitted from running sums (the Gram matrix of the normalised rows of every snapshot
  so far, updated with the new snapshots' only) and every snapshot is re-projected: the same basis as a full fit
  (the covariance form sklearn uses up to ``max_fit_rows``), at the cost of one new snapshot's ``N × D²``.

Any other method, a changed snapshot, other parameters, or non-finite activations in the series: a full fit, as
today (recorded per method in :attr:`WarmInfo.how`). The final export at fit end never reads this state: it is the
full fit. What a warm start can and cannot show: ``docs/publishing.md#live-mode``.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from latentris_lightning.projection import get_method
from latentris_lightning.projection.pipeline import (
    Projection,
    fit_holding_invalid,
    prepare_series,
    project_run,
    score_positions,
    score_valid_samples,
)
from latentris_lightning.store.atomic import atomic_write
from latentris_lightning.store.reader import Run

#: snapshots the joint fit of a live export optimises when one new snapshot arrived (the new one and its predecessor)
WINDOW = 2
#: methods with a warm path; the others are fitted in full at every live export
WARM_METHODS = ("joint", "pca")
STATE_FORMAT = 1


@dataclass
class WarmInfo:
    """What a warm-started export did, for the manifest's ``live.warm_start``.

    Attributes:
        from_snapshots: snapshots taken over from the previous live export (the fewest over layers and methods).
        optimised: snapshot indices whose positions were fitted again (by any method and layer).
        methods: per method, ``{"fit": "window" | "basis refit" | "unchanged" | "full", "reason"?, "optimised",
            "scored"}`` (the snapshot indices whose scores were computed in this export; the others keep those of
            the export that last scored them). A layer that needed a full fit makes its method's entry a full one.
    """

    from_snapshots: int | None = None
    optimised: set[int] = field(default_factory=set)
    methods: dict[str, dict[str, Any]] = field(default_factory=dict)

    def note(self, method: str, fit: str, taken: int, optimised: range, scored: range, reason: str = "") -> None:
        self.from_snapshots = taken if self.from_snapshots is None else min(self.from_snapshots, taken)
        self.optimised.update(optimised)
        entry = self.methods.setdefault(method, {"fit": fit, "optimised": set(), "scored": set()})
        if fit == "full" and entry["fit"] != "full":
            entry.update(fit="full", reason=reason)
        entry["optimised"].update(optimised)
        entry["scored"].update(scored)

    def manifest(self) -> dict[str, Any]:
        methods = {name: {**entry, "optimised": sorted(entry["optimised"]), "scored": sorted(entry["scored"])}
                   for name, entry in self.methods.items()}
        return {"from_snapshots": int(self.from_snapshots or 0), "optimised": sorted(self.optimised),
                "window": WINDOW, "methods": methods}


def snapshot_key(matrix: np.ndarray) -> str:
    """Content hash of one stored activation matrix."""
    digest = hashlib.blake2b(digest_size=16)
    contiguous = np.ascontiguousarray(matrix)
    digest.update(f"{contiguous.shape}{contiguous.dtype}".encode())
    digest.update(contiguous.data)
    return digest.hexdigest()


def _state_path(run: Run, name: str, layer: int) -> Path:
    from latentris_lightning.projection.variants import slugify

    return run.path / "cache" / "live" / f"{slugify(name)}-{layer}.npz"


def _header(method: str, params: Mapping[str, Any], n: int) -> str:
    from latentris_lightning._version import __version__

    return json.dumps({"method": method, "params": dict(params), "n": n, "version": __version__,
                       "format": STATE_FORMAT}, sort_keys=True, default=str)


def _load_state(path: Path, header: str) -> dict[str, Any] | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            state = {key: data[key] for key in data.files}
    except (OSError, ValueError):
        return None  # no previous live export (or a damaged state): a full fit
    if str(state.get("header")) != header:
        return None
    state["keys"] = [str(k) for k in state["keys"]]
    state["quality"] = json.loads(str(state["quality"]))
    return state


def _store_state(path: Path, header: str, keys: list[str], positions: list[np.ndarray],
                 quality: list[dict[str, float]], **extra: np.ndarray) -> None:
    buffer = io.BytesIO()
    arrays: dict[str, Any] = {"header": np.array(header), "keys": np.array(keys),
                              "positions": np.stack(positions).astype(np.float32),
                              "quality": np.array(json.dumps(quality)), **extra}
    np.savez(buffer, **arrays)
    with contextlib.suppress(OSError):  # a read-only or full run directory only loses the warm start
        atomic_write(path, buffer.getvalue())


def _matching(state: dict[str, Any] | None, keys: list[str]) -> int:
    """How many leading snapshots of ``keys`` the state holds (0 when it holds any other)."""
    if state is None or len(state["keys"]) > len(keys) or state["keys"] != keys[: len(state["keys"])]:
        return 0
    return len(state["keys"])


def project_warm(
    run: Run,
    method: str,
    info: WarmInfo,
    *,
    params: Mapping[str, Any] | None = None,
    seed: int = 0,
    score: bool = True,
    on_series: Callable[[str], None] | None = None,
    name: str | None = None,
) -> Projection:
    """:func:`~latentris_lightning.projection.pipeline.project_run` along epochs, warm-started from the previous
    live export's state where the method has a warm path (see the module); records what it did in ``info`` (under
    ``name``, the site's name of the entry, default the method's; it also names the state files)."""
    name = name or method
    every = range(len(run.snapshots))
    if method not in WARM_METHODS:
        info.note(name, "full", 0, every, every, "no warm path")
        return project_run(run, method, params=params, seed=seed, score=score, on_series=on_series)
    params = {"random_state": seed, **dict(params or {})}
    defaults = get_method(method).get_params()
    if "n_neighbors" in defaults and "n_neighbors" not in params and run.n_samples <= defaults["n_neighbors"]:
        params["n_neighbors"] = max(2, run.n_samples - 1)  # as project_run does
    full_params = dict(get_method(method, **params).get_params())
    n_layers, n_snaps = len(run.layers), len(run.snapshots)
    embeddings: list[list[Any]] = [[None] * n_snaps for _ in range(n_layers)]
    qualities: list[list[Any]] = [[None] * n_snaps for _ in range(n_layers)]
    result = Projection(method, full_params, "epochs", embeddings, qualities, valid=[[] for _ in range(n_layers)])
    header = _header(method, full_params, run.n_samples)
    for li, layer in enumerate(run.layers):
        stored = [run.stored_activations(layer, snapshot=s.index) for s in run.snapshots]
        keys = [snapshot_key(m) for m in stored]
        valid = [np.isfinite(m).all(axis=1) for m in stored]
        path = _state_path(run, name, li)
        state = _load_state(path, header)
        taken = _matching(state, keys)
        start = time.perf_counter()
        reason = ("non-finite activations" if not all(v.all() for v in valid) else
                  "no previous live export" if state is None else "the snapshots changed" if taken == 0 else "")
        extra: dict[str, np.ndarray] = {}
        found = None
        if reason:
            fit, optimised, scored = "full", every, every
            positions, quality, found = _full(run, method, full_params, li, seed, score)
            if method == "pca":
                extra = _moments([_normalised(m, full_params) for m in stored])
        elif taken == n_snaps:
            fit, optimised, scored = "unchanged", range(0), range(0)
            assert state is not None
            positions, quality = list(state["positions"]), list(state["quality"])
        elif method == "joint":
            assert state is not None
            fit, scored = "window", range(max(0, taken - (WINDOW - 1)), n_snaps)
            positions, quality, optimised, found = _joint_window(run, full_params, li, state, taken, seed, score)
        else:
            assert state is not None
            fit, optimised, scored = "basis refit", every, range(taken, n_snaps)
            positions, quality, extra = _pca(run, full_params, li, stored, state, taken, seed, score)
        seconds = time.perf_counter() - start
        if fit != "unchanged":
            _store_state(path, header, keys, positions, quality, **extra)
        info.note(name, fit, taken, optimised, scored, reason)
        result.seconds.append(seconds)
        result.knn.append(found)
        result.cached += fit == "unchanged"
        for si in range(n_snaps):
            embeddings[li][si] = np.asarray(positions[si], dtype=np.float32)
            qualities[li][si] = quality[si]
            result.valid[li].append(valid[si])
        if on_series is not None:
            on_series(f"{method} · {layer}")
    return result


def _full(run: Run, method: str, params: dict[str, Any], li: int, seed: int,
          score: bool) -> tuple[list[np.ndarray], list[dict[str, float]], Any]:
    """One layer's ordinary fit (non-finite cells held, as :func:`project_run` does), without the run's cache."""
    series = [run.activations(run.layers[li], snapshot=s.index) for s in run.snapshots]
    masks, kept, fit_series = prepare_series(series, run.labels)
    info: dict[str, Any] = {}
    fitted = fit_holding_invalid(method, params, fit_series, kept, masks, info)
    scores = score_valid_samples(series, fitted, run.labels, "epochs", seed, kept, masks, score)
    return fitted, scores, info.get("knn")


def _score_tail(run: Run, li: int, positions: list[np.ndarray], first: int, seed: int,
                score: bool) -> list[dict[str, float]]:
    """Scores of snapshots ``first`` onwards (the one before them read too, for their stability)."""
    if not score:
        return [{} for _ in range(first, len(positions))]
    begin = max(0, first - 1)
    series = [run.activations(run.layers[li], snapshot=run.snapshots[s].index) for s in range(begin, len(positions))]
    return score_positions(series, positions[begin:], run.labels, "epochs", seed)[first - begin:]


def _joint_window(run: Run, params: dict[str, Any], li: int, state: dict[str, Any], taken: int, seed: int,
                  score: bool) -> tuple[list[np.ndarray], list[dict[str, float]], range, Any]:
    """The joint fit of the last snapshots only, warm-started, the one before them held (see the module)."""
    n_snaps = len(run.snapshots)
    previous = [np.asarray(p, dtype=np.float64) for p in state["positions"]]
    first = max(0, taken - (WINDOW - 1))  # the first snapshot optimised
    window = range(max(0, first - 1), n_snaps)  # with the anchor before it, if any
    series = [run.activations(run.layers[li], snapshot=run.snapshots[s].index) for s in window]
    start = np.stack([previous[s] if s < taken else _transported(series, previous, window, s, taken)
                      for s in window])
    estimator = get_method("joint", **params)
    fitted = estimator.fit_warm(series, start, frozen=first - window.start)
    positions = previous[:first] + [np.asarray(e, dtype=np.float64) for e in fitted[first - window.start:]]
    quality = list(state["quality"][:first]) + _score_tail(run, li, positions, first, seed, score)
    return positions, quality, range(first, n_snaps), getattr(estimator, "knn_", None)


def _transported(series: list[np.ndarray], previous: list[np.ndarray], window: range, s: int,
                 taken: int) -> np.ndarray:
    """The start of a new snapshot ``s``: the last shown one's positions moved by the samples' movement in the data,
    carried into the layout by the least-squares linear map from that snapshot's activations to its positions."""
    last = series[window.index(taken - 1)].astype(np.float64)
    mean = last.mean(axis=0)
    target = previous[taken - 1]
    linear, *_ = np.linalg.lstsq(last - mean, target - target.mean(axis=0), rcond=None)
    return target + (series[window.index(s)].astype(np.float64) - last) @ linear


def _normalised(stored: np.ndarray, params: Mapping[str, Any]) -> np.ndarray:
    """One snapshot as :class:`~latentris_lightning.projection.pca.AlignedPCA` fits it (centred, ÷ RMS radius)."""
    from latentris_lightning.arrays import rms_radius

    normalize = params.get("normalize", "rms")
    if normalize not in ("rms", None):
        raise ValueError(f"normalize={normalize!r} is not supported; choose 'rms' or None.")
    x = np.asarray(stored, dtype=np.float64)
    if normalize is None:
        return x
    radius = rms_radius(x)
    return (x - x.mean(axis=0)) / (radius if radius > 0 else 1.0)


def _moments(matrices: list[np.ndarray], base: dict[str, np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """Running sums of normalised rows: ``gram`` (Σ xᵀx), ``total`` (Σ x), ``rows``; added to ``base``."""
    width = matrices[0].shape[1]
    gram = np.array(base["gram"]) if base else np.zeros((width, width))
    total = np.array(base["total"]) if base else np.zeros(width)
    rows = int(base["rows"]) if base else 0
    for x in matrices:
        gram += x.T @ x
        total += x.sum(axis=0)
        rows += x.shape[0]
    return {"gram": gram, "total": total, "rows": np.array(rows)}


def _pca(run: Run, params: dict[str, Any], li: int, stored: list[np.ndarray], state: dict[str, Any], taken: int,
         seed: int, score: bool) -> tuple[list[np.ndarray], list[dict[str, float]], dict[str, np.ndarray]]:
    """Aligned PCA from running sums: the new snapshots' normalised rows added to the sums of the earlier ones, the
    basis taken from their covariance (sklearn's sign rule), every snapshot re-projected. Only the new snapshots
    are scored; the earlier ones keep the scores of the export that scored them."""
    matrices = [_normalised(m, params) for m in stored]
    moments = _moments(matrices[taken:], state)
    gram, total, rows = moments["gram"], moments["total"], int(moments["rows"])
    dims = int(params.get("n_components", 3))
    mean = total / rows
    covariance = (gram - rows * np.outer(mean, mean)) / max(rows - 1, 1)
    k = min(dims, covariance.shape[0], rows)
    values, vectors = np.linalg.eigh(covariance)
    components = vectors[:, ::-1][:, :k].T  # (k, D), largest variance first
    if not values[-1] > 0:  # every sample identical at every snapshot (a dead layer): AlignedPCA gives zeros
        components = np.zeros_like(components)
    signs = np.sign(components[np.arange(k), np.argmax(np.abs(components), axis=1)])
    components = components * np.where(signs == 0, 1.0, signs)[:, None]  # sklearn's svd_flip(u_based_decision=False)
    positions = [np.pad((x - mean) @ components.T, ((0, 0), (0, dims - k))) for x in matrices]
    quality = list(state["quality"][:taken]) + _score_tail(run, li, positions, taken, seed, score)
    return positions, quality, moments
