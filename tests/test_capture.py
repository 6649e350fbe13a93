"""Layer resolution, output reduction and the probe pass on convolutional and odd models."""

from __future__ import annotations

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from lightning.pytorch.utilities.exceptions import MisconfigurationException
from torch import nn

from conftest import make_trainer
from latentris_lightning import Latentris, load_run
from latentris_lightning.capture import capture_snapshot, default_layers, reduce_output, resolve_layers
from latentris_lightning.probe import make_probe


class TinyCNN(pl.LightningModule):
    def __init__(self) -> None:
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 6, 3, padding=1), nn.ReLU())
        self.head = nn.Linear(6, 3)

    def forward(self, x):
        return self.head(self.features(x).mean(dim=(2, 3)))

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def images(n=12):
    g = torch.Generator().manual_seed(0)
    return torch.randn(n, 1, 5, 5, generator=g), torch.arange(n) % 3


def test_reductions_of_a_feature_map():
    x = torch.arange(2 * 3 * 2 * 2, dtype=torch.float32).reshape(2, 3, 2, 2)
    assert torch.equal(reduce_output(x, "mean"), x.mean(dim=(2, 3)))
    assert torch.equal(reduce_output(x, "max"), x.amax(dim=(2, 3)))
    assert reduce_output(x, "flatten").shape == (2, 12)
    assert reduce_output((x[:, :, 0, 0], "extra"), "mean").shape == (2, 3)
    assert reduce_output(torch.ones(4), "mean").shape == (4, 1)
    with pytest.raises(TypeError, match="holds no tensor"):
        reduce_output({"a": 1}, "mean")


def test_conv_layers_are_pooled_and_the_reduction_recorded(tmp_path):
    callback = Latentris(probe=images(), layers=["features.*"], epochs=[0, 1], output_dir=tmp_path, export=False)
    x, y = images(24)
    make_trainer([callback], max_epochs=1).fit(TinyCNN(), torch.utils.data.DataLoader(list(zip(x, y)), batch_size=8))
    run = load_run(tmp_path)
    assert run.layers == ["features.0", "features.1", "features.2", "features.3"]
    assert run.activations("features.2", epoch=1).shape == (12, 6)
    info = run.layer_info("features.2")
    assert info["reduction"] == "mean" and info["output_shape"] == [6, 5, 5] and info["module_type"] == "Conv2d"
    assert info["reason"] == "matched pattern 'features.*'"


def test_flatten_reduction_keeps_every_value():
    model = TinyCNN()
    snap = capture_snapshot(model, make_probe(images()), ["features.1"], reduction="flatten")
    assert snap.activations["features.1"].shape == (12, 4 * 5 * 5)


def test_probe_batches_are_stitched_in_order():
    model = TinyCNN()
    probe = make_probe(images(10))
    whole = capture_snapshot(model, probe, ["features.3"], batch_size=10)
    pieces = capture_snapshot(model, probe, ["features.3"], batch_size=3)
    np.testing.assert_allclose(whole.activations["features.3"], pieces.activations["features.3"], rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(whole.predictions, pieces.predictions)
    assert whole.predictions.shape == (10,) and set(whole.predictions) <= {0, 1, 2}


def test_default_layers_are_evenly_spaced_and_end_with_the_last():
    model = nn.Sequential(*[nn.Linear(4, 4) for _ in range(9)])
    assert [info.name for info in default_layers(model)] == ["0", "3", "5", "8"]
    small = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
    assert [info.name for info in default_layers(small)] == ["0", "2"]
    with pytest.raises(MisconfigurationException, match="no leaf module with parameters"):
        default_layers(nn.Sequential(nn.ReLU()))


def test_resolution_keeps_model_order_and_drops_duplicates():
    model = TinyCNN()
    names = [info.name for info in resolve_layers(model, ["head", "features.0", "features.[02]"])]
    assert names == ["features.0", "features.2", "head"]


def test_a_module_used_twice_per_forward_is_refused():
    class Shared(nn.Module):
        def __init__(self):
            super().__init__()
            self.block = nn.Linear(3, 3)

        def forward(self, x):
            return self.block(self.block(x))

    with pytest.raises(RuntimeError, match="called more than once per forward"):
        capture_snapshot(Shared(), make_probe((torch.randn(4, 3), torch.arange(4) % 2)), ["block"])


def test_a_module_forward_never_calls_is_refused():
    class Unused(nn.Module):
        def __init__(self):
            super().__init__()
            self.used, self.spare = nn.Linear(3, 2), nn.Linear(3, 2)

        def forward(self, x):
            return self.used(x)

    model = Unused()
    with pytest.raises(RuntimeError, match="'spare' was never called"):
        capture_snapshot(model, make_probe((torch.randn(4, 3), torch.arange(4) % 2)), ["spare", "used"])
    assert not model.spare._forward_hooks and not model.used._forward_hooks, "hooks left installed"
