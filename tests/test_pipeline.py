"""Projecting whole runs: both alignment axes, faithfulness scores, and the on-disk cache."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import make_run

from latentris_lightning import load_run
from latentris_lightning.projection.pipeline import project_run


@pytest.fixture
def run(tmp_path):
    make_run(tmp_path, epochs=(0, 1, 2), n=40, dims=(6, 9))
    return load_run(tmp_path)


def test_epoch_axis_projects_each_layer_over_its_snapshots(run):
    result = project_run(run, "pca")
    assert result.axis == "epochs" and result.method == "pca"
    assert [[e.shape for e in row] for row in result.embeddings] == [[(40, 3)] * 3] * 2
    scores = result.quality[1]
    assert np.isnan(scores[0]["stab_spearman"]) and np.isfinite(scores[2]["stab_spearman"])
    assert all(0 <= s["trustworthiness"] <= 1 and 0 <= s["knn15"] <= 1 for s in scores)
    assert "neighborhood_hit" in scores[0]
    assert result.params["random_state"] == 0 and len(result.seconds) == 2


def test_layer_axis_projects_each_snapshot_over_its_layers(run):
    result = project_run(run, "joint", axis="layers", params={"n_epochs": 20, "n_neighbors": 5})
    assert [[e.shape for e in row] for row in result.embeddings] == [[(40, 3)] * 3] * 2
    assert len(result.seconds) == 3  # one fit per snapshot
    assert all(np.isnan(q["stab_spearman"]) for row in result.quality for q in row)


def test_results_are_cached_by_inputs_and_parameters(run):
    first = project_run(run, "pca", seed=1)
    again = project_run(run, "pca", seed=1)
    assert first.cached == 0 and again.cached == 2
    for a, b in zip(first.embeddings, again.embeddings, strict=True):
        assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    np.testing.assert_equal(again.quality, first.quality)  # NaN-aware
    other = project_run(run, "pca", seed=1, params={"normalize": None})
    assert other.cached == 0
    assert not np.allclose(other.embeddings[0][2], first.embeddings[0][2])
    assert len(list((run.path / "cache" / "projections").glob("pca-*.npz"))) == 4


def test_a_damaged_cache_entry_is_recomputed(run):
    project_run(run, "pca")
    for entry in (run.path / "cache" / "projections").glob("*.npz"):
        entry.write_bytes(b"not an npz")
    result = project_run(run, "pca")
    assert result.cached == 0 and np.isfinite(result.embeddings[0][0]).all()


def test_bad_axis(run):
    with pytest.raises(ValueError, match=r"axis='time' is not supported; choose one of \('epochs', 'layers'\)"):
        project_run(run, "pca", axis="time")
