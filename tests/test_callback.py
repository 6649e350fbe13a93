"""The callback end to end on a tiny model: what it writes, that it never changes training, and its errors."""

from __future__ import annotations

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from helpers import TinyNet, make_blobs, make_trainer, train_loader
from lightning.pytorch.callbacks import Callback
from lightning.pytorch.utilities.exceptions import MisconfigurationException

from latentris_lightning import Latentris, load_run
from latentris_lightning.capture.probe import make_probe
from latentris_lightning.capture.probe_pass import capture_snapshot


def fit(callbacks=(), max_epochs=3, seed=0) -> TinyNet:
    pl.seed_everything(seed, verbose=False)
    model = TinyNet()
    make_trainer(callbacks, max_epochs=max_epochs).fit(model, train_loader(seed))
    return model


def test_writes_exactly_the_configured_epochs_and_layers(tmp_path, probe_blobs):
    cb = Latentris(probe=probe_blobs, layers=["net.0", "net.2", "net.5"], epochs=[0, 1, 3], output_dir=tmp_path,
                   export_on_fit_end=False)
    fit([cb], max_epochs=3)
    run = load_run(tmp_path)
    assert run.epochs == [0, 1, 3]
    assert run.layers == ["net.0", "net.2", "net.5"]
    dims = {"net.0": 16, "net.2": 16, "net.5": 8}
    for layer, dim in dims.items():
        for epoch in (0, 1, 3):
            a = run.activations(layer, epoch=epoch)
            assert a.shape == (30, dim) and a.dtype == np.float32
    snapshot_dirs = sorted(p.name for p in (tmp_path / "run" / "snapshots").iterdir())
    assert snapshot_dirs == ["e0000", "e0001", "e0003"]
    assert sorted(p.name for p in (tmp_path / "run" / "snapshots" / "e0001").iterdir()) == [
        "layer-000.npy", "layer-001.npy", "layer-002.npy", "losses.npy", "predictions.npy",
    ]
    assert np.isfinite(run.losses(epoch=3)).all() and (run.losses(epoch=3) >= 0).all()
    np.testing.assert_array_equal(run.correct(epoch=3), run.predictions(epoch=3) == run.labels)
    np.testing.assert_array_equal(run.labels, probe_blobs[1].numpy())
    assert run.predictions(epoch=3).shape == (30,)
    assert set(run.predictions(epoch=3)) <= {0, 1, 2}
    assert not (tmp_path / "site").exists()


def test_training_is_identical_with_and_without_the_callback(tmp_path, probe_blobs):
    """Dropout (RNG) and batch norm (running statistics) would both reveal any disturbance."""
    plain = fit(max_epochs=3)
    watched = fit([Latentris(probe=probe_blobs, epochs=[0, 1, 2, 3], output_dir=tmp_path, export_on_fit_end=False)],
                  max_epochs=3)
    plain_state, watched_state = plain.state_dict(), watched.state_dict()
    assert plain_state.keys() == watched_state.keys()
    for key in plain_state:
        assert torch.equal(plain_state[key], watched_state[key]), key
    assert watched.training, "the model's training mode was not restored"


class _Noisy(torch.nn.Module):
    """Draws random numbers in every forward pass, even in eval mode (as some user models do)."""

    def forward(self, x):
        return x + 0.0 * torch.randn_like(x)


def test_capture_restores_module_modes_and_rng(probe_blobs):
    model = TinyNet()
    model.net.insert(0, _Noisy())
    model.train()
    model.net[2].eval()  # a user-frozen batch norm must stay in eval mode
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    capture_snapshot(model, make_probe(probe_blobs), ["net.4"])
    assert torch.equal(torch.rand(3), expected), "capturing consumed the global RNG"
    assert model.training and model.net[1].training and not model.net[2].training


def test_building_the_probe_from_a_shuffled_dataloader_leaves_rng_untouched(probe_blobs):
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(*probe_blobs), batch_size=7, shuffle=True)
    torch.manual_seed(7)
    expected = torch.rand(3)
    torch.manual_seed(7)
    probe = make_probe(loader)
    assert torch.equal(torch.rand(3), expected)
    assert len(probe) == 30


def test_snapshot_e_is_the_model_after_e_completed_epochs(tmp_path, probe_blobs):
    watched_run = tmp_path / "watched"
    fit([Latentris(probe=probe_blobs, layers=["net.5"], epochs=[0, 2], output_dir=watched_run,
                   export_on_fit_end=False)], max_epochs=4)
    run = load_run(watched_run)
    probe = make_probe(probe_blobs)
    for epochs in (0, 2):
        reference = fit(max_epochs=epochs) if epochs else _untrained()
        expected = capture_snapshot(reference, probe, ["net.5"]).activations["net.5"]
        np.testing.assert_allclose(run.activations("net.5", epoch=epochs), expected, rtol=2e-3, atol=2e-3)


def _untrained() -> TinyNet:
    pl.seed_everything(0, verbose=False)
    return TinyNet()


@pytest.mark.slow
def test_exports_a_site_when_fit_ends(tmp_path, probe_blobs):
    fit([Latentris(probe=probe_blobs, epochs=[0, 2], output_dir=tmp_path)], max_epochs=2)
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "data" / "manifest.js").is_file()
    assert (tmp_path / "site" / ".nojekyll").is_file()


