"""Snapshot schedules: explicit, every n, log-spaced, steps; and their errors."""

from __future__ import annotations

from itertools import pairwise

import lightning.pytorch as pl
import pytest
from helpers import TinyNet, make_blobs, make_trainer, train_loader
from lightning.pytorch.utilities.exceptions import MisconfigurationException

from latentris_lightning import Latentris, load_run
from latentris_lightning.capture.schedule import Schedule, log_spaced, never_reached


@pytest.mark.parametrize(
    ("epochs", "max_epochs", "expected"),
    [
        ([5, 0, 2, 2], 5, [0, 2, 5]),
        (None, 3, [0, 1, 2, 3]),
        ("all", 30, list(range(31))),
        (4, 10, [0, 4, 8, 10]),
        (1, 2, [0, 1, 2]),
    ],
)
def test_resolution(epochs, max_epochs, expected):
    assert Schedule(epochs).resolve(max_epochs) == expected


def test_log_spacing_is_dense_early_and_ends_at_the_last_epoch():
    epochs = log_spaced(200)
    assert epochs[:4] == [0, 1, 2, 3] and epochs[-1] == 200 and len(epochs) <= 20
    gaps = [b - a for a, b in pairwise(epochs)]
    assert gaps == sorted(gaps)
    assert Schedule(None).resolve(200) == epochs
    assert log_spaced(5) == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("kwargs", "max_epochs", "message"),
    [
        ({"epochs": [0, 7]}, 5, r"\[7\] lie beyond the Trainer's max_epochs=5"),
        ({"epochs": "log"}, -1, "needs a Trainer with a finite `max_epochs`"),
    ],
)
def test_resolution_errors(kwargs, max_epochs, message):
    with pytest.raises(MisconfigurationException, match=message):
        Schedule(**kwargs).resolve(max_epochs)


def test_steps_beyond_max_steps():
    with pytest.raises(MisconfigurationException, match=r"`steps` \[500\] lie beyond the Trainer's max_steps=100"):
        Schedule([0], steps=[10, 500]).resolve(3, max_steps=100)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"epochs": "sometimes"}, "not understood"),
        ({"epochs": 0}, "must be at least 1"),
        ({"epochs": [1.5]}, "non-negative integers"),
        ({"epochs": []}, "empty"),
        ({"epochs": True}, "not understood"),
        ({"steps": "10"}, "list of global steps"),
        ({"steps": [-3]}, "non-negative integers"),
    ],
)
def test_bad_schedules_fail_at_construction(kwargs, message):
    with pytest.raises(MisconfigurationException, match=message):
        Schedule(**kwargs)


def test_step_snapshots_in_training(tmp_path):
    # 96 samples / batch 16 = 6 steps per epoch; step 6 is the end of epoch 1, which the epoch snapshot covers
    callback = Latentris(probe=make_blobs(n=12), epochs=[0, 1, 2], steps=[2, 4, 6, 9], output_dir=tmp_path,
                         export_on_fit_end=False)
    pl.seed_everything(0, verbose=False)
    make_trainer([callback], max_epochs=2).fit(TinyNet(), train_loader())
    run = load_run(tmp_path)
    assert [(s.epoch, s.step, s.kind) for s in run.snapshots] == [
        (0, 0, "epoch"), (0, 2, "step"), (0, 4, "step"), (1, 6, "epoch"), (1, 9, "step"), (2, 12, "epoch"),
    ]
    assert run.epochs == [0, 1, 2]
    assert run.snapshots[1].label == "epoch 0 · step 2"
    assert (tmp_path / "run" / "snapshots" / "e0000-s0000004").is_dir()
    assert len(run.layer_series(run.layers[0])) == 6


def test_never_reached_names_the_steps_and_epochs_beyond_the_run():
    # 12 steps of 6 per epoch: step 12 and epoch 2 are the last ones taken
    assert never_reached([0, 1, 2], frozenset({0, 12}), 12, 6) is None
    message = never_reached([0, 2, 3, 5], frozenset({12, 13, 10**6}), 12, 6)
    assert "`steps` [13, 1000000] lie beyond the run's last optimiser step (12)" in message
    assert "`epochs` [3, 5] lie beyond its last epoch (2: 12 steps at 6 per epoch)" in message
    assert "estimated_stepping_batches=12" in message
    # max_steps inside an epoch: that epoch still ends (Lightning runs on_train_epoch_end), the next is never reached
    assert "`epochs` [3]" in never_reached([0, 1, 2, 3], frozenset(), 8, 6)
    assert never_reached([0, 5], frozenset({10**6}), float("inf"), 6) is None  # an unbounded run reaches everything


@pytest.mark.slow
@pytest.mark.parametrize(
    ("schedule", "limits", "warning", "taken"),
    [  # 6 steps per epoch: 2 epochs are 12 steps; max_steps=10 stops inside epoch 2
        ({"epochs": [0, 2], "steps": [2, 10**6]}, {"max_epochs": 2},
         r"`steps` \[1000000\] lie beyond the run's last optimiser step \(12\)", [(0, 0), (0, 2), (2, 12)]),
        ({"epochs": [0, 1, 2, 4]}, {"max_epochs": 5, "max_steps": 10},
         r"`epochs` \[4\] lie beyond its last epoch \(2: 10 steps at 6 per epoch\)", [(0, 0), (1, 6), (2, 10)]),
    ],
)
def test_a_fit_warns_at_start_about_snapshots_beyond_the_run(tmp_path, schedule, limits, warning, taken):
    callback = Latentris(probe=make_blobs(n=12), output_dir=tmp_path, export_on_fit_end=False, metrics=False,
                         **schedule)
    with pytest.warns(UserWarning, match=warning + r".*will never be taken"):
        make_trainer([callback], **limits).fit(TinyNet(), train_loader())
    assert [(s.epoch, s.step) for s in load_run(tmp_path).snapshots] == taken
