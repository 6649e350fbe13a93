"""The run store: round trip, crash leftovers, and clear errors for what is not a (readable) run."""

from __future__ import annotations

import json

import numpy as np
import pytest
from helpers import make_run

from latentris_lightning.errors import RunStoreError
from latentris_lightning.store.reader import load_run
from latentris_lightning.store.writer import RunWriter


def test_round_trip(tmp_path):
    written = make_run(tmp_path / "run", dtype="float32")
    run = load_run(tmp_path / "run")
    assert run.epochs == [0, 1]
    assert [s.step for s in run.snapshots] == [0, 10]
    assert run.class_names == ["cat", "dog"]
    assert run.layers == ["block0", "block1"]
    assert run.layer_info("block1")["dim"] == 4
    for epoch, acts in written.items():
        for layer, matrix in acts.items():
            np.testing.assert_array_equal(run.activations(layer, epoch=epoch), matrix)
    np.testing.assert_array_equal(run.predictions(snapshot=1), np.arange(5) % 2)
    assert len(run.layer_series("block0")) == 2


def test_float16_storage_halves_precision_not_shape(tmp_path):
    written = make_run(tmp_path, dtype="float16")
    run = load_run(tmp_path)
    assert np.load(tmp_path / "snapshots/e0001/layer-000.npy").dtype == np.float16
    np.testing.assert_allclose(run.activations("block0", epoch=1), written[1]["block0"], rtol=1e-3, atol=1e-3)


def test_load_run_accepts_the_callbacks_output_dir(tmp_path):
    make_run(tmp_path / "run")
    assert load_run(tmp_path).path == tmp_path / "run"


def test_leftovers_of_a_killed_snapshot_are_ignored(tmp_path):
    make_run(tmp_path, epochs=(0,))
    # a process killed while writing epoch 1 leaves a staging folder and no manifest entry
    staging = tmp_path / ".e0001.abc"
    staging.mkdir()
    (staging / "layer-000.npy").write_bytes(b"\x93NUMPY partial")
    run = load_run(tmp_path)
    assert run.epochs == [0]
    assert run.activations("block0", epoch=0).shape == (5, 3)


def test_lookup_errors_name_what_exists(tmp_path):
    make_run(tmp_path)
    run = load_run(tmp_path)
    with pytest.raises(KeyError, match=r"no snapshot of epoch 7; this run holds epochs \[0, 1\]"):
        run.activations("block0", epoch=7)
    with pytest.raises(KeyError, match=r"'fc'.*\['block0', 'block1'\]"):
        run.activations("fc", epoch=0)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda p: (p / "manifest.json").unlink(), "holds no manifest.json"),
        (lambda p: (p / "manifest.json").write_text("{ not json"), "not valid JSON"),
        (lambda p: _edit(p, version=99), "format version 99.*Upgrade"),
        (lambda p: _edit(p, format="something-else"), "not a Latentris run manifest"),
        (lambda p: (p / "samples/labels.npy").unlink(), r"labels.npy is missing"),
        (lambda p: (p / "samples/labels.npy").write_bytes(b"garbage"), r"labels.npy is not a readable array"),
    ],
)
def test_damaged_runs_give_clear_errors(tmp_path, damage, message):
    make_run(tmp_path)
    damage(tmp_path)
    with pytest.raises(RunStoreError, match=message):
        load_run(tmp_path)


def test_truncated_layer_file_names_the_file(tmp_path):
    make_run(tmp_path)
    target = tmp_path / "snapshots/e0001/layer-001.npy"
    target.write_bytes(target.read_bytes()[:60])
    run = load_run(tmp_path)
    with pytest.raises(RunStoreError, match=r"e0001/layer-001.npy is not a readable array"):
        run.activations("block1", epoch=1)


def test_missing_directory(tmp_path):
    with pytest.raises(RunStoreError, match="is not a directory"):
        load_run(tmp_path / "nope")


def test_existing_run_needs_overwrite(tmp_path):
    make_run(tmp_path)
    with pytest.raises(RunStoreError, match="already holds a run"):
        make_run(tmp_path)


def test_layer_names_never_become_paths(tmp_path):
    writer = RunWriter(tmp_path / "run", labels=np.zeros(2), class_names=["a"], layers=[{"name": "../../escape"}])
    writer.write_snapshot(0, 0, {"../../escape": np.ones((2, 2))}, np.zeros(2))
    assert not (tmp_path / "escape").exists()
    assert load_run(tmp_path / "run").activations("../../escape", epoch=0).shape == (2, 2)


def _edit(path, **changes):
    manifest = json.loads((path / "manifest.json").read_text())
    manifest.update(changes)
    (path / "manifest.json").write_text(json.dumps(manifest))


def _snapshot_with_train_loss(path, train_loss):
    writer = RunWriter(path, labels=np.zeros(2), class_names=["a"], layers=[{"name": "l"}])
    writer.write_snapshot(0, 0, {"l": np.ones((2, 2))}, np.zeros(2))
    snap = writer.begin_snapshot(1, 4)
    snap.write_rows("l", 0, np.ones((2, 2)))
    snap.write_outputs(0, np.zeros(2))
    snap.commit(train_loss=train_loss)
    return load_run(path)


def test_training_loss_round_trip_and_absent_in_older_runs(tmp_path):
    run = _snapshot_with_train_loss(tmp_path, {"batches": 4, "nonfinite_batches": 0, "mean": 0.5, "std": 0.1})
    assert run.manifest["snapshots"][1]["train_loss"]["batches"] == 4
    assert np.isnan(run.snapshots[0].train_loss) and run.snapshots[1].train_loss == 0.5
    diverged = _snapshot_with_train_loss(tmp_path / "d", {"batches": 4, "nonfinite_batches": 1, "mean": 0.5,
                                                          "std": 0.1})
    assert diverged.snapshots[1].train_loss == float("inf"), "a non-finite batch loss must read as non-finite"


@pytest.mark.parametrize("record", [{"batches": 0, "nonfinite_batches": 0, "mean": 1.0, "std": 0.0},
                                    {"batches": 2, "nonfinite_batches": 3, "mean": 1.0, "std": 0.0},
                                    {"batches": 2, "nonfinite_batches": 0, "mean": "1", "std": 0.0},
                                    [1.0]])
def test_malformed_training_loss_names_the_snapshot(tmp_path, record):
    make_run(tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["snapshots"][1]["train_loss"] = record
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(RunStoreError, match=r"snapshots\[1\]\.train_loss"):
        load_run(tmp_path)