def test_default_layers_and_schedule(tmp_path, probe_blobs):
    cb = Latentris(probe=probe_blobs, output_dir=tmp_path, export_on_fit_end=False)
    fit([cb], max_epochs=2)
    run = load_run(tmp_path)
    assert run.epochs == [0, 1, 2]
    # evenly spaced blocks of the repeat group, then the penultimate representation (what the classifier head reads)
    assert run.layers == ["net.0", "net.4", "net.6:input"]  # the Linear layers but the head, then its input
    assert all(layer["reason"].startswith("default") for layer in run.manifest["layers"])
    assert run.activations("net.6:input", epoch=2).shape == (30, 8)


class _CountSteps(Callback):
    steps = 0

    def on_train_batch_start(self, *args):
        type(self).steps += 1


def test_unknown_layer_fails_at_setup_listing_module_names(tmp_path, probe_blobs):
    cb = Latentris(probe=probe_blobs, layers=["net.1", "encoder.fc"], output_dir=tmp_path)
    counter = _CountSteps()
    with pytest.raises(MisconfigurationException, match=r"'encoder\.fc'.*Module tree: net, net\.\{0\.\."):
        make_trainer([cb, counter], max_epochs=1).fit(TinyNet(), train_loader())
    assert counter.steps == 0, "training started before the bad layer name was reported"


def test_glob_pattern_selects_layers(tmp_path, probe_blobs):
    cb = Latentris(probe=probe_blobs, layers=["net.[05]"], epochs=[1], output_dir=tmp_path, export_on_fit_end=False)
    fit([cb], max_epochs=1)
    assert load_run(tmp_path).layers == ["net.0", "net.5"]


def test_epoch_beyond_max_epochs_fails_before_training(tmp_path, probe_blobs):
    cb = Latentris(probe=probe_blobs, epochs=[0, 5], output_dir=tmp_path)
    with pytest.raises(MisconfigurationException, match=r"\[5\].*max_epochs=3.*0\.\.3"):
        make_trainer([cb], max_epochs=3).fit(TinyNet(), train_loader())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"probe": (torch.empty(0, 8), torch.empty(0, dtype=torch.long))}, "empty"),
        ({"probe": torch.utils.data.TensorDataset(torch.randn(4, 8))}, "needs labels"),
        ({"probe": (torch.randn(4, 8), None)}, "needs labels"),
        ({"probe": (torch.randn(4, 8), torch.tensor([0.5, 1.0, 0.0, 1.0]))}, "integer class indices"),
        ({"probe": (torch.randn(4, 8), torch.tensor([0, 1, 2]))}, "4 inputs but 3 labels"),
        ({"epochs": [0, -1]}, "non-negative integers"),
        ({"epochs": []}, "empty"),
        ({"methods": ["tsnee"]}, r"Unknown projection method 'tsnee'.*'pca'"),
        ({"reduction": "median"}, r"'median'.*'mean', 'max', 'flatten'"),
        ({"class_names": ["a", "b"]}, r"2 names but the probe labels go up to 2"),
        ({"layers": []}, "non-empty list"),
        ({"dtype": "int8"}, r"'int8'.*'float16', 'float32'"),
    ],
)
def test_bad_arguments_fail_in_init(kwargs, message):
    args = {"probe": make_blobs(n=9), **kwargs}
    with pytest.raises(MisconfigurationException, match=message):
        Latentris(**args)


def test_existing_run_is_never_silently_replaced(tmp_path, probe_blobs):
    fit([Latentris(probe=probe_blobs, epochs=[1], output_dir=tmp_path, export_on_fit_end=False)], max_epochs=1)
    with pytest.raises(MisconfigurationException, match="already holds a Latentris run.*overwrite=True"):
        fit([Latentris(probe=probe_blobs, epochs=[1], output_dir=tmp_path, export_on_fit_end=False)], max_epochs=1)
    assert load_run(tmp_path).epochs == [1]
    fit([Latentris(probe=probe_blobs, epochs=[0], output_dir=tmp_path, export_on_fit_end=False, overwrite=True)],
        max_epochs=1)
    assert load_run(tmp_path).epochs == [0]


class _RecordLosses(Callback):
    """The batch losses of every epoch, as training_step returned them (the reference for the callback's record)."""

    def __init__(self) -> None:
        self.epochs: dict[int, list[float]] = {}

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        self.epochs.setdefault(trainer.current_epoch, []).append(float(outputs["loss"]))


def test_each_snapshot_stores_its_epochs_training_loss(tmp_path, probe_blobs):
    reference = _RecordLosses()
    fit([reference, Latentris(probe=probe_blobs, epochs=[0, 1, 3], steps=[8], output_dir=tmp_path,
                              export_on_fit_end=False)], max_epochs=3)
    run = load_run(tmp_path)
    records = {(s["epoch"], s["step"]): s.get("train_loss") for s in run.manifest["snapshots"]}
    assert records[(0, 0)] is None, "the untrained model has no training loss"
    for (epoch, step), record in records.items():
        if step == 0:
            continue
        # an epoch snapshot: the epoch just completed; the step snapshot (step 8, inside epoch 1): its batches so far
        losses = reference.epochs[epoch - 1] if step % 6 == 0 else reference.epochs[epoch][: step - 6 * epoch]
        assert record["batches"] == len(losses) and record["nonfinite_batches"] == 0
        assert record["mean"] == pytest.approx(np.mean(losses), rel=1e-6)
        assert record["std"] == pytest.approx(np.std(losses), rel=1e-4, abs=1e-9)
    by_step = {s.step: s.train_loss for s in run.snapshots}
    assert np.isnan(by_step[0]) and by_step[18] == pytest.approx(np.mean(reference.epochs[2]), rel=1e-6)
