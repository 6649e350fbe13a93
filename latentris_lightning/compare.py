"""Compare several runs in one site: architectures, hyperparameters or seeds trained on the same probe samples.

A multi-run site is the ordinary bundle (``docs/site-bundle.md``) whose ``layers`` are the runs' layers in run order,
each naming its ``run`` (an index into the manifest's ``runs``), so the viewer's small multiples, linked hover (same
sample index) and epoch player work across runs. The pieces, each a small function (``docs/compare.md``):

- :func:`match_probes`: the runs must hold the same probe samples (by dataset index, name or thumbnail, in order);
  a clear error otherwise, or, with ``intersection=True``, views of the samples all runs share.
- :func:`shared_axis`: one snapshot axis, the union of the runs' positions on the epoch axis; a run without a snapshot
  at a position shows its nearest earlier one there, marked *held*.
- :func:`alignment_graph`: for each layer group (the k-th layer of every run, or a user mapping), one joint embedding
  of every run's snapshots of that layer, tied along the epochs within each run and across runs at the same epoch.
- :func:`cross_cka`: linear CKA between every layer of one run and every layer of another at matching snapshots.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from tqdm.auto import tqdm

from latentris_lightning.export import (
    SAMPLES_PATH,
    _check_flow_params,
    build_flow_files,
    build_samples_chunk,
    build_scores_chunk,
    data_script,
    metrics_manifest,
    render_index,
    scores_path,
    variant_entry,
    write_site,
)
from latentris_lightning.bundle import (
    ALLOWED_POSITION_BITS,
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    POSITION_BITS,
    position_files,
    positions_manifest,
    snapshots_per_block,
)
from latentris_lightning.health import CkaOperand, linear_cka
from latentris_lightning.metrics import RunMetrics, compute_run_metrics, epoch_positions
from latentris_lightning.projection.joint import chain_ties
from latentris_lightning.projection.pipeline import project_graph, project_run, supports_ties
from latentris_lightning.store import Run, load_run
from latentris_lightning.subset import RunView
from latentris_lightning.variants import MethodSpec, expand_methods

#: What identifies a probe sample across runs, strongest first (``docs/compare.md#probe-check``): the content hash of
#: its input (the callback records it), its index in the source dataset, its name, its thumbnail.
SAMPLE_KEYS = ("hashes", "indices", "names", "thumbnails")
#: ``match_by`` choices: a key above, or ``"labels"`` (count and labels in order only).
MATCH_BY = (*SAMPLE_KEYS, "labels")


# --------------------------------------------------------------------------------------------------- runs and names
def run_names(runs: Sequence[Run], names: Sequence[str] | None = None) -> list[str]:
    """Display names of the runs: ``names`` if given, else each run's folder name (its parent's for a ``run/`` folder
    inside the callback's ``output_dir``), made distinct with ``#2``, ``#3``, … suffixes.

    Raises:
        ValueError: when ``names`` does not give one distinct, non-empty name per run.
    """
    if names is not None:
        names = [str(n) for n in names]
        if len(names) != len(runs):
            raise ValueError(f"{len(names)} names {names} for {len(runs)} runs; give one name per run.")
        if any(not n.strip() for n in names) or len(set(names)) != len(names):
            raise ValueError(f"run names must be distinct and non-empty; got {names}.")
        return names
    out: list[str] = []
    for run in runs:
        path = run.path.resolve()
        base = path.parent.name if path.name == "run" and path.parent.name else path.name
        name, k = base, 2
        while name in out:
            name, k = f"{base}#{k}", k + 1
        out.append(name)
    return out


def sample_keys(run: Run, kind: str) -> list[Any] | None:
    """Per-sample identity of ``run`` by ``kind`` (one of :data:`SAMPLE_KEYS`; thumbnails hashed), or None."""
    if kind == "names":
        return run.sample_names
    if kind == "hashes":
        hashes = run.sample_hashes()
        return None if hashes is None else [int(h) for h in hashes]
    values = run.sample_metadata(kind)
    if values is None:
        return None
    if kind == "indices":
        return [int(v) for v in values]
    return [hashlib.blake2b(np.ascontiguousarray(v).tobytes(), digest_size=8).hexdigest() for v in values]


def _describe_difference(names: Sequence[str], keys: Sequence[Sequence[Any]], kind: str) -> str:
    a, b = keys[0], keys[1]
    common = len(set(a) & set(b))
    first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    where = ""
    if first < min(len(a), len(b)):
        where = f"; first difference at sample #{first}: {kind} {a[first]!r} in {names[0]!r}, {b[first]!r} in {names[1]!r}"
    elif set(a) == set(b):
        where = "; the same samples in a different order"
    return (f"{names[0]!r} has {len(a)} probe samples, {names[1]!r} has {len(b)}, {common} in common "
            f"(compared by {kind}){where}")


@dataclass
class ProbeMatch:
    """Runs restricted to the probe samples they share, in one order.

    Attributes:
        runs: one :class:`Run` (or view) per run, sample ``i`` the same sample in all.
        key: what identified the samples (``"indices"``, ``"names"``, ``"thumbnails"``, or ``"labels"`` when the runs
            record none of them: then only the count and the labels could be checked).
        dropped: per run, how many of its probe samples are not shared (0 unless ``intersection``).
    """

    runs: list[Run]
    key: str
    dropped: list[int]


def match_probes(
    runs: Sequence[Run], names: Sequence[str], *, intersection: bool = False, match_by: str | None = None
) -> ProbeMatch:
    """Check that ``runs`` hold the same probe samples; with ``intersection``, keep those all of them hold.

    Samples are identified by the strongest key every run records (:data:`SAMPLE_KEYS`), or by ``match_by`` (e.g.
    ``"indices"`` when the runs fed differently preprocessed inputs, so their content hashes differ); without any
    key, by count and labels in order. Class names must agree, and a sample must carry the same label in every run.

    Raises:
        ValueError: naming the runs and how their probes differ (and the ``intersection`` option when it applies),
            or a ``match_by`` that is not allowed or that a run does not record.
    """
    if match_by is not None and match_by not in MATCH_BY:
        raise ValueError(f"match_by={match_by!r} is not allowed; choose one of {MATCH_BY}.")
    for run, name in zip(runs[1:], names[1:]):
        if list(run.class_names) != list(runs[0].class_names):
            raise ValueError(f"runs {names[0]!r} and {name!r} name their classes differently: {runs[0].class_names} "
                             f"vs {run.class_names}; runs to compare need the same classes.")
    if match_by in SAMPLE_KEYS:
        lacking = [name for run, name in zip(runs, names) if sample_keys(run, match_by) is None]
        if lacking:
            raise ValueError(f"match_by={match_by!r}: runs {lacking} record no sample {match_by}; "
                             f"choose from {MATCH_BY} what every run records.")
        kind = match_by
    elif match_by == "labels":
        kind = None
    else:
        kind = next((k for k in SAMPLE_KEYS if all(sample_keys(r, k) is not None for r in runs)), None)
    if kind is None:
        for run, name in zip(runs[1:], names[1:]):
            if run.n_samples != runs[0].n_samples or not np.array_equal(run.labels, runs[0].labels):
                raise ValueError(
                    f"runs {names[0]!r} ({runs[0].n_samples} samples) and {name!r} ({run.n_samples}) do not hold the "
                    "same probe: their sample counts or labels differ, and they are compared by labels only (no sample "
                    "ids, i.e. content hashes, dataset indices, names or thumbnails, that all record), so no "
                    "intersection can be taken either."
                )
        return ProbeMatch(list(runs), "labels", [0] * len(runs))
    keys = [sample_keys(r, kind) or [] for r in runs]
    for k, name in zip(keys, names):
        if len(set(k)) != len(k):
            raise ValueError(f"run {name!r} holds the same sample twice in its probe (by {kind}); samples cannot "
                             "be matched across runs.")
    same = all(k == keys[0] for k in keys[1:])
    if same:
        _check_labels(runs, names, [np.arange(r.n_samples) for r in runs])
        return ProbeMatch(list(runs), kind, [0] * len(runs))
    if not intersection:
        bad = next(i for i in range(1, len(runs)) if keys[i] != keys[0])
        detail = _describe_difference([names[0], names[bad]], [keys[0], keys[bad]], kind)
        raise ValueError(
            f"runs {names[0]!r} and {names[bad]!r} do not share their probe samples: {detail}. Runs to compare must "
            "use the same probe; pass --intersection (intersection=True) to compare the samples they all hold."
        )
    common = set(keys[0]).intersection(*keys[1:])
    order = [key for key in keys[0] if key in common]
    if len(order) < 2:
        raise ValueError(f"runs {list(names)} share {len(order)} probe samples (by {kind}); at least 2 are needed.")
    rows = [np.array([{key: i for i, key in enumerate(k)}[key] for key in order], dtype=np.int64) for k in keys]
    _check_labels(runs, names, rows)
    views = [run if np.array_equal(r, np.arange(run.n_samples)) else RunView(run, run.layers, range(len(run.snapshots)), r)
             for run, r in zip(runs, rows)]
    return ProbeMatch(views, kind, [run.n_samples - len(order) for run in runs])


def _check_labels(runs: Sequence[Run], names: Sequence[str], rows: Sequence[np.ndarray]) -> None:
    reference = runs[0].labels[rows[0]]
    for run, name, r in zip(runs[1:], names[1:], rows[1:]):
        differ = np.flatnonzero(run.labels[r] != reference)
        if differ.size:
            i = int(differ[0])
            raise ValueError(f"runs {names[0]!r} and {name!r} label the same probe sample differently ({differ.size} "
                             f"samples, e.g. shared sample #{i}: class {int(reference[i])} vs {int(run.labels[r][i])}); "
                             "they were not trained on the same data.")


# --------------------------------------------------------------------------------------------------- shared epoch axis
@dataclass
class SharedAxis:
    """The snapshot axis of a multi-run site.

    Attributes:
        positions: each shared snapshot's place on the epoch axis (``epoch_float``), increasing.
        snapshots: the manifest's snapshot entries (epoch, step, kind from the first run holding one there).
        own: ``own[r][s]``: run ``r``'s snapshot index shown at shared snapshot ``s``.
        held: ``held[r][s]``: True when that is an earlier snapshot of run ``r`` (none of its own at ``s``).
    """

    positions: list[float]
    snapshots: list[dict[str, Any]]
    own: list[list[int]]
    held: list[list[bool]]


def shared_axis(runs: Sequence[Run]) -> SharedAxis:
    """The union of the runs' snapshot positions; a run lacking one shows its nearest earlier snapshot (its first,
    when it has none earlier), marked held."""
    places = [[round(x, 6) for x in epoch_positions(run.snapshots)] for run in runs]
    positions = sorted(set().union(*places))
    entries, own, held = [], [[] for _ in runs], [[] for _ in runs]
    for x in positions:
        source = next((r, p.index(x)) for r, p in enumerate(places) if x in p)
        snap = runs[source[0]].snapshots[source[1]]
        entries.append({"epoch": snap.epoch, "step": snap.step, "kind": snap.kind, "epoch_float": x})
        for r, p in enumerate(places):
            earlier = [i for i, y in enumerate(p) if y <= x]
            own[r].append(earlier[-1] if earlier else 0)
            held[r].append(p[own[r][-1]] != x)
    return SharedAxis(positions, entries, own, held)


# --------------------------------------------------------------------------------------------------- alignment graph
def layer_groups(runs: Sequence[Run], mapping: Sequence[Sequence[str | int]] | None = None) -> list[list[tuple[int, int]]]:
    """Which layers are embedded together: lists of ``(run, layer index)``, every layer of every run in exactly one.

    Default: the k-th layer of every run that has one. ``mapping``: one entry per group, one layer (name or index)
    per run, e.g. ``[["net.1", "features.2"], ["net.5", "head.0"]]``; layers it leaves out are embedded alone.

    Raises:
        ValueError: for a wrong-length entry, an unknown layer (listing the run's) or a layer used twice.
    """
    if mapping is None:
        depth = max(len(run.layers) for run in runs)
        return [[(r, k) for r, run in enumerate(runs) if k < len(run.layers)] for k in range(depth)]
    groups, used = [], set()
    for entry in mapping:
        entry = list(entry)
        if len(entry) != len(runs):
            raise ValueError(f"layer mapping entry {entry} names {len(entry)} layers for {len(runs)} runs; give one per run.")
        group = []
        for r, (run, layer) in enumerate(zip(runs, entry)):
            index = _layer_index(run, layer)
            if (r, index) in used:
                raise ValueError(f"layer {run.layers[index]!r} of run {r} appears twice in the layer mapping.")
            used.add((r, index))
            group.append((r, index))
        groups.append(group)
    rest = [[(r, k)] for r, run in enumerate(runs) for k in range(len(run.layers)) if (r, k) not in used]
    return groups + rest


def _layer_index(run: Run, layer: str | int) -> int:
    if isinstance(layer, str) and layer in run.layers:
        return run.layers.index(layer)
    text = str(layer)
    if text.lstrip("-").isdigit() and -len(run.layers) <= int(text) < len(run.layers):
        return int(text) % len(run.layers)
    raise ValueError(f"layer {layer!r} is not in run {run.path}; it holds {run.layers} (names or indices).")


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
    cells, ties, start = [], [], {}
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
                        ties.append((start[a] + axis.own[ra][s], start[b] + axis.own[rb][s], float(cross_weight), "still"))
    return ties, cells


# --------------------------------------------------------------------------------------------------- cross-run CKA
def cross_cka(run_a: Run, run_b: Run, pairs: Sequence[tuple[int, int]] | None = None) -> np.ndarray:
    """Linear CKA between every layer of ``run_a`` and every layer of ``run_b``: ``(P, La, Lb)``, one matrix per
    pair of matching snapshots ``(snapshot of a, snapshot of b)`` (default: the snapshots at the same positions on
    the epoch axis, in order). The runs must hold the same samples in the same order (see :func:`match_probes`)."""
    if run_a.n_samples != run_b.n_samples:
        raise ValueError(f"cross-run CKA needs the same samples; the runs hold {run_a.n_samples} and {run_b.n_samples}. "
                         "Match them first (match_probes).")
    if pairs is None:
        axis = shared_axis([run_a, run_b])
        pairs = [(axis.own[0][s], axis.own[1][s]) for s in range(len(axis.positions))
                 if not axis.held[0][s] and not axis.held[1][s]]
    out = np.full((len(pairs), len(run_a.layers), len(run_b.layers)), np.nan)
    for p, (sa, sb) in enumerate(pairs):
        left = [CkaOperand(run_a.activations(layer, snapshot=sa)) for layer in run_a.layers]
        right = [CkaOperand(run_b.activations(layer, snapshot=sb)) for layer in run_b.layers]
        out[p] = [[linear_cka(x, y) for y in right] for x in left]
    return out


def combined_cka(runs: Sequence[Run], axis: SharedAxis, metrics: Sequence[RunMetrics]) -> np.ndarray:
    """``(S, L, L)`` CKA over every layer of every run at each shared snapshot: the runs' own blocks from their
    metrics (at the snapshot shown), the cross-run blocks computed at matching snapshots, NaN where either is held."""
    offsets = np.cumsum([0] + [len(r.layers) for r in runs])
    total = int(offsets[-1])
    out = np.full((len(axis.positions), total, total), np.nan)
    operands: dict[tuple[int, int], list[CkaOperand]] = {}

    def ops(r: int, s: int) -> list[CkaOperand]:
        if (r, s) not in operands:
            operands[(r, s)] = [CkaOperand(runs[r].activations(layer, snapshot=s)) for layer in runs[r].layers]
        return operands[(r, s)]

    for s in range(len(axis.positions)):
        for a, run in enumerate(runs):
            block = np.asarray(metrics[a].metrics[axis.own[a][s]].cka_layers).reshape(len(run.layers), len(run.layers))
            out[s, offsets[a]:offsets[a + 1], offsets[a]:offsets[a + 1]] = block
            for b in range(a + 1, len(runs)):
                if axis.held[a][s] or axis.held[b][s]:
                    continue
                left, right = ops(a, axis.own[a][s]), ops(b, axis.own[b][s])
                cross = np.array([[linear_cka(x, y) for y in right] for x in left])
                out[s, offsets[a]:offsets[a + 1], offsets[b]:offsets[b + 1]] = cross
                out[s, offsets[b]:offsets[b + 1], offsets[a]:offsets[a + 1]] = cross.T
        keep = {(r, axis.own[r][s + 1]) for r in range(len(runs))} if s + 1 < len(axis.positions) else set()
        operands = {k: v for k, v in operands.items() if k in keep}  # memory: only what the next snapshot reuses
    return out


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
    emb = [[[None] * len(run.snapshots) for _ in run.layers] for run in runs]
    qual = [[[None] * len(run.snapshots) for _ in run.layers] for run in runs]
    valid = [[[None] * len(run.snapshots) for _ in run.layers] for run in runs]
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


def _on_axis(values: Sequence[Any], own: Sequence[int]) -> list[Any]:
    return [values[i] for i in own]


# --------------------------------------------------------------------------------------------------- metrics
def _metrics_on_axis(metrics: RunMetrics, own: Sequence[int]) -> RunMetrics:
    return replace(metrics, metrics=_on_axis(metrics.metrics, own), snapshots=_on_axis(metrics.snapshots, own), alerts=[])


def combined_metrics(
    runs: Sequence[Run], names: Sequence[str], axis: SharedAxis, metrics: Sequence[RunMetrics]
) -> dict[str, Any]:
    """The manifest's metric entries for every layer of every run on the shared axis (``docs/compare.md``).

    Layer series are NaN where a run's snapshot is held (not measured there); per-class values, centroid matrices and
    per-sample scores show the held snapshot's (as the positions do); probe series become per layer (each layer
    carries its run's accuracy and loss, ``per_layer: true``)."""
    parts = [metrics_manifest(_metrics_on_axis(m, axis.own[r])) for r, m in enumerate(metrics)]
    merged = dict(parts[0])
    merged["metrics"] = []
    for k, entry in enumerate(parts[0]["metrics"]):
        values = []
        for r, part in enumerate(parts):
            for row in part["metrics"][k]["values"]:
                values.append([float("nan") if h else v for v, h in zip(row, axis.held[r])])
        merged["metrics"].append({**entry, "values": values})
    merged["probe_metrics"] = [
        {**entry, "per_layer": True, "values": [
            [float("nan") if h else v for v, h in zip(part["probe_metrics"][k]["values"], axis.held[r])]
            for r, (part, run) in enumerate(zip(parts, runs)) for _ in run.layers
        ]}
        for k, entry in enumerate(parts[0]["probe_metrics"])
    ]
    merged["per_class"] = {key: [row for part in parts for row in part["per_class"][key]] for key in parts[0]["per_class"]}
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
        merged["nonfinite"] = [row for part, run in zip(parts, runs)
                               for row in part.get("nonfinite", [zeros] * len(run.layers))]
    return merged


def combined_alerts(
    runs: Sequence[Run], names: Sequence[str], axis: SharedAxis, metrics: Sequence[RunMetrics]
) -> list[dict[str, Any]]:
    """Every run's alerts, on the site's layers and shared snapshots, their messages naming the run."""
    offset, out = 0, []
    for r, (run, m) in enumerate(zip(runs, metrics)):
        for alert in m.alerts:
            entry = alert.to_dict()
            shared = next(k for k in range(len(axis.positions)) if axis.own[r][k] == entry["snapshot"] and not axis.held[r][k])
            entry.update(layer=f"{names[r]} · {entry['layer']}", layer_index=offset + entry["layer_index"],
                         snapshot=shared, epoch_float=axis.positions[shared], message=f"{names[r]}: {entry['message']}",
                         run=r)
            out.append(entry)
        offset += len(run.layers)
    return sorted(out, key=lambda a: (a["snapshot"], a["layer_index"]))


# --------------------------------------------------------------------------------------------------- the site
def build_compare_files(
    runs: Sequence[Run],
    *,
    names: Sequence[str] | None = None,
    intersection: bool = False,
    match_by: str | None = None,
    methods: Sequence[str] = ("joint", "pca"),
    params: Mapping[str, Mapping[str, Any]] | None = None,
    variants: Any = None,
    layer_map: Sequence[Sequence[str | int]] | None = None,
    cross_weight: float = 1.0,
    title: str | None = None,
    seed: int = 0,
    cache: bool = True,
    flow: bool | Mapping[str, Any] = True,
    progress: bool = True,
    position_bits: int = POSITION_BITS,
) -> dict[str, str]:
    """The files of one site comparing ``runs`` (see :func:`export_compare` for the arguments)."""
    if position_bits not in ALLOWED_POSITION_BITS:
        raise ValueError(f"position_bits={position_bits!r} is not allowed; choose one of {ALLOWED_POSITION_BITS}.")
    runs = [run if isinstance(run, Run) else load_run(run) for run in runs]
    if len(runs) < 2:
        raise ValueError(f"comparing needs at least 2 runs; got {len(runs)}. Export a single run with export_site.")
    names = run_names(runs, names)
    for run, name in zip(runs, names):
        if not run.snapshots:
            raise ValueError(f"run {name!r} ({run.path}) holds no snapshot yet; nothing to compare.")
    specs = expand_methods(methods, params, variants)
    flow_params = _check_flow_params(flow)
    match = match_probes(runs, names, intersection=intersection, match_by=match_by)
    runs = match.runs
    axis = shared_axis(runs)
    groups = layer_groups(runs, layer_map)
    title = title or "Latentris · " + " vs ".join(names)
    files: dict[str, str] = {}
    method_meta, quality, projected = [], {}, {}
    with tqdm(total=len(specs), desc="latentris: projecting runs", unit="method", disable=not progress,
              file=sys.stderr, leave=False) as bar:
        for spec in specs:
            bar.set_postfix_str(spec.name, refresh=False)
            result = project_runs(runs, spec, axis, groups, seed=seed, cache=cache, cross_weight=cross_weight)
            bar.update(1)
            layers_emb, layers_quality = [], []
            g = 0
            for r, run in enumerate(runs):
                for li in range(len(run.layers)):
                    embeddings = _on_axis(result.embeddings[r][li], axis.own[r])
                    valid = _on_axis(result.valid[r][li], axis.own[r]) if result.valid[r][li] else None
                    files.update(position_files(spec.name, g, embeddings, valid, bits=position_bits, stem=spec.slug,
                                                per_block=snapshots_per_block(runs[0].n_samples, 3, position_bits)))
                    layers_emb.append(embeddings)
                    layers_quality.append(_on_axis(result.quality[r][li], axis.own[r]))
                    g += 1
            plain = {k: v for k, v in result.params.items() if isinstance(v, (int, float, str, bool))}
            entry = {"name": spec.name, "dims": int(layers_emb[0][0].shape[1]), "params": plain, "seed": seed,
                     "axis": "epochs", "seconds": result.seconds, "slug": spec.slug,
                     "alignment": "graph" if result.graph is not None else "per run", **variant_entry(spec)}
            if result.graph is not None:
                entry["graph"] = result.graph
            method_meta.append(entry)
            quality[spec.name] = layers_quality
            projected[spec.name] = layers_emb
    metrics = [compute_run_metrics(run) for run in runs]
    manifest = compare_manifest(runs, names, match, axis, title=title, methods=method_meta,
                                metrics=combined_metrics(runs, names, axis, metrics), position_bits=position_bits)
    manifest["quality"] = quality
    if flow_params is not None:
        flow_files, manifest["flow"] = build_flow_files(projected, axis="epochs", params=flow_params, seed=seed,
                                                        progress=progress, slugs={s.name: s.slug for s in specs})
        files.update(flow_files)
    g = 0
    for r, (run, m) in enumerate(zip(runs, metrics)):
        on_axis = _metrics_on_axis(m, axis.own[r])
        for li in range(len(run.layers)):
            path = scores_path(g)
            chunk = build_scores_chunk(on_axis, li)
            chunk["layer"] = g
            files[path] = data_script(path, chunk)
            g += 1
    files["data/manifest.js"] = data_script("manifest", manifest)
    files[SAMPLES_PATH] = data_script(SAMPLES_PATH, samples_chunk(runs, axis))
    files["index.html"] = render_index(title, manifest["generator"])
    files[".nojekyll"] = ""
    return files


def samples_chunk(runs: Sequence[Run], axis: SharedAxis) -> dict[str, Any]:
    """The per-sample chunk of the first run (names, indices, thumbnails, its losses) plus ``run_losses``: every run's
    float32[S × N] losses on the shared axis."""
    chunk = build_samples_chunk(runs[0])
    losses = [np.stack([run.losses(snapshot=s) for s in axis.own[r]]).astype("<f4") for r, run in enumerate(runs)]
    chunk["losses"] = losses[0].tobytes()
    chunk["run_losses"] = [x.tobytes() for x in losses]
    return chunk


def compare_manifest(
    runs: Sequence[Run],
    names: Sequence[str],
    match: ProbeMatch,
    axis: SharedAxis,
    *,
    title: str,
    methods: Sequence[Mapping[str, Any]],
    metrics: Mapping[str, Any],
    position_bits: int = POSITION_BITS,
) -> dict[str, Any]:
    """The manifest of a multi-run site (``docs/site-bundle.md`` + ``docs/compare.md``)."""
    from latentris_lightning import __version__


    labels = runs[0].labels
    counts = np.bincount(labels, minlength=len(runs[0].class_names))
    layers, run_entries, offset = [], [], 0
    for r, (run, name) in enumerate(zip(runs, names)):
        held = [int(h) for h in axis.held[r]]
        for li, layer in enumerate(run.manifest["layers"]):
            layers.append({"name": f"{name} · {layer['name']}", "dim": int(layer.get("dim", 0)), "run": r,
                           "layer": layer["name"], "held": held})
        predictions = np.stack([run.predictions(snapshot=s) for s in axis.own[r]]).astype("<i2")
        config = run.manifest.get("config", {})
        run_entries.append({
            "name": name,
            "model": str(config.get("model", "")),
            "generator": str(run.manifest.get("generator", "")),
            "n_layers": len(run.layers),
            "layers": list(range(offset, offset + len(run.layers))),
            "n_samples": int(getattr(run, "base", run).n_samples),
            "dropped_samples": int(match.dropped[r]),
            "snapshots": list(axis.own[r]),
            "held": held,
            "epochs": [s.epoch for s in run.snapshots if s.kind == "epoch"],
            "predictions": predictions.tobytes(),
        })
        offset += len(run.layers)
    return {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "title": title,
        "generator": f"latentris-lightning {__version__}",
        "n_samples": runs[0].n_samples,
        "labels": labels.astype("<u2").tobytes(),
        "predictions": run_entries[0]["predictions"],
        "classes": [{"name": n, "count": int(counts[i])} for i, n in enumerate(runs[0].class_names)],
        "layers": layers,
        "snapshots": axis.snapshots,
        "runs": run_entries,
        "probe_match": match.key,
        "methods": [dict(m) for m in methods],
        **positions_manifest(methods, len(layers), len(axis.snapshots), runs[0].n_samples, position_bits),
        "samples": SAMPLES_PATH,
        **metrics,
    }


def export_compare(
    runs: Iterable[Run | str | os.PathLike],
    out_dir: str | os.PathLike,
    *,
    names: Sequence[str] | None = None,
    intersection: bool = False,
    match_by: str | None = None,
    methods: Iterable[str] = ("joint", "pca"),
    params: Mapping[str, Mapping[str, Any]] | None = None,
    variants: Any = None,
    layer_map: Sequence[Sequence[str | int]] | None = None,
    cross_weight: float = 1.0,
    title: str | None = None,
    seed: int = 0,
    cache: bool = True,
    flow: bool | Mapping[str, Any] = True,
    progress: bool = True,
    position_bits: int = POSITION_BITS,
) -> Path:
    """Export several runs trained on the same probe samples as one site; returns the path of its ``index.html``.

    Args:
        runs: run stores (or their paths, or the callbacks' ``output_dir``), in the order shown.
        names: a display name per run (default: the runs' folder names).
        intersection: keep the probe samples all runs share instead of refusing runs whose probes differ.
        match_by: what identifies a sample (:data:`MATCH_BY`; default: the strongest key every run records).
        methods, params, variants: as :func:`~latentris_lightning.export.export_site`.
        layer_map: which layers are embedded together (:func:`layer_groups`; default: the k-th of every run).
        cross_weight: strength of the ties between runs at the same epoch, relative to the ties along epochs
            (``0``: runs embedded side by side from one start, untied).
        title, seed, cache, flow, progress, position_bits: as :func:`~latentris_lightning.export.export_site`.

    Example::

        from latentris_lightning import export_compare
        export_compare(["runs/mlp", "runs/cnn"], "site", names=["MLP", "CNN"])
    """
    files = build_compare_files(
        list(runs), names=names, intersection=intersection, match_by=match_by, methods=list(methods), params=params, variants=variants,
        layer_map=layer_map, cross_weight=cross_weight, title=title, seed=seed, cache=cache, flow=flow,
        progress=progress, position_bits=position_bits,
    )
    from latentris_lightning.notebook import SiteIndex

    return SiteIndex(write_site(files, out_dir) / "index.html")
