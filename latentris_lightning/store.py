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

import errno
import json
import math
import os
import re
import shutil
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from latentris_lightning.errors import DiskFullError, RunStoreError

FORMAT = "latentris-run"
VERSION = 1
MANIFEST = "manifest.json"
ALERTS = "alerts.json"
DTYPES = ("float16", "float32")
NONFINITE = "nonfinite.npy"


FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def raise_if_full(err: OSError, path: Path) -> None:
    """Turn a write failure for lack of space into a :class:`DiskFullError` naming ``path``."""
    if isinstance(err, DiskFullError):
        raise err
    if err.errno in FULL_ERRNOS:
        raise DiskFullError(
            f"cannot write {path}: {err.strerror or 'no space left on device'}. Free some space (or choose another "
            "folder) and try again; files written before are intact."
        ) from err


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it over ``path``."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as err:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise_if_full(err, path)
        raise
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise


def _save_npy(path: Path, array: np.ndarray) -> None:
    buffer = _npy_bytes(array)
    _atomic_write_bytes(path, buffer)


def _npy_bytes(array: np.ndarray) -> bytes:
    import io

    handle = io.BytesIO()
    np.save(handle, array, allow_pickle=False)
    return handle.getvalue()


def _open_memmap(path: Path, dtype: str, shape: tuple[int, int]) -> np.memmap:
    """A new ``.npy`` file mapped for writing, its blocks reserved first: a full disk raises :class:`DiskFullError`
    here instead of killing the process with SIGBUS when a page of the mapping is first written."""
    try:
        target = np.lib.format.open_memmap(path, mode="w+", dtype=dtype, shape=shape)
        with open(path, "r+b") as handle:
            try:
                os.posix_fallocate(handle.fileno(), 0, os.fstat(handle.fileno()).st_size)
            except OSError as err:
                if err.errno in FULL_ERRNOS:
                    raise
                # EOPNOTSUPP/EINVAL: a file system without fallocate; the mapping still works
        return target
    except OSError as err:
        raise_if_full(err, path)
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
        hashes: np.ndarray | None = None,
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
        if snap.nonfinite is not None:  # diverged training: which layers, how many samples (file: nonfinite.npy)
            record["nonfinite"] = {
                name: int(snap.nonfinite[:, i].sum()) for i, name in enumerate(snap._files) if snap.nonfinite[:, i].any()
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
            target = _open_memmap(self.staging / self._files[layer], self.run.dtype, (self.run.n_samples, rows.shape[1]))
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
            if self.nonfinite is not None:
                _save_npy(self.staging / NONFINITE, self.nonfinite)
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


HASHES = "samples/hashes.npy"


def _write_hashes(path: Path, hashes: np.ndarray | None, n: int) -> dict[str, str]:
    """Store the probe's per-sample content hashes (uint64 ``(N,)``); returns the manifest's ``sample_hashes`` entry.

    A top-level key, not a ``samples`` entry, so that readers which check ``samples`` strictly still read the run."""
    if hashes is None:
        return {}
    hashes = np.asarray(hashes)
    if hashes.shape != (n,) or hashes.dtype != np.uint64:
        raise ValueError(f"sample hashes must be uint64 ({n},); got {hashes.dtype} {hashes.shape}")
    _save_npy(path / HASHES, hashes)
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
        labels = self._load("samples/labels.npy", kinds="iu", shape=(self.n_samples,))
        if labels.size and (labels.min() < 0 or labels.max() >= len(self.class_names)):
            raise RunStoreError(
                f"{self.path / 'samples/labels.npy'} holds class indices from {labels.min()} to {labels.max()}, but the "
                f"manifest names {len(self.class_names)} classes; the run store is corrupt."
            )
        self.labels = labels.astype(np.int64)

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
        path = self.path / SAMPLE_FILES["names"]
        names = _read_json(path)
        if not isinstance(names, list) or len(names) != self.n_samples or not all(isinstance(n, str) for n in names):
            raise RunStoreError(f"{path} is not a list of {self.n_samples} strings; the run store is corrupt.")
        return names

    def sample_metadata(self, key: str) -> np.ndarray | None:
        """``"indices"`` (position in the source dataset) or ``"thumbnails"`` (uint8 ``(N, h, w, c)``), if stored."""
        if key not in ("indices", "thumbnails"):
            raise KeyError(f"no sample metadata {key!r}; choose 'indices' or 'thumbnails'")
        if key not in self.manifest.get("samples", {}):
            return None
        if key == "indices":
            return self._load(SAMPLE_FILES[key], kinds="iu", shape=(self.n_samples,))
        array = self._load(SAMPLE_FILES[key], kinds="u")
        if array.ndim != 4 or array.shape[0] != self.n_samples or array.dtype != np.uint8:
            raise RunStoreError(
                f"{self.path / SAMPLE_FILES[key]} holds {array.dtype} {array.shape}; expected uint8 "
                f"(N={self.n_samples}, h, w, c). The run store is corrupt."
            )
        return array

    def sample_hashes(self) -> np.ndarray | None:
        """uint64 ``(N,)`` content hash of each probe sample (``samples/hashes.npy``), if the writer recorded them."""
        if self.manifest.get("sample_hashes") != HASHES:
            return None
        return self._load(HASHES, kinds="u", shape=(self.n_samples,))

    @property
    def alerts(self) -> list[dict[str, Any]] | None:
        """The alerts the callback raised during training (``alerts.json``), or ``None`` if it recorded none."""
        path = self.path / ALERTS
        if not path.is_file():
            return None
        alerts = _read_json(path)
        if not isinstance(alerts, list) or not all(isinstance(a, dict) for a in alerts):
            raise RunStoreError(f"{path} is not a list of alert objects; the run store is corrupt.")
        return alerts

    def nonfinite(self, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        """``(N, L)`` bool: True where a sample's stored activations of a layer hold NaN or Inf (diverged training).

        Read from the snapshot's ``nonfinite.npy``, written by the capture when any value was not finite."""
        info = self._snapshot(snapshot, epoch)
        if not (self.path / info.dir / NONFINITE).is_file():
            return np.zeros((self.n_samples, len(self.layers)), dtype=bool)
        return self._load(f"{info.dir}/{NONFINITE}", kinds="b", shape=(self.n_samples, len(self.layers)))

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
        meta = self.layer_info(layer)
        dim = meta.get("dim")
        array = self._load(f"{info.dir}/{meta['file']}", kinds="f")
        if array.ndim != 2 or array.shape[0] != self.n_samples or (dim is not None and array.shape[1] != dim):
            raise RunStoreError(
                f"{self.path / info.dir / meta['file']}: layer {layer!r} has shape {array.shape}, expected "
                f"(N={self.n_samples}, D={dim if dim is not None else '?'}); the run store is corrupt."
            )
        return array.astype(np.float32)

    def layer_series(self, layer: str) -> list[np.ndarray]:
        """Activations of ``layer`` at every snapshot, in training order."""
        return [self.activations(layer, snapshot=s.index) for s in self.snapshots]

    def predictions(self, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        """Predicted class ``(N,)`` at a snapshot; ``-1`` where the model's output gave none."""
        info = self._snapshot(snapshot, epoch)
        return self._load(f"{info.dir}/predictions.npy", kinds="iu", shape=(self.n_samples,)).astype(np.int64)

    def losses(self, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        """Per-sample loss ``(N,)`` at a snapshot; NaN where it could not be computed."""
        info = self._snapshot(snapshot, epoch)
        path = self.path / info.dir / "losses.npy"
        if not path.exists():
            return np.full(self.n_samples, np.nan, np.float32)
        return self._load(f"{info.dir}/losses.npy", kinds="f", shape=(self.n_samples,)).astype(np.float32)

    def correct(self, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        """Whether the model's prediction matched the label, per sample (False where the prediction is unknown)."""
        return self.predictions(snapshot=snapshot, epoch=epoch) == self.labels

    def _load(self, relative: str, *, kinds: str, shape: tuple[int, ...] | None = None) -> np.ndarray:
        """Read one ``.npy`` file of the run, checking its header against its size, its dtype kind and shape first:
        a damaged file raises :class:`RunStoreError` naming it, never an error from inside NumPy."""
        path = self.path / relative
        try:
            array = read_npy(path)
        except FileNotFoundError:
            raise RunStoreError(f"{path} is missing; the run store is incomplete.") from None
        if array.dtype.kind not in kinds:
            raise RunStoreError(f"{path} holds {array.dtype} values, expected {_KIND_NAMES[kinds]}; the run store is corrupt.")
        if shape is not None and array.shape != shape:
            raise RunStoreError(f"{path} has shape {array.shape}, expected {shape}; the run store is corrupt.")
        return array


_KIND_NAMES = {"f": "floating point", "iu": "integers", "u": "unsigned integers", "b": "booleans"}
SAMPLE_FILES = {
    "labels": "samples/labels.npy",
    "indices": "samples/indices.npy",
    "names": "samples/names.json",
    "thumbnails": "samples/thumbnails.npy",
}
_LAYER_FILE = re.compile(r"layer-\d{3,}\.npy")
_SNAPSHOT_DIR = re.compile(r"snapshots/e\d{4,}(-s\d{7,})?")


def read_npy(path: Path) -> np.ndarray:
    """Load a ``.npy`` file without pickles, after checking that its header is sound and that the file holds as many
    bytes as the header promises (so a truncated or edited file gives a clear :class:`RunStoreError`)."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            try:
                version = np.lib.format.read_magic(handle)
                if version == (1, 0):
                    shape, fortran, dtype = np.lib.format.read_array_header_1_0(handle)
                elif version in ((2, 0), (3, 0)):
                    shape, fortran, dtype = np.lib.format.read_array_header_2_0(handle)
                else:
                    raise ValueError(f"unsupported .npy version {version}")
            except Exception as err:  # NumPy raises ValueError, but damaged headers reach other paths too
                raise RunStoreError(
                    f"{path} is not a readable array file (bad .npy header: {err}); the run store is corrupt."
                ) from None
            if dtype.hasobject or dtype.kind not in "biuf" or dtype.names is not None:
                raise RunStoreError(f"{path} holds {dtype} values, not plain numbers; the run store is corrupt.")
            expected = handle.tell() + math.prod(shape) * dtype.itemsize
            if size != expected:
                what = "truncated" if size < expected else "longer than its header says"
                raise RunStoreError(
                    f"{path} is {what}: {size} bytes for an array of shape {shape} ({expected} expected); the run "
                    "store is corrupt (a killed process or an incomplete copy?)."
                )
            array = np.fromfile(handle, dtype=dtype, count=math.prod(shape))
        return array.reshape(shape, order="F" if fortran else "C")
    except (RunStoreError, FileNotFoundError):
        raise
    except (OSError, ValueError, EOFError, MemoryError) as err:
        raise RunStoreError(f"{path} is not a readable array file ({err}); the run store is corrupt.") from None


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise RunStoreError(f"{path} is missing; the run store is incomplete.") from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as err:
        raise RunStoreError(f"{path} is not valid JSON ({err}).") from None
    except OSError as err:
        raise RunStoreError(f"{path} cannot be read ({err}).") from None


def _is_int(value: Any, low: int = 0) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= low


def _check_manifest(manifest: dict[str, Any], manifest_path: Path) -> None:
    """Check every field a reader relies on; a bad one raises :class:`RunStoreError` naming the key."""

    def bad(what: str) -> RunStoreError:
        return RunStoreError(f"{manifest_path}: {what}; the run store is corrupt.")

    if not _is_int(manifest["n_samples"]):
        raise bad(f"n_samples is {manifest['n_samples']!r}, not a count")
    names = manifest["class_names"]
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise bad("class_names is not a non-empty list of strings")
    if not isinstance(manifest.get("config", {}), dict):
        raise bad("config is not an object")
    if manifest.get("dtype", "float16") not in DTYPES:
        raise bad(f"dtype is {manifest.get('dtype')!r}, not one of {DTYPES}")
    samples = manifest.get("samples", {"labels": SAMPLE_FILES["labels"]})
    if not isinstance(samples, dict) or any(SAMPLE_FILES.get(k) != v for k, v in samples.items()):
        raise bad(f"samples is {samples!r}; allowed: a map from {sorted(SAMPLE_FILES)} to {sorted(SAMPLE_FILES.values())}")
    layers = manifest["layers"]
    if not isinstance(layers, list) or not layers:
        raise bad("layers is not a non-empty list")
    seen: set[str] = set()
    for i, layer in enumerate(layers):
        if not isinstance(layer, dict) or not isinstance(layer.get("name"), str):
            raise bad(f"layers[{i}] is not an object with a string name")
        if layer["name"] in seen:
            raise bad(f"layers[{i}] repeats the name {layer['name']!r}")
        seen.add(layer["name"])
        if not isinstance(layer.get("file"), str) or not _LAYER_FILE.fullmatch(layer["file"]):
            raise bad(f"layers[{i}].file is {layer.get('file')!r}, not a name like 'layer-000.npy'")
        if "dim" in layer and not _is_int(layer["dim"], 1):
            raise bad(f"layers[{i}].dim is {layer['dim']!r}, not a positive integer")
    snapshots = manifest["snapshots"]
    if not isinstance(snapshots, list):
        raise bad("snapshots is not a list")
    dirs: set[str] = set()
    for i, snap in enumerate(snapshots):
        if not isinstance(snap, dict) or not _is_int(snap.get("epoch")) or not _is_int(snap.get("step")):
            raise bad(f"snapshots[{i}] is not an object with integer epoch and step ≥ 0")
        if snap.get("kind", "epoch") not in SNAPSHOT_KINDS:
            raise bad(f"snapshots[{i}].kind is {snap.get('kind')!r}, not one of {SNAPSHOT_KINDS}")
        if not isinstance(snap.get("dir"), str) or not _SNAPSHOT_DIR.fullmatch(snap["dir"]) or snap["dir"] in dirs:
            raise bad(f"snapshots[{i}].dir is {snap.get('dir')!r}, not a distinct folder like 'snapshots/e0005'")
        dirs.add(snap["dir"])


def _read_manifest(path: Path) -> dict[str, Any]:
    manifest_path = path / MANIFEST
    if not path.is_dir():
        raise RunStoreError(f"{path} is not a directory; pass the run directory (the one holding {MANIFEST}).")
    if not manifest_path.is_file():
        hint = " (did you mean its run/ sub-folder?)" if has_run(path / "run") else ""
        raise RunStoreError(f"{path} holds no {MANIFEST}; it is not a Latentris run directory{hint}.")
    manifest = _read_json(manifest_path)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise RunStoreError(f"{manifest_path} is not a Latentris run manifest (format is not {FORMAT!r}).")
    version = manifest.get("version")
    if _is_int(version, 1) and version > VERSION:
        raise RunStoreError(
            f"{manifest_path} has format version {version!r}, from a newer latentris-lightning; this one reads version "
            f"{VERSION} and older. Upgrade latentris-lightning to read it."
        )
    if not _is_int(version, 1):
        raise RunStoreError(f"{manifest_path} has format version {version!r}, which no latentris-lightning wrote.")
    for key in ("n_samples", "class_names", "layers", "snapshots"):
        if key not in manifest:
            raise RunStoreError(f"{manifest_path} lacks the required key {key!r}.")
    _check_manifest(manifest, manifest_path)
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
