"""Diverged training (NaN/Inf activations and predictions): capture goes on and marks it, the projections hold the
invalid points instead of crashing, the metrics raise the divergence alert, and the site carries all of it."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from helpers import DIVERGED_N as N
from helpers import TinyNet, decode_data_file, diverged_run, make_blobs, make_trainer, train_loader

from latentris_lightning import Latentris, load_run
from latentris_lightning.capture.probe_pass import predictions_from_output
from latentris_lightning.cli import main
from latentris_lightning.projection.pipeline import prepare_series, project_run
from latentris_lightning.site.build import build_site_files
from latentris_lightning.site.bundle import read_positions
from latentris_lightning.store.writer import RunWriter


def test_the_store_marks_nonfinite_snapshots_and_samples(tmp_path):
    run = diverged_run(tmp_path / "run")
    records = run.manifest["snapshots"]
    assert "nonfinite" not in records[0] and "nonfinite" not in records[1]
    assert records[2]["nonfinite"] == {"l0": 3}
    assert records[3]["nonfinite"] == {"l0": N, "l1": N}
    assert np.flatnonzero(run.nonfinite(snapshot=2)[:, 0]).tolist() == [3, 7, 11]
    assert not run.nonfinite(snapshot=2)[:, 1].any()
    assert run.nonfinite(snapshot=3).all() and not run.nonfinite(snapshot=0).any()


def test_float32_storage_keeps_large_values_finite(tmp_path):
    run = diverged_run(tmp_path / "run", dtype="float32")
    assert np.flatnonzero(run.nonfinite(snapshot=2)[:, 0]).tolist() == [3, 7]


def test_nonfinite_logits_give_unknown_predictions():
    logits = torch.tensor([[0.1, 2.0], [float("nan"), 1.0], [float("inf"), 0.0], [3.0, -1.0]])
    assert predictions_from_output(logits).tolist() == [1, -1, -1, 0]
    binary = torch.tensor([[0.5], [float("nan")], [-2.0]])
    assert predictions_from_output(binary).tolist() == [1, -1, 0]


def test_prepare_series_leaves_out_diverged_matrices_and_fills_bad_rows_by_class():
    labels = np.array([0, 0, 1, 1, 1])
    good = np.arange(10, dtype=float).reshape(5, 2)
    partial = good.copy()
    partial[1] = np.nan  # class 0: replaced by the centroid of its other member, row 0
    partial[4, 0] = np.inf  # class 1: by the centroid of rows 2 and 3
    mostly_bad = np.full((5, 2), np.nan)
    mostly_bad[0] = 1.0
    valid, kept, fit_series = prepare_series([good, partial, mostly_bad], labels)
    assert kept == [0, 1]
    assert [v.tolist() for v in valid] == [[True] * 5, [True, False, True, True, False], [True] + [False] * 4]
    np.testing.assert_array_equal(fit_series[0], good)
    np.testing.assert_array_equal(fit_series[1][1], good[0])
    np.testing.assert_array_equal(fit_series[1][4], (good[2] + good[3]) / 2)
    assert all(np.isfinite(m).all() for m in fit_series)


def test_projections_hold_invalid_points_at_their_last_valid_position(tmp_path):
    run = diverged_run(tmp_path / "run")
    for method in ("pca", "joint"):
        projection = project_run(run, method, cache=False)
        layer0 = np.stack(projection.embeddings[0])
        assert np.isfinite(layer0).all()
        valid = np.stack(projection.valid[0])
        assert valid[:2].all() and not valid[3].any()
        assert np.flatnonzero(~valid[2]).tolist() == [3, 7, 11]
        bad = [3, 7, 11]
        ok = np.setdiff1d(np.arange(N), bad)
        np.testing.assert_array_equal(layer0[3, ok], layer0[2, ok],
                                      err_msg="the diverged snapshot is held, not invented")
        np.testing.assert_array_equal(layer0[2, bad], layer0[1, bad])
        np.testing.assert_array_equal(layer0[3, bad], layer0[1, bad])
        assert not np.array_equal(layer0[2, 0], layer0[1, 0]), "valid samples still move"
        assert projection.n_invalid == 3 + 2 * N
        quality = projection.quality[0]
        assert np.isfinite(quality[2]["trustworthiness"]) and np.isnan(quality[3]["trustworthiness"])
    # along the layers axis the last snapshot has no valid layer at all: every point stays at 0, marked invalid
    projection = project_run(run, "joint", axis="layers", cache=False)
    assert np.all(projection.embeddings[0][3] == 0) and not projection.valid[1][3].any()


@pytest.mark.slow
def test_a_diverged_run_exports_with_marks_and_the_divergence_alert(tmp_path):
    run = diverged_run(tmp_path / "run")
    files = build_site_files(run, progress=False)
    _, manifest = decode_data_file(files["data/manifest.js"])
    divergence = [a for a in manifest["alerts"] if a["rule"] == "divergence"]
    assert [(a["layer"], a["snapshot"]) for a in divergence] == [("l0", 2), ("l1", 3)]
    assert "NaN or infinite" in divergence[0]["message"]
    assert manifest["nonfinite"][0][:2] == [0.0, 0.0] and manifest["nonfinite"][0][3] == 1.0
    assert 0 < manifest["nonfinite"][0][2] < 1
    positions, invalid, _, _ = read_positions(files, "joint", 0)
    assert np.flatnonzero(invalid[2]).tolist() == [3, 7, 11] and invalid[3].all() and not invalid[:2].any()
    assert positions.shape == (4, N, 3) and np.isfinite(positions).all()
    # layer 1 is healthy until the last snapshot: its chunk says so too
    assert read_positions(files, "joint", 1)[1].sum(axis=1).tolist() == [0, 0, 0, N]
    # predictions of the diverged snapshot are unknown, not a made-up class
    predictions = np.frombuffer(manifest["predictions"], dtype="<i2").reshape(4, N)
    assert (predictions[3] == -1).all()
    # a healthy run carries no marks
    healthy = tmp_path / "healthy"
    writer = RunWriter(healthy, labels=np.arange(N) % 3, class_names=["a", "b", "c"], layers=[{"name": "l0"}])
    for epoch in range(2):
        writer.write_snapshot(epoch, epoch, {"l0": np.random.default_rng(epoch).normal(size=(N, 4))}, np.zeros(N))
    files = build_site_files(load_run(healthy), progress=False, methods=["pca"], flow=False)
    assert "nonfinite" not in decode_data_file(files["data/manifest.js"])[1]
    assert read_positions(files, "pca", 0)[1] is None


@pytest.mark.slow
def test_the_cli_exports_a_diverged_run(tmp_path):
    diverged_run(tmp_path / "run")
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site"), "--methods", "pca"]) == 0
    assert (tmp_path / "site" / "index.html").is_file()
    # cached projections of a diverged run give the same site again
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site"), "--methods", "pca"]) == 0


class BlowsUp(TinyNet):
    """Healthy for two epochs, then a weight turns NaN (what an exploding learning rate ends in); the next optimiser
    step spreads it to every weight."""

    def on_train_epoch_start(self) -> None:
        if self.current_epoch == 2:
            with torch.no_grad():
                self.net[4].weight[0, 0] = float("nan")


@pytest.mark.slow
def test_a_training_run_that_diverges_keeps_capturing_and_exports(tmp_path):
    callback = Latentris(probe=make_blobs(n=30), layers=["net.2", "net.5"], epochs="all", output_dir=tmp_path,
                         methods=["pca"])
    make_trainer([callback], max_epochs=4).fit(BlowsUp(), train_loader())
    run = load_run(tmp_path)
    assert run.epochs == [0, 1, 2, 3, 4], "capture stopped at the divergence"
    marks = [s.get("nonfinite") for s in run.manifest["snapshots"]]
    assert marks == [None, None, None, {"net.2": 30, "net.5": 30}, {"net.2": 30, "net.5": 30}]
    assert run.nonfinite(epoch=3).all() and not run.nonfinite(epoch=2).any()
    assert (run.predictions(epoch=3) == -1).all() and (run.predictions(epoch=2) >= 0).all()
    alerts = json.loads((tmp_path / "run" / "alerts.json").read_text())
    found = {(a["rule"], a["layer"], a["epoch"]) for a in alerts}
    assert found >= {("divergence", "net.2", 3), ("divergence", "net.5", 3)}
    assert (tmp_path / "site" / "index.html").is_file(), "the site of a diverged run was not exported"
    invalid = read_positions(tmp_path / "site", "pca", 1)[1]
    assert invalid.sum(axis=1).tolist() == [0, 0, 0, 30, 30]
