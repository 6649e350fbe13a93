"""``latentris projector`` read back by TensorBoard itself: its projector plugin (in process, over its own data
provider, and a real ``tensorboard`` server) must list every (snapshot, layer) tensor with the right shape, values and
metadata, in the folder written, under a parent log directory, next to a SummaryWriter's own embeddings, and in the
log directory of the TensorBoardLogger the run was trained with (the default)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import numpy as np
import pytest
from helpers import TinyNet, make_blobs, make_run, make_trainer, train_loader
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer
from tensorboard.plugins import base_plugin
from tensorboard.plugins.projector.projector_plugin import ProjectorPlugin
from werkzeug.test import Client

from latentris_lightning.cli import main
from latentris_lightning.store.reader import load_run


class Projector:
    """TensorBoard's projector plugin over ``logdir``, as `tensorboard --logdir` builds it (no server)."""

    def __init__(self, logdir: Path):
        multiplexer = plugin_event_multiplexer.EventMultiplexer()
        multiplexer.AddRunsFromDirectory(str(logdir))
        multiplexer.Reload()
        provider = data_provider.MultiplexerDataProvider(multiplexer, str(logdir))
        self.plugin = ProjectorPlugin(base_plugin.TBContext(logdir=str(logdir), data_provider=provider,
                                                            multiplexer=multiplexer))
        self.apps = self.plugin.get_plugin_apps()

    def get(self, route: str, **query) -> bytes:
        response = Client(self.apps[route]).get(route, query_string=query)
        assert response.status_code == 200, (route, query, response.get_data(as_text=True))
        return response.get_data()

    def runs(self) -> list[str]:
        return json.loads(self.get("/runs"))

    def embeddings(self, run: str) -> dict[str, dict]:
        return {e["tensorName"]: e for e in json.loads(self.get("/info", run=run))["embeddings"]}

    def tensor(self, run: str, name: str, shape: tuple[int, int]) -> np.ndarray:
        return np.frombuffer(self.get("/tensor", run=run, name=name), dtype=np.float32).reshape(shape)

    def metadata(self, run: str, name: str) -> list[list[str]]:
        return [row.split("\t") for row in self.get("/metadata", run=run, name=name).decode().splitlines()]


def _stored(written: dict, epoch: int, layer: int) -> np.ndarray:
    return written[epoch][f"block{layer}"].astype(np.float16).astype(np.float32)  # the run stores float16


def test_every_epoch_and_layer_is_its_own_tensor(tmp_path, capsys):
    """Before: one snapshot per folder, so a second export replaced the first."""
    written = make_run(tmp_path / "run", epochs=(0, 1, 2), n=5, dims=(3, 4))
    assert main(["projector", str(tmp_path / "run"), "--out", str(tmp_path / "tb")]) == 0
    assert f"tensorboard --logdir {(tmp_path / 'tb').resolve()}" in capsys.readouterr().out
    projector = Projector(tmp_path / "tb")
    assert projector.runs() == ["."]
    embeddings = projector.embeddings(".")
    assert list(embeddings) == [f"epoch {e} / block{layer}" for e in (0, 1, 2) for layer in (0, 1)]
    run = load_run(tmp_path / "run")
    for epoch in (0, 1, 2):
        for layer, dim in enumerate((3, 4)):
            name = f"epoch {epoch} / block{layer}"
            assert [int(s) for s in embeddings[name]["tensorShape"]] == [5, dim]
            np.testing.assert_allclose(projector.tensor(".", name, (5, dim)), _stored(written, epoch, layer),
                                       rtol=1e-5, atol=1e-6)
            rows = projector.metadata(".", name)
            assert rows[0] == ["index", "class", "label", "prediction", "correct", "loss"] and len(rows) == 6
            predictions = run.predictions(epoch=epoch)
            assert [r[1] for r in rows[1:]] == ["cat", "dog", "cat", "dog", "cat"]
            assert [r[3] for r in rows[1:]] == [run.class_names[p] for p in predictions]


def test_a_folder_under_a_parent_logdir_is_a_run_and_exports_replace_their_own(tmp_path):
    """Before: a folder under a log directory held no event file, so TensorBoard did not look into it."""
    make_run(tmp_path / "run", epochs=(0, 1, 2), n=5, dims=(3, 4))
    out = tmp_path / "logs" / "latentris"
    assert main(["projector", str(tmp_path / "run"), "--out", str(out), "--epoch", "2"]) == 0
    assert Projector(tmp_path / "logs").runs() == ["latentris"]
    assert main(["projector", str(tmp_path / "run"), "--out", str(out), "--epochs", "1", "2", "--layers", "1"]) == 0
    projector = Projector(tmp_path / "logs")
    assert list(projector.embeddings("latentris")) == ["epoch 1 / block1", "epoch 2 / block1"]
    assert sorted(p.name for p in (out / "latentris-projector").iterdir()) == [
        "metadata-1.tsv", "metadata-2.tsv", "tensors-1-1.tsv", "tensors-2-1.tsv"]
    assert len(list(out.glob("*tfevents*"))) == 1  # written once, kept


