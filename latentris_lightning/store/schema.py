"""The run store's format: file names, version, and the checks that make a damaged or foreign
file an error naming it (``docs/run-store.md``).
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any, Literal, TypeGuard

import numpy as np

from latentris_lightning.errors import RunStoreError

FORMAT = "latentris-run"
VERSION = 1
MANIFEST = "manifest.json"
ALERTS = "alerts.json"
DTYPES = ("float16", "float32")
NONFINITE = "nonfinite.npy"


SNAPSHOT_KINDS = ("epoch", "step")


def snapshot_dirname(epoch: int, step: int, kind: str = "epoch") -> str:
    """``e0005`` for the snapshot after 5 epochs; ``e0000-s0000050`` for one taken at global step 50 in epoch 0."""
    return f"e{epoch:04d}" if kind == "epoch" else f"e{epoch:04d}-s{step:07d}"


def has_run(path: str | os.PathLike) -> bool:
    """Whether ``path`` holds a run store (a manifest file)."""
    return (Path(path) / MANIFEST).is_file()


HASHES = "samples/hashes.npy"


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
    return _open_npy(path, mapped=False)


def map_npy(path: Path) -> np.ndarray:
    """As :func:`read_npy`, but memory-mapped read-only: rows are read from disk when used (``np.memmap``)."""
    return _open_npy(path, mapped=True)


def _open_npy(path: Path, *, mapped: bool) -> np.ndarray:
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
            order: Literal["C", "F"] = "F" if fortran else "C"
            offset = handle.tell()
            if not (mapped and math.prod(shape) > 0):
                return np.fromfile(handle, dtype=dtype, count=math.prod(shape)).reshape(shape, order=order)
        return np.memmap(path, dtype=dtype, mode="r", offset=offset, shape=shape, order=order)
    except (RunStoreError, FileNotFoundError):
        raise
    except (OSError, ValueError, EOFError, MemoryError) as err:
        raise RunStoreError(f"{path} is not a readable array file ({err}); the run store is corrupt.") from None


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise RunStoreError(f"{path} is missing; the run store is incomplete.") from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as err:
        raise RunStoreError(f"{path} is not valid JSON ({err}).") from None
    except OSError as err:
        raise RunStoreError(f"{path} cannot be read ({err}).") from None


def _is_int(value: Any, low: int = 0) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= low


def check_manifest(manifest: dict[str, Any], manifest_path: Path) -> None:
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
        raise bad(
            f"samples is {samples!r}; allowed: a map from {sorted(SAMPLE_FILES)} to {sorted(SAMPLE_FILES.values())}"
        )
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
        if "train_loss" in snap and not _train_loss_ok(snap["train_loss"]):
            raise bad(f"snapshots[{i}].train_loss is {snap['train_loss']!r}, not an object with integer batches ≥ 1 "
                      "and nonfinite_batches ≥ 0 and a mean and std that are numbers or null")


def _train_loss_ok(value: Any) -> bool:
    """A snapshot's ``train_loss`` record (``docs/run-store.md#training-loss``) is well formed."""
    if not isinstance(value, dict) or not _is_int(value.get("batches"), 1):
        return False
    if not _is_int(value.get("nonfinite_batches"), 0) or value["nonfinite_batches"] > value["batches"]:
        return False
    return all(value.get(key) is None or (isinstance(value[key], (int, float)) and not isinstance(value[key], bool)
                                          and math.isfinite(value[key])) for key in ("mean", "std"))


def read_manifest(path: Path) -> dict[str, Any]:
    manifest_path = path / MANIFEST
    if not path.is_dir():
        raise RunStoreError(f"{path} is not a directory; pass the run directory (the one holding {MANIFEST}).")
    if not manifest_path.is_file():
        hint = " (did you mean its run/ sub-folder?)" if has_run(path / "run") else ""
        raise RunStoreError(f"{path} holds no {MANIFEST}; it is not a Latentris run directory{hint}.")
    manifest = read_json(manifest_path)
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
    check_manifest(manifest, manifest_path)
    return manifest
