"""Interoperability: a run's snapshots in TensorBoard's embedding-projector format.

:func:`export_projector` writes every chosen snapshot (default: each end-of-epoch snapshot) and layer of a run into
ONE folder, which TensorBoard's projector shows as separate tensors, named ``epoch 5 / net.3``::

    out/
      projector_config.pbtxt                one `embeddings { … }` entry per (snapshot, layer); entries of others kept
      events.out.tfevents.<time>.latentris  only where out/ holds no event file: makes out/ a TensorBoard run
      latentris-projector/
        metadata-<snapshot>.tsv             header row, then one row per probe sample: class, label, prediction, …
        tensors-<snapshot>-<layer>.tsv      N rows × D columns, the layer's activations at that snapshot

TensorBoard's projector looks for ``projector_config.pbtxt`` in the log directory itself and in every *run* under it
(a folder holding an event file). So ``tensorboard --logdir out`` shows it, and so does ``tensorboard --logdir
PARENT`` for any parent of ``out``: the small event file written here (one header event, no data) makes ``out`` a
run. A run trained with a ``TensorBoardLogger`` records the logger's ``log_dir`` (``config.tensorboard_log_dir`` in
its manifest); that is the default ``out``, so the projector appears next to the run's scalars.

The projector computes its own PCA/t-SNE/UMAP from the activations. The two ``.tsv`` files of one tensor also load
into the standalone projector at projector.tensorflow.org ("Load").
"""

from __future__ import annotations

import os
import re
import struct
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from latentris_lightning.store.reader import Run, load_run
from latentris_lightning.store.view import select_run

CONFIG = "projector_config.pbtxt"
FILES = "latentris-projector"  # the folder of this module's files inside the output folder


def _tsv_field(value: object) -> str:
    """A metadata cell: tabs and line breaks would break the table, so they become spaces."""
    return " ".join(str(value).split()) or "-"


def _pbtxt_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def snapshot_index(run: Run, *, snapshot: int | None = None, epoch: int | None = None) -> int:
    """The index of the chosen snapshot: by ``snapshot`` index (negative counts from the end), by ``epoch``, or the
    last one when neither is given."""
    if snapshot is not None and epoch is not None:
        raise ValueError("choose the snapshot by index or by epoch, not both")
    if not run.snapshots:
        raise ValueError(f"{run.path} holds no snapshot yet; nothing to export.")
    if epoch is not None:
        for info in run.snapshots:
            if info.kind == "epoch" and info.epoch == epoch:
                return info.index
        raise ValueError(f"no snapshot of epoch {epoch}; this run holds epochs {run.epochs}")
    if snapshot is None:
        return len(run.snapshots) - 1
    if not -len(run.snapshots) <= snapshot < len(run.snapshots):
        raise ValueError(f"snapshot index {snapshot} is out of range; this run holds {len(run.snapshots)} snapshots")
    return snapshot % len(run.snapshots)


def snapshot_indices(run: Run, *, snapshots: Sequence[int] | None = None,
                     epochs: Sequence[int] | None = None) -> list[int]:
    """The chosen snapshots, in training order: by index, by epoch, or (neither given) every end-of-epoch snapshot
    (every snapshot when the run has only step snapshots)."""
    if snapshots is not None and epochs is not None:
        raise ValueError("choose the snapshots by index or by epoch, not both")
    if not run.snapshots:
        raise ValueError(f"{run.path} holds no snapshot yet; nothing to export.")
    if snapshots is not None:
        chosen = {snapshot_index(run, snapshot=int(s)) for s in snapshots}
    elif epochs is not None:
        chosen = {snapshot_index(run, epoch=int(e)) for e in epochs}
    else:
        chosen = {s.index for s in run.snapshots if s.kind == "epoch"} or {s.index for s in run.snapshots}
    return sorted(chosen)


def tensorboard_log_dir(run: Run) -> Path | None:
    """The log directory of the TensorBoard logger the run was trained with, as the callback recorded it."""
    recorded = run.manifest.get("config", {}).get("tensorboard_log_dir")
    return None if not recorded else Path(recorded)


# ------------------------------------------------------------------------------------------ the config file
def _top_level_items(text: str) -> list[str]:
    """The top-level fields of a protobuf text file, each verbatim (``name: value`` or ``name { … }``)."""
    items, start, depth, quote, i = [], 0, 0, "", 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == "#":
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                items.append(text[start:i + 1].strip())
                start = i + 1
        elif c == "\n" and depth == 0:
            if text[start:i].strip():
                items.append(text[start:i].strip())
            start = i + 1
        i += 1
    if text[start:].strip():
        items.append(text[start:].strip())
    return items


def _foreign_items(config: Path) -> list[str]:
    """The entries of an existing config that this module did not write (a SummaryWriter's add_embedding, …)."""
    if not config.is_file():
        return []
    ours = re.compile(r'^embeddings\s*\{.*\btensor_path:\s*"' + re.escape(FILES) + "/", flags=re.S)
    return [item for item in _top_level_items(config.read_text(encoding="utf-8")) if not ours.match(item)]


