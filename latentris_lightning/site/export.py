""":func:`export_site` and :func:`export_compare`: build a site's files from run stores and write them."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from latentris_lightning.analysis.metrics import RunMetrics
from latentris_lightning.site.build import build_site_files
from latentris_lightning.site.notebook import SiteIndex
from latentris_lightning.site.options import ExportOptions
from latentris_lightning.site.write import write_site
from latentris_lightning.stages import StageTimer
from latentris_lightning.store.reader import Run

RunLike = Run | str | os.PathLike


def export_site(
    run: RunLike | Sequence[RunLike],
    out_dir: str | os.PathLike,
    options: ExportOptions | None = None,
    *,
    run_metrics: RunMetrics | None = None,
    stages: StageTimer | None = None,
    **settings: Any,
) -> SiteIndex:
    """Export a run store (or its path, or the callback's ``output_dir``) as a static site in ``out_dir``; returns
    the path of ``index.html`` (a :class:`~latentris_lightning.site.notebook.SiteIndex`: a ``Path`` that Jupyter
    displays as an iframe of the site).

    ``settings`` are the fields of :class:`~latentris_lightning.site.options.ExportOptions` (``methods``,
    ``params``, ``variants``, ``axis``, ``title``, ``seed``, ``cache``, ``flow``, ``progress``, ``position_bits``,
    ``alerts``). A list of several runs exports one site comparing them (as :func:`export_compare`, which also takes
    ``names``, ``intersection``, ``match_by``, ``layer_map`` and ``cross_weight``). ``run_metrics``: the single run's
    metrics already computed (the callback's). ``stages``: a timer to time the export's stages into (building, then
    ``writing the site``; ``latentris export --profile`` prints its table); by default a new one, whose bars follow
    ``progress``.

    Example::

        from latentris_lightning import export_site
        export_site("latentris/run", "latentris/site")
        export_site(["runs/mlp", "runs/cnn"], "compare-site", names=["MLP", "CNN"])
    """
    options = ExportOptions.of(options, **settings)
    timer = stages if stages is not None else StageTimer(options.progress)
    with timer.active():
        files = build_site_files(run, options, run_metrics=run_metrics)
        with timer.stage("writing the site", total=len(files), unit="files") as bar:
            written = write_site(files, out_dir, on_file=lambda _: bar.update(1))
    return SiteIndex(written / "index.html")


def export_compare(
    runs: Iterable[RunLike],
    out_dir: str | os.PathLike,
    options: ExportOptions | None = None,
    **settings: Any,
) -> SiteIndex:
    """Export several runs trained on the same probe samples as one site; returns the path of its ``index.html``.

    ``settings`` as for :func:`export_site`; those for comparing (``docs/compare.md``):

    - ``names``: a display name per run (default: the runs' folder names).
    - ``intersection``: keep the probe samples all runs share instead of refusing runs whose probes differ.
    - ``match_by``: what identifies a sample (:data:`~latentris_lightning.store.matching.MATCH_BY`; default: the
      strongest key every run records).
    - ``layer_map``: which layers are embedded together (default: the k-th layer of every run).
    - ``cross_weight``: strength of the ties between runs at the same epoch, relative to the ties along epochs
      (``0``: runs embedded side by side from one start, untied).

    Example::

        from latentris_lightning import export_compare
        export_compare(["runs/mlp", "runs/cnn"], "site", names=["MLP", "CNN"])
    """
    runs = list(runs)
    if len(runs) < 2:
        raise ValueError(f"comparing needs at least 2 runs; got {len(runs)}. Export a single run with export_site.")
    return export_site(runs, out_dir, options, **settings)
