"""Writes a run store snapshot by snapshot (``docs/run-store.md``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from latentris_lightning.errors import RunStoreError
from latentris_lightning.store.atomic import atomic_write, open_memmap, raise_if_full, save_npy
from latentris_lightning.store.schema import (
    ALERTS,
    DTYPES,
    FORMAT,
    HASHES,
    MANIFEST,
    NONFINITE,
    SNAPSHOT_KINDS,
    VERSION,
    has_run,
    read_manifest,
    snapshot_dirname,
)


class RunWriter:
    """Writes a run store snapshot by snapshot.

    Args:
        path: directory of the run; created if missing.
        labels: class index of each probe sample.
        class_names: display name of each class index.
        layers: one mapping per captured layer with at least ``name`` (plus anything worth recording, e.g. the module
            type, why it was chosen and how its output is reduced).
        config: the capture settings, recorded verbatim for reproducibility.
        dtype: ``"float16"`` (default, half the disk) or ``"float32"``.
        overwrite: replace an existing run at ``path``; otherwise an existing run is an error.
        metadata: optional per-sample ``indices`` (position in the source dataset), ``names`` (strings) and
            ``thumbnails`` (uint8 ``(N, h, w, c)``).
    """

    def __init__(
        self,
        path: str | os.PathLike,
        *,
        labels: np.ndarray,
        class_names: Sequence[str],
        layers: Sequence[Mapping[str, Any]],
        config: Mapping[str, Any] | None = None,
        dtype: str = "float16",
        overwrite: bool = False,
        metadata: Mapping[str, Any] | None = None,
        hashes: np.ndarray | None = None,
    ) -> None:
        from latentris_lightning._version import __version__

        if dtype not in DTYPES:
            raise ValueError(f"dtype={dtype!r} is not supported; choose one of {DTYPES}.")
        self.path = Path(path)
        if has_run(self.path):
            if not overwrite:
                held = len(read_manifest(self.path).get("snapshots", []))
                raise RunStoreError(
                    f"{self.path} already holds a run with {held} snapshots. Choose another output directory"
                    + (" (overwrite=True would delete them)." if held else " or pass overwrite=True.")
                )
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True, exist_ok=True)
        labels = np.asarray(labels, dtype=np.int64)
        (self.path / "samples").mkdir(exist_ok=True)
        save_npy(self.path / "samples" / "labels.npy", labels)
        samples = _write_metadata(self.path / "samples", metadata or {}, labels.shape[0])
        hashed = _write_hashes(self.path, hashes, labels.shape[0])
        self.manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "generator": f"latentris-lightning {__version__}",
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "n_samples": int(labels.shape[0]),
            "class_names": list(class_names),
            "dtype": dtype,
            "samples": samples,
            **hashed,
            "layers": [{**dict(layer), "file": f"layer-{i:03d}.npy"} for i, layer in enumerate(layers)],
            "config": dict(config or {}),
            "snapshots": [],
        }
        self._write_manifest()

    @classmethod
    def reopen(cls, path: str | os.PathLike) -> RunWriter:
        """Continue writing an existing run (used when training resumes from a checkpoint)."""
        self = cls.__new__(cls)
        self.path = Path(path)
        self.manifest = read_manifest(self.path)
        return self

    @property
    def dtype(self) -> str:
        return self.manifest["dtype"]

    @property
    def n_samples(self) -> int:
        return int(self.manifest["n_samples"])

    def _write_manifest(self) -> None:
        data = json.dumps(self.manifest, indent=2, sort_keys=False).encode()
        atomic_write(self.path / MANIFEST, data)

    @property
    def keys(self) -> list[tuple[int, int]]:
        """``(epoch, step)`` of every committed snapshot."""
        return [(s["epoch"], s["step"]) for s in self.manifest["snapshots"]]

    @property
    def epochs(self) -> list[int]:
        return [s["epoch"] for s in self.manifest["snapshots"] if s.get("kind", "epoch") == "epoch"]

    def write_alerts(self, alerts: Sequence[Mapping[str, Any]]) -> None:
        """Record the alerts raised so far (``alerts.json``, replaced atomically).

        See :mod:`latentris_lightning.analysis.alerts`.
        """
        atomic_write(self.path / ALERTS, json.dumps(list(alerts), indent=1).encode())

    def keep_only(self, keys: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Drop committed snapshots not in ``keys`` (taken after the checkpoint a resumed run restarts from).

        Returns the dropped ``(epoch, step)`` pairs.
        """
        wanted = {tuple(k) for k in keys}
        dropped = [s for s in self.manifest["snapshots"] if (s["epoch"], s["step"]) not in wanted]
        if not dropped:
            return []
        self.manifest["snapshots"] = [s for s in self.manifest["snapshots"] if (s["epoch"], s["step"]) in wanted]
        self._write_manifest()  # first forget them, then delete: a crash in between leaves only unlisted folders
        for record in dropped:
            shutil.rmtree(self.path / record["dir"], ignore_errors=True)
        return [(s["epoch"], s["step"]) for s in dropped]

    def begin_snapshot(self, epoch: int, step: int, kind: str = "epoch") -> SnapshotWriter:
        """Start streaming one snapshot; call :meth:`SnapshotWriter.commit` when every row is written."""
        if kind not in SNAPSHOT_KINDS:
            raise ValueError(f"snapshot kind {kind!r} is not one of {SNAPSHOT_KINDS}")
        if (epoch, step) in self.keys:
            raise ValueError(f"the run already holds a snapshot at epoch {epoch}, step {step}")
        return SnapshotWriter(self, int(epoch), int(step), kind)

    def write_snapshot(
        self,
        epoch: int,
        step: int,
        activations: Mapping[str, np.ndarray],
        predictions: np.ndarray,
        output_shapes: Mapping[str, Sequence[int]] | None = None,
        losses: np.ndarray | None = None,
        kind: str = "epoch",
    ) -> None:
        """Write a whole snapshot held in memory (every layer's activations and the predictions)."""
        missing = [layer["name"] for layer in self.manifest["layers"] if layer["name"] not in activations]
        if missing:
            raise ValueError(f"snapshot of epoch {epoch} lacks layers {missing}")
        snap = self.begin_snapshot(epoch, step, kind)
        try:
            for name, matrix in activations.items():
                snap.write_rows(name, 0, np.asarray(matrix))
            snap.write_outputs(0, np.asarray(predictions), None if losses is None else np.asarray(losses))
            shapes = output_shapes or {}
            snap.commit({name: {"output_shape": list(shape)} for name, shape in shapes.items()})
        except BaseException:
            snap.abort()
            raise

    def _record(self, snap: SnapshotWriter, final: Path, layer_meta: Mapping[str, Mapping[str, Any]],
                train_loss: Mapping[str, Any] | None = None) -> None:
        for layer in self.manifest["layers"]:
            for key, value in {"dim": snap.dims[layer["name"]], **layer_meta.get(layer["name"], {})}.items():
                layer.setdefault(key, value)
        record = {
            "epoch": snap.epoch,
            "step": snap.step,
            "kind": snap.kind,
            "dir": f"snapshots/{final.name}",
            "time": time.time(),
        }
        if snap.nonfinite is not None:  # diverged training: which layers, how many samples (file: nonfinite.npy)
            record["nonfinite"] = {
                name: int(snap.nonfinite[:, i].sum())
                for i, name in enumerate(snap._files)
                if snap.nonfinite[:, i].any()
            }
        if train_loss is not None:
            record["train_loss"] = dict(train_loss)
        self.manifest["snapshots"].append(record)
        self.manifest["snapshots"].sort(key=lambda s: (s["step"], s["epoch"]))
        self._write_manifest()


