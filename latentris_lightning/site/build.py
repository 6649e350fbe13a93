"""Builds a site's files from one run or several: projections, metrics and flow fields computed, then packed.

One builder serves both: a single-run site is a comparison of one run (its own snapshots as the axis, its layers as
the panels, no ``runs`` entry in the manifest). Pure apart from the computing: :func:`build_site_files` returns the
files by relative path; :mod:`latentris_lightning.site.write` writes them. The bundle format is in
``docs/site-bundle.md``; a comparison's extra keys in ``docs/compare.md``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import jinja2
import numpy as np

from latentris_lightning.analysis.dynamics import sample_dynamics
from latentris_lightning.analysis.flow import fit_flow_fields
from latentris_lightning.analysis.metrics import RunMetrics, compute_run_metrics
from latentris_lightning.projection.pipeline import project_run
from latentris_lightning.projection.quality import query_plan
from latentris_lightning.projection.runs import project_runs
from latentris_lightning.projection.variants import MethodSpec
from latentris_lightning.projection.warm import WarmInfo, project_warm
from latentris_lightning.site import assets
from latentris_lightning.site.bundle import MANIFEST_PATH, data_script, position_files, snapshots_per_block
from latentris_lightning.site.chunks import (
    SAMPLES_PATH,
    build_dynamics_chunk,
    build_flow_chunk,
    build_scores_chunk,
    dynamics_fields,
    dynamics_path,
    flow_path,
    scores_path,
)
from latentris_lightning.site.chunks import build_samples_chunk as run_samples_chunk
from latentris_lightning.site.manifest import build_manifest, combined_metrics, metrics_manifest, on_axis_metrics
from latentris_lightning.site.options import ExportOptions
from latentris_lightning.stages import StageTimer, current, show_progress
from latentris_lightning.store.matching import (
    ProbeMatch,
    SharedAxis,
    layer_groups,
    match_probes,
    run_names,
    shared_axis,
)
from latentris_lightning.store.reader import Run, load_run
from latentris_lightning.threads import choose_threads, torch_threads

RunLike = Run | str | os.PathLike


@dataclass
class SiteRuns:
    """The runs a site shows, on one footing.

    Attributes:
        runs: the runs (views of the probe samples they share, when comparing with ``intersection``).
        names: each run's display name; ``None`` for a single-run site (its manifest names no runs).
        match: how the runs' probe samples were matched (``None`` for one run).
        axis: the site's snapshot axis (one run: its own snapshots).
        groups: which layers are embedded together (comparing runs).
    """

    runs: list[Run]
    names: list[str] | None
    match: ProbeMatch | None
    axis: SharedAxis
    groups: list[list[tuple[int, int]]]

    @property
    def compared(self) -> bool:
        return self.names is not None

    @property
    def n_layers(self) -> int:
        return sum(len(run.layers) for run in self.runs)


def site_runs(runs: Sequence[Run], options: ExportOptions) -> SiteRuns:
    """Check the runs against ``options`` and put them on one footing (samples matched, a shared snapshot axis)."""
    options.check_runs(len(runs))
    if len(runs) == 1:
        run = runs[0]
        if not run.snapshots:
            raise ValueError(f"{run.path} holds no snapshot yet; nothing to export.")
        return SiteRuns([run], None, None, shared_axis([run]), [[(0, k)] for k in range(len(run.layers))])
    names = run_names(runs, options.names)
    for run, name in zip(runs, names, strict=True):
        if not run.snapshots:
            raise ValueError(f"run {name!r} ({run.path}) holds no snapshot yet; nothing to compare.")
    match = match_probes(runs, names, intersection=options.intersection, match_by=options.match_by)
    matched = match.runs
    return SiteRuns(matched, names, match, shared_axis(matched), layer_groups(matched, options.layer_map))


@dataclass
class _Projected:
    """One method entry's positions of every site layer on the site's axis."""

    entry: dict[str, Any]
    embeddings: list[list[np.ndarray]]
    valid: list[list[np.ndarray] | None]
    quality: list[list[dict[str, float]]]


def _project(site: SiteRuns, spec: MethodSpec, options: ExportOptions, bar: Any, scored: Any,
             warm: WarmInfo | None = None) -> _Projected:
    """One method entry's projection; ``bar`` counts the series fitted, ``scored`` the (layer, snapshot) cells
    scored (or read with their scores from the cache)."""
    plain = {"name": spec.name, "seed": options.seed, "axis": options.axis}
    if not site.compared:
        first = site.runs[0]
        cells = len(first.snapshots) if options.axis == "epochs" else len(first.layers)  # per series

        def done(description: str) -> None:
            bar.set_postfix_str(description, refresh=False)
            bar.update(1)
            scored.update(cells)

        if warm is not None:  # a live export: warm-started from the previous one (projection/warm.py)
            projection = project_warm(site.runs[0], spec.method, warm, params=spec.params, seed=options.seed,
                                      on_series=done, name=spec.name)
        else:
            projection = project_run(site.runs[0], spec.method, params=spec.params, axis=options.axis,
                                     seed=options.seed, cache=options.cache, on_series=done)
        valid: list[Any] = list(projection.valid) if projection.valid else [None] * len(projection.embeddings)
        entry = {**plain, "params": projection.params, "seconds": float(sum(projection.seconds))}
        found = [k for k in projection.knn if k]
        if found:  # the method's kNN graphs: exact, or approximate with the worst series' measured recall
            entry["knn"] = min(found, key=lambda k: k["recall"])
        return _Projected(entry, projection.embeddings, valid, projection.quality)
    bar.set_postfix_str(spec.name, refresh=False)
    result = project_runs(site.runs, spec, site.axis, site.groups, seed=options.seed, cache=options.cache,
                          cross_weight=options.cross_weight)
    bar.update(len(site.groups))
    scored.update(_n_cells(site))
    shown = site.axis.on_axis
    embeddings: list[Any] = []
    valid = []
    quality: list[Any] = []
    for r, run in enumerate(site.runs):
        for li in range(len(run.layers)):
            embeddings.append(shown(result.embeddings[r][li], r))
            valid.append(shown(result.valid[r][li], r) if result.valid[r][li] else None)
            quality.append(shown(result.quality[r][li], r))
    entry = {**plain, "params": result.params, "seconds": result.seconds, "slug": spec.slug,
             "alignment": "graph" if result.graph is not None else "per run"}
    if result.graph is not None:
        entry["graph"] = result.graph
    return _Projected(entry, embeddings, valid, quality)


def _n_cells(site: SiteRuns) -> int:
    """How many (layer, snapshot) views of every run a method entry projects and scores."""
    return sum(len(run.layers) * len(run.snapshots) for run in site.runs)


def _method_entry(projected: _Projected, spec: MethodSpec) -> dict[str, Any]:
    entry = dict(projected.entry)
    entry["params"] = {k: v for k, v in entry["params"].items() if isinstance(v, (int, float, str, bool))}
    entry["dims"] = int(projected.embeddings[0][0].shape[1])
    if spec.variant:  # a variant names its registered method, the parameters that distinguish it, its file stem
        entry.update(method=spec.method, variant=dict(spec.variant), slug=spec.slug)
    return entry


def build_site_files(
    runs: RunLike | Sequence[RunLike],
    options: ExportOptions | None = None,
    *,
    run_metrics: RunMetrics | None = None,
    **settings: Any,
) -> dict[str, str]:
    """Compute projections, metrics and flow fields of one run (or several, compared) and return the site's files by
    relative path.

    ``options`` and/or ``settings`` (the fields of :class:`~latentris_lightning.site.options.ExportOptions`) say what
    goes in. ``run_metrics``: a single run's metrics already computed for every snapshot (the callback's), used
    instead of recomputing them when it covers all snapshots and no ``alerts`` rules are given.

    Each stage is timed (:mod:`latentris_lightning.stages`; into the timer the caller activated, else a new one) and
    shown as a progress bar per ``options.progress``; the manifest's ``stages`` lists the seconds of each.

    Raises:
        ValueError: for an unknown method, flow parameter or ``position_bits``, runs that cannot be compared, or a
            run with no snapshot.
        TypeError: for an unknown setting, or a comparing-only setting given for one run.
    """
    options = ExportOptions.of(options, **settings)
    plan = choose_threads()  # torch threads for the cores actually free (latentris_lightning/threads.py)
    with torch_threads(plan["threads"]):
        return _build(runs, options, run_metrics, plan)


def _build(runs: RunLike | Sequence[RunLike], options: ExportOptions, run_metrics: RunMetrics | None,
           plan: dict[str, Any]) -> dict[str, str]:
    given = [runs] if isinstance(runs, (Run, str, os.PathLike)) else list(runs)
    loaded = [run if isinstance(run, Run) else load_run(run) for run in given]
    if run_metrics is not None and len(loaded) > 1:
        raise ValueError("run_metrics is for a single-run export; a comparison computes each run's metrics.")
    site = site_runs(loaded, options)
    first = site.runs[0]
    if site.compared:
        title = options.title or "Latentris · " + " vs ".join(site.names or [])
    else:
        title = options.title or first.manifest.get("config", {}).get("title") or \
            f"Latentris · {first.path.resolve().parent.name}"
    specs = options.specs
    per_block = snapshots_per_block(first.n_samples, 3, options.position_bits)
    if site.compared:
        units, unit = len(site.groups), "layer groups"
    else:
        units, unit = (len(first.layers), "layers") if options.axis == "epochs" else (len(first.snapshots), "snapshots")
    timer = current() or StageTimer(options.progress)
    files: dict[str, str] = {}
    methods, quality, projected = [], {}, {}
    warm = WarmInfo() if options.warm_start else None
    for spec in specs:
        with timer.stage(f"projection · {spec.name}", total=units, unit=unit) as bar, \
                timer.bar(f"faithfulness scores · {spec.name}", total=_n_cells(site), unit="cells") as scored:
            result = _project(site, spec, options, bar, scored, warm)
            with timer.stage("bundle"):
                for g, (embeddings, valid) in enumerate(zip(result.embeddings, result.valid, strict=True)):
                    files.update(position_files(spec.name, g, embeddings, valid, per_block=per_block,
                                                bits=options.position_bits, stem=spec.slug))
            methods.append(_method_entry(result, spec))
            quality[spec.name] = result.quality
            projected[spec.name] = result.embeddings

    with timer.stage("run metrics", total=sum(len(run.snapshots) for run in site.runs), unit="snapshots") as bar:
        def measured(_: int) -> None:
            bar.update(1)

        # the dynamics are their own stage below (the same sample_dynamics of each run)
        if site.compared:
            metrics = [compute_run_metrics(run, on_snapshot=measured, dynamics=False) for run in site.runs]
            metric_entries = combined_metrics(site.runs, site.names or [], site.axis, metrics)
        else:
            if run_metrics is None or options.alert_rules is not None or \
                    len(run_metrics.metrics) != len(first.snapshots):
                run_metrics = compute_run_metrics(first, rules=options.alert_rules, on_snapshot=measured,
                                                  dynamics=False)
            else:
                bar.update(len(first.snapshots))  # the callback's, already computed
            metrics = [run_metrics]
            metric_entries = metrics_manifest(run_metrics)
    manifest = build_manifest(site.runs, site.axis, names=site.names, match=site.match, title=title, methods=methods,
                              metrics=metric_entries, position_bits=options.position_bits)
    manifest["quality"] = quality
    # how many query samples the scores averaged over, and the seed that drew them (docs/quality.md)
    manifest["quality_queries"] = query_plan(first.n_samples, seed=options.seed)
    manifest["threads"] = plan
    if warm is not None:  # site.live adds revision and running
        manifest["live"] = {"warm_start": warm.manifest()}
    if options.flow_params is not None:
        with timer.stage("flow fields"):  # its bar is the flow fit's own (trajectory sets)
            flow_files, manifest["flow"] = build_flow_files(projected, specs, options)
            files.update(flow_files)
    dynamics_chunks = []
    with timer.stage("dynamics", total=len(site.runs), unit="runs") as bar:
        for r, (run, m) in enumerate(zip(site.runs, metrics, strict=True)):  # over each run's own snapshots
            dynamics = m.dynamics if m.dynamics is not None else sample_dynamics(run)
            path = dynamics_path(r)
            with timer.stage("bundle"):
                files[path] = data_script(path, build_dynamics_chunk(dynamics, r))
            dynamics_chunks.append(path)
            bar.update(1)
    manifest["dynamics"] = {"fields": dynamics_fields(), "chunks": dynamics_chunks}
    with timer.stage("bundle", total=site.n_layers + 3, unit="files") as bar:
        g = 0
        for r, (run, m) in enumerate(zip(site.runs, metrics, strict=True)):
            shown = on_axis_metrics(m, site.axis, r)
            for li in range(len(run.layers)):
                path = scores_path(g)
                files[path] = data_script(path, {**build_scores_chunk(shown, li), "layer": g})
                g += 1
                bar.update(1)
        files[SAMPLES_PATH] = data_script(SAMPLES_PATH, samples_chunk(site.runs, site.axis))
        files["index.html"] = render_index(title, manifest["generator"])
        files[".nojekyll"] = ""
        bar.update(2)
        # packed last, so its stage seconds cover everything before it (writing the files comes after: --profile)
        manifest["stages"] = [{"name": name, "seconds": round(seconds, 4)}
                              for name, seconds in timer.snapshot().items()]
        files[MANIFEST_PATH] = data_script("manifest", manifest)
        bar.update(1)
    return files


def build_flow_files(
    projected: dict[str, list[list[np.ndarray]]], specs: Sequence[MethodSpec], options: ExportOptions
) -> tuple[dict[str, str], dict[str, Any]]:
    """Fit a flow field to every trajectory set of every projection; returns the data files and the manifest entry."""
    fits = fit_flow_fields(projected, axis=options.axis, params=options.flow_params or {}, seed=options.seed,
                           progress=show_progress(options.progress))
    slugs = {spec.name: spec.slug for spec in specs}
    files: dict[str, str] = {}
    chunks: dict[str, list[str]] = {}
    for method, estimators in fits.fields.items():
        chunks[method] = []
        for index, estimator in enumerate(estimators):
            path = flow_path(slugs.get(method, method), index)
            files[path] = data_script(path, build_flow_chunk(method, options.axis, index, estimator))
            chunks[method].append(path)
    entry = {
        "axis": options.axis,
        "params": {k: v for k, v in fits.params.items() if isinstance(v, (int, float, str, bool, list))},
        "seed": options.seed,
        "seconds": fits.seconds,
        "chunks": chunks,
    }
    return files, entry


def samples_chunk(runs: Sequence[Run], axis: SharedAxis) -> dict[str, Any]:
    """The per-sample chunk: the first run's (names, indices, thumbnails, its losses); comparing runs, plus
    ``run_losses``: every run's float32[S × N] losses on the shared axis."""
    chunk = run_samples_chunk(runs[0])
    if len(runs) == 1:
        return chunk
    losses = [np.stack([run.losses(snapshot=s) for s in axis.own[r]]).astype("<f4") for r, run in enumerate(runs)]
    chunk["losses"] = losses[0].tobytes()
    chunk["run_losses"] = [x.tobytes() for x in losses]
    return chunk


def render_index(title: str, generator: str) -> str:
    """Render ``templates/index.html.j2`` (autoescaped: titles are data, never markup)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(assets.templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template("index.html.j2").render(title=title, generator=generator)
