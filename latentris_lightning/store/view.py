"""A read-only view of part of a run: some layers, some snapshots, some samples (``latentris export --layers
--epochs --sample-size``).

:func:`select_run` returns a :class:`~latentris_lightning.store.reader.Run` whose layers, snapshots and samples are a
subset of another run's, read lazily from the same files: nothing is copied, and projections of the view are cached in
the original run (the cache is keyed by the arrays themselves, so views and the full run never mix results).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import numpy as np

from latentris_lightning.sampling import stratified_indices
from latentris_lightning.store.reader import Run, SnapshotInfo


class RunView(Run):
    """``base`` restricted to ``layers`` (names, in the base's order), ``snapshots`` (base indices, in training order)
    and ``samples`` (sorted base sample indices). Every reader of :class:`Run` works on it unchanged."""

    def __init__(self, base: Run, layers: Sequence[str], snapshots: Sequence[int], samples: np.ndarray) -> None:
        self.base = base
        self.path = base.path
        self._rows = np.asarray(samples, dtype=np.int64)
        self._base_snapshots = [int(i) for i in snapshots]
        self._layer_columns = [base.layers.index(name) for name in layers]
        manifest = copy.deepcopy(base.manifest)
        manifest["layers"] = [manifest["layers"][i] for i in self._layer_columns]
        manifest["snapshots"] = [manifest["snapshots"][i] for i in self._base_snapshots]
        manifest["n_samples"] = int(self._rows.size)
        manifest["view"] = {"layers": list(layers), "snapshots": self._base_snapshots, "samples": int(self._rows.size),
                            "of_samples": base.n_samples}
        self.manifest = manifest
        self.class_names = list(base.class_names)
        self.layers = [base.layers[i] for i in self._layer_columns]
        self.snapshots = [
            SnapshotInfo(i, s.epoch, s.step, s.dir, s.kind, s.train_loss)
            for i, s in enumerate(base.snapshots[j] for j in self._base_snapshots)
        ]
        self.labels = base.labels[self._rows]

    def __repr__(self) -> str:
        return (f"RunView({str(self.path)!r}, samples={self.n_samples} of {self.base.n_samples}, layers={self.layers}, "
                f"epochs={self.epochs})")

    def _load(
        self, relative: str, *, kinds: str, shape: tuple[int, ...] | None = None, mapped: bool = False
    ) -> np.ndarray:
        # every array of a run store is per sample along its first axis: read the base's, keep the view's rows (from
        # a memory map, so only those rows are read; the result is a copy in memory of the stored dtype)
        full = Run._load(self.base, relative, kinds=kinds, mapped=mapped)
        array = full[self._rows] if full.ndim and full.shape[0] == self.base.n_samples else full
        if shape is not None and array.shape != shape:
            return Run._load(self.base, relative, kinds=kinds, shape=shape)  # raises the base's clear error
        return array

    @property
    def sample_names(self) -> list[str] | None:
        names = self.base.sample_names
        return None if names is None else [names[i] for i in self._rows]

    @property
    def alerts(self) -> list[dict[str, Any]] | None:
        return None  # the base's alerts index the base's layers and snapshots; an export recomputes them

    def nonfinite(self, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        info = self._snapshot(snapshot, epoch)
        full = self.base.nonfinite(snapshot=self._base_snapshots[info.index])
        return full[self._rows][:, self._layer_columns]


def _parse_layer(entry: str, run: Run) -> str:
    if entry in run.layers:
        return entry
    if entry.lstrip("-").isdigit():
        index = int(entry)
        if -len(run.layers) <= index < len(run.layers):
            return run.layers[index]
        raise ValueError(f"layer index {index} is out of range; this run holds {len(run.layers)} layers: {run.layers}")
    raise ValueError(
        f"layer {entry!r} is not in this run; it holds {run.layers} (names or indices 0-{len(run.layers) - 1})"
    )


def select_run(
    run: Run,
    *,
    layers: Sequence[str | int] | None = None,
    epochs: Sequence[int] | None = None,
    sample_size: int | None = None,
    seed: int = 0,
) -> Run:
    """The part of ``run`` to export.

    Args:
        layers: layer names or indices (``None``: all), kept in the run's order.
        epochs: epochs of the snapshots to keep (``None``: all); a step snapshot taken during a kept epoch ``e``'s
            training (``epoch == e - 1``) is kept with it, so the view stays in training order.
        sample_size: keep this many probe samples, class-stratified and seeded (``None`` or ≥ N: all).
        seed: seed of the sample choice.

    Raises:
        ValueError: for an unknown layer or epoch, or a sample size below 1, naming what the run holds.
    """
    names = list(run.layers) if layers is None else [_parse_layer(str(entry), run) for entry in layers]
    if not names:
        raise ValueError("no layer chosen")
    names = [name for name in run.layers if name in set(names)]
    if epochs is None:
        kept = [s.index for s in run.snapshots]
    else:
        wanted = {int(e) for e in epochs}
        missing = sorted(wanted - {s.epoch for s in run.snapshots if s.kind == "epoch"})
        if missing:
            raise ValueError(f"epochs {missing} are not in this run; it holds snapshots of epochs {run.epochs}")
        kept = [s.index for s in run.snapshots
                if (s.kind == "epoch" and s.epoch in wanted) or (s.kind == "step" and s.epoch + 1 in wanted)]
    if sample_size is not None and sample_size < 1:
        raise ValueError(f"sample size must be at least 1, got {sample_size}")
    if sample_size is None or sample_size >= run.n_samples:
        rows = np.arange(run.n_samples, dtype=np.int64)
    else:
        rows = stratified_indices(run.labels, int(sample_size), seed=seed)
    if names == run.layers and len(kept) == len(run.snapshots) and rows.size == run.n_samples:
        return run
    return RunView(run, names, kept, rows)
