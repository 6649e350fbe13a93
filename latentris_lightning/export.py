"""Turn a run store into a static site: projections and metrics → packed bundle → ``index.html`` + assets.

Rendering is pure (functions returning strings and bytes); :func:`write_site` is the one function that writes files.
The bundle format is documented in ``docs/site-bundle.md``.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
import numpy as np
from tqdm.auto import tqdm

from latentris_lightning import assets
from latentris_lightning.bundle import (  # noqa: F401  (BUNDLE_*, quantize, chunk_path: the encoding's public names)
    ALLOWED_POSITION_BITS,
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    POSITION_BITS,
    QUANT_MAX,
    chunk_path,
    data_script,
    dequantize,
    position_files,
    positions_manifest,
    quantize,
    read_data_file,
    read_positions,
    snapshots_per_block,
)
from latentris_lightning.errors import DiskFullError
from latentris_lightning.flow import VectorFieldKMeans
from latentris_lightning.geometry import METRICS, PER_CLASS
from latentris_lightning.health import HEALTH_METRICS
from latentris_lightning.metrics import (
    PROBE_METRICS,
    SAMPLE_SCORES,
    SERIES,
    RunMetrics,
    compute_run_metrics,
    epoch_positions,
)
from latentris_lightning.projection.pipeline import project_run
from latentris_lightning.store import Run, load_run, raise_if_full
from latentris_lightning.variants import MethodSpec, expand_methods



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


def trajectory_sets(embeddings: Sequence[Sequence[np.ndarray]], axis: str) -> list[np.ndarray]:
    """The trajectories of a projection, ``(N, T, dims)`` per set: along ``"epochs"`` one set per layer (a sample's
    positions over the snapshots), along ``"layers"`` one per snapshot (its positions through the layers)."""
    if axis == "epochs":
        return [np.stack(layer, axis=1) for layer in embeddings]
    return [np.stack([layer[s] for layer in embeddings], axis=1) for s in range(len(embeddings[0]))]


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
            for spec, values in zip(PROBE_METRICS, metrics.probe_series().values())
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
    """``{"nonfinite": [[share of NaN/Inf activations per snapshot] per layer]}`` when training diverged, else ``{}``."""
    if not np.any(fractions > 0):
        return {}
    return {"nonfinite": np.nan_to_num(fractions, nan=1.0).tolist()}


def build_manifest(
    run: Run,
    *,
    title: str,
    methods: Sequence[Mapping[str, Any]],
    metrics: Mapping[str, Any],
    position_bits: int = POSITION_BITS,
) -> dict[str, Any]:
    from latentris_lightning import __version__


    labels = run.labels
    counts = np.bincount(labels, minlength=len(run.class_names))
    predictions = np.stack([run.predictions(snapshot=s.index) for s in run.snapshots])
    return {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "title": title,
        "generator": f"latentris-lightning {__version__}",
        "n_samples": run.n_samples,
        "labels": labels.astype("<u2").tobytes(),
        "predictions": predictions.astype("<i2").tobytes(),
        "classes": [{"name": name, "count": int(counts[i])} for i, name in enumerate(run.class_names)],
        "layers": [{"name": layer["name"], "dim": int(layer.get("dim", 0))} for layer in run.manifest["layers"]],
        "snapshots": [
            {"epoch": s.epoch, "step": s.step, "kind": s.kind, "epoch_float": x}
            for s, x in zip(run.snapshots, epoch_positions(run.snapshots))
        ],
        "methods": [dict(m) for m in methods],
        **positions_manifest(methods, len(run.layers), len(run.snapshots), run.n_samples, position_bits),
        "samples": SAMPLES_PATH,
        **metrics,
    }


def render_index(title: str, generator: str) -> str:
    """Render ``templates/index.html.j2`` (autoescaped: titles are data, never markup)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(assets.templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template("index.html.j2").render(title=title, generator=generator)


def build_site_files(
    run: Run,
    *,
    methods: Sequence[str] = ("joint", "pca"),
    title: str | None = None,
    seed: int = 0,
    progress: bool = True,
    axis: str = "epochs",
    params: Mapping[str, Mapping[str, Any]] | None = None,
    cache: bool = True,
    alerts: Any = None,
    run_metrics: RunMetrics | None = None,
    flow: bool | Mapping[str, Any] = True,
    variants: Any = None,
    position_bits: int = POSITION_BITS,
) -> dict[str, str]:
    """Compute projections and metrics of ``run`` and return the site's generated files by relative path.

    ``params`` maps a method name to its estimator parameters; ``axis`` chooses what the projections align (see
    :mod:`latentris_lightning.projection.pipeline`); ``alerts`` takes the alert rules as the callback's argument does
    (default: the rules recorded in the run). ``run_metrics``: metrics already computed for every snapshot of this
    run (the callback's), used instead of recomputing them when it covers all snapshots and ``alerts`` is not given.
    ``flow``: fit flow fields to every trajectory set of every projection (:mod:`latentris_lightning.flow`); a
    mapping gives :class:`~latentris_lightning.flow.VectorFieldKMeans` parameters, ``False`` leaves them out.
    ``variants``: several settings of a method as separate entries (:func:`~latentris_lightning.variants.expand_methods`:
    ``{"joint": {"n_neighbors": [5, 15, 50]}}`` or ``["joint:n_neighbors=5,15,50"]``).
    ``position_bits``: 12 (default, 4,096 steps per axis of each (method, layer)'s box) or 16 (for deep zooms; a
    third more bytes).

    Raises:
        ValueError: for an unknown method, flow parameter or ``position_bits``, or a run with no snapshot.
    """
    specs = expand_methods(methods, params, variants)
    if position_bits not in ALLOWED_POSITION_BITS:
        raise ValueError(f"position_bits={position_bits!r} is not allowed; choose one of {ALLOWED_POSITION_BITS}.")
    per_block = snapshots_per_block(run.n_samples, 3, position_bits)
    flow_params = _check_flow_params(flow)
    if not run.snapshots:
        raise ValueError(f"{run.path} holds no snapshot yet; nothing to export.")
    title = title or run.manifest.get("config", {}).get("title") or f"Latentris · {run.path.resolve().parent.name}"
    files: dict[str, str] = {}
    method_meta = []
    quality: dict[str, list[list[dict[str, float]]]] = {}
    series_per_method = len(run.layers) if axis == "epochs" else len(run.snapshots)
    bar = tqdm(total=len(specs) * series_per_method, desc="latentris: projecting", unit="series",
               disable=not progress, file=sys.stderr, leave=False)
    projected: dict[str, list[list[np.ndarray]]] = {}

    def done(description: str) -> None:
        bar.set_postfix_str(description, refresh=False)
        bar.update(1)

    with bar:
        for spec in specs:
            method_name = spec.name
            projection = project_run(
                run, spec.method, params=spec.params, axis=axis, seed=seed, cache=cache, on_series=done,
            )
            for layer_index, embeddings in enumerate(projection.embeddings):
                valid = projection.valid[layer_index] if projection.valid else None
                files.update(position_files(method_name, layer_index, embeddings, valid, per_block=per_block,
                                            bits=position_bits, stem=spec.slug))
            plain = {k: v for k, v in projection.params.items() if isinstance(v, (int, float, str, bool))}
            method_meta.append({
                "name": method_name,
                "dims": int(projection.embeddings[0][0].shape[1]),
                "params": plain,
                "seed": seed,
                "axis": axis,
                "seconds": float(sum(projection.seconds)),
                **variant_entry(spec),
            })
            quality[method_name] = projection.quality
            projected[method_name] = projection.embeddings
    if run_metrics is None or alerts is not None or len(run_metrics.metrics) != len(run.snapshots):
        run_metrics = compute_run_metrics(run, rules=alerts)
    manifest = build_manifest(run, title=title, methods=method_meta, metrics=metrics_manifest(run_metrics),
                              position_bits=position_bits)
    manifest["quality"] = quality
    if flow_params is not None:
        flow_files, manifest["flow"] = build_flow_files(
            projected, axis=axis, params=flow_params, seed=seed, progress=progress, slugs={s.name: s.slug for s in specs}
        )
        files.update(flow_files)
    for layer_index in range(len(run.layers)):
        path = scores_path(layer_index)
        files[path] = data_script(path, build_scores_chunk(run_metrics, layer_index))
    files["data/manifest.js"] = data_script("manifest", manifest)
    files[SAMPLES_PATH] = data_script(SAMPLES_PATH, build_samples_chunk(run))
    files["index.html"] = render_index(title, manifest["generator"])
    files[".nojekyll"] = ""
    return files


def variant_entry(spec: MethodSpec) -> dict[str, Any]:
    """The manifest keys a method entry gains as a variant: ``method`` (the registered method), ``variant`` (the
    parameters that distinguish it) and ``slug`` (its chunks' file name stem); nothing for a plain method."""
    if not spec.variant:
        return {}
    return {"method": spec.method, "variant": dict(spec.variant), "slug": spec.slug}


def _check_flow_params(flow: bool | Mapping[str, Any]) -> dict[str, Any] | None:
    if flow is False or flow is None:
        return None
    if flow is True:
        return {}
    if not isinstance(flow, Mapping):
        raise ValueError(f"flow={flow!r} is not allowed; pass True, False or a mapping of VectorFieldKMeans parameters.")
    allowed = set(VectorFieldKMeans().get_params())
    unknown = sorted(set(flow) - allowed)
    if unknown:
        raise ValueError(f"flow parameters {unknown} are unknown; choose from {sorted(allowed)}.")
    return dict(flow)


def build_flow_files(
    projected: Mapping[str, Sequence[Sequence[np.ndarray]]],
    *,
    axis: str,
    params: Mapping[str, Any],
    seed: int,
    progress: bool = True,
    slugs: Mapping[str, str] | None = None,
) -> tuple[dict[str, str], dict[str, Any]]:
    """Fit a flow field to every trajectory set of every projection; returns the data files and the manifest entry.

    ``projected`` maps a method name to its embeddings (``[layer][snapshot]``, each ``(N, dims)``); ``slugs`` maps a
    method name to the file name stem of its chunks (default: the name itself).
    """
    files: dict[str, str] = {}
    chunks: dict[str, list[str]] = {}
    seconds = 0.0
    full_params: dict[str, Any] = {}
    total = sum(len(trajectory_sets(e, axis)) for e in projected.values())
    with tqdm(total=total, desc="latentris: flow fields", unit="set", disable=not progress, file=sys.stderr,
              leave=False) as bar:
        for method, embeddings in projected.items():
            chunks[method] = []
            for index, trajectories in enumerate(trajectory_sets(embeddings, axis)):
                estimator = VectorFieldKMeans(**{"random_state": seed, **params})
                start = time.perf_counter()
                estimator.fit(trajectories)
                seconds += time.perf_counter() - start
                full_params = estimator.get_params()
                full_params["grid_size"] = list(estimator.grid_shape_)
                path = flow_path((slugs or {}).get(method, method), index)
                files[path] = data_script(path, build_flow_chunk(method, axis, index, estimator))
                chunks[method].append(path)
                bar.set_postfix_str(f"{method} · {index}", refresh=False)
                bar.update(1)
    entry = {
        "axis": axis,
        "params": {k: v for k, v in full_params.items() if isinstance(v, (int, float, str, bool, list))},
        "seed": seed,
        "seconds": seconds,
        "chunks": chunks,
    }
    return files, entry


# --------------------------------------------------------------------------------------------------- writing
def _is_site(path: Path) -> bool:
    return (path / "data" / "manifest.js").is_file() and (path / "index.html").is_file()


def _stale_siblings(out: Path) -> list[Path]:
    """Staging and retired folders of ``out`` left by an export that was killed (its process no longer runs)."""
    stale = []
    for sibling in out.parent.glob(f".{out.name}.*-*"):
        match = re.fullmatch(rf"\.{re.escape(out.name)}\.(building|old)-(\d+)-.*", sibling.name)
        if match and sibling.is_dir() and not _process_alive(int(match.group(2))):
            stale.append(sibling)
    return stale


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_site(files: Mapping[str, str], out_dir: str | os.PathLike) -> Path:
    """Write ``files`` and the viewer assets into ``out_dir``, all or nothing.

    The site is assembled in a temporary sibling folder and moved into place, so a failure leaves any previous site
    untouched. An existing ``out_dir`` is replaced only if it is empty or an earlier Latentris site. Leftovers of an
    export that was killed (hidden ``.<name>.building-<pid>-*`` / ``.<name>.old-<pid>-*`` folders of a process that no
    longer runs) are removed; if one was killed between retiring the old site and moving the new one in, the old site
    is put back first. No path in ``files`` may point outside the site; a full disk raises
    :class:`~latentris_lightning.errors.DiskFullError` naming the file.
    """
    out = Path(out_dir).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in _stale_siblings(out):
        if not out.exists() and ".old-" in stale.name and _is_site(stale / "site"):
            os.replace(stale / "site", out)  # killed between the two renames below: the old site comes back
        shutil.rmtree(stale, ignore_errors=True)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not _is_site(out))):
        raise FileExistsError(
            f"{out} exists and is not a Latentris site; refusing to overwrite it. Choose an empty or new folder."
        )
    staging = None
    target = out
    try:
        staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.building-{os.getpid()}-"))
        source = assets.site_assets_dir()
        for folder in assets.SITE_ASSET_FOLDERS:
            target = staging / "assets" / folder
            shutil.copytree(source / folder, target)
        for relative, content in files.items():
            target = (staging / relative).resolve()
            if staging.resolve() not in target.parents:
                raise ValueError(f"refusing to write {relative!r}: it points outside the site folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        target = out
        if out.exists():
            retired = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-{os.getpid()}-"))
            os.replace(out, retired / "site")
            os.replace(staging, out)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, out)
    except BaseException as err:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if isinstance(err, shutil.Error):  # copytree gathers its failures: report the first
            first = err.args[0][0] if err.args and err.args[0] else None
            if first is not None and isinstance(first[2], str) and "No space left" in first[2]:
                raise DiskFullError(f"cannot write {first[1]}: {first[2]}. Free some space and export again.") from err
        if isinstance(err, OSError):
            raise_if_full(err, Path(getattr(err, "filename", None) or target))
        raise
    return out