class SnapshotWriter:
    """Streams one snapshot into a hidden staging folder; :meth:`commit` moves it into place and lists it.

    Rows arrive batch by batch (``write_rows(layer, start, rows)``) and go straight into memory-mapped ``.npy``
    files, so memory holds one batch, not the probe.
    """

    def __init__(self, run: RunWriter, epoch: int, step: int, kind: str) -> None:
        self.run, self.epoch, self.step, self.kind = run, epoch, step, kind
        self.final = run.path / "snapshots" / snapshot_dirname(epoch, step, kind)
        try:
            self.staging = Path(tempfile.mkdtemp(dir=run.path, prefix=f".{self.final.name}."))
        except OSError as err:
            raise_if_full(err, run.path / f".{self.final.name}.*")
            raise
        self._files = {layer["name"]: layer["file"] for layer in run.manifest["layers"]}
        self._columns = {name: i for i, name in enumerate(self._files)}
        #: ``(N, L)`` bool, True where a sample's stored activations of a layer hold NaN or Inf (None: all finite)
        self.nonfinite: np.ndarray | None = None
        self._maps: dict[str, np.memmap] = {}
        self._rows: dict[str, int] = {name: 0 for name in self._files}
        self.dims: dict[str, int] = {}
        n = run.n_samples
        self.predictions = np.full(n, -1, dtype=np.int64)
        self.losses = np.full(n, np.nan, dtype=np.float32)

    def write_rows(self, layer: str, start: int, rows: np.ndarray) -> None:
        if layer not in self._files:
            raise KeyError(f"layer {layer!r} is not part of this run; it records {list(self._files)}")
        rows = np.asarray(rows)
        if rows.ndim != 2:
            raise ValueError(f"layer {layer!r}: rows must be (B, D), got shape {rows.shape}")
        target = self._maps.get(layer)
        if target is None:
            target = open_memmap(self.staging / self._files[layer], self.run.dtype, (self.run.n_samples, rows.shape[1]))
            self._maps[layer] = target
            self.dims[layer] = int(rows.shape[1])
        if rows.shape[1] != target.shape[1] or start < 0 or start + rows.shape[0] > target.shape[0]:
            raise ValueError(
                f"layer {layer!r}: rows {start}..{start + rows.shape[0]} of width {rows.shape[1]} do not fit "
                f"({target.shape[0]}, {target.shape[1]})"
            )
        with np.errstate(over="ignore"):  # float16 overflow becomes Inf and is marked below
            target[start : start + rows.shape[0]] = rows
        finite = np.isfinite(target[start : start + rows.shape[0]]).all(axis=1)  # as stored: float16 overflow is Inf
        if not finite.all():
            if self.nonfinite is None:
                self.nonfinite = np.zeros((self.run.n_samples, len(self._files)), dtype=bool)
            self.nonfinite[start : start + rows.shape[0], self._columns[layer]] |= ~finite
        self._rows[layer] += rows.shape[0]

    def write_outputs(self, start: int, predictions: np.ndarray, losses: np.ndarray | None = None) -> None:
        stop = start + len(predictions)
        self.predictions[start:stop] = predictions
        if losses is not None:
            self.losses[start:stop] = losses

    def commit(self, layer_meta: Mapping[str, Mapping[str, Any]] | None = None,
               train_loss: Mapping[str, Any] | None = None) -> None:
        """Flush every file, move the snapshot into ``snapshots/`` and add it to the manifest.

        ``train_loss``: the training loss of the snapshot's epoch so far (``docs/run-store.md#training-loss``)."""
        try:
            incomplete = {name: rows for name, rows in self._rows.items() if rows != self.run.n_samples}
            if incomplete:
                raise ValueError(f"snapshot incomplete: rows written per layer {incomplete} of {self.run.n_samples}")
            for target in self._maps.values():
                target.flush()
            self._maps.clear()
            save_npy(self.staging / "predictions.npy", self.predictions)
            save_npy(self.staging / "losses.npy", self.losses)
            if self.nonfinite is not None:
                save_npy(self.staging / NONFINITE, self.nonfinite)
            self.final.parent.mkdir(exist_ok=True)
            if self.final.exists():  # left by a killed process before it reached the manifest
                shutil.rmtree(self.final)
            os.replace(self.staging, self.final)
        except BaseException:
            self.abort()
            raise
        self.run._record(self, self.final, layer_meta or {}, train_loss)

    def abort(self) -> None:
        self._maps.clear()
        shutil.rmtree(self.staging, ignore_errors=True)


