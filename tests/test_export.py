"""Export: quantisation, the data-file wrapper, the manifest, atomic site writing and failure safety."""

from __future__ import annotations

import re

import numpy as np
import pytest
from helpers import decode_data_file, make_run

from latentris_lightning import export_site, load_run
from latentris_lightning.site.build import build_site_files, render_index
from latentris_lightning.site.bundle import QUANT_MAX, data_script, dequantize, quantize
from latentris_lightning.store.reader import epoch_positions


def test_quantisation_uses_one_box_for_all_snapshots_and_loses_little():
    rng = np.random.default_rng(0)
    series = [rng.normal(size=(100, 3)) * (s + 1) for s in range(4)]
    q, lo, hi = quantize(series)
    assert q.dtype == np.dtype("<u2") and q.shape == (4, 100, 3)
    assert q.itemsize * q.shape[2] == 6, "more than 6 bytes per point per snapshot"
    stacked = np.stack(series)
    np.testing.assert_allclose(lo, stacked.min(axis=(0, 1)))
    np.testing.assert_allclose(hi, stacked.max(axis=(0, 1)))
    error = np.abs(dequantize(q, lo, hi) - stacked).max(axis=(0, 1))
    assert np.all(error <= (np.array(hi) - np.array(lo)) / QUANT_MAX / 2 + 1e-12)
    # the first snapshot is small, so it must NOT fill the box (no per-snapshot re-scaling)
    assert np.all(q[0].max(axis=0) - q[0].min(axis=0) < 0.4 * QUANT_MAX)


def test_degenerate_axis_does_not_divide_by_zero():
    q, lo, hi = quantize([np.zeros((4, 3)), np.zeros((4, 3))])
    assert np.all(q == 0) and np.all(np.array(hi) > np.array(lo))


def test_data_script_round_trip():
    key, payload = decode_data_file(data_script("data/pca-0.js", {"a": 1, "b": b"\x00\x01", "c": float("nan")}))
    assert key == "data/pca-0.js" and payload["a"] == 1 and payload["b"] == b"\x00\x01" and np.isnan(payload["c"])


