"""The run store: the on-disk contract between training time and everything after it.

Layout (format ``latentris-run``, version 1; documented in ``docs/run-store.md``)::

    run/
      manifest.json                  what the run holds; rewritten atomically after each snapshot
      samples/labels.npy             int64 (N,)   class index of each probe sample
      snapshots/e0005/layer-000.npy  float16 (N, D) activations of layer 0 after 5 completed epochs
      snapshots/e0005/predictions.npy int64 (N,)  model's predicted class, -1 when unknown

A snapshot appears in the manifest only after all its files are on disk, so a run killed mid-training stays readable
with every completed snapshot. Layer files are named by index, never by the (user-controlled) layer name.
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


def snapshot_dirname(epoch: int) -> str:
    return f"e{epoch:04d}"


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
        self.dtype = dtype
        labels = np.asarray(labels, dtype=np.int64)
        (self.path / "samples").mkdir(exist_ok=True)
        _save_npy(self.path / "samples" / "labels.npy", labels)
        self.manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "generator": f"latentris-lightning {__version__}",
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "n_samples": int(labels.shape[0]),
            "class_names": list(class_names),
            "dtype": dtype,
            "layers": [{**dict(layer), "file": f"layer-{i:03d}.npy"} for i, layer in enumerate(layers)],
            "config": dict(config or {}),
            "snapshots": [],
        }
        self._write_manifest()

    def _write_manifest(self) -> None:
        data = json.dumps(self.manifest, indent=2, sort_keys=False).encode()
        _atomic_write_bytes(self.path / MANIFEST, data)

    @property
    def epochs(self) -> list[int]:
        return [s["epoch"] for s in self.manifest["snapshots"]]

    def write_snapshot(
        self,
        epoch: int,
        step: int,
        activations: Mapping[str, np.ndarray],
        predictions: np.ndarray,
        output_shapes: Mapping[str, Sequence[int]] | None = None,
    ) -> None:
        """Write one snapshot (every layer's activations and the predictions), then record it in the manifest."""
        n = self.manifest["n_samples"]
        layers = self.manifest["layers"]
        missing = [layer["name"] for layer in layers if layer["name"] not in activations]
        if missing:
            raise ValueError(f"snapshot of epoch {epoch} lacks layers {missing}")
        if epoch in self.epochs:
            raise ValueError(f"the run already holds a snapshot of epoch {epoch}")
        final = self.path / "snapshots" / snapshot_dirname(epoch)
        staging = Path(tempfile.mkdtemp(dir=self.path, prefix=f".{final.name}."))
        try:
            for layer in layers:
                matrix = np.asarray(activations[layer["name"]])
                if matrix.ndim != 2 or matrix.shape[0] != n:
                    raise ValueError(f"layer {layer['name']!r}: expected shape ({n}, D), got {matrix.shape}")
                _save_npy(staging / layer["file"], matrix.astype(self.dtype))
                layer.setdefault("dim", int(matrix.shape[1]))
                if output_shapes and layer["name"] in output_shapes:
                    layer.setdefault("output_shape", list(output_shapes[layer["name"]]))
            _save_npy(staging / "predictions.npy", np.asarray(predictions, dtype=np.int64).reshape(n))
            final.parent.mkdir(exist_ok=True)
            if final.exists():  # left by a killed process before it reached the manifest
                shutil.rmtree(final)
            os.replace(staging, final)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        record = {"epoch": int(epoch), "step": int(step), "dir": f"snapshots/{final.name}", "time": time.time()}
        self.manifest["snapshots"].append(record)
        self.manifest["snapshots"].sort(key=lambda s: (s["epoch"], s["step"]))
        self._write_manifest()


@dataclass(frozen=True)
class SnapshotInfo:
    index: int
    epoch: int
    step: int
    dir: str


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
            SnapshotInfo(i, int(s["epoch"]), int(s["step"]), s["dir"]) for i, s in enumerate(self.manifest["snapshots"])
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
        return [s.epoch for s in self.snapshots]

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
                if info.epoch == epoch:
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
