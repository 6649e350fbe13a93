"""Interoperability: a snapshot in TensorBoard's embedding-projector format.

:func:`export_projector` writes, for one snapshot of a run, each chosen layer's activations as a tab-separated
tensor file, one shared metadata file (class name, prediction, correctness, loss per sample) and the
``projector_config.pbtxt`` that points TensorBoard's projector at them::

    out/
      projector_config.pbtxt      one `embeddings { … }` entry per layer
      metadata.tsv                header row, then one row per probe sample (same order as every tensor file)
      tensors-<layer index>.tsv   N rows × D columns, the layer's activations at that snapshot

Open with ``tensorboard --logdir out`` (Projector tab), or load the two ``.tsv`` files of a layer in the standalone
projector at projector.tensorflow.org ("Load"). The projector computes its own PCA/t-SNE/UMAP from the activations.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from latentris_lightning.store.reader import Run, load_run
from latentris_lightning.store.view import select_run

CONFIG = "projector_config.pbtxt"
METADATA = "metadata.tsv"


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


def export_projector(
    run: Run | str | os.PathLike,
    out_dir: str | os.PathLike,
    *,
    snapshot: int | None = None,
    epoch: int | None = None,
    layers: Sequence[str | int] | None = None,
) -> Path:
    """Write one snapshot (default: the last) of ``run`` in TensorBoard's projector format; returns the config path.

    Args:
        run: a run store or its path.
        out_dir: folder to write (created; files of the same names are replaced).
        snapshot: snapshot index (negative counts from the end), or
        epoch: the end-of-epoch snapshot of this epoch.
        layers: layer names or indices (default: every layer).

    Example::

        export_projector("latentris/run", "projector", epoch=5)   # then: tensorboard --logdir projector
    """
    if not isinstance(run, Run):
        run = load_run(run)
    index = snapshot_index(run, snapshot=snapshot, epoch=epoch)
    chosen = select_run(run, layers=layers)
    info = run.snapshots[index]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

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
    (out / METADATA).write_text("\n".join(rows) + "\n", encoding="utf-8")

    entries = []
    for name in chosen.layers:
        layer_index = run.layers.index(name)
        matrix = np.nan_to_num(run.activations(name, snapshot=index), nan=0.0, posinf=0.0, neginf=0.0)
        tensor = f"tensors-{layer_index}.tsv"
        np.savetxt(out / tensor, matrix, delimiter="\t", fmt="%.6g")
        entries.append(
            "embeddings {\n"
            f"  tensor_name: {_pbtxt_string(f'{name} @ {info.label}')}\n"
            f"  tensor_shape: {matrix.shape[0]}\n"
            f"  tensor_shape: {matrix.shape[1]}\n"
            f"  tensor_path: {_pbtxt_string(tensor)}\n"
            f"  metadata_path: {_pbtxt_string(METADATA)}\n"
            "}\n"
        )
    config = out / CONFIG
    config.write_text("".join(entries), encoding="utf-8")
    return config