def test_site_files_follow_the_bundle_format(tmp_path):
    make_run(tmp_path, epochs=(0, 1, 2), n=6, dims=(3, 4))
    files = build_site_files(load_run(tmp_path), progress=False, seed=5)
    assert set(files) == {
        "index.html", ".nojekyll", "data/manifest.js", "data/samples.js",
        "data/joint-0-0.js", "data/joint-1-0.js", "data/pca-0-0.js", "data/pca-1-0.js",
        "data/scores-0.js", "data/scores-1.js", "data/dynamics-0.js",
        "data/flow-joint-0.js", "data/flow-joint-1.js", "data/flow-pca-0.js", "data/flow-pca-1.js",
    }
    key, manifest = decode_data_file(files["data/manifest.js"])
    assert key == "manifest"
    assert manifest["format"] == "latentris-site" and manifest["version"] == 2
    assert manifest["n_samples"] == 6
    assert np.frombuffer(manifest["labels"], "<u2").tolist() == [0, 1, 0, 1, 0, 1]
    assert np.frombuffer(manifest["predictions"], "<i2").shape == (18,)
    assert manifest["classes"] == [{"name": "cat", "count": 3}, {"name": "dog", "count": 3}]
    assert [layer["name"] for layer in manifest["layers"]] == ["block0", "block1"]
    assert manifest["snapshots"] == [
        {"epoch": e, "step": 10 * e, "kind": "epoch", "epoch_float": float(e)} for e in (0, 1, 2)
    ]
    key, samples = decode_data_file(files[manifest["samples"]])
    assert np.frombuffer(samples["losses"], "<f4").shape == (18,) and "names" not in samples
    assert [m["name"] for m in manifest["methods"]] == ["joint", "pca"] and manifest["methods"][0]["seed"] == 5
    assert manifest["methods"][0]["params"]["n_neighbors"] == 5  # a 6-sample run clamps the default of 15
    assert manifest["chunks"]["pca"] == [["data/pca-0-0.js"], ["data/pca-1-0.js"]]  # one block holds 3 snapshots
    assert manifest["position_bits"] == 12 and manifest["snapshots_per_block"] >= 3
    assert set(manifest["quality"]) == {"joint", "pca"} and len(manifest["quality"]["joint"][1]) == 3
    assert manifest["quality_queries"] == {"queries": 6, "n_samples": 6, "seed": 5, "sampling": "exact"}
    assert manifest["methods"][0]["knn"] == {"method": "exact", "k": 5, "recall": 1.0} and "knn" not in \
        manifest["methods"][1]
    assert set(manifest["threads"]) == {"threads", "cores", "load", "source"}
    assert 1 <= manifest["threads"]["threads"] <= manifest["threads"]["cores"] or manifest["threads"]["source"] == "env"
    metrics = {m["key"]: m for m in manifest["metrics"]}
    assert {"centroid_distance", "centroid_separation", "silhouette", "knn_accuracy"} <= set(metrics)
    assert np.array(metrics["centroid_distance"]["values"]).shape == (2, 3)
    assert {"effective_rank", "dead_fraction", "cka_previous"} <= set(metrics)
    assert {m["group"] for m in manifest["metrics"]} == {"geometry", "health"}
    assert np.isnan(metrics["cka_previous"]["values"][0][0]) and np.isfinite(metrics["cka_previous"]["values"][0][1])
    assert [m["key"] for m in manifest["probe_metrics"]] == ["accuracy", "loss"]
    assert len(manifest["probe_metrics"][0]["values"]) == 3
    assert np.array(manifest["per_class"]["silhouette"]).shape == (2, 3, 2)
    cka = np.frombuffer(manifest["cka_layers"], "<f4").reshape(3, 2, 2)
    np.testing.assert_allclose(np.diagonal(cka, axis1=1, axis2=2), 1.0)
    assert np.frombuffer(manifest["centroid_matrices"], "<f4").shape == (2 * 3 * 2 * 2,)
    assert isinstance(manifest["alerts"], list) and {r["rule"] for r in manifest["alert_rules"]} == {
        "collapse", "separation_regression", "drift_spike", "divergence", "dead_units_rising"}
    assert manifest["scores"]["chunks"] == ["data/scores-0.js", "data/scores-1.js"]
    key, scores = decode_data_file(files["data/scores-1.js"])
    assert key == "data/scores-1.js" and scores["layer"] == 1 and scores["n_snapshots"] == 3
    for score in ("distance", "margin", "movement"):
        assert np.frombuffer(scores[score], "<f4").shape == (18,)
        lo, hi = scores["range"][score]
        assert hi > lo
    assert np.isnan(np.frombuffer(scores["movement"], "<f4")[:6]).all()  # nothing to move from at the first snapshot
    key, chunk = decode_data_file(files["data/pca-1-0.js"])
    assert key == "data/pca-1-0.js" and chunk["layer"] == 1 and chunk["dims"] == 3 and chunk["bits"] == 12
    assert (chunk["snapshot_start"], chunk["snapshot_count"], chunk["n_snapshots"]) == (0, 3, 3)
    assert len(chunk["positions"]) == 3 * 6 * 3 * 12 // 8, "12 bits per coordinate"


def test_step_snapshots_sit_between_epochs():
    from latentris_lightning.store.reader import SnapshotInfo

    snaps = [SnapshotInfo(0, 0, 0, "", "epoch"), SnapshotInfo(1, 0, 5, "", "step"), SnapshotInfo(2, 1, 10, "", "epoch"),
             SnapshotInfo(3, 1, 15, "", "step"), SnapshotInfo(4, 2, 20, "", "epoch")]
    assert epoch_positions(snaps) == [0.0, 0.5, 1.0, 1.5, 2.0]
    assert epoch_positions(snaps[:2]) == [0.0, 0.0]  # steps per epoch unknown: stay at the epoch


