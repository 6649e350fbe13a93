"""The bundle's per-sample, per-layer-score and flow chunks (pure packing, ``docs/site-bundle.md``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from latentris_lightning.analysis.dynamics import DESCRIPTIONS, SampleDynamics, describe
from latentris_lightning.analysis.flow import VectorFieldKMeans
from latentris_lightning.analysis.metrics import SAMPLE_SCORES, RunMetrics
from latentris_lightning.store.reader import Run

# --------------------------------------------------------------------------------------------------- pure parts
SAMPLES_PATH = "data/samples.js"


def build_samples_chunk(run: Run) -> dict[str, Any]:
    """Per-sample data beyond labels and predictions: losses per snapshot and the probe's metadata."""
    losses = np.stack([run.losses(snapshot=s.index) for s in run.snapshots])
    chunk: dict[str, Any] = {"n_samples": run.n_samples, "losses": losses.astype("<f4").tobytes()}
    names = run.sample_names
    if names is not None:
        chunk["names"] = names
    indices = run.sample_metadata("indices")
    if indices is not None:
        chunk["indices"] = indices.astype("<i8").tobytes()
    thumbnails = run.sample_metadata("thumbnails")
    if thumbnails is not None:
        chunk["thumbnail_shape"] = list(thumbnails.shape[1:])
        chunk["thumbnails"] = np.ascontiguousarray(thumbnails, dtype=np.uint8).tobytes()
    return chunk


def dynamics_path(run_index: int) -> str:
    return f"data/dynamics-{run_index}.js"


#: little-endian dtype of each dynamics field in the bundle
_DYNAMICS_DTYPES = {"first_learned_snapshot": "<i4", "forgetting": "<i4", "centroid_layer": "<i4",
                    "most_frequent": "<i4"}


def build_dynamics_chunk(dynamics: SampleDynamics, run_index: int) -> dict[str, Any]:
    """One run's per-sample training dynamics (``docs/site-bundle.md#dynamics-chunk``): every derived field as a
    typed array of N, the centroid margins as float32[N × L], what is missing and why."""
    chunk: dict[str, Any] = {"run": run_index, "n_samples": dynamics.n_samples, **describe(dynamics)}
    columns = {**dynamics.columns(), "first_learned_snapshot": dynamics.first_learned_snapshot}
    for key, values in columns.items():
        chunk[key] = np.ascontiguousarray(values, dtype=_DYNAMICS_DTYPES.get(key, "<f4")).tobytes()
    if dynamics.centroid_margin is not None:
        chunk["centroid_margin"] = np.ascontiguousarray(dynamics.centroid_margin, dtype="<f4").tobytes()
    return chunk


def dynamics_fields() -> list[dict[str, str]]:
    """The manifest's list of dynamics fields: key and description."""
    return [{"key": key, "description": text} for key, text in DESCRIPTIONS.items()]


def scores_path(layer_index: int) -> str:
    return f"data/scores-{layer_index}.js"


def build_scores_chunk(metrics: RunMetrics, layer_index: int) -> dict[str, Any]:
    """Per-sample scores of one layer at every snapshot (float32, snapshot-major), with a colour range for each."""
    chunk: dict[str, Any] = {
        "layer": layer_index,
        "n_snapshots": len(metrics.metrics),
        "n_samples": int(metrics.metrics[0].correct.shape[0]),
        "range": {},
    }
    for spec in SAMPLE_SCORES:
        values = np.stack([m.per_sample[layer_index][spec.key] for m in metrics.metrics]).astype("<f4")
        finite = values[np.isfinite(values)]
        lo, hi = np.percentile(finite, [2, 98]).tolist() if finite.size else [0.0, 1.0]
        chunk[spec.key] = values.tobytes()
        chunk["range"][spec.key] = [float(lo), float(hi) if hi > lo else float(lo) + 1.0]
    return chunk


def flow_path(method: str, index: int) -> str:
    return f"data/flow-{method}-{index}.js"


def build_flow_chunk(method: str, axis: str, index: int, estimator: VectorFieldKMeans) -> dict[str, Any]:
    """One fitted trajectory set's field(s), per-sample errors and outliers (``docs/site-bundle.md``)."""
    fields = estimator.fields_
    dims = fields.shape[-1]
    magnitude = np.linalg.norm(fields, axis=-1)
    chunk: dict[str, Any] = {
        "method": method,
        "axis": axis,
        "index": index,
        "dims": int(dims),
        "grid": [int(n) for n in estimator.grid_shape_],
        "bbox_min": estimator.bounds_[0].tolist(),
        "bbox_max": estimator.bounds_[1].tolist(),
        "n_fields": int(fields.shape[0]),
        "vectors": np.ascontiguousarray(fields, dtype="<f4").tobytes(),
        "max_magnitude": float(magnitude.max()) if magnitude.size else 0.0,
        "speed": float(estimator.speed_),
        "errors": estimator.errors_.astype("<f4").tobytes(),
        "alignment": estimator.alignment_.astype("<f4").tobytes(),
        "outliers": estimator.outliers_.astype("<u4").tobytes(),
    }
    if fields.shape[0] > 1:
        chunk["labels"] = estimator.labels_.astype("<u1").tobytes()
    return chunk
