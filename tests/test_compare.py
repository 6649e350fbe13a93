"""Comparing runs in one site (issue 10): probe check, shared epoch axis, alignment graph, cross-run CKA, variants."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from helpers import TinyNet, make_blobs, make_trainer, read_data_file, train_loader, write_run
from torch import nn

from latentris_lightning import Latentris, export_compare, export_site
from latentris_lightning.analysis.compare import cross_cka
from latentris_lightning.capture.probe import sample_hashes
from latentris_lightning.cli import main
from latentris_lightning.projection.joint import JointEmbedding, chain_ties, check_ties
from latentris_lightning.projection.pipeline import project_graph, project_run
from latentris_lightning.projection.runs import alignment_graph
from latentris_lightning.projection.variants import check_variants, expand_methods, parse_variant
from latentris_lightning.site.bundle import read_positions
from latentris_lightning.store.matching import layer_groups, match_probes, run_names, shared_axis
from latentris_lightning.store.reader import load_run
from latentris_lightning.store.writer import RunWriter


def positions(site: Path, manifest: dict, method: str, layer: int) -> np.ndarray:
    """Dequantised positions (S, N, 3) of one (method, layer) of an exported site."""
    return read_positions(site, method, layer)[0]


# ----------------------------------------------------------------------------------------------- real models
class SmallCNN(TinyNet):
    """A 1-D convolutional net over the same 8 features: a different architecture with different layer widths."""

    def __init__(self, n_classes: int = 3) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Unflatten(1, (1, 8)), nn.Conv1d(1, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(32, 6),
            nn.ReLU(),
            nn.Linear(6, n_classes),
        )


@pytest.fixture(scope="module")
def two_models(tmp_path_factory):
    """An MLP and a CNN trained with the callback on the same probe (2 epochs each)."""
    root = tmp_path_factory.mktemp("models")
    x, y = make_blobs(n=60, seed=4)
    outs = []
    for name, make, layers in (("mlp", TinyNet, ["net.2", "net.5"]), ("cnn", SmallCNN, ["net.2", "net.5"])):
        torch.manual_seed(0)  # before the model is made: its start must not depend on the tests run before
        model = make()
        callback = Latentris(probe=(x, y), layers=layers, epochs=[0, 1, 2], output_dir=root / name,
                             export_on_fit_end=False)
        make_trainer([callback], max_epochs=2).fit(model, train_loader())
        outs.append(root / name)
    return outs


def test_two_architectures_on_one_probe_export_into_one_site(two_models, tmp_path):
    site = export_compare(two_models, tmp_path / "site", methods=["joint", "pca"], progress=False, flow=False,
                          params={"joint": {"n_epochs": 30}}).parent
    manifest = read_data_file(site / "data" / "manifest.js")[1]
    assert manifest["probe_match"] == "hashes"  # the callback records each probe sample's content hash
    x, _ = make_blobs(n=60, seed=4)
    assert np.array_equal(load_run(two_models[1]).sample_hashes(), sample_hashes(x))
    assert [r["name"] for r in manifest["runs"]] == ["mlp", "cnn"]
    assert [layer["name"] for layer in manifest["layers"]] == ["mlp · net.2", "mlp · net.5", "cnn · net.2",
                                                               "cnn · net.5"]
    assert [layer["run"] for layer in manifest["layers"]] == [0, 0, 1, 1]
    dims = [layer["dim"] for path in two_models for layer in load_run(path).manifest["layers"]]
    assert [layer["dim"] for layer in manifest["layers"]] == dims and dims[0] != dims[2]
    assert [s["epoch"] for s in manifest["snapshots"]] == [0, 1, 2]
    n, S, L = manifest["n_samples"], len(manifest["snapshots"]), len(manifest["layers"])
    for r, run in enumerate(manifest["runs"]):
        predictions = np.frombuffer(run["predictions"], "<i2").reshape(S, n)
        assert np.array_equal(predictions,
                              np.stack([load_run(two_models[r]).predictions(snapshot=s) for s in range(S)]))
    assert manifest["predictions"] == manifest["runs"][0]["predictions"]
    joint = next(m for m in manifest["methods"] if m["name"] == "joint")
    assert joint["alignment"] == "graph"
    assert [g["layers"] for g in joint["graph"]["groups"]] == [[0, 2], [1, 3]]
    cross = [t for t in joint["graph"]["groups"][0]["ties"] if t[5] == "still"]
    assert cross == [[0, s, 2, s, 1.0, "still"] for s in range(S)]
    assert next(m for m in manifest["methods"] if m["name"] == "pca")["alignment"] == "per run"
    cka = np.frombuffer(manifest["cka_layers"], "<f4").reshape(S, L, L)
    assert np.all(np.isfinite(cka)) and np.allclose(cka, cka.transpose(0, 2, 1), atol=1e-6)
    assert np.allclose(cka[:, [0, 1, 2, 3], [0, 1, 2, 3]], 1.0, atol=1e-5)
    expected = cross_cka(load_run(two_models[0]), load_run(two_models[1]))
    assert np.allclose(cka[:, 0:2, 2:4], expected, atol=1e-5)
    for method in ("joint", "pca"):
        assert len(manifest["quality"][method]) == L
        assert positions(site, manifest, method, 3).shape == (S, n, 3)
    accuracy = next(m for m in manifest["probe_metrics"] if m["key"] == "accuracy")
    assert accuracy["per_layer"] and len(accuracy["values"]) == L
    assert accuracy["values"][0] != accuracy["values"][2]  # each layer carries its own run's accuracy


def test_the_joint_graph_pulls_both_runs_together(tmp_path):
    """Ties across runs bring the same sample's positions in the two models' views closer than untied ones."""
    a = write_run(tmp_path / "a", dims=(6,), seed=1)
    b = write_run(tmp_path / "b", dims=(9,), seed=2)

    def gap(weight):
        site = export_compare([a, b], tmp_path / f"site{weight}", methods=["joint"], cross_weight=weight,
                              params={"joint": {"n_epochs": 60}}, progress=False, flow=False, cache=False).parent
        manifest = read_data_file(site / "data" / "manifest.js")[1]
        pa, pb = positions(site, manifest, "joint", 0), positions(site, manifest, "joint", 1)
        scale = np.sqrt(((pa - pa.mean(axis=1, keepdims=True)) ** 2).sum(axis=2).mean())
        return float(np.linalg.norm(pa - pb, axis=2).mean() / scale)

    tied, untied = gap(1.0), gap(0.0)
    assert tied < 0.5 * untied, (tied, untied)


# ----------------------------------------------------------------------------------------------- probe check
def test_mismatched_probes_are_refused_naming_the_runs(tmp_path):
    a = write_run(tmp_path / "mlp", n=48)
    b = write_run(tmp_path / "cnn", n=40, indices=np.arange(8, 48), labels=np.arange(8, 48) % 3)
    with pytest.raises(ValueError) as err:
        export_compare([a, b], tmp_path / "site", progress=False)
    message = str(err.value)
    for part in ("'mlp'", "'cnn'", "48 probe samples", "has 40", "40 in common", "indices", "--intersection"):
        assert part in message, message
    assert not (tmp_path / "site").exists()


def test_intersection_keeps_the_shared_samples_in_one_order(tmp_path):
    a = write_run(tmp_path / "a", n=48)
    order = np.random.default_rng(0).permutation(np.arange(8, 48))
    b = write_run(tmp_path / "b", n=40, indices=order, labels=order % 3)
    match = match_probes([a, b], ["a", "b"], intersection=True)
    assert match.key == "indices" and match.dropped == [8, 0]
    ids = [run.sample_metadata("indices") for run in match.runs]
    assert np.array_equal(ids[0], np.arange(8, 48)) and np.array_equal(ids[1], ids[0])
    assert np.array_equal(match.runs[0].labels, match.runs[1].labels)
    row = int(np.flatnonzero(order == 20)[0])  # run b's sample with dataset index 20 is shared sample 12
    assert np.array_equal(match.runs[1].activations("layer0", snapshot=1)[12], b.activations("layer0", snapshot=1)[row])
    site = export_compare([a, b], tmp_path / "site", intersection=True, methods=["pca"], progress=False,
                          flow=False).parent
    manifest = read_data_file(site / "data" / "manifest.js")[1]
    assert manifest["n_samples"] == 40 and [r["dropped_samples"] for r in manifest["runs"]] == [8, 0]
    assert manifest["dynamics"]["chunks"] == ["data/dynamics-0.js", "data/dynamics-1.js"]  # one per run, matched
    for r in range(2):
        chunk = read_data_file(site / "data" / f"dynamics-{r}.js")[1]
        assert chunk["run"] == r and len(np.frombuffer(chunk["mislabel"], "<f4")) == 40


def test_content_hashes_tell_different_inputs_apart_and_match_by_chooses_the_key(tmp_path):
    x = torch.randn(48, 5, generator=torch.Generator().manual_seed(0))
    a = write_run(tmp_path / "a", hashes=sample_hashes(x))
    b = write_run(tmp_path / "b", hashes=sample_hashes(x * 2))  # same indices, labels and count; other inputs
    with pytest.raises(ValueError, match=r"do not share their probe samples: .*0 in common \(compared by hashes\)"):
        match_probes([a, b], ["a", "b"])
    assert match_probes([a, b], ["a", "b"], match_by="indices").key == "indices"
    c = write_run(tmp_path / "c", n=40, indices=np.arange(8, 48), labels=np.arange(8, 48) % 3,
                  hashes=sample_hashes(x[8:]))
    match = match_probes([a, c], ["a", "c"], intersection=True)
    assert match.key == "hashes" and match.runs[0].n_samples == 40
    assert np.array_equal(match.runs[0].sample_hashes(), sample_hashes(x[8:]))  # views subset the hashes too
    with pytest.raises(ValueError, match=r"match_by='ids' is not allowed; choose one of \('hashes'"):
        match_probes([a, b], ["a", "b"], match_by="ids")
    with pytest.raises(ValueError, match=r"runs \['a', 'b'\] record no sample names"):
        match_probes([a, b], ["a", "b"], match_by="names")
    with pytest.raises(ValueError, match="must be uint64"):
        RunWriter(tmp_path / "d", labels=np.zeros(3, int), class_names=["a"], layers=[{"name": "l"}],
                  hashes=np.zeros(2, np.uint64))


def test_same_ids_but_different_labels_or_classes_are_refused(tmp_path):
    a = write_run(tmp_path / "a")
    b = write_run(tmp_path / "b", labels=(np.arange(48) + 1) % 3)
    with pytest.raises(ValueError, match="label the same probe sample differently"):
        match_probes([a, b], ["a", "b"])
    c = RunWriter(tmp_path / "c", labels=np.arange(48) % 3, class_names=["x", "y", "z"], layers=[{"name": "l"}])
    with pytest.raises(ValueError, match="name their classes differently"):
        match_probes([a, load_run(c.path)], ["a", "c"])


def test_runs_without_sample_ids_are_matched_by_labels_only(tmp_path):
    a = RunWriter(tmp_path / "a", labels=np.arange(10) % 2, class_names=["p", "q"], layers=[{"name": "l"}])
    b = RunWriter(tmp_path / "b", labels=np.arange(11) % 2, class_names=["p", "q"], layers=[{"name": "l"}])
    with pytest.raises(ValueError, match="compared by labels only"):
        match_probes([load_run(a.path), load_run(b.path)], ["a", "b"], intersection=True)


def test_run_names_default_to_folders_and_are_checked(tmp_path):
    a, b = write_run(tmp_path / "x" / "run"), write_run(tmp_path / "y")
    assert run_names([a, b]) == ["x", "y"]
    assert run_names([b, b]) == ["y", "y#2"]
    with pytest.raises(ValueError, match="distinct"):
        run_names([a, b], ["m", "m"])
    with pytest.raises(ValueError, match="one name per run"):
        run_names([a, b], ["m"])


# ----------------------------------------------------------------------------------------------- shared axis
def test_shared_axis_holds_the_nearest_earlier_snapshot(tmp_path):
    a = write_run(tmp_path / "a", epochs=(0, 1, 2, 3))
    b = write_run(tmp_path / "b", epochs=(1, 3, 5))
    axis = shared_axis([a, b])
    assert axis.positions == [0, 1, 2, 3, 5]
    assert axis.own == [[0, 1, 2, 3, 3], [0, 0, 0, 1, 2]]
    assert axis.held == [[False, False, False, False, True], [True, False, True, False, False]]
    ties, cells = alignment_graph([(0, 0), (1, 0)], [a, b], axis)
    assert [t for t in ties if t[3] == "motion"] == [(0, 1, 1.0, "motion"), (1, 2, 1.0, "motion"),
                                                      (2, 3, 1.0, "motion"), (4, 5, 1.0, "motion"),
                                                      (5, 6, 1.0, "motion")]
    assert [t for t in ties if t[3] == "still"] == [(1, 4, 1.0, "still"), (3, 5, 1.0, "still")]  # epochs 1 and 3
    assert cells[4] == (1, 1, 0)


def test_held_snapshots_are_marked_and_repeat_positions(tmp_path):
    a = write_run(tmp_path / "a", epochs=(0, 1, 2))
    b = write_run(tmp_path / "b", epochs=(0, 2))
    site = export_compare([a, b], tmp_path / "site", methods=["pca"], progress=False, flow=False).parent
    manifest = read_data_file(site / "data" / "manifest.js")[1]
    assert manifest["runs"][1]["held"] == [0, 1, 0] and manifest["layers"][2]["held"] == [0, 1, 0]
    p = positions(site, manifest, "pca", 2)
    assert np.array_equal(p[1], p[0])
    series = next(m for m in manifest["metrics"] if m["key"] == "silhouette")["values"]
    assert np.isnan(series[2][1]) and np.isfinite(series[2][0]) and np.isfinite(series[0][1])


def test_layer_groups_default_and_mapping(tmp_path):
    a, b = write_run(tmp_path / "a", dims=(3, 4, 5)), write_run(tmp_path / "b", dims=(6, 7))
    assert layer_groups([a, b]) == [[(0, 0), (1, 0)], [(0, 1), (1, 1)], [(0, 2)]]
    assert layer_groups([a, b], [["layer2", 0]]) == [[(0, 2), (1, 0)], [(0, 0)], [(0, 1)], [(1, 1)]]
    with pytest.raises(ValueError, match="'nope' is not in run"):
        layer_groups([a, b], [["nope", 0]])
    with pytest.raises(ValueError, match="one per run"):
        layer_groups([a, b], [["layer0"]])


# ----------------------------------------------------------------------------------------------- graph, CKA
def test_explicit_chain_graph_is_bit_identical_to_the_default(tmp_path):
    rng = np.random.default_rng(3)
    series = [rng.normal(size=(80, 60)) + 0.2 * t for t in range(4)]
    default = JointEmbedding(n_epochs=25, device="cpu").fit_transform(series)
    explicit = JointEmbedding(n_epochs=25, device="cpu", ties=chain_ties(4)).fit_transform(series)
    assert all(np.array_equal(x, y) for x, y in zip(default, explicit, strict=True))
    run = write_run(tmp_path / "run", dims=(7,), epochs=(0, 1, 2, 3))
    single = project_run(run, "joint", params={"n_epochs": 25}, cache=False)
    graph = project_graph("joint", [run.layer_series("layer0")], run.labels, chain_ties(4), params={"n_epochs": 25})
    assert all(np.array_equal(x, y) for x, y in zip(single.embeddings[0], graph.embeddings[0], strict=True))
    np.testing.assert_equal(graph.quality[0], single.quality[0])  # NaN where undefined, equal elsewhere


def test_ties_are_validated():
    for ties, text in (([(0, 5, 1.0)], "j=5 is not a matrix index in 0..2"), ([(0, 0, 1.0)], "i and j must differ"),
                       ([(0, 1, -1.0)], "weight=-1.0 must be"), ([(0, 1, 1.0, "loose")], "kind='loose'"),
                       ([(0, 1)], "each tie is (i, j, weight)")):
        with pytest.raises(ValueError) as err:
            check_ties(ties, 3)
        assert text in str(err.value)


def test_cross_run_cka_of_a_run_with_itself_is_one_on_the_diagonal(tmp_path):
    run = write_run(tmp_path / "run", dims=(5, 8, 3))
    cka = cross_cka(run, run)
    assert cka.shape == (3, 3, 3)
    assert np.allclose(np.diagonal(cka, axis1=1, axis2=2), 1.0, atol=1e-9)
    assert np.all(cka <= 1.0) and np.all(cka >= 0.0)
    assert not np.allclose(cka[0][~np.eye(3, dtype=bool)], 1.0)  # different layers are not identical
    other = write_run(tmp_path / "other", dims=(5,), seed=9)
    assert cross_cka(run, other)[:, 0, 0].max() < 0.999
    site = export_compare([run, run], tmp_path / "site", methods=["pca"], progress=False, flow=False).parent
    manifest = read_data_file(site / "data" / "manifest.js")[1]
    first = tmp_path.name  # a folder called run/ is named by its parent
    assert [r["name"] for r in manifest["runs"]] == [first, f"{first}#2"]
    block = np.frombuffer(manifest["cka_layers"], "<f4").reshape(3, 6, 6)[:, :3, 3:]  # run × its copy
    assert np.allclose(block, cka, atol=1e-6) and np.allclose(np.diagonal(block, axis1=1, axis2=2), 1.0, atol=1e-6)


def test_a_matrix_left_out_of_the_graph_fit_loses_its_ties(tmp_path):
    run = write_run(tmp_path / "run", dims=(6,), epochs=(0, 1, 2))
    series = run.layer_series("layer0")
    broken = [series[0], np.full_like(series[1], np.nan), series[2]]  # a diverged snapshot: every row non-finite
    ties = chain_ties(3) + [(3, 4, 1.0), (0, 3, 1.0, "still"), (1, 4, 1.0, "still"), (2, 5, 1.0, "still")]
    result = project_graph("joint", [broken, series], run.labels, ties, params={"n_epochs": 20})
    assert [bool(v.all()) for v in result.valid[0]] == [True, False, True]
    assert np.array_equal(result.embeddings[0][1], result.embeddings[0][0])  # held at its earlier valid position
    assert all(np.isfinite(e).all() for part in result.embeddings for e in part)
    assert np.isnan(result.quality[0][1]["trustworthiness"]) and np.isfinite(result.quality[1][1]["trustworthiness"])


# ----------------------------------------------------------------------------------------------- variants
def test_variant_specs_are_parsed_and_validated():
    assert parse_variant("joint:n_neighbors=5,15,50") == ("joint", "n_neighbors", [5, 15, 50])
    assert parse_variant(" joint : alignment = 0.5,2 ") == ("joint", "alignment", [0.5, 2])
    names = [s.name for s in expand_methods(["joint", "pca"], None, ["joint:n_neighbors=5,15"])]
    assert names == ["joint n_neighbors=5", "joint n_neighbors=15", "pca"]
    with pytest.raises(ValueError, match="has no parameter 'k'; choose from"):
        check_variants(["joint:k=5"])
    with pytest.raises(ValueError, match="not of the form METHOD:PARAM=V1,V2"):
        check_variants(["joint n_neighbors 5"])
    with pytest.raises(ValueError, match="repeats a value"):
        check_variants({"joint": {"n_neighbors": [5, 5]}})
    with pytest.raises(ValueError, match="choose from"):
        check_variants(["joint:ties=1"])
    with pytest.raises(Exception, match="Unknown projection method 'jont'"):
        check_variants(["jont:n_neighbors=5"])


def test_variants_export_separate_methods_with_their_scores(tmp_path):
    run = write_run(tmp_path / "run", n=60)
    site = export_site(run, tmp_path / "site", methods=["joint"], variants={"joint": {"n_neighbors": [4, 30]}},
                       params={"joint": {"n_epochs": 40}}, progress=False, flow=False).parent
    manifest = read_data_file(site / "data" / "manifest.js")[1]
    assert [m["name"] for m in manifest["methods"]] == ["joint n_neighbors=4", "joint n_neighbors=30"]
    assert [m["params"]["n_neighbors"] for m in manifest["methods"]] == [4, 30]
    assert [m["variant"] for m in manifest["methods"]] == [{"n_neighbors": 4}, {"n_neighbors": 30}]
    assert set(manifest["quality"]) == {"joint n_neighbors=4", "joint n_neighbors=30"}
    assert manifest["chunks"]["joint n_neighbors=4"][0] == ["data/joint_n_neighbors-4-0-0.js"]
    p4, p30 = (positions(site, manifest, m["name"], 0) for m in manifest["methods"])
    assert not np.allclose(p4, p30)


# ----------------------------------------------------------------------------------------------- CLI
def test_cli_exports_a_comparison_and_refuses_mismatched_probes(tmp_path, capsys):
    write_run(tmp_path / "a")
    write_run(tmp_path / "b", dims=(4,), seed=5)
    code = main(["export", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "site"), "--names",
                 "MLP,CNN", "--methods", "pca", "joint", "--no-flow", "--variant", "pca:normalize=rms,none",
                 "--layer-map", "layer1,0", "--variant", "joint:n_epochs=10"])
    assert code == 0, capsys.readouterr().err
    manifest = read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]
    assert [r["name"] for r in manifest["runs"]] == ["MLP", "CNN"]
    assert [m["name"] for m in manifest["methods"]] == ["pca normalize=rms", "pca normalize=None", "joint n_epochs=10"]
    assert [g["layers"] for g in manifest["methods"][2]["graph"]["groups"]] == [[1, 2], [0]]  # MLP layer1 with CNN 0
    code = main(["export", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "x"), "--layer-map",
                 "9,0"])
    assert code == 2 and "layer '9' is not in run" in capsys.readouterr().err
    write_run(tmp_path / "c", n=30)
    code = main(["export", str(tmp_path / "a"), str(tmp_path / "c"), "--out", str(tmp_path / "bad"), "--no-flow"])
    err = capsys.readouterr().err
    assert code == 2 and "do not share their probe samples" in err and "--intersection" in err
    code = main(["export", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "x"), "--layers", "0"])
    assert code == 2 and "--layers cannot be combined with several runs" in capsys.readouterr().err
    code = main(["export", str(tmp_path / "a"), "--out", str(tmp_path / "y"), "--intersection"])
    assert code == 2 and "--intersection is for comparing several runs" in capsys.readouterr().err
    code = main(["export", str(tmp_path / "a"), "--out", str(tmp_path / "y"), "--cross-weight", "2"])
    assert code == 2 and "--cross-weight is for comparing several runs" in capsys.readouterr().err  # never ignored
    assert not (tmp_path / "y").exists()
