"""Several runs on one footing: the same probe samples in one order (:func:`match_probes`), one
snapshot axis (:func:`shared_axis`), and which of their layers go together
(:func:`layer_groups`) (``docs/compare.md``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from latentris_lightning.store.reader import Run, epoch_positions
from latentris_lightning.store.view import RunView

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
    first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    where = ""
    if first < min(len(a), len(b)):
        where = (
            f"; first difference at sample #{first}: {kind} {a[first]!r} in {names[0]!r}, {b[first]!r} in {names[1]!r}"
        )
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
    for run, name in zip(runs[1:], names[1:], strict=True):
        if list(run.class_names) != list(runs[0].class_names):
            raise ValueError(f"runs {names[0]!r} and {name!r} name their classes differently: {runs[0].class_names} "
                             f"vs {run.class_names}; runs to compare need the same classes.")
    if match_by in SAMPLE_KEYS:
        lacking = [name for run, name in zip(runs, names, strict=True) if sample_keys(run, match_by) is None]
        if lacking:
            raise ValueError(f"match_by={match_by!r}: runs {lacking} record no sample {match_by}; "
                             f"choose from {MATCH_BY} what every run records.")
        kind = match_by
    elif match_by == "labels":
        kind = None
    else:
        kind = next((k for k in SAMPLE_KEYS if all(sample_keys(r, k) is not None for r in runs)), None)
    if kind is None:
        for run, name in zip(runs[1:], names[1:], strict=True):
            if run.n_samples != runs[0].n_samples or not np.array_equal(run.labels, runs[0].labels):
                raise ValueError(
                    f"runs {names[0]!r} ({runs[0].n_samples} samples) and {name!r} ({run.n_samples}) do not hold the "
                    "same probe: their sample counts or labels differ, and they are compared by labels only (no sample "
                    "ids, i.e. content hashes, dataset indices, names or thumbnails, that all record), so no "
                    "intersection can be taken either."
                )
        return ProbeMatch(list(runs), "labels", [0] * len(runs))
    keys = [sample_keys(r, kind) or [] for r in runs]
    for k, name in zip(keys, names, strict=True):
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
    views = [
        run if np.array_equal(r, np.arange(run.n_samples)) else RunView(run, run.layers, range(len(run.snapshots)), r)
        for run, r in zip(runs, rows, strict=True)
    ]
    return ProbeMatch(views, kind, [run.n_samples - len(order) for run in runs])


def _check_labels(runs: Sequence[Run], names: Sequence[str], rows: Sequence[np.ndarray]) -> None:
    reference = runs[0].labels[rows[0]]
    for run, name, r in zip(runs[1:], names[1:], rows[1:], strict=True):
        differ = np.flatnonzero(run.labels[r] != reference)
        if differ.size:
            i = int(differ[0])
            raise ValueError(
                f"runs {names[0]!r} and {name!r} label the same probe sample differently ({differ.size} "
                f"samples, e.g. shared sample #{i}: class {int(reference[i])} vs {int(run.labels[r][i])}); "
                "they were not trained on the same data."
            )


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

    def on_axis(self, values: Sequence[Any], run: int) -> list[Any]:
        """Run ``run``'s per-snapshot ``values`` (in its own snapshot order) at each shared snapshot."""
        return [values[i] for i in self.own[run]]


def shared_axis(runs: Sequence[Run]) -> SharedAxis:
    """The union of the runs' snapshot positions; a run lacking one shows its nearest earlier snapshot (its first,
    when it has none earlier), marked held. One run's axis is its own snapshots, positions exactly as recorded."""
    if len(runs) == 1:
        snapshots = runs[0].snapshots
        exact = epoch_positions(snapshots)
        entries = [
            {"epoch": s.epoch, "step": s.step, "kind": s.kind, "epoch_float": x}
            for s, x in zip(snapshots, exact, strict=True)
        ]
        return SharedAxis(exact, entries, [list(range(len(snapshots)))], [[False] * len(snapshots)])
    places = [[round(x, 6) for x in epoch_positions(run.snapshots)] for run in runs]
    positions = sorted(set().union(*places))
    entries = []
    own: list[list[int]] = [[] for _ in runs]
    held: list[list[bool]] = [[] for _ in runs]
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
def layer_groups(
    runs: Sequence[Run], mapping: Sequence[Sequence[str | int]] | None = None
) -> list[list[tuple[int, int]]]:
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
            raise ValueError(
                f"layer mapping entry {entry} names {len(entry)} layers for {len(runs)} runs; give one per run."
            )
        group = []
        for r, (run, layer) in enumerate(zip(runs, entry, strict=True)):
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