def _write_hashes(path: Path, hashes: np.ndarray | None, n: int) -> dict[str, str]:
    """Store the probe's per-sample content hashes (uint64 ``(N,)``); returns the manifest's ``sample_hashes`` entry.

    A top-level key, not a ``samples`` entry, so that readers which check ``samples`` strictly still read the run."""
    if hashes is None:
        return {}
    hashes = np.asarray(hashes)
    if hashes.shape != (n,) or hashes.dtype != np.uint64:
        raise ValueError(f"sample hashes must be uint64 ({n},); got {hashes.dtype} {hashes.shape}")
    save_npy(path / HASHES, hashes)
    return {"sample_hashes": HASHES}


def _write_metadata(folder: Path, metadata: Mapping[str, Any], n: int) -> dict[str, str]:
    """Store optional per-sample metadata; returns the manifest's ``samples`` map (kind → file)."""
    files = {"labels": "samples/labels.npy"}
    unknown = set(metadata) - {"indices", "names", "thumbnails"}
    if unknown:
        raise ValueError(f"unknown sample metadata {sorted(unknown)}; allowed: indices, names, thumbnails")
    for key, value in metadata.items():
        if value is None:
            continue
        if key == "names":
            names = [str(v) for v in value]
            if len(names) != n:
                raise ValueError(f"{len(names)} sample names for {n} samples")
            atomic_write(folder / "names.json", json.dumps(names).encode())
            files["names"] = "samples/names.json"
            continue
        array = np.asarray(value)
        if array.shape[0] != n:
            raise ValueError(f"sample {key} has {array.shape[0]} rows for {n} samples")
        dtype = np.int64 if key == "indices" else np.uint8
        save_npy(folder / f"{key}.npy", array.astype(dtype))
        files[key] = f"samples/{key}.npy"
    return files
