"""Projections of several runs at once: the alignment graph of a layer group (ties along each
run's epochs and across runs at the same epoch) and :func:`project_runs`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from latentris_lightning.projection.joint import chain_ties
from latentris_lightning.projection.pipeline import project_graph, project_run, supports_ties
from latentris_lightning.projection.variants import MethodSpec
from latentris_lightning.store.matching import SharedAxis
from latentris_lightning.store.reader import Run


def alignment_graph(
    group: Sequence[tuple[int, int]], runs: Sequence[Run], axis: SharedAxis, *, cross_weight: float = 1.0
) -> tuple[list[tuple[int, int, float, str]], list[tuple[int, int, int]]]:
    """The ties of one layer group's joint embedding, and what each embedded matrix is.

    The matrices are each member's snapshots in its run's order, members one after another; ``cells[m] = (group
    member, run, own snapshot index)``. Ties: consecutive snapshots within a run (weight 1, rest length = the sample's
    movement, exactly the single-run chain), and, for every two members, their snapshots at the same epoch position
    (``cross_weight``, rest length 0: the same sample pulled to the same place in both models' views).
    """
    if not (isinstance(cross_weight, (int, float)) and np.isfinite(cross_weight) and cross_weight >= 0):
        raise ValueError(f"cross_weight={cross_weight!r} must be a finite number ≥ 0.")
    cells: list[tuple[int, int, int]] = []
    ties: list[tuple[int, int, float, str]] = []
    start: dict[int, int] = {}
    for m, (r, _) in enumerate(group):
        start[m] = len(cells)
        ties += [(start[m] + i, start[m] + j, w, "motion") for i, j, w in chain_ties(len(runs[r].snapshots))]
        cells += [(m, r, s) for s in range(len(runs[r].snapshots))]
    if cross_weight > 0:
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                ra, rb = group[a][0], group[b][0]
                for s in range(len(axis.positions)):
                    if not axis.held[ra][s] and not axis.held[rb][s]:
                        ties.append(
                            (start[a] + axis.own[ra][s], start[b] + axis.own[rb][s], float(cross_weight), "still")
                        )
    return ties, cells


# --------------------------------------------------------------------------------------------------- projections
@dataclass
class RunsProjection:
    """One method entry's projection of every layer of every run, on the runs' own snapshots.

    ``embeddings[r][l][s]``, ``quality[r][l][s]``, ``valid[r][l][s]``; ``graph``: the manifest's record of the
    alignment (``None`` when each run was projected on its own)."""

    params: dict[str, Any]
    embeddings: list[list[list[np.ndarray]]]
    quality: list[list[list[dict[str, float]]]]
    valid: list[list[list[np.ndarray]]]
    seconds: float
    graph: dict[str, Any] | None


def project_runs(
    runs: Sequence[Run],
    spec: MethodSpec,
    axis: SharedAxis,
    groups: Sequence[Sequence[tuple[int, int]]],
    *,
    seed: int = 0,
    cache: bool = True,
    cross_weight: float = 1.0,
) -> RunsProjection:
    """Project every layer of every run with one method entry: along the alignment graph of each layer group when the
    method takes one (``joint``), else each run on its own (aligned along its epochs only)."""
    emb: list[list[Any]] = [[None] * len(run.layers) for run in runs]  # [run][layer] -> that layer's series
    qual: list[list[Any]] = [[None] * len(run.layers) for run in runs]
    valid: list[list[Any]] = [[None] * len(run.layers) for run in runs]
    offsets = np.cumsum([0] + [len(r.layers) for r in runs]).tolist()
    if not supports_ties(spec.method):
        seconds, params = 0.0, {}
        for r, run in enumerate(runs):
            projection = project_run(run, spec.method, params=spec.params, seed=seed, cache=cache)
            emb[r], qual[r], valid[r] = projection.embeddings, projection.quality, projection.valid
            seconds += float(sum(projection.seconds))
            params = projection.params
        return RunsProjection(params, emb, qual, valid, seconds, None)
    seconds, params, recorded = 0.0, {}, []
    cache_dir = runs[0].path / "cache" / "projections" if cache else None
    for group in groups:
        ties, cells = alignment_graph(group, runs, axis, cross_weight=cross_weight)
        parts = [runs[r].layer_series(runs[r].layers[li]) for r, li in group]
        result = project_graph(spec.method, parts, runs[0].labels, ties, params=spec.params, seed=seed,
                               cache_dir=cache_dir)
        seconds += result.seconds
        params = {k: v for k, v in result.params.items() if k != "ties"}
        for m, (r, li) in enumerate(group):
            emb[r][li], qual[r][li], valid[r][li] = result.embeddings[m], result.quality[m], result.valid[m]
        recorded.append(_graph_record(group, ties, cells, axis, offsets))
    graph = {"cross_weight": float(cross_weight), "groups": recorded}
    return RunsProjection(params, emb, qual, valid, seconds, graph)


def _graph_record(group, ties, cells, axis: SharedAxis, offsets) -> dict[str, Any]:
    """One group's graph in site terms: layers by global index, each tie as ``[layer, shared snapshot, layer, shared
    snapshot, weight, kind]`` (a run's own snapshot named by the first shared snapshot that shows it unheld)."""

    def where(cell: int) -> tuple[int, int]:
        m, r, s = cells[cell]
        shared = next(k for k in range(len(axis.positions)) if axis.own[r][k] == s and not axis.held[r][k])
        return offsets[r] + group[m][1], shared

    layers = [offsets[r] + li for r, li in group]
    return {"layers": layers, "ties": [[*where(i), *where(j), w, kind] for i, j, w, kind in ties]}
