"""The ``latentris`` command beyond demo/export/info basics: export subsets, help, errors, serve, projector;
the notebook display of a site; ``load_run`` as a notebook accessor."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import pytest
from helpers import make_run, read_data_file

from latentris_lightning import export_site, load_run
from latentris_lightning.cli import main
from latentris_lightning.site.bundle import read_positions
from latentris_lightning.site.notebook import SiteIndex
from latentris_lightning.site.projector import export_projector
from latentris_lightning.site.serve import serve_in_background
from latentris_lightning.store.view import select_run


def _manifest(site: Path) -> dict:
    return read_data_file(site / "data" / "manifest.js")[1]


def test_export_subset_of_layers_epochs_and_samples(tmp_path):
    make_run(tmp_path / "run", epochs=(0, 1, 2, 3), n=12, dims=(3, 4, 5))
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site"), "--methods", "pca", "--no-flow",
                 "--layers", "block2", "0", "--epochs", "0", "3", "--sample-size", "6"]) == 0
    manifest = _manifest(tmp_path / "site")
    assert [layer["name"] for layer in manifest["layers"]] == ["block0", "block2"]  # the run's order
    assert [s["epoch"] for s in manifest["snapshots"]] == [0, 3]
    assert manifest["n_samples"] == 6
    labels = np.frombuffer(manifest["labels"], "<u2")
    assert np.bincount(labels).tolist() == [3, 3]  # stratified: the run's labels alternate 0, 1
    assert read_positions(tmp_path / "site", "pca", 1)[0].shape == (2, 6, 3)
    run = load_run(tmp_path / "run")
    view = select_run(run, layers=["block2"], epochs=[3], sample_size=6, seed=3)
    rows = view._rows
    np.testing.assert_array_equal(view.activations("block2", snapshot=0),
                                  run.activations("block2", epoch=3)[rows])
    np.testing.assert_array_equal(view.labels, run.labels[rows])
    assert select_run(run) is run


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "{tmp}/run", "--out", "{tmp}/s", "--layers", "nope"], "layer 'nope' is not in this run"),
        (["export", "{tmp}/run", "--out", "{tmp}/s", "--layers", "7"], "layer index 7 is out of range"),
        (["export", "{tmp}/run", "--out", "{tmp}/s", "--epochs", "0", "9"], "epochs [9] are not in this run"),
        (["export", "{tmp}/run", "--out", "{tmp}/s", "--sample-size", "0"], "sample size must be at least 1"),
        (["export", "{tmp}/nowhere", "--out", "{tmp}/s"], "is not a directory"),
        (["info", "{tmp}/broken"], "is not valid JSON"),
        (["export", "{tmp}/broken", "--out", "{tmp}/s"], "is not valid JSON"),
        (["info", "{tmp}/truncated"], "the run store is corrupt"),
        (["export", "{tmp}/lost", "--out", "{tmp}/s"], "is missing; the run store is incomplete"),
        (["serve", "{tmp}/run"], "holds no index.html"),
        (["projector", "{tmp}/run", "--out", "{tmp}/p", "--epoch", "5"], "no snapshot of epoch 5"),
        (["projector", "{tmp}/run", "--out", "{tmp}/p", "--snapshot", "4"], "snapshot index 4 is out of range"),
    ],
)
def test_missing_or_corrupt_runs_and_bad_choices_are_one_clear_line(tmp_path, capsys, argv, message):
    make_run(tmp_path / "run")
    shutil.copytree(tmp_path / "run", tmp_path / "broken")
    (tmp_path / "broken" / "manifest.json").write_text('{"format": "latentris-run", "vers')
    shutil.copytree(tmp_path / "run", tmp_path / "truncated")
    labels = tmp_path / "truncated" / "samples" / "labels.npy"
    labels.write_bytes(labels.read_bytes()[:-8])
    shutil.copytree(tmp_path / "run", tmp_path / "lost")
    shutil.rmtree(tmp_path / "lost" / "snapshots" / "e0001")
    code = main([a.format(tmp=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    errors = [line for line in re.split(r"[\r\n]", err) if "error:" in line]  # (a progress bar may precede it)
    assert len(errors) == 1 and message in errors[0]


@pytest.mark.parametrize("command", [None, "export", "info", "serve", "projector"])
def test_help_has_examples(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(([command] if command else []) + ["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"latentris {command or 'demo'}" in out


def test_info_lists_alerts_and_cache(tmp_path, capsys):
    make_run(tmp_path / "run")
    assert main(["info", str(tmp_path / "run")]) == 0
    out = capsys.readouterr().out
    assert "alerts:    none recorded" in out and "cache:     0 cached projection series" in out
    assert main(["export", str(tmp_path), "--out", str(tmp_path / "site"), "--methods", "pca", "--no-flow"]) == 0
    assert main(["info", str(tmp_path)]) == 0
    assert "cache:     2 cached projection series" in capsys.readouterr().out  # one per layer


def test_info_columns_align_with_long_layer_names(tmp_path, capsys):
    from latentris_lightning.store.writer import RunWriter

    names = ["model.bert.encoder.layer.11.attention.output.dense", "fc", "model.classifier:input"]
    types = ["Linear", "BertSelfAttention", "Linear"]
    writer = RunWriter(tmp_path / "run", labels=np.arange(4) % 2, class_names=["a", "b"],
                       layers=[{"name": n, "module_type": t, "reason": "chosen"} for n, t in zip(names, types,
                                                                                                    strict=True)])
    writer.write_snapshot(0, 0, {n: np.zeros((4, 3 + 100 * i), np.float32) for i, n in enumerate(names)},
                          np.zeros(4, np.int64))
    assert main(["info", str(tmp_path / "run")]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = out[out.index("layers:") + 1: out.index("layers:") + 4]
    assert [row.split()[0] for row in rows] == names
    assert len({row.index(f" {kind}") for kind, row in zip(types, rows, strict=True)}) == 1, rows  # one offset
    assert len({row.index(" dim=") for row in rows}) == 1, rows
    assert len({row.index(" (chosen)") for row in rows}) == 1, rows
    assert all(f"  {name}  " in row for name, row in zip(names, rows, strict=True))  # never run together


def test_projector_files_match_the_run(tmp_path, capsys):
    written = make_run(tmp_path / "run", epochs=(0, 1, 2), n=5, dims=(3, 4))
    assert main(["projector", str(tmp_path / "run"), "--out", str(tmp_path / "tb"), "--epoch", "1"]) == 0
    assert "tensorboard --logdir" in capsys.readouterr().out
    config = (tmp_path / "tb" / "projector_config.pbtxt").read_text()
    entries = re.findall(r"embeddings \{\n(.*?)\n\}", config, flags=re.S)
    assert len(entries) == 2
    for layer_index, entry in enumerate(entries):
        fields = dict(re.findall(r'^\s*(\w+): "(.*)"$', entry, flags=re.M))
        assert fields["tensor_path"] == f"latentris-projector/tensors-1-{layer_index}.tsv"
        assert fields["metadata_path"] == "latentris-projector/metadata-1.tsv"
        assert fields["tensor_name"] == f"epoch 1 / block{layer_index}"
        tensor = np.loadtxt(tmp_path / "tb" / fields["tensor_path"], delimiter="\t", ndmin=2)
        expected = written[1][f"block{layer_index}"].astype(np.float16).astype(np.float32)  # stored as float16
        np.testing.assert_allclose(tensor, expected, rtol=1e-5, atol=1e-6)
        assert re.findall(r"tensor_shape: (\d+)", entry) == ["5", str(expected.shape[1])]
    metadata = (tmp_path / "tb" / "latentris-projector" / "metadata-1.tsv").read_text().splitlines()
    assert metadata[0].split("\t") == ["index", "class", "label", "prediction", "correct", "loss"]
    assert len(metadata) == 1 + 5
    assert metadata[1].split("\t")[:5] == ["0", "cat", "0", "cat", "yes"]
    config = export_projector(tmp_path / "run", tmp_path / "tb2", snapshot=-1, layers=["block1"])
    assert "epoch 2 / block1" in config.read_text()
    assert not (tmp_path / "tb2" / "latentris-projector" / "tensors-2-0.tsv").exists()


def test_load_run_gives_numpy_arrays_for_a_notebook(tmp_path):
    written = make_run(tmp_path / "run", epochs=(0, 1), n=5, dims=(3, 4), dtype="float32")
    run = load_run(tmp_path)
    assert isinstance(run.labels, np.ndarray) and run.labels.tolist() == [0, 1, 0, 1, 0]
    np.testing.assert_array_equal(run.activations("block1", epoch=1), written[1]["block1"])
    assert run.predictions(snapshot=0).shape == (5,)


def _get(url: str) -> tuple[int, bytes, dict]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as err:
        return err.code, b"", dict(err.headers)


def test_serve_prefix_no_store_and_no_escape(tmp_path):
    make_run(tmp_path / "run")
    index = export_site(tmp_path / "run", tmp_path / "site", methods=["pca"], flow=False, progress=False)
    (tmp_path / "secret.txt").write_text("not for the web")
    server, url = serve_in_background(tmp_path / "site", prefix="repo")
    try:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/repo/")
        status, body, headers = _get(url)
        assert status == 200 and body == index.read_bytes() and headers["Cache-Control"] == "no-store"
        assert _get(url + "data/manifest.js")[1] == (tmp_path / "site" / "data" / "manifest.js").read_bytes()
        assert _get(url + "../secret.txt")[0] == 404
        assert _get(url + "%2e%2e/secret.txt")[0] == 404
        assert _get(url.replace("/repo/", "/secret.txt"))[0] == 404
        assert _get(url.replace("/repo/", "/repo/../secret.txt"))[0] == 404
    finally:
        server.shutdown()
        server.server_close()


def test_serve_command_runs_until_stopped(tmp_path):
    make_run(tmp_path / "run")
    export_site(tmp_path / "run", tmp_path / "site", methods=["pca"], flow=False, progress=False)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "latentris_lightning", "serve", str(tmp_path / "site"),
                                "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line
        deadline = time.monotonic() + 30
        while True:
            try:
                assert _get(f"http://127.0.0.1:{port}/index.html")[0] == 200
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline
                time.sleep(0.1)
        taken = main(["serve", str(tmp_path / "site"), "--port", str(port)])
        assert taken == 2  # the address is in use: one clear line, not a traceback
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_export_site_displays_inline_in_jupyter(tmp_path):
    make_run(tmp_path / "run")
    index = export_site(tmp_path / "run", tmp_path / "site", methods=["pca"], flow=False, progress=False)
    assert isinstance(index, SiteIndex) and index.is_file() and index.name == "index.html"
    html = index.iframe(server=True)  # the display itself inlines the site (tests/test_notebook.py)
    src = re.search(r'<iframe src="([^"]+)"', html).group(1)
    assert src.startswith("http://127.0.0.1:") and src.endswith("/index.html")
    status, body, _ = _get(src)
    assert status == 200 and body == index.read_bytes()
    assert index.iframe(server=True) == html  # one server per site
    assert 'src="files/site/index.html"' in index.iframe(src="files/site/index.html")


def test_export_position_bits(tmp_path, capsys):
    make_run(tmp_path / "run", epochs=(0, 1), n=6, dims=(3, 4))
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site"), "--methods", "pca", "--no-flow",
                 "--position-bits", "16"]) == 0
    assert read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]["position_bits"] == 16
    exact = read_positions(tmp_path / "site", "pca", 0)[0]
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site12"), "--methods", "pca",
                 "--no-flow"]) == 0
    coarse, _, lo, hi = read_positions(tmp_path / "site12", "pca", 0)
    assert np.abs(coarse - exact).max() <= (np.asarray(hi) - np.asarray(lo)).max() / 4095  # a 12-bit step at most
    with pytest.raises(SystemExit):
        main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "x"), "--position-bits", "13"])
    assert "invalid choice: 13 (choose from 12, 16)" in capsys.readouterr().err
