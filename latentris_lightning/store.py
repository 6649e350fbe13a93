"""The run store: the on-disk contract between training time and everything after it.

Layout (format ``latentris-run``, version 1; documented in ``docs/run-store.md``)::

    run/
      manifest.json                    what the run holds; rewritten atomically after each snapshot
      alerts.json                      optional: alerts the callback raised during training (list of objects)
      samples/labels.npy               int64 (N,)   class index of each probe sample
      samples/indices.npy, names.json, thumbnails.npy   optional per-sample metadata
      snapshots/e0005/layer-000.npy    float16 (N, D) activations of layer 0 after 5 completed epochs
      snapshots/e0005/predictions.npy  int64 (N,)   model's predicted class, -1 when unknown
      snapshots/e0005/losses.npy       float32 (N,) per-sample loss, NaN when unknown
      snapshots/e0000-s0000050/…       a step snapshot: global step 50, during epoch 0

Activations stream to disk batch by batch (memory-mapped), so RAM holds one probe batch at a time. A snapshot appears
in the manifest only after all its files are on disk, so a run killed mid-training stays readable with every
completed snapshot. Layer files are named by index, never by the (user-controlled) layer name.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from latentris_lightning.errors import RunStoreError

FORMAT = "latentris-run"
VERSION = 1
MANIFEST = "manifest.json"
ALERTS = "alerts.json"
DTYPES = ("float16", "float32")


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _save_npy(path: Path, array: np.ndarray) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            np.save(handle, array, allow_pickle=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


SNAPSHOT_KINDS = ("epoch", "step")


def snapshot_dirname(epoch: int, step: int, kind: str = "epoch") -> str:
    """``e0005`` for the snapshot after 5 epochs; ``e0000-s0000050`` for one taken at global step 50 in epoch 0."""
    return f"e{epoch:04d}" if kind == "epoch" else f"e{epoch:04d}-s{step:07d}"


def has_run(path: str | os.PathLike) -> bool:
    """Whether ``path`` holds a run store (a manifest file)."""
    return (Path(path) / MANIFEST).is_file()


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
    ) -> None:
        from latentris_lightning import __version__

        if dtype not in DTYPES:
            raise ValueError(f"dtype={dtype!r} is not supported; choose one of {DTYPES}.")
        self.path = Path(path)
        if has_run(self.path):
            if not overwrite:
                raise RunStoreError(
                    f"{self.path} already holds a run. Choose another output directory or pass overwrite=True."
                )
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True, exist_ok=True)
        labels = np.asarray(labels, dtype=np.int64)
        (self.path / "samples").mkdir(exist_ok=True)
        _save_npy(self.path / "samples" / "labels.npy", labels)
        samples = _write_metadata(self.path / "samples", metadata or {}, labels.shape[0])
        self.manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "generator": f"latentris-lightning {__version__}",
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "n_samples": int(labels.shape[0]),
            "class_names": list(class_names),
            "dtype": dtype,
            "samples": samples,
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
        self.manifest = _read_manifest(self.path)
        return self

    @property
    def dtype(self) -> str:
        return self.manifest["dtype"]

    @property
    def n_samples(self) -> int:
        return int(self.manifest["n_samples"])

    def _write_manifest(self) -> None:
        data = json.dumps(self.manifest, indent=2, sort_keys=False).encode()
        _atomic_write_bytes(self.path / MANIFEST, data)

    @property
    def keys(self) -> list[tuple[int, int]]:
        """``(epoch, step)`` of every committed snapshot."""
        return [(s["epoch"], s["step"]) for s in self.manifest["snapshots"]]

    @property
    def epochs(self) -> list[int]:
        return [s["epoch"] for s in self.manifest["snapshots"] if s.get("kind", "epoch") == "epoch"]

    def write_alerts(self, alerts: Sequence[Mapping[str, Any]]) -> None:
        """Record the alerts raised so far (``alerts.json``, replaced atomically; see :mod:`latentris_lightning.alerts`)."""
        _atomic_write_bytes(self.path / ALERTS, json.dumps(list(alerts), indent=1).encode())

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

    def _record(self, snap: SnapshotWriter, final: Path, layer_meta: Mapping[str, Mapping[str, Any]]) -> None:
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
        self.staging = Path(tempfile.mkdtemp(dir=run.path, prefix=f".{self.final.name}."))
        self._files = {layer["name"]: layer["file"] for layer in run.manifest["layers"]}
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
            target = np.lib.format.open_memmap(
                self.staging / self._files[layer], mode="w+", dtype=self.run.dtype, shape=(self.run.n_samples, rows.shape[1])
            )
            self._maps[layer] = target
            self.dims[layer] = int(rows.shape[1])
        if rows.shape[1] != target.shape[1] or start < 0 or start + rows.shape[0] > target.shape[0]:
            raise ValueError(
                f"layer {layer!r}: rows {start}..{start + rows.shape[0]} of width {rows.shape[1]} do not fit "
                f"({target.shape[0]}, {target.shape[1]})"
            )
        target[start : start + rows.shape[0]] = rows
        self._rows[layer] += rows.shape[0]

    def write_outputs(self, start: int, predictions: np.ndarray, losses: np.ndarray | None = None) -> None:
        stop = start + len(predictions)
        self.predictions[start:stop] = predictions
        if losses is not None:
            self.losses[start:stop] = losses

    def commit(self, layer_meta: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        """Flush every file, move the snapshot into ``snapshots/`` and add it to the manifest."""
        try:
            incomplete = {name: rows for name, rows in self._rows.items() if rows != self.run.n_samples}
            if incomplete:
                raise ValueError(f"snapshot incomplete: rows written per layer {incomplete} of {self.run.n_samples}")
            for target in self._maps.values():
                target.flush()
            self._maps.clear()
            _save_npy(self.staging / "predictions.npy", self.predictions)
            _save_npy(self.staging / "losses.npy", self.losses)
            self.final.parent.mkdir(exist_ok=True)
            if self.final.exists():  # left by a killed process before it reached the manifest
                shutil.rmtree(self.final)
            os.replace(self.staging, self.final)
        except BaseException:
            self.abort()
            raise
        self.run._record(self, self.final, layer_meta or {})

    def abort(self) -> None:
        self._maps.clear()
        shutil.rmtree(self.staging, ignore_errors=True)


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
            _atomic_write_bytes(folder / "names.json", json.dumps(names).encode())
            files["names"] = "samples/names.json"
            continue
        array = np.asarray(value)
        if array.shape[0] != n:
            raise ValueError(f"sample {key} has {array.shape[0]} rows for {n} samples")
        dtype = np.int64 if key == "indices" else np.uint8
        _save_npy(folder / f"{key}.npy", array.astype(dtype))
        files[key] = f"samples/{key}.npy"
    return files


@dataclass(frozen=True)
class SnapshotInfo:
    """A committed snapshot: after ``epoch`` completed epochs, at global ``step``; ``kind`` says which triggered it."""

    index: int
    epoch: int
    step: int
    dir: str
    kind: str = "epoch"

    @property
    def label(self) -> str:
        return f"epoch {self.epoch}" if self.kind == "epoch" else f"epoch {self.epoch} · step {self.step}"


class Run:
    """A run store opened for reading; see :func:`load_run`.

    Attributes:
        path: the run directory.
        manifest: the parsed ``manifest.json``.
        labels: int64 ``(N,)`` class index of each probe sample.
        class_names: display name per class index.
        layers: captured layer names, in model order.
        snapshots: the completed snapshots, in training order.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.manifest = _read_manifest(self.path)
        self.class_names: list[str] = list(self.manifest["class_names"])
        self.layers: list[str] = [layer["name"] for layer in self.manifest["layers"]]
        self.snapshots = [
            SnapshotInfo(i, int(s["epoch"]), int(s["step"]), s["dir"], s.get("kind", "epoch"))
            for i, s in enumerate(self.manifest["snapshots"])
        ]
        self.labels = self._load("samples/labels.npy").astype(np.int64)
        if self.labels.shape != (self.n_samples,):
            raise RunStoreError(
                f"{self.path / 'samples/labels.npy'} holds shape {self.labels.shape}; the manifest says "
                f"{self.n_samples} samples."
            )

    def __repr__(self) -> str:
        return f"Run({str(self.path)!r}, samples={self.n_samples}, layers={self.layers}, epochs={self.epochs})"

    @property
    def n_samples(self) -> int:
        return int(self.manifest["n_samples"])

    @property
    def epochs(self) -> list[int]:
        """Epochs of the end-of-epoch snapshots (step snapshots are in :attr:`snapshots`)."""
        return [s.epoch for s in self.snapshots if s.kind == "epoch"]

    @property
    def sample_names(self) -> list[str] | None:
        """Per-sample display names, if the probe carried them."""
        if "names" not in self.manifest.get("samples", {}):
            return None
        return json.loads((self.path / self.manifest["samples"]["names"]).read_text())

    def sample_metadata(self, key: str) -> np.ndarray | None:
        """``"indices"`` (position in the source dataset) or ``"thumbnails"`` (uint8 ``(N, h, w, c)``), if stored."""
        relative = self.manifest.get("samples", {}).get(key)
        return None if relative is None else self._load(relative)

    @property
    def alerts(self) -> list[dict[str, Any]] | None:
        """The alerts the callback raised during training (``alerts.json``), or ``None`` if it recorded none."""
        path = self.path / ALERTS
        return json.loads(path.read_text()) if path.is_file() else None

    def layer_info(self, layer: str) -> dict[str, Any]:
        return self.manifest["layers"][self._layer_index(layer)]

    def _layer_index(self, layer: str) -> int:
        try:
            return self.layers.index(layer)
        except ValueError:
            raise KeyError(f"layer {layer!r} is not in this run; it holds {self.layers}") from None

    def _snapshot(self, snapshot: int | None, epoch: int | None) -> SnapshotInfo:
        if (snapshot is None) == (epoch is None):
            raise TypeError("pass exactly one of snapshot= (index) or epoch=")
        if epoch is not None:
            for info in self.snapshots:
                if info.epoch == epoch and info.kind == "epoch":
                    return info
            raise KeyError(f"no snapshot of epoch {epoch}; this run holds epochs {self.epochs}")
        if not -len(self.snapshots) <= snapshot < len(self.snapshots):  # type: ignore[operator]
            raise IndexError(f"snapshot index {snapshot} out of range; this run holds {len(self.snapshots)} snapshots")
        return self.snapshots[snapshot]  # type: ignore[index]

    def activations(self, layer: str, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        """Activations ``(N, D)`` as float32 of ``layer`` at a snapshot (by index) or epoch."""
        info = self._snapshot(snapshot, epoch)
        array = self._load(f"{info.dir}/{self.layer_info(layer)['file']}")
        if array.ndim != 2 or array.shape[0] != self.n_samples:
            raise RunStoreError(f"{self.path / info.dir}: layer {layer!r} has shape {array.shape}, expected (N={self.n_samples}, D)")
        return array.astype(np.float32)

    def layer_series(self, layer: str) -> list[np.ndarray]:
        """Activations of ``layer`` at every snapshot, in training order."""
        return [self.activations(layer, snapshot=s.index) for s in self.snapshots]

    def predictions(self, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        """Predicted class ``(N,)`` at a snapshot; ``-1`` where the model's output gave none."""
        info = self._snapshot(snapshot, epoch)
        return self._load(f"{info.dir}/predictions.npy").astype(np.int64)

    def losses(self, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        """Per-sample loss ``(N,)`` at a snapshot; NaN where it could not be computed."""
        info = self._snapshot(snapshot, epoch)
        path = self.path / info.dir / "losses.npy"
        return self._load(f"{info.dir}/losses.npy").astype(np.float32) if path.exists() else np.full(self.n_samples, np.nan, np.float32)

    def correct(self, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        """Whether the model's prediction matched the label, per sample (False where the prediction is unknown)."""
        return self.predictions(snapshot=snapshot, epoch=epoch) == self.labels

    def _load(self, relative: str) -> np.ndarray:
        path = self.path / relative
        try:
            return np.load(path, allow_pickle=False)
        except FileNotFoundError:
            raise RunStoreError(f"{path} is missing; the run store is incomplete.") from None
        except (ValueError, OSError, EOFError) as err:
            raise RunStoreError(f"{path} is not a readable array file ({err}); the run store is corrupt.") from None


def _read_manifest(path: Path) -> dict[str, Any]:
    manifest_path = path / MANIFEST
    if not path.is_dir():
        raise RunStoreError(f"{path} is not a directory; pass the run directory (the one holding {MANIFEST}).")
    if not manifest_path.is_file():
        hint = " (did you mean its run/ sub-folder?)" if has_run(path / "run") else ""
        raise RunStoreError(f"{path} holds no {MANIFEST}; it is not a Latentris run directory{hint}.")
    try:
        manifest = json.loads(manifest_path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise RunStoreError(f"{manifest_path} is not valid JSON ({err}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise RunStoreError(f"{manifest_path} is not a Latentris run manifest (format is not {FORMAT!r}).")
    version = manifest.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise RunStoreError(
            f"{manifest_path} has format version {version!r}; this latentris-lightning reads version {VERSION} and "
            "older. Upgrade latentris-lightning to read it."
        )
    for key in ("n_samples", "class_names", "layers", "snapshots"):
        if key not in manifest:
            raise RunStoreError(f"{manifest_path} lacks the required key {key!r}.")
    return manifest


def load_run(path: str | os.PathLike) -> Run:
    """Open a run store for reading.

    ``path`` may be the run directory itself or the callback's ``output_dir`` (whose ``run/`` sub-folder is used).

    Raises:
        RunStoreError: if the directory is missing, is not a run, is corrupt, or was written by a newer version.
    """
    path = Path(path)
    if not has_run(path) and has_run(path / "run"):
        path = path / "run"
    return Run(path)