# ------------------------------------------------------------------------------------------ the event file
def _crc32c_table() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32C = _crc32c_table()


def _masked_crc32c(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc = _CRC32C[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    crc ^= 0xFFFFFFFF
    return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def _write_event_file(folder: Path) -> Path:
    """A TFRecord file of one ``Event{wall_time, file_version: "brain.Event:2"}``: what TensorBoard needs to list
    ``folder`` as a run (it reads no data from it)."""
    now = time.time()
    version = b"brain.Event:2"
    event = b"\x09" + struct.pack("<d", now) + b"\x1a" + bytes([len(version)]) + version
    length = struct.pack("<Q", len(event))
    record = length + struct.pack("<I", _masked_crc32c(length)) + event + struct.pack("<I", _masked_crc32c(event))
    path = folder / f"events.out.tfevents.{int(now)}.latentris"
    path.write_bytes(record)
    return path


# ------------------------------------------------------------------------------------------ the export
def _metadata_rows(run: Run, index: int) -> list[str]:
    predictions = run.predictions(snapshot=index)
    losses = run.losses(snapshot=index)
    names = run.sample_names
    header = ["index", "class", "label", "prediction", "correct", "loss"] + (["name"] if names is not None else [])
    rows = ["\t".join(header)]
    for i in range(run.n_samples):
        label, predicted = int(run.labels[i]), int(predictions[i])
        cells = [
            i,
            run.class_names[label],
            label,
            run.class_names[predicted] if 0 <= predicted < len(run.class_names) else "?",
            "?" if predicted < 0 else ("yes" if predicted == label else "no"),
            "nan" if not np.isfinite(losses[i]) else f"{float(losses[i]):.6g}",
        ] + ([names[i]] if names is not None else [])
        rows.append("\t".join(_tsv_field(c) for c in cells))
    return rows


def export_projector(
    run: Run | str | os.PathLike,
    out_dir: str | os.PathLike | None = None,
    *,
    snapshots: Sequence[int] | None = None,
    epochs: Sequence[int] | None = None,
    layers: Sequence[str | int] | None = None,
    snapshot: int | None = None,
    epoch: int | None = None,
) -> Path:
    """Write the chosen snapshots and layers of ``run`` in TensorBoard's projector format; returns the config path.

    Args:
        run: a run store or its path.
        out_dir: folder to write (created); default: the log directory of the TensorBoard logger the run was trained
            with. Its earlier Latentris files are replaced; other projector entries in it are kept.
        snapshots: snapshot indices (negative count from the end), or
        epochs: the end-of-epoch snapshots of these epochs (default: every end-of-epoch snapshot).
        layers: layer names or indices (default: every layer).
        snapshot, epoch: one snapshot (the same as a list of one).

    Raises:
        ValueError: for an unknown snapshot, epoch or layer, or no ``out_dir`` for a run without a TensorBoard logger.

    Example::

        export_projector("latentris/run", "projector")   # then: tensorboard --logdir projector
    """
    if not isinstance(run, Run):
        run = load_run(run)
    if snapshot is not None:
        snapshots = [*(snapshots or []), snapshot]
    if epoch is not None:
        epochs = [*(epochs or []), epoch]
    indices = snapshot_indices(run, snapshots=snapshots, epochs=epochs)
    chosen = select_run(run, layers=layers).layers
    if out_dir is None:
        out_dir = tensorboard_log_dir(run)
        if out_dir is None:
            raise ValueError(f"{run.path} was not trained with a TensorBoardLogger (none recorded); choose the folder "
                             "to write with --out (out_dir)")
    out = Path(out_dir)
    files = out / FILES
    files.mkdir(parents=True, exist_ok=True)
    for old in [*files.glob("tensors-*.tsv"), *files.glob("metadata-*.tsv")]:
        old.unlink()

    entries = _foreign_items(out / CONFIG)
    for index in indices:
        info = run.snapshots[index]
        metadata = f"{FILES}/metadata-{index}.tsv"
        (out / metadata).write_text("\n".join(_metadata_rows(run, index)) + "\n", encoding="utf-8")
        for name in chosen:
            layer_index = run.layers.index(name)
            matrix = np.nan_to_num(run.activations(name, snapshot=index), nan=0.0, posinf=0.0, neginf=0.0)
            tensor = f"{FILES}/tensors-{index}-{layer_index}.tsv"
            np.savetxt(out / tensor, matrix, delimiter="\t", fmt="%.6g")
            entries.append(
                "embeddings {\n"
                f"  tensor_name: {_pbtxt_string(f'{info.label} / {name}')}\n"
                f"  tensor_shape: {matrix.shape[0]}\n"
                f"  tensor_shape: {matrix.shape[1]}\n"
                f"  tensor_path: {_pbtxt_string(tensor)}\n"
                f"  metadata_path: {_pbtxt_string(metadata)}\n"
                "}"
            )
    if not any(out.glob("*tfevents*")):
        _write_event_file(out)
    config = out / CONFIG
    partial = config.with_name(CONFIG + ".partial")
    partial.write_text("\n".join(entries) + "\n", encoding="utf-8")
    os.replace(partial, config)
    return config
