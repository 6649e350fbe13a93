"""The bundle's manifest (``docs/site-bundle.md``): run, layers, snapshots, methods and metric
entries, for one run or several.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from latentris_lightning.analysis.compare import combined_cka
from latentris_lightning.analysis.geometry import METRICS, PER_CLASS
from latentris_lightning.analysis.health import HEALTH_METRICS
from latentris_lightning.analysis.metrics import PROBE_METRICS, SAMPLE_SCORES, SERIES, RunMetrics
from latentris_lightning.site.bundle import (
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    POSITION_BITS,
    positions_manifest,
)
from latentris_lightning.site.chunks import SAMPLES_PATH, scores_path
from latentris_lightning.store.matching import ProbeMatch, SharedAxis
from latentris_lightning.store.reader import Run


# --------------------------------------------------------------------------------------------------- metrics
def on_axis_metrics(metrics: RunMetrics, axis: SharedAxis, run: int) -> RunMetrics:
    """Run ``run``'s metrics at each snapshot of the site's axis (held snapshots repeat the one shown); no alerts."""
    if axis.own[run] == list(range(len(metrics.metrics))):
        return metrics
    return replace(metrics, metrics=axis.on_axis(metrics.metrics, run), snapshots=axis.on_axis(metrics.snapshots, run),
                   alerts=[])


def combined_metrics(
    runs: Sequence[Run], names: Sequence[str], axis: SharedAxis, metrics: Sequence[RunMetrics]
) -> dict[str, Any]:
    """The manifest's metric entries for every layer of every run on the shared axis (``docs/compare.md``).

    Layer series are NaN where a run's snapshot is held (not measured there); per-class values, centroid matrices and
    per-sample scores show the held snapshot's (as the positions do); probe series become per layer (each layer
    carries its run's accuracy and loss, ``per_layer: true``)."""
    parts = [metrics_manifest(on_axis_metrics(m, axis, r)) for r, m in enumerate(metrics)]
    merged = dict(parts[0])
    merged["metrics"] = []
    for k, entry in enumerate(parts[0]["metrics"]):
        values = []
        for r, part in enumerate(parts):
            for row in part["metrics"][k]["values"]:
                values.append([float("nan") if h else v for v, h in zip(row, axis.held[r], strict=True)])
        merged["metrics"].append({**entry, "values": values})
    merged["probe_metrics"] = [
        {**entry, "per_layer": True, "values": [
            [float("nan") if h else v for v, h in zip(part["probe_metrics"][k]["values"], axis.held[r], strict=True)]
            for r, (part, run) in enumerate(zip(parts, runs, strict=True)) for _ in run.layers
        ]}
        for k, entry in enumerate(parts[0]["probe_metrics"])
    ]
    merged["per_class"] = {
        key: [row for part in parts for row in part["per_class"][key]] for key in parts[0]["per_class"]
    }
    merged["centroid_matrices"] = b"".join(part["centroid_matrices"] for part in parts)
    merged["cka_layers"] = combined_cka(runs, axis, metrics).astype("<f4").tobytes()
    merged["alerts"] = combined_alerts(runs, names, axis, metrics)
    rules = {json.dumps(rule.to_dict(), sort_keys=True): rule.to_dict() for m in metrics for rule in m.rules}
    merged["alert_rules"] = list(rules.values())
    total = sum(len(r.layers) for r in runs)
    merged["scores"] = {**parts[0]["scores"], "chunks": [scores_path(i) for i in range(total)]}
    merged["metrics_seconds"] = float(sum(m.seconds for m in metrics))
    merged.pop("nonfinite", None)
    if any("nonfinite" in part for part in parts):  # some run diverged: every layer's share, 0 for the others
        zeros = [0.0] * len(axis.positions)
        merged["nonfinite"] = [row for part, run in zip(parts, runs, strict=True)
                               for row in part.get("nonfinite", [zeros] * len(run.layers))]
    return merged


def combined_alerts(
    runs: Sequence[Run], names: Sequence[str], axis: SharedAxis, metrics: Sequence[RunMetrics]
) -> list[dict[str, Any]]:
    """Every run's alerts, on the site's layers and shared snapshots, their messages naming the run."""
    offset, out = 0, []
    for r, (run, m) in enumerate(zip(runs, metrics, strict=True)):
        for alert in m.alerts:
            entry = alert.to_dict()
            shared = next(
                k for k in range(len(axis.positions)) if axis.own[r][k] == entry["snapshot"] and not axis.held[r][k]
            )
            entry.update(layer=f"{names[r]} · {entry['layer']}", layer_index=offset + entry["layer_index"],
                         snapshot=shared, epoch_float=axis.positions[shared], message=f"{names[r]}: {entry['message']}",
                         run=r)
            out.append(entry)
        offset += len(run.layers)
    return sorted(out, key=lambda a: (a["snapshot"], a["layer_index"]))