def test_a_summary_writers_own_embeddings_are_kept(tmp_path):
    """Before: the export replaced the folder's projector_config.pbtxt, dropping what add_embedding wrote there."""
    from torch.utils.tensorboard import SummaryWriter

    make_run(tmp_path / "run", epochs=(0, 1), n=5, dims=(3,))
    writer = SummaryWriter(log_dir=str(tmp_path / "tb"))
    writer.add_embedding(np.eye(5, 2, dtype=np.float32), metadata=list("abcde"), tag="mine")
    writer.close()
    main(["projector", str(tmp_path / "run"), "--out", str(tmp_path / "tb")])
    main(["projector", str(tmp_path / "run"), "--out", str(tmp_path / "tb"), "--snapshot", "-1"])
    projector = Projector(tmp_path)
    assert projector.runs() == ["tb"]
    names = list(projector.embeddings("tb"))
    assert len(names) == 2 and names[1] == "epoch 1 / block0" and names[0].startswith("mine")
    np.testing.assert_array_equal(projector.tensor("tb", names[0], (5, 2)), np.eye(5, 2))


def test_a_run_trained_with_a_tensorboard_logger_writes_into_its_log_dir(tmp_path, capsys):
    """Before: --out was required and nothing recorded the logger, so users had to find its version folder."""
    from lightning.pytorch.loggers import TensorBoardLogger

    logger = TensorBoardLogger(save_dir=str(tmp_path / "tb"))
    callback_dir = tmp_path / "latentris"
    from latentris_lightning import Latentris

    callback = Latentris(probe=make_blobs(n=12), epochs=[0, 2], output_dir=callback_dir, export_on_fit_end=False)
    make_trainer([callback], max_epochs=2, logger=logger, log_every_n_steps=1).fit(TinyNet(), train_loader())
    log_dir = (tmp_path / "tb" / "lightning_logs" / "version_0").resolve()
    assert load_run(callback_dir).manifest["config"]["tensorboard_log_dir"] == str(log_dir)
    assert main(["projector", str(callback_dir)]) == 0
    assert f"tensorboard --logdir {log_dir}" in capsys.readouterr().out
    projector = Projector(tmp_path / "tb")
    assert projector.runs() == ["lightning_logs/version_0"]
    embeddings = projector.embeddings("lightning_logs/version_0")
    layers = load_run(callback_dir).layers
    assert list(embeddings) == [f"epoch {e} / {layer}" for e in (0, 2) for layer in layers]
    assert len(list(log_dir.glob("*tfevents*"))) == 1  # the logger's own: none added


def test_without_a_recorded_logger_out_is_asked_for(tmp_path, capsys):
    make_run(tmp_path / "run")
    assert main(["projector", str(tmp_path / "run")]) == 2
    assert "was not trained with a TensorBoardLogger" in capsys.readouterr().err


def _get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


@pytest.mark.slow
def test_the_tensorboard_server_lists_every_tensor(tmp_path):
    make_run(tmp_path / "run", epochs=(0, 1, 2), n=7, dims=(3, 4))
    main(["projector", str(tmp_path / "run"), "--out", str(tmp_path / "logs" / "latentris")])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "tensorboard.main", "--logdir", str(tmp_path / "logs"), "--host", "127.0.0.1",
         "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}/data/plugin/projector"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                runs = _get_json(base + "/runs")
                if runs:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            assert server.poll() is None and time.monotonic() < deadline, "tensorboard did not start or list a run"
            time.sleep(0.5)
        assert runs == ["latentris"]
        info = _get_json(base + "/info?run=latentris")
        shapes = {e["tensorName"]: [int(s) for s in e["tensorShape"]] for e in info["embeddings"]}
        assert shapes == {f"epoch {e} / block{layer}": [7, d] for e in (0, 1, 2) for layer, d in enumerate((3, 4))}
        query = urllib.parse.urlencode({"run": "latentris", "name": "epoch 2 / block1"})
        with urllib.request.urlopen(f"{base}/tensor?{query}", timeout=10) as response:
            assert len(response.read()) == 7 * 4 * 4
    finally:
        server.terminate()
        server.wait(timeout=30)