def test_sample_metadata_is_carried_to_the_site(tmp_path):
    from latentris_lightning.store.writer import RunWriter

    writer = RunWriter(
        tmp_path, labels=np.array([0, 1, 0]), class_names=["a", "b"], layers=[{"name": "fc"}],
        metadata={"names": ["x", "<b>y</b>", "z"], "indices": [7, 8, 9], "thumbnails": np.full((3, 2, 2, 1), 9)},
    )
    writer.write_snapshot(0, 0, {"fc": np.eye(3)}, np.array([0, 1, 1]), losses=np.array([0.1, 0.2, 0.3]))
    files = build_site_files(load_run(tmp_path), progress=False)
    _, samples = decode_data_file(files["data/samples.js"])
    assert samples["names"] == ["x", "<b>y</b>", "z"]
    assert np.frombuffer(samples["indices"], "<i8").tolist() == [7, 8, 9]
    assert samples["thumbnail_shape"] == [2, 2, 1] and set(samples["thumbnails"]) == {9}
    np.testing.assert_allclose(np.frombuffer(samples["losses"], "<f4"), [0.1, 0.2, 0.3], rtol=1e-6)


def test_index_html_escapes_the_title():
    html = render_index("<script>alert(1)</script>", "gen")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


@pytest.mark.slow
def test_export_writes_a_complete_site(tmp_path):
    make_run(tmp_path / "run")
    index = export_site(tmp_path / "run", tmp_path / "site", progress=False)
    site = tmp_path / "site"
    assert index == site / "index.html"
    for relative in ("index.html", ".nojekyll", "data/manifest.js", "data/pca-0-0.js",
                     "assets/vendor/latentris-vendor.js"):
        assert (site / relative).is_file(), relative
    scripts = re.findall(r'<script[^>]* src="([^"]+)"', index.read_text())
    assert scripts and all((site / s).is_file() for s in scripts), scripts
    assert not any(s.startswith(("/", "http")) for s in scripts), "site paths must be relative"


@pytest.mark.slow
def test_re_export_replaces_an_earlier_site_but_not_a_foreign_folder(tmp_path):
    make_run(tmp_path / "run")
    export_site(tmp_path / "run", tmp_path / "site", progress=False)
    (tmp_path / "site" / "stale.txt").write_text("left from before")
    export_site(tmp_path / "run", tmp_path / "site", progress=False)
    assert not (tmp_path / "site" / "stale.txt").exists()
    foreign = tmp_path / "my-notes"
    foreign.mkdir()
    (foreign / "thesis.tex").write_text("precious")
    with pytest.raises(FileExistsError, match="not a Latentris site"):
        export_site(tmp_path / "run", foreign, progress=False)
    assert (foreign / "thesis.tex").read_text() == "precious"


@pytest.mark.slow
def test_a_failed_export_keeps_the_previous_site_and_the_run(tmp_path, monkeypatch):
    make_run(tmp_path / "run")
    export_site(tmp_path / "run", tmp_path / "site", progress=False)
    before = (tmp_path / "site" / "data" / "manifest.js").read_text()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("latentris_lightning.site.write.shutil.copytree", broken)
    with pytest.raises(OSError, match="disk full"):
        export_site(tmp_path / "run", tmp_path / "site", progress=False)
    assert (tmp_path / "site" / "data" / "manifest.js").read_text() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.")], "staging folder left behind"
    assert load_run(tmp_path / "run").epochs == [0, 1]


def test_export_of_an_empty_run_is_a_clear_error(tmp_path):
    make_run(tmp_path, epochs=())
    with pytest.raises(ValueError, match="no snapshot yet"):
        export_site(tmp_path, tmp_path / "site", progress=False)


