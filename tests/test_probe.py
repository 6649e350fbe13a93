"""Probe sources, subsampling, metadata and thumbnails."""

from __future__ import annotations

import lightning.pytorch as pl
import numpy as np
import pytest
import torch
from helpers import TinyNet, make_blobs, make_trainer, train_loader
from lightning.pytorch.utilities.exceptions import MisconfigurationException
from torch.utils.data import DataLoader, TensorDataset

from latentris_lightning import Latentris, load_run
from latentris_lightning.capture.probe import Probe, make_probe, make_thumbnails


def skewed(n=200):
    x = torch.randn(n, 8, generator=torch.Generator().manual_seed(0))
    y = torch.tensor([0] * (n // 2) + [1] * (3 * n // 10) + [2] * (n - n // 2 - 3 * n // 10))
    return x, y


@pytest.mark.parametrize("kind", ["tensors", "dataset", "loader"])
def test_every_source_gives_the_same_stratified_subset(kind):
    x, y = skewed()
    source = {
        "tensors": (x, y),
        "dataset": TensorDataset(x, y),
        "loader": DataLoader(TensorDataset(x, y), batch_size=17),
    }[kind]
    probe = make_probe(source, size=20, seed=3)
    assert len(probe) == 20
    assert np.bincount(probe.labels).tolist() == [10, 6, 4]
    np.testing.assert_array_equal(probe.inputs.numpy(), x[probe.indices].numpy())
    np.testing.assert_array_equal(probe.labels, y[probe.indices].numpy())
    reference = make_probe((x, y), size=20, seed=3)
    np.testing.assert_array_equal(probe.indices, reference.indices)


def test_density_sampling_runs_through_the_probe():
    x, y = skewed()
    probe = make_probe((x, y), size=30, sampling="density", seed=1)
    assert len(probe) == 30 and np.bincount(probe.labels).tolist() == [15, 9, 6]
    assert not np.array_equal(probe.indices, make_probe((x, y), size=30, seed=1).indices)


def test_shuffled_loader_cannot_be_subsampled():
    x, y = skewed()
    with pytest.raises(MisconfigurationException, match="shuffled DataLoader"):
        make_probe(DataLoader(TensorDataset(x, y), batch_size=8, shuffle=True), size=10)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"size": 1}, r"`probe_size` must be an integer ≥ 2"),
        ({"sampling": "random"}, r"'random'.*'stratified', 'density', 'first'"),
    ],
)
def test_bad_sampling_arguments(kwargs, message):
    with pytest.raises(MisconfigurationException, match=message):
        make_probe(skewed(), **kwargs)


def test_thumbnails_of_images_and_none_for_vectors():
    images = torch.rand(5, 3, 64, 48)
    thumbs = make_thumbnails(images)
    assert thumbs.shape == (5, 32, 24, 3) and thumbs.dtype == np.uint8
    assert thumbs.reshape(5, -1).max(axis=1).tolist() == [255] * 5
    assert make_thumbnails(torch.rand(5, 28, 28)).shape == (5, 28, 28, 1)
    assert make_thumbnails(torch.rand(5, 8)) is None


def test_metadata_reaches_the_run_store(tmp_path):
    x, y = make_blobs(n=12)
    names = [f"sample #{i}" for i in range(12)]
    probe = Probe(x, y.numpy(), names=names, indices=np.arange(100, 112))
    callback = Latentris(probe=probe, epochs=[1], output_dir=tmp_path, export_on_fit_end=False)
    make_trainer([callback], max_epochs=1).fit(TinyNet(), train_loader())
    run = load_run(tmp_path)
    assert run.sample_names == names
    assert run.sample_metadata("indices").tolist() == list(range(100, 112))
    assert run.sample_metadata("thumbnails") is None


def test_probe_metadata_length_is_checked():
    x, y = make_blobs(n=12)
    with pytest.raises(MisconfigurationException, match="Probe names has 2 entries for 12 samples"):
        make_probe(Probe(x, y.numpy(), names=["a", "b"]))


class ValModel(TinyNet):
    def val_dataloader(self):
        x, y = skewed(300)
        return DataLoader(TensorDataset(x, y), batch_size=64)

    def validation_step(self, batch, batch_idx):
        pass


def test_probe_taken_from_the_validation_dataloader(tmp_path):
    callback = Latentris(probe="val", probe_size=40, epochs=[0, 1], output_dir=tmp_path, export_on_fit_end=False,
                         seed=4)
    pl.seed_everything(0, verbose=False)
    make_trainer([callback], max_epochs=1, num_sanity_val_steps=0).fit(ValModel(), train_loader())
    run = load_run(tmp_path)
    x, y = skewed(300)
    indices = run.sample_metadata("indices")
    assert run.n_samples == 40 and len(set(indices.tolist())) == 40
    np.testing.assert_array_equal(run.labels, y[indices].numpy())
    assert np.bincount(run.labels).tolist() == [20, 12, 8]
    assert run.manifest["config"]["probe_source"] == "val"


def test_probe_val_without_a_validation_dataloader(tmp_path):
    callback = Latentris(probe="val", output_dir=tmp_path)
    with pytest.raises(MisconfigurationException, match='`probe="val"` needs a validation dataloader'):
        make_trainer([callback], max_epochs=1).fit(TinyNet(), train_loader())


def test_unknown_probe_string():
    with pytest.raises(MisconfigurationException, match=r"`probe='train'` is not understood"):
        Latentris(probe="train")


@pytest.mark.parametrize("kind", ["tensors", "dataset", "loader"])
def test_one_hot_column_and_bool_labels_become_class_indices(kind):
    x = torch.randn(12, 4)
    y = torch.arange(12) % 3
    wrap = {
        "tensors": lambda labels: (x, labels),
        "dataset": lambda labels: TensorDataset(x, labels),
        "loader": lambda labels: DataLoader(TensorDataset(x, labels), batch_size=5),
    }[kind]
    one_hot = torch.nn.functional.one_hot(y, 3).float()
    assert make_probe(wrap(one_hot)).labels.tolist() == y.tolist()
    assert make_probe(wrap(y[:, None])).labels.tolist() == y.tolist()
    assert make_probe(wrap(y == 1)).labels.tolist() == (y == 1).long().tolist()
    soft = one_hot.clone()
    soft[7] = torch.tensor([0.2, 0.8, 0.0])
    where = {"tensors": r"Probe labels .* row 7", "dataset": r"label of Dataset item 7 .* row 0",
             "loader": r"labels of DataLoader batch 1 .* row 2"}[kind]
    with pytest.raises(MisconfigurationException, match=where + r" is \[0\.2, 0\.8, 0\.0\] .*soft or multi-label"):
        make_probe(wrap(soft))


def test_labels_of_other_shapes_are_refused_by_shape():
    x = torch.randn(6, 4)
    with pytest.raises(MisconfigurationException, match=r"\(N,\), \(N, 1\) or one-hot \(N, C\); got shape \[6, 2, 2\]"):
        make_probe((x, torch.zeros(6, 2, 2, dtype=torch.long)))
    with pytest.raises(MisconfigurationException, match=r"row 0 is \[1\.0, 1\.0\]"):  # two classes at once
        make_probe((x, torch.ones(6, 2)))
    with pytest.raises(MisconfigurationException, match=r"has 6 inputs but 5 labels"):
        make_probe((x, torch.arange(5)))