def export_site(
    run: Run | str | os.PathLike | Sequence[Run | str | os.PathLike],
    out_dir: str | os.PathLike,
    *,
    methods: Iterable[str] = ("joint", "pca"),
    title: str | None = None,
    seed: int = 0,
    progress: bool = True,
    axis: str = "epochs",
    params: Mapping[str, Mapping[str, Any]] | None = None,
    cache: bool = True,
    alerts: Any = None,
    run_metrics: RunMetrics | None = None,
    flow: bool | Mapping[str, Any] = True,
    variants: Any = None,
    position_bits: int = POSITION_BITS,
    **compare: Any,
) -> Path:
    """Export a run store (or its path) as a static site in ``out_dir``; returns the path of ``index.html`` (a
    :class:`~latentris_lightning.notebook.SiteIndex`: a ``Path`` that Jupyter displays as an iframe of the site).

    ``variants``: several settings of a method as separate entries (``{"joint": {"n_neighbors": [5, 15, 50]}}``).
    A list of several runs exports one site comparing them (:func:`~latentris_lightning.compare.export_compare`,
    which takes the further keywords ``names``, ``intersection``, ``layer_map`` and ``cross_weight``).

    Example::

        from latentris_lightning import export_site
        export_site("latentris/run", "latentris/site")
        export_site(["runs/mlp", "runs/cnn"], "compare-site", names=["MLP", "CNN"])
    """
    if isinstance(run, (list, tuple)):
        if len(run) > 1:
            if axis != "epochs" or alerts is not None or run_metrics is not None:
                raise ValueError("a multi-run export aligns along epochs with each run's recorded alert rules; "
                                 "axis, alerts and run_metrics are for single-run exports.")
            from latentris_lightning.compare import export_compare

            return export_compare(run, out_dir, methods=methods, title=title, seed=seed, progress=progress,
                                  params=params, cache=cache, flow=flow, variants=variants,
                                  position_bits=position_bits, **compare)
        if not run:
            raise ValueError("no run given; pass a run directory (or several, to compare them).")
        run = run[0]
    if compare:
        raise TypeError(f"export_site got {sorted(compare)}, which only a multi-run export takes (pass several runs).")
    if not isinstance(run, Run):
        run = load_run(run)
    files = build_site_files(
        run, methods=list(methods), title=title, seed=seed, progress=progress, axis=axis, params=params, cache=cache,
        alerts=alerts, run_metrics=run_metrics, flow=flow, variants=variants, position_bits=position_bits,
    )
    from latentris_lightning.notebook import SiteIndex

    return SiteIndex(write_site(files, out_dir) / "index.html")