def test_flow_fields_of_every_trajectory_set_are_exported(tmp_path):
    from latentris_lightning.analysis.flow import VectorFieldKMeans

    make_run(tmp_path, epochs=(0, 1, 2, 3), n=12, dims=(3, 4))
    run = load_run(tmp_path)
    params = {"smoothing": 0.2, "grid_size": 6}
    files = build_site_files(run, methods=["pca"], progress=False, seed=4, flow=params)
    _, manifest = decode_data_file(files["data/manifest.js"])
    entry = manifest["flow"]
    assert entry["axis"] == "epochs" and entry["seed"] == 4 and entry["seconds"] >= 0
    assert entry["params"]["smoothing"] == 0.2 and entry["params"]["grid_size"] == [6, 6, 6]
    assert entry["params"]["n_fields"] == 1 and entry["params"]["random_state"] == 4
    assert entry["chunks"] == {"pca": ["data/flow-pca-0.js", "data/flow-pca-1.js"]}
    key, chunk = decode_data_file(files["data/flow-pca-1.js"])
    assert key == "data/flow-pca-1.js" and chunk["method"] == "pca" and chunk["index"] == 1 and chunk["dims"] == 3
    vectors = np.frombuffer(chunk["vectors"], "<f4").reshape(1, 6, 6, 6, 3)
    # the chunk holds the field fitted to layer 1's positions over the snapshots (pca is deterministic)
    from latentris_lightning.projection.pipeline import project_run

    layer = project_run(run, "pca", seed=4, score=False).embeddings[1]
    expected = VectorFieldKMeans(random_state=4, **params).fit(np.stack(layer, axis=1))
    np.testing.assert_allclose(vectors, expected.fields_, rtol=1e-5, atol=1e-6 * np.abs(expected.fields_).max())
    np.testing.assert_allclose(chunk["bbox_min"], expected.bounds_[0], rtol=1e-6)
    assert chunk["max_magnitude"] == pytest.approx(np.linalg.norm(expected.fields_, axis=-1).max(), rel=1e-6)
    np.testing.assert_allclose(np.frombuffer(chunk["errors"], "<f4"), expected.errors_, rtol=1e-5)
    assert np.frombuffer(chunk["alignment"], "<f4").shape == (12,)
    assert np.frombuffer(chunk["outliers"], "<u4").tolist() == expected.outliers_.tolist()
    assert "labels" not in chunk


def test_flow_along_layers_has_one_set_per_snapshot_and_k_fields_export_labels(tmp_path):
    make_run(tmp_path, epochs=(0, 1), n=10, dims=(4, 4, 4))
    files = build_site_files(load_run(tmp_path), methods=["pca"], axis="layers", progress=False,
                             flow={"n_fields": 2, "grid_size": 5})
    _, manifest = decode_data_file(files["data/manifest.js"])
    assert manifest["flow"]["axis"] == "layers"
    assert manifest["flow"]["chunks"]["pca"] == ["data/flow-pca-0.js", "data/flow-pca-1.js"]  # one set per snapshot
    _, chunk = decode_data_file(files["data/flow-pca-0.js"])
    assert chunk["n_fields"] == 2 and np.frombuffer(chunk["vectors"], "<f4").shape == (2 * 125 * 3,)
    assert set(np.frombuffer(chunk["labels"], "<u1").tolist()) <= {0, 1}


def test_flow_can_be_left_out_and_bad_flow_parameters_are_named(tmp_path):
    make_run(tmp_path, epochs=(0,), n=6)
    files = build_site_files(load_run(tmp_path), methods=["pca"], progress=False, flow=False)
    assert not [f for f in files if "flow" in f] and "flow" not in decode_data_file(files["data/manifest.js"])[1]
    one_snapshot = build_site_files(load_run(tmp_path), methods=["pca"], progress=False)
    _, chunk = decode_data_file(one_snapshot["data/flow-pca-0.js"])
    assert not np.any(np.frombuffer(chunk["vectors"], "<f4")) and chunk["max_magnitude"] == 0.0
    with pytest.raises(ValueError, match=r"flow parameters \['lambda'\] are unknown"):
        build_site_files(load_run(tmp_path), methods=["pca"], progress=False, flow={"lambda": 0.5})
    with pytest.raises(ValueError, match=r"smoothing=2 is not allowed"):
        build_site_files(load_run(tmp_path), methods=["pca"], progress=False, flow={"smoothing": 2})


def test_trajectory_sets_follow_the_axis():
    from latentris_lightning.analysis.flow import trajectory_sets

    emb = [[np.full((4, 3), 10 * layer + snap, dtype=float) for snap in range(5)] for layer in range(2)]
    by_epochs, by_layers = trajectory_sets(emb, "epochs"), trajectory_sets(emb, "layers")
    assert len(by_epochs) == 2 and by_epochs[1].shape == (4, 5, 3)
    assert by_epochs[1][0, :, 0].tolist() == [10, 11, 12, 13, 14]
    assert len(by_layers) == 5 and by_layers[3].shape == (4, 2, 3) and by_layers[3][0, :, 0].tolist() == [3, 13]
