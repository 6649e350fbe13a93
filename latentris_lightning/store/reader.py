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

import os
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from latentris_lightning.errors import RunStoreError
from latentris_lightning.store.schema import (
    _KIND_NAMES,
    ALERTS,
    HASHES,
    NONFINITE,
    SAMPLE_FILES,
    has_run,
    map_npy,
    read_json,
    read_manifest,
    read_npy,
)


@dataclass(frozen=True)
class SnapshotInfo:
    """A committed snapshot: after ``epoch`` completed epochs, at global ``step``; ``kind`` says which triggered it."""

    index: int
    epoch: int
    step: int
    dir: str
    kind: str = "epoch"
    #: mean training loss of the snapshot's epoch so far (``docs/run-store.md#training-loss``); NaN when not recorded
    #: (snapshot 0, older runs, a ``training_step`` returning no loss); infinite when some batch's loss was not finite
    train_loss: float = float("nan")

    @property
    def label(self) -> str:
        return f"epoch {self.epoch}" if self.kind == "epoch" else f"epoch {self.epoch} · step {self.step}"


def _train_loss(record: dict) -> float:
    """The snapshot's mean training loss: NaN when not recorded, infinite when some batch's loss was not finite."""
    loss = record.get("train_loss")
    if not loss:
        return float("nan")
    if loss.get("nonfinite_batches", 0) or loss.get("mean") is None:
        return float("inf")
    return float(loss["mean"])


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
        self.manifest = read_manifest(self.path)
        self.class_names: list[str] = list(self.manifest["class_names"])
        self.layers: list[str] = [layer["name"] for layer in self.manifest["layers"]]
        self.snapshots = [
            SnapshotInfo(i, int(s["epoch"]), int(s["step"]), s["dir"], s.get("kind", "epoch"), _train_loss(s))
            for i, s in enumerate(self.manifest["snapshots"])
        ]
        labels = self._load("samples/labels.npy", kinds="iu", shape=(self.n_samples,))
        if labels.size and (labels.min() < 0 or labels.max() >= len(self.class_names)):
            raise RunStoreError(
                f"{self.path / 'samples/labels.npy'} holds class indices from {labels.min()} to {labels.max()}, "
                f"but the "
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
        names = read_json(path)
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
        alerts = read_json(path)
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
        return self.stored_activations(layer, snapshot=snapshot, epoch=epoch).astype(np.float32)

    def stored_activations(self, layer: str, *, snapshot: int | None = None, epoch: int | None = None) -> np.ndarray:
        """Activations ``(N, D)`` of ``layer`` as stored (float16 by default), memory-mapped read-only: a reader that
        walks them in row blocks (the metrics) holds one block in memory, not the matrix."""
        info = self._snapshot(snapshot, epoch)
        meta = self.layer_info(layer)
        dim = meta.get("dim")
        array = self._load(f"{info.dir}/{meta['file']}", kinds="f", mapped=True)
        if array.ndim != 2 or array.shape[0] != self.n_samples or (dim is not None and array.shape[1] != dim):
            raise RunStoreError(
                f"{self.path / info.dir / meta['file']}: layer {layer!r} has shape {array.shape}, expected "
                f"(N={self.n_samples}, D={dim if dim is not None else '?'}); the run store is corrupt."
            )
        return array

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

    def _load(
        self, relative: str, *, kinds: str, shape: tuple[int, ...] | None = None, mapped: bool = False
    ) -> np.ndarray:
        """Read one ``.npy`` file of the run, checking its header against its size, its dtype kind and shape first:
        a damaged file raises :class:`RunStoreError` naming it, never an error from inside NumPy. ``mapped``: a
        read-only memory map instead of a copy in memory."""
        path = self.path / relative
        try:
            array = map_npy(path) if mapped else read_npy(path)
        except FileNotFoundError:
            raise RunStoreError(f"{path} is missing; the run store is incomplete.") from None
        if array.dtype.kind not in kinds:
            raise RunStoreError(
                f"{path} holds {array.dtype} values, expected {_KIND_NAMES[kinds]}; the run store is corrupt."
            )
        if shape is not None and array.shape != shape:
            raise RunStoreError(f"{path} has shape {array.shape}, expected {shape}; the run store is corrupt.")
        return array


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


def epoch_positions(snapshots: Sequence[Any]) -> list[float]:
    """Where each snapshot sits on a continuous epoch axis.

    End-of-epoch snapshots sit at their epoch. A step snapshot taken during epoch ``e`` sits at ``e`` plus the share of
    that epoch's steps done, using the steps per epoch seen between end-of-epoch snapshots (or, with fewer than two,
    between the step snapshots' own epochs); it stays at ``e`` when that cannot be known.
    """
    anchors = sorted({(s.epoch, s.step) for s in snapshots if s.kind == "epoch"})
    rates = [(s2 - s1) / (e2 - e1) for (e1, s1), (e2, s2) in pairwise(anchors) if e2 > e1 and s2 > s1]
    per_epoch = float(np.median(rates)) if rates else None
    positions = []
    for s in snapshots:
        if s.kind == "epoch" or not per_epoch:
            positions.append(float(s.epoch))
            continue
        start = s.epoch * per_epoch  # global step at which epoch s.epoch began, if epochs are equally long
        positions.append(float(s.epoch + min(max((s.step - start) / per_epoch, 0.0), 0.999)))
    return positions
