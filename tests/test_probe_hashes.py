"""Per-sample content hashes of the probe: pinned for the dtypes numpy has (run stores written before must still
match), and defined for the ones it lacks (a bfloat16 probe of a model trained on bfloat16 data)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from helpers import TinyNet, make_blobs, make_trainer
from torch.utils.data import DataLoader, TensorDataset

from latentris_lightning import Latentris, load_run
from latentris_lightning.capture.probe import make_probe, sample_hashes


def hexes(hashes: np.ndarray) -> list[str]:
    return [f"{int(h):016x}" for h in hashes]


def test_hashes_are_the_ones_earlier_releases_wrote():
    # computed with the numpy-based hashing of earlier releases: a run store's samples/hashes.npy holds these
    x = torch.arange(24, dtype=torch.float32).reshape(3, 2, 4) / 7
    assert hexes(sample_hashes(x)) == ["682dff9187a7867d", "c36078766fb4dae1", "855ed79db5005886"]
    assert hexes(sample_hashes(torch.arange(3, dtype=torch.float64))) == [
        "84993b555fde19ec", "46aff58860a16549", "83ac8e0607c721d2"]
    tokens = {"input_ids": torch.arange(12).reshape(3, 4),
              "attention_mask": torch.tensor([[1, 1, 1, 0], [1, 1, 0, 0], [1, 1, 1, 1]]),
              "m": torch.tensor([True, False, True])}
    assert hexes(sample_hashes(tokens)) == ["cac17f135d704862", "6721beac23253200", "a17e478a39559265"]
    pair = (x, torch.arange(3, dtype=torch.int32))
    assert hexes(sample_hashes(pair)) == ["5dfc425da1ff751b", "3197ba56bcde51a6", "122658150beb0e35"]
    # the values as stored, not their memory layout
    assert np.array_equal(sample_hashes(x.transpose(1, 2)), sample_hashes(x.transpose(1, 2).contiguous()))


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float8_e4m3fn])
def test_dtypes_numpy_lacks_hash_by_their_bytes(dtype):
    x = torch.arange(24, dtype=torch.float32).reshape(6, 4) / 7
    low = x.to(dtype)
    hashes = sample_hashes(low)
    assert hashes.dtype == np.uint64 and len(set(hashes.tolist())) == 6
    assert np.array_equal(hashes, sample_hashes(low.clone()))  # a pure function of the values
    assert not np.array_equal(hashes, sample_hashes(x))  # the dtype is part of the hash
    changed = low.clone()
    changed[4, 1] = 2.0
    assert (sample_hashes(changed) != hashes).tolist() == [i == 4 for i in range(6)]
    as_dict = sample_hashes({"pixel_values": low, "ids": torch.arange(6)})
    assert len(set(as_dict.tolist())) == 6


def test_a_bfloat16_probe_fits_under_bf16_true_precision(tmp_path):
    x, y = make_blobs(n=48)
    x = x.bfloat16()
    probe = make_probe((x, y))
    assert probe.inputs.dtype == torch.bfloat16 and len(set(probe.hashes().tolist())) == 48
    callback = Latentris((x, y), layers=["net.2", "net.6:input"], epochs=[0, 1], output_dir=tmp_path,
                         export_on_fit_end=False, metrics=False)
    make_trainer([callback], max_epochs=1, precision="bf16-true").fit(
        TinyNet(), DataLoader(TensorDataset(x, y), batch_size=16))
    run = load_run(tmp_path)
    assert np.array_equal(run.sample_hashes(), probe.hashes())
    for layer in run.layers:
        assert np.isfinite(run.activations(layer, epoch=1)).all()
