"""The export's thread count: the free cores, or LATENTRIS_THREADS; restored after the export."""

import pytest
import torch

from latentris_lightning.threads import ENV, available_cores, choose_threads, torch_threads


def test_auto_leaves_the_cores_others_keep_busy():
    cores = available_cores()
    assert choose_threads({}, load=0.0) == {"threads": cores, "cores": cores, "load": 0.0, "source": "auto"}
    assert choose_threads({}, load=cores - 1 + 0.2)["threads"] == 1
    assert choose_threads({}, load=50.0)["threads"] == 1  # never below one thread
    if cores >= 2:
        assert choose_threads({}, load=1.4)["threads"] == cores - 1
        assert choose_threads({}, load=0.6)["threads"] == cores - 1  # rounded: 0.6 of a core counts as busy


def test_the_environment_sets_the_count():
    plan = choose_threads({ENV: "3"}, load=9.0)
    assert plan["threads"] == 3 and plan["source"] == "env" and plan["load"] == 9.0


@pytest.mark.parametrize("bad", ["0", "-1", "two", "1.5"])
def test_a_bad_environment_value_is_named(bad):
    with pytest.raises(ValueError, match=f"{ENV}='{bad}' is not a positive integer"):
        choose_threads({ENV: bad})


def test_torch_threads_restores_the_count():
    before = torch.get_num_threads()
    target = 1 if before != 1 else 2
    with torch_threads(target):
        assert torch.get_num_threads() == target
    assert torch.get_num_threads() == before
