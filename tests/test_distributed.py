"""DDP, resume from a checkpoint, mixed precision, and strategies Latentris refuses."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from helpers import TinyBert, TinyNet, make_blobs, make_trainer, token_batches, train_loader
from lightning.pytorch.callbacks import ModelCheckpoint
from lightning.pytorch.utilities.exceptions import MisconfigurationException
from torch.utils.data import DataLoader

from latentris_lightning import Latentris, load_run
from latentris_lightning.capture.probe import make_probe
from latentris_lightning.capture.probe_pass import capture_snapshot

# every schedule here fits its run: the warning about snapshots a run never reaches would be noise
pytestmark = pytest.mark.filterwarnings("error:.*snapshots will never be taken")


def _ddp_fit(tmp_path, kind):
    script = Path(__file__).resolve().parent / "ddp_fit.py"
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path), kind], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "will never be taken" not in result.stderr


@pytest.mark.slow
def test_ddp_on_two_cpu_processes_equals_a_single_process_capture(tmp_path):
    _ddp_fit(tmp_path, "tensor")
    run = load_run(tmp_path)
    assert run.manifest["config"]["world_size"] == 2
    assert run.n_samples == 31 and run.epochs == [0, 2]
    model = TinyNet()
    model.load_state_dict(torch.load(tmp_path / "final-weights.pt"))
    probe = make_probe(make_blobs(n=31, seed=1))
    single = capture_snapshot(model, probe, ["net.1", "net.4", "net.6:input"])
    for layer in run.layers:
        np.testing.assert_allclose(run.activations(layer, epoch=2), single.activations[layer], rtol=2e-3, atol=2e-3)
    np.testing.assert_array_equal(run.predictions(epoch=2), single.predictions)
    np.testing.assert_allclose(run.losses(epoch=2), single.losses, rtol=1e-4, atol=1e-5)



@pytest.mark.slow
def test_ddp_with_a_dict_probe_of_a_bert_equals_a_single_process_capture(tmp_path):
    _ddp_fit(tmp_path, "dict")
    run = load_run(tmp_path)
    assert run.manifest["config"]["world_size"] == 2
    assert run.n_samples == 31 and run.epochs == [0, 2]
    model = TinyBert()
    model.load_state_dict(torch.load(tmp_path / "final-weights.pt"))
    probe = make_probe(DataLoader(token_batches(n=31, seed=1), batch_size=8))
    assert isinstance(probe.inputs, dict) and np.array_equal(run.sample_hashes(), probe.hashes())
    single = capture_snapshot(model, probe, list(run.layers))
    assert set(run.layers) == {"model:input", "model.bert.encoder.layer.1", "model.classifier:input"}
    for layer in run.layers:
        np.testing.assert_allclose(run.activations(layer, epoch=2), single.activations[layer], rtol=2e-3, atol=2e-3)
    np.testing.assert_array_equal(run.activations("model:input", epoch=2), probe.inputs["input_ids"].numpy())
    layer_meta = {layer["name"]: layer for layer in run.manifest["layers"]}
    assert layer_meta["model.bert.encoder.layer.1"]["attention_mask"] is True  # the mask reached every rank's pass
    np.testing.assert_array_equal(run.predictions(epoch=2), single.predictions)
    np.testing.assert_allclose(run.losses(epoch=2), single.losses, rtol=1e-4, atol=1e-5)

def _fit_with_checkpoints(output_dir, ckpt_dir, max_epochs, ckpt_path=None):
    pl.seed_everything(0, verbose=False)
    steps = [s for s in (3, 9, 15) if s <= 6 * max_epochs]  # 6 steps an epoch: only steps the run reaches
    callback = Latentris(
        probe=make_blobs(n=20, seed=2), epochs="all", steps=steps, output_dir=output_dir, export_on_fit_end=False
    )
    checkpoints = ModelCheckpoint(dirpath=ckpt_dir, save_top_k=-1, every_n_epochs=1)
    trainer = make_trainer([callback, checkpoints], max_epochs=max_epochs)
    trainer.fit(TinyNet(dropout=0.0), train_loader(shuffle=False), ckpt_path=ckpt_path)


def test_resume_from_a_mid_run_checkpoint_gives_the_same_snapshots(tmp_path):
    _fit_with_checkpoints(tmp_path / "run", tmp_path / "ckpt", max_epochs=4)
    shutil.copytree(tmp_path / "run", tmp_path / "uninterrupted")
    whole = load_run(tmp_path / "uninterrupted")
    keys = [(s.epoch, s.step) for s in whole.snapshots]
    assert keys == [(0, 0), (0, 3), (1, 6), (1, 9), (2, 12), (2, 15), (3, 18), (4, 24)]

    # as after a crash late in training: the store holds snapshots that the checkpoint of epoch 2 does not
    # know about; resuming from it must drop and retake them, neither duplicating nor losing any
    checkpoint = tmp_path / "ckpt" / "epoch=1-step=12.ckpt"
    _fit_with_checkpoints(tmp_path / "run", tmp_path / "ckpt2", max_epochs=4, ckpt_path=checkpoint)
    resumed = load_run(tmp_path / "run")
    assert [(s.epoch, s.step) for s in resumed.snapshots] == keys
    assert sorted(p.name for p in (tmp_path / "run" / "run" / "snapshots").iterdir()) == sorted(
        Path(s.dir).name for s in whole.snapshots
    )
    retaken = [s.index for s in resumed.snapshots if s.step > 12]
    assert all(
        resumed.manifest["snapshots"][i]["time"] > whole.manifest["snapshots"][i]["time"] for i in retaken
    ), "snapshots after the checkpoint were not retaken"
    for layer in whole.layers:
        for a, b in zip(whole.layer_series(layer), resumed.layer_series(layer), strict=True):
            np.testing.assert_allclose(a, b, rtol=1e-3, atol=1e-3)


def test_resume_refuses_a_run_of_other_settings(tmp_path):
    _fit_with_checkpoints(tmp_path, tmp_path / "ckpt", max_epochs=1)
    callback = Latentris(probe=make_blobs(n=20, seed=2), layers=["net.0"], output_dir=tmp_path, export_on_fit_end=False)
    with pytest.raises(MisconfigurationException, match="Resuming into .* recorded layers"):
        make_trainer([callback], max_epochs=2).fit(
            TinyNet(dropout=0.0), train_loader(), ckpt_path=tmp_path / "ckpt" / "epoch=0-step=6.ckpt"
        )


@pytest.mark.slow
def test_resume_after_moving_the_output_folder_says_how_to_resume_and_never_to_discard(tmp_path):
    original, moved, ckpt = tmp_path / "out", tmp_path / "moved", tmp_path / "ckpt" / "epoch=0-step=6.ckpt"
    _fit_with_checkpoints(original, tmp_path / "ckpt", max_epochs=1)
    taken = [(s.epoch, s.step) for s in load_run(original).snapshots]
    shutil.move(original, moved)
    # into the moved folder: the checkpoint's state is keyed by the old output_dir, so it cannot continue that run
    with pytest.raises(MisconfigurationException) as raised:
        _fit_with_checkpoints(moved, tmp_path / "ckpt2", max_epochs=2, ckpt_path=ckpt)
    message = str(raised.value)
    assert f"belongs to `output_dir={str(original)!r}`" in message and "3 captured snapshots" in message
    assert f"pass `output_dir={str(original)!r}` and move the run store back to {original / 'run'}" in message
    assert "pass `overwrite=True`" not in message
    # into the original place, which no longer holds the run: refused, not silently a new run without its snapshots
    with pytest.raises(MisconfigurationException, match=r"records 3 snapshots written to .*out/run, but that folder "
                                                        r"holds no run now \(moved or deleted\?\)"):
        _fit_with_checkpoints(original, tmp_path / "ckpt2", max_epochs=2, ckpt_path=ckpt)
    assert [(s.epoch, s.step) for s in load_run(moved).snapshots] == taken  # untouched by either attempt
    shutil.move(moved, original)  # as the message says: the run back in place, the same output_dir
    _fit_with_checkpoints(original, tmp_path / "ckpt2", max_epochs=2, ckpt_path=ckpt)
    assert [(s.epoch, s.step) for s in load_run(original).snapshots] == [*taken, (1, 9), (2, 12)]


def test_bf16_mixed_precision(tmp_path):
    callback = Latentris(probe=make_blobs(n=20), epochs=[0, 1], output_dir=tmp_path, export_on_fit_end=False)
    pl.seed_everything(0, verbose=False)
    make_trainer([callback], max_epochs=1, precision="bf16-mixed").fit(TinyNet(), train_loader())
    run = load_run(tmp_path)
    for layer in run.layers:
        assert np.isfinite(run.activations(layer, epoch=1)).all()
    assert np.isfinite(run.losses(epoch=1)).all()


def test_sharded_strategies_are_refused_with_a_clear_error():
    from lightning.pytorch.strategies import FSDPStrategy

    from latentris_lightning.capture.callback import _refuse_sharded

    with pytest.raises(MisconfigurationException,
                       match="sharded strategy FSDPStrategy.*Supported: single device and DDP"):
        _refuse_sharded(SimpleNamespace(strategy=FSDPStrategy()))
