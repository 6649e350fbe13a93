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


def _previous_path(run, method, params):
    """What project_run computed before it streamed its inputs: float32 copies of every snapshot, then the fit and
    the scores on copies of the rows valid everywhere (the same private steps, fed as they were)."""
    from latentris_lightning.projection import get_method
    from latentris_lightning.projection.pipeline import _plain, fit_holding_invalid, prepare_series
    from latentris_lightning.projection.quality import score_series

    full = get_method(method, **{"random_state": 0, **params}).get_params()
    out = []
    for layer in run.layers:
        series = [run.activations(layer, snapshot=s.index) for s in run.snapshots]
        assert all(m.dtype == np.float32 for m in series)
        masks, kept, fit_series = prepare_series(series, run.labels)
        fitted = fit_holding_invalid(method, full, fit_series, kept, masks)
        common = np.logical_and.reduce(masks)
        scores = score_series([m[common] for m in series], [f[common] for f in fitted], run.labels[common])
        out.append((fitted, [_plain(s) for s in scores]))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("method, params", [("pca", {}), ("joint", {"n_epochs": 15, "n_neighbors": 5})])
def test_streamed_float16_inputs_give_the_previous_positions_and_scores(tmp_path, method, params):
    from latentris_lightning.store.writer import RunWriter

    rng = np.random.default_rng(4)
    n = 70
    writer = RunWriter(tmp_path, labels=np.arange(n) % 3, class_names=["a", "b", "c"],
                       layers=[{"name": "narrow"}, {"name": "wide"}])
    for epoch in range(3):
        acts = {"narrow": rng.normal(size=(n, 6)).astype(np.float32),
                "wide": rng.normal(size=(n, 64)).astype(np.float32)}  # wider than joint's PCA-50 reduction
        if epoch == 1:
            acts["wide"][[3, 40]] = np.nan  # rows held and left out of the scores: the masked path
        writer.write_snapshot(epoch, epoch * 10, acts, np.arange(n) % 3)
    run = load_run(tmp_path)
    assert run.stored_activations("wide", snapshot=0).dtype == np.float16
    result = project_run(run, method, params=params, cache=False)
    for li, (fitted, scores) in enumerate(_previous_path(run, method, params)):
        for si in range(3):
            np.testing.assert_array_equal(result.embeddings[li][si], np.asarray(fitted[si], np.float32))
        np.testing.assert_equal(result.quality[li], scores)
    assert not result.valid[1][1][[3, 40]].any() and np.isfinite(result.quality[1][1]["trustworthiness"])


def test_the_cache_key_of_a_float16_series_is_that_of_its_float32_values(run):
    from latentris_lightning.projection.pipeline import series_key

    stored = [run.stored_activations("block1", snapshot=s.index) for s in run.snapshots]
    assert stored[0].dtype == np.float16
    as_read = [run.activations("block1", snapshot=s.index) for s in run.snapshots]
    assert series_key("pca", {}, "epochs", stored) == series_key("pca", {}, "epochs", as_read)
    assert series_key("pca", {}, "epochs", stored) != series_key("pca", {}, "epochs", as_read[::-1])
