"""Corrupt, edited or foreign run stores: every damage gives a RunStoreError naming the file and what is wrong, never
an error from inside NumPy, json or the export. Fixed cases first, then hypothesis on random corruptions."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest
from helpers import make_run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from latentris_lightning.errors import RunStoreError
from latentris_lightning.store.reader import load_run
from latentris_lightning.store.writer import RunWriter


def _edit(path: Path, change) -> None:
    manifest = json.loads((path / "manifest.json").read_text())
    change(manifest)
    (path / "manifest.json").write_text(json.dumps(manifest))


def _set(*keys_and_value):
    *keys, value = keys_and_value

    def change(manifest):
        target = manifest
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


def read_everything(path: Path) -> None:
    """Everything a reader (the export, `latentris info`) asks of a run."""
    run = load_run(path)
    for info in run.snapshots:
        for layer in run.layers:
            run.activations(layer, snapshot=info.index)
        run.predictions(snapshot=info.index)
        run.losses(snapshot=info.index)
        run.nonfinite(snapshot=info.index)
    _ = run.sample_names
    _ = run.alerts
    run.sample_metadata("indices")
    run.sample_metadata("thumbnails")


MANIFEST_DAMAGE = [
    (_set("version", 0), "format version 0, which no latentris-lightning wrote"),
    (_set("version", "1"), "format version '1'"),
    (_set("version", True), "format version True"),
    (_set("version", 2), r"format version 2, from a newer latentris-lightning.*Upgrade"),
    (_set("n_samples", "5"), r"n_samples is '5', not a count"),
    (_set("n_samples", -1), r"n_samples is -1"),
    (_set("class_names", "cat"), "class_names is not a non-empty list of strings"),
    (_set("class_names", [1, 2]), "class_names is not a non-empty list of strings"),
    (_set("dtype", "int8"), r"dtype is 'int8'"),
    (_set("config", [1]), "config is not an object"),
    (_set("layers", {}), "layers is not a non-empty list"),
    (_set("layers", 0, "file", "../../outside.npy"), r"layers\[0\].file is '../../outside.npy'"),
    (_set("layers", 0, "file", "/etc/passwd"), r"layers\[0\].file is '/etc/passwd'"),
    (_set("layers", 1, "name", "block0"), r"layers\[1\] repeats the name 'block0'"),
    (_set("layers", 0, "dim", "3"), r"layers\[0\].dim is '3'"),
    (_set("snapshots", 0, "dir", "../../etc"), r"snapshots\[0\].dir is '../../etc'"),
    (_set("snapshots", 0, "dir", "/tmp"), r"snapshots\[0\].dir is '/tmp'"),
    (_set("snapshots", 1, "dir", "snapshots/e0000"), r"snapshots\[1\].dir .* not a distinct folder"),
    (_set("snapshots", 0, "epoch", -1), r"snapshots\[0\] is not an object with integer epoch"),
    (_set("snapshots", 0, "step", None), r"snapshots\[0\] is not an object with integer epoch"),
    (_set("snapshots", 0, "kind", "bogus"), r"snapshots\[0\].kind is 'bogus'"),
    (_set("snapshots", "all"), "snapshots is not a list"),
    (_set("samples", {"labels": "../labels.npy"}), r"samples is \{'labels': '../labels.npy'\}"),
]


@pytest.mark.parametrize(("change", "message"), MANIFEST_DAMAGE)
def test_an_edited_manifest_names_the_file_and_the_bad_key(tmp_path, change, message):
    make_run(tmp_path)
    _edit(tmp_path, change)
    with pytest.raises(RunStoreError, match=message) as info:
        load_run(tmp_path)
    assert str(tmp_path / "manifest.json") in str(info.value)


def _save(path, array):
    np.save(path, array, allow_pickle=True)


FILE_DAMAGE = [
    ("samples/labels.npy", lambda p: _save(p, np.array([0, 1, 5, 0, 1])), "class indices from 0 to 5.*2 classes"),
    ("samples/labels.npy", lambda p: _save(p, np.array([0, -1, 1, 0, 1])), "class indices from -1"),
    ("samples/labels.npy", lambda p: _save(p, np.zeros(5)), "holds float64 values, expected integers"),
    ("samples/labels.npy", lambda p: _save(p, np.zeros(4, dtype=int)), r"has shape \(4,\), expected \(5,\)"),
    ("samples/labels.npy", lambda p: _save(p, np.array(["a"] * 5)), "holds <U1 values, not plain numbers"),
    ("samples/labels.npy", lambda p: _save(p, np.array([{}] * 5, dtype=object)), "holds object values"),
    ("samples/labels.npy", lambda p: p.write_bytes(p.read_bytes()[:-8]), "is truncated"),
    ("samples/labels.npy", lambda p: p.write_bytes(p.read_bytes() + b"\0" * 8), "is longer than its header says"),
    ("samples/labels.npy", lambda p: p.write_bytes(b"\x93NUMPY\x01\x00\x10\x00{'descr': <i8, }"), "bad .npy header"),
    ("samples/labels.npy", lambda p: p.write_bytes(b""), "bad .npy header"),
    ("snapshots/e0001/layer-001.npy", lambda p: _save(p, np.zeros((5, 7), np.float16)),
     r"shape \(5, 7\), expected \(N=5, D=4\)"),
    ("snapshots/e0001/layer-001.npy", lambda p: _save(p, np.zeros((5, 4), np.int32)),
     "holds int32 values, expected floating"),
    ("snapshots/e0001/layer-001.npy", lambda p: p.write_bytes(p.read_bytes()[:150]), "is truncated"),
    ("snapshots/e0001/layer-001.npy", lambda p: p.unlink(), "is missing"),
    ("snapshots/e0001/predictions.npy", lambda p: _save(p, np.zeros((5, 2), int)), r"shape \(5, 2\), expected \(5,\)"),
    ("snapshots/e0001/losses.npy", lambda p: _save(p, np.zeros(5, int)), "expected floating point"),
    ("alerts.json", lambda p: p.write_text("[{"), "is not valid JSON"),
    ("alerts.json", lambda p: p.write_text('{"rule": 1}'), "is not a list of alert objects"),
    ("alerts.json", lambda p: p.write_bytes(b"\xff\xfe"), "is not valid JSON"),
]


@pytest.mark.parametrize(("relative", "damage", "message"), FILE_DAMAGE)
def test_a_damaged_file_is_named_with_what_is_wrong(tmp_path, relative, damage, message):
    make_run(tmp_path)
    (tmp_path / "alerts.json").write_text("[]")
    damage(tmp_path / relative)
    with pytest.raises(RunStoreError, match=message) as info:
        read_everything(tmp_path)
    assert str(tmp_path / relative) in str(info.value)


def test_damaged_sample_metadata_is_named(tmp_path):
    writer = RunWriter(tmp_path, labels=np.array([0, 1, 0]), class_names=["a", "b"], layers=[{"name": "x"}],
                       metadata={"names": ["p", "q", "r"], "thumbnails": np.zeros((3, 2, 2, 1), np.uint8)})
    writer.write_snapshot(0, 0, {"x": np.ones((3, 2))}, np.zeros(3))
    (tmp_path / "samples/names.json").write_text('["p", 2]')
    with pytest.raises(RunStoreError, match=r"names.json is not a list of 3 strings"):
        _ = load_run(tmp_path).sample_names
    np.save(tmp_path / "samples/thumbnails.npy", np.zeros((3, 2, 2), np.uint8))
    with pytest.raises(RunStoreError, match=r"thumbnails.npy holds uint8 \(3, 2, 2\)"):
        load_run(tmp_path).sample_metadata("thumbnails")


def test_a_healthy_run_reads_exactly_what_numpy_reads(tmp_path):
    make_run(tmp_path, dtype="float32")
    run = load_run(tmp_path)
    for info in run.snapshots:
        for i, layer in enumerate(run.layers):
            expected = np.load(tmp_path / info.dir / f"layer-{i:03d}.npy")
            np.testing.assert_array_equal(run.activations(layer, snapshot=info.index), expected)
    fortran = np.asfortranarray(np.arange(10, dtype=np.float32).reshape(5, 2))
    np.save(tmp_path / "snapshots/e0000/layer-000.npy", fortran.astype(">f4"))
    _edit(tmp_path, _set("layers", 0, "dim", 2))
    np.testing.assert_array_equal(load_run(tmp_path).activations("block0", epoch=0), fortran)


# ------------------------------------------------------------------------------------------------ random damage
@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "run"
    make_run(path, epochs=(0, 1), n=6, dims=(3, 2))
    writer = RunWriter.reopen(path)
    writer.write_alerts([{"rule": "collapse", "layer": "block0", "snapshot": 1}])
    return path


def _files(run: Path) -> list[str]:
    return sorted(str(p.relative_to(run)) for p in run.rglob("*") if p.is_file())


def _check_damaged(pristine: Path, damage) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run = Path(tmp) / "run"
        shutil.copytree(pristine, run)
        damage(run)
        try:
            read_everything(run)
        except RunStoreError as err:
            assert str(run) in str(err), f"the error does not name the file: {err}"


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_byte_damage_never_escapes_as_a_foreign_error(pristine, data):
    relative = data.draw(st.sampled_from(_files(pristine)), label="file")
    original = (pristine / relative).read_bytes()
    kind = data.draw(st.sampled_from(["truncate", "flip", "insert", "replace"]), label="damage")
    if kind == "truncate":
        at = data.draw(st.integers(0, max(len(original) - 1, 0)))
        damaged = original[:at]
    elif kind == "flip":
        positions = data.draw(st.lists(st.integers(0, len(original) - 1), min_size=1, max_size=8))
        damaged = bytearray(original)
        for position in positions:
            damaged[position] ^= data.draw(st.integers(1, 255))
        damaged = bytes(damaged)
    elif kind == "insert":
        at = data.draw(st.integers(0, len(original)))
        damaged = original[:at] + data.draw(st.binary(min_size=1, max_size=64)) + original[at:]
    else:
        damaged = data.draw(st.binary(max_size=256))
    _check_damaged(pristine, lambda run: (run / relative).write_bytes(damaged))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**12) | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
MANIFEST_PATHS = [
    ("format",), ("version",), ("n_samples",), ("class_names",), ("class_names", 0), ("dtype",), ("samples",),
    ("samples", "labels"), ("layers",), ("layers", 0), ("layers", 0, "name"), ("layers", 0, "file"),
    ("layers", 1, "dim"), ("snapshots",), ("snapshots", 0), ("snapshots", 0, "epoch"), ("snapshots", 1, "step"),
    ("snapshots", 0, "dir"), ("snapshots", 1, "kind"), ("config",),
]


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(MANIFEST_PATHS), value=json_values, delete=st.booleans())
def test_random_manifest_edits_never_escape_as_a_foreign_error(pristine, path, value, delete):
    def damage(run):
        def change(manifest):
            target = manifest
            for key in path[:-1]:
                target = target[key]
            if delete and isinstance(target, dict):
                target.pop(path[-1], None)
            else:
                target[path[-1]] = value

        _edit(run, change)

    _check_damaged(pristine, damage)