def metrics_manifest(metrics: RunMetrics) -> dict[str, Any]:
    """The manifest's metric entries: series per layer and snapshot, probe series, per-class values, CKA, alerts."""
    series = metrics.series()
    groups = {spec.key: "geometry" for spec in METRICS} | {spec.key: "health" for spec in HEALTH_METRICS}
    n_layers, n_snapshots = len(metrics.layers), len(metrics.metrics)
    return {
        "metrics": [
            {"key": spec.key, "label": spec.label, "description": spec.description, "group": groups[spec.key],
             "values": series[spec.key].tolist()}
            for spec in SERIES
        ],
        "probe_metrics": [
            {"key": spec.key, "label": spec.label, "description": spec.description, "values": values.tolist()}
            for spec, values in zip(PROBE_METRICS, metrics.probe_series().values(), strict=True)
        ],
        "per_class": {
            key: [[m.per_class[li][key].tolist() for m in metrics.metrics] for li in range(n_layers)]
            for key in PER_CLASS
        },
        "centroid_matrices": np.stack([np.stack(m.centroid_matrices) for m in metrics.metrics], axis=1)
        .astype("<f4")
        .tobytes(),
        "cka_layers": np.stack([m.cka_layers for m in metrics.metrics])
        .reshape(n_snapshots, n_layers, n_layers)
        .astype("<f4")
        .tobytes(),
        "alerts": [alert.to_dict() for alert in metrics.alerts],
        "alert_rules": [rule.to_dict() for rule in metrics.rules],
        "scores": {
            "keys": [{"key": s.key, "label": s.label, "description": s.description} for s in SAMPLE_SCORES],
            "chunks": [scores_path(li) for li in range(n_layers)],
        },
        "metrics_seconds": metrics.seconds,
        **_nonfinite_entry(series["nonfinite_fraction"]),
    }


def _nonfinite_entry(fractions: np.ndarray) -> dict[str, Any]:
    """``{"nonfinite": [[share of NaN/Inf activations per snapshot] per layer]}`` when training diverged, else
    ``{}``."""
    if not np.any(fractions > 0):
        return {}
    return {"nonfinite": np.nan_to_num(fractions, nan=1.0).tolist()}


def build_manifest(
    runs: Sequence[Run],
    axis: SharedAxis,
    *,
    names: Sequence[str] | None,
    match: ProbeMatch | None,
    title: str,
    methods: Sequence[Mapping[str, Any]],
    metrics: Mapping[str, Any],
    position_bits: int = POSITION_BITS,
) -> dict[str, Any]:
    """The manifest of a site showing ``runs`` on ``axis`` (``docs/site-bundle.md``). With ``names`` it compares the
    runs (``docs/compare.md``): layers name their run, and ``runs`` and ``probe_match`` describe each run."""
    from latentris_lightning._version import __version__

    first = runs[0]
    counts = np.bincount(first.labels, minlength=len(first.class_names))
    layers: list[dict[str, Any]] = []
    predictions = [np.stack([run.predictions(snapshot=s) for s in axis.own[r]]).astype("<i2").tobytes()
                   for r, run in enumerate(runs)]
    for r, run in enumerate(runs):
        for layer in run.manifest["layers"]:
            entry = {"name": layer["name"], "dim": int(layer.get("dim", 0))}
            if names is not None:
                entry = {**entry, "name": f"{names[r]} · {layer['name']}", "run": r, "layer": layer["name"],
                         "held": [int(h) for h in axis.held[r]]}
            layers.append(entry)
    manifest: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "title": title,
        "generator": f"latentris-lightning {__version__}",
        "n_samples": first.n_samples,
        "labels": first.labels.astype("<u2").tobytes(),
        "predictions": predictions[0],
        "classes": [{"name": name, "count": int(counts[i])} for i, name in enumerate(first.class_names)],
        "layers": layers,
        "snapshots": axis.snapshots,
    }
    if names is not None and match is not None:
        manifest["runs"] = _run_entries(runs, names, match, axis, predictions)
        manifest["probe_match"] = match.key
    return {
        **manifest,
        "methods": [dict(m) for m in methods],
        **positions_manifest(methods, len(layers), len(axis.snapshots), first.n_samples, position_bits),
        "samples": SAMPLES_PATH,
        **metrics,
    }


def _run_entries(
    runs: Sequence[Run], names: Sequence[str], match: ProbeMatch, axis: SharedAxis, predictions: Sequence[bytes]
) -> list[dict[str, Any]]:
    """The manifest's ``runs``: each compared run's name, model, layers, snapshots on the axis and predictions."""
    entries, offset = [], 0
    for r, (run, name) in enumerate(zip(runs, names, strict=True)):
        config = run.manifest.get("config", {})
        entries.append({
            "name": name,
            "model": str(config.get("model", "")),
            "generator": str(run.manifest.get("generator", "")),
            "n_layers": len(run.layers),
            "layers": list(range(offset, offset + len(run.layers))),
            "n_samples": int(getattr(run, "base", run).n_samples),
            "dropped_samples": int(match.dropped[r]),
            "snapshots": list(axis.own[r]),
            "held": [int(h) for h in axis.held[r]],
            "epochs": [s.epoch for s in run.snapshots if s.kind == "epoch"],
            "predictions": predictions[r],
        })
        offset += len(run.layers)
    return entries
