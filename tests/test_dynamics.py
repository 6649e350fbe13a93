"""Per-sample training dynamics (analysis/dynamics.py), each statistic against a small case computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from latentris_lightning.analysis import dynamics as dyn
from latentris_lightning.store.reader import load_run
from latentris_lightning.store.writer import RunWriter


# --------------------------------------------------------------------------------------------- pure statistics
def test_correctness_first_learned_forgetting_by_hand():
    labels = np.array([0, 1, 2, 0, 1])
    #                 s0  s1  s2  s3   (epoch positions 1, 2, 3, 4)
    predictions = np.array([
        [0, 0, 2, 1, -1],
        [1, 1, 2, 1, -1],
        [0, 1, 0, 1, 1],
        [0, 1, 2, 1, -1],
    ])
    stats = dyn.correctness_stats(predictions, labels, [1.0, 2.0, 3.0, 4.0], [1, 2, 3, 4])
    # sample 0: R W R R -> 3/4 right, one forgetting (s0->s1), learned at s2 (epoch 3)
    # sample 1: W R R R -> 3/4, no forgetting, learned at s1 (epoch 2)
    # sample 2: R R W R -> 3/4, one forgetting, learned at s3
    # sample 3: W W W W -> 0, never learned
    # sample 4: ? ? R ? -> 1/1 known, learned at s2 (unknown snapshots hold the last known state), no forgetting
    np.testing.assert_allclose(stats["correctness"], [0.75, 0.75, 0.75, 0.0, 1.0])
    np.testing.assert_array_equal(stats["forgetting"], [1, 0, 1, 0, 0])
    np.testing.assert_array_equal(stats["first_learned"], [3.0, 2.0, 4.0, -1.0, 3.0])
    np.testing.assert_array_equal(stats["first_learned_snapshot"], [3, 2, 4, -1, 3])
    # most frequent: 0 (three times), 1 (three), 2 (three), 1 (four), 1 (the one known)
    np.testing.assert_array_equal(stats["most_frequent"], [0, 1, 2, 1, 1])


def test_forgetting_counts_every_right_to_wrong_and_unknown_is_no_flip():
    labels = np.array([1, 1])
    predictions = np.array([[1, 1], [0, -1], [1, 1], [0, 1], [1, 1]])
    stats = dyn.correctness_stats(predictions, labels, [0, 1, 2, 3, 4], [0, 1, 2, 3, 4])
    np.testing.assert_array_equal(stats["forgetting"], [2, 0])
    np.testing.assert_array_equal(stats["first_learned"], [4.0, 0.0])


def test_most_frequent_ties_to_lower_class_and_unknown_only():
    predictions = np.array([[2, -1], [1, -1]])
    np.testing.assert_array_equal(dyn.most_frequent(predictions), [1, -1])


def test_confidence_and_variability_by_hand():
    p = np.array([[0.2, 0.9], [0.4, np.nan], [0.9, 0.7]])
    mean, std = dyn.confidence_stats(p)
    np.testing.assert_allclose(mean, [0.5, 0.8], rtol=1e-6)
    np.testing.assert_allclose(std, [math.sqrt(((0.3) ** 2 + 0.1 ** 2 + 0.4 ** 2) / 3), 0.1], rtol=1e-6)


def test_probability_margin_by_hand():
    probs = np.array([[0.5, 0.3, 0.2], [0.1, 0.6, 0.3]])
    np.testing.assert_allclose(dyn.probability_margin(probs, np.array([0, 2])), [0.2, -0.3], rtol=1e-6)


def test_centroid_margins_by_hand():
    # class 0 at x=0 and x=2 (centroid 1), class 1 at x=10 and x=12 (centroid 11); sample 1 is labelled 1 but sits at 2
    x = np.array([[0.0], [2.0], [10.0], [12.0]])
    labels = np.array([0, 1, 1, 1])
    # centroids: class 0 = 0, class 1 = (2 + 10 + 12) / 3 = 8; RMS radius about the mean 6: sqrt((36+16+16+36)/4)
    radius = math.sqrt(104 / 4)
    margins = dyn.centroid_margins(x, labels, 2)
    # sample 0 (class 0): other 8, own 0 -> 8; sample 1 (class 1): other |2-0| = 2, own |2-8| = 6 -> -4
    # sample 2: other 10, own 2 -> 8; sample 3: other 12, own 4 -> 8
    np.testing.assert_allclose(margins, np.array([8, -4, 8, 8]) / radius, rtol=1e-6)


def test_centroid_margins_skip_nonfinite_rows():
    x = np.array([[0.0], [np.nan], [10.0], [12.0]])
    margins = dyn.centroid_margins(x, np.array([0, 0, 1, 1]), 2)
    assert np.isnan(margins[1]) and np.isfinite(margins[[0, 2, 3]]).all()


def test_first_centroid_layer():
    margins = np.array([[-1.0, 0.5, 2.0], [-1.0, np.nan, -0.1], [0.3, -1.0, 1.0]])
    np.testing.assert_array_equal(dyn.first_centroid_layer(margins), [1, -1, 0])


def test_mislabel_score_ranks_and_names_its_evidence():
    confidence = np.array([0.9, 0.1, 0.5])
    margin = np.array([[1.0, 2.0], [-1.0, -3.0], [0.5, 0.5]])
    aum = np.array([0.8, 0.1, -0.5])  # disagrees with confidence on samples 1 and 2
    score, evidence = dyn.mislabel_score(confidence=confidence, aum=aum, centroid_margin=margin,
                                         correctness=np.ones(3))
    # with a probability known, the centroid margin takes no part: ranks (0, 1, .5) and (0, .5, 1) averaged
    assert evidence == ["confidence", "aum"]
    np.testing.assert_allclose(score, [0.0, 0.75, 0.75])
    score, evidence = dyn.mislabel_score(confidence=None, aum=None, centroid_margin=None,
                                         correctness=np.array([1.0, 0.0, 0.5]))
    assert evidence == ["correctness"]
    np.testing.assert_allclose(score, [0.0, 1.0, 0.5])
    # without one, correctness and the centroid margin (mean over layers: 1.5, -2, 0.5) stand in
    score, evidence = dyn.mislabel_score(confidence=None, aum=None, centroid_margin=margin,
                                         correctness=np.array([0.5, 1.0, 0.0]))
    assert evidence == ["correctness", "centroid_margin"]
    np.testing.assert_allclose(score, [(0.5 + 0.0) / 2, (0.0 + 1.0) / 2, (1.0 + 0.5) / 2])


def test_class_relative_subtracts_each_snapshots_class_mean():
    labels = np.array([0, 0, 1, 0, 2])
    values = np.array([[0.2, 0.4, 0.9, 0.6, np.nan],
                       [0.5, np.nan, 0.3, 0.9, 0.7]])
    # snapshot 0: class 0 mean 0.4, class 1 0.9, class 2 none (NaN stays NaN); snapshot 1: class 0 mean 0.7
    expected = np.array([[-0.2, 0.0, 0.0, 0.2, np.nan],
                         [-0.2, np.nan, 0.0, 0.2, 0.0]])
    np.testing.assert_allclose(dyn.class_relative(values, labels, 3), expected, atol=1e-12)
    with pytest.raises(ValueError, match=r"labels must lie in \[0, 2\)"):
        dyn.class_relative(values, labels, 2)
    with pytest.raises(ValueError, match="expected \\(S, N\\)"):
        dyn.class_relative(values[0], labels, 3)


def test_mislabel_score_takes_the_class_relative_evidence_too():
    score, evidence = dyn.mislabel_score(confidence=np.array([0.9, 0.1, 0.5]), aum=None, centroid_margin=None,
                                         correctness=np.ones(3), relative_confidence=np.array([0.0, 0.2, -0.2]))
    assert evidence == ["confidence", "relative_confidence"]
    np.testing.assert_allclose(score, [(0.0 + 0.5) / 2, (1.0 + 0.0) / 2, (0.5 + 1.0) / 2])


def test_early_window_is_the_first_half_by_epoch_position():
    np.testing.assert_array_equal(dyn.early_window([1, 2, 3, 4]), [True, True, False, False])
    np.testing.assert_array_equal(dyn.early_window([0.25, 0.5, 1, 2, 4, 8]), [True] * 5 + [False])  # "log"
    np.testing.assert_array_equal(dyn.early_window([3]), [True])  # one snapshot: itself
    np.testing.assert_array_equal(dyn.early_window([2, 3]), [True, False])  # the first is always in
    with pytest.raises(ValueError, match="non-empty"):
        dyn.early_window([])


def test_percentile_rank_ties_share_their_mean():
    np.testing.assert_allclose(dyn._percentile_rank(np.array([3.0, 1.0, 1.0, np.nan, 5.0])),
                               [2 / 3, 1 / 6, 1 / 6, 0.5, 1.0])


# --------------------------------------------------------------------------------------------------- a run
def _write(path, *, predictions, losses, logits=None, config=None, labels=(0, 1, 2, 0), epochs=(0, 1, 2, 3)):
    labels = np.asarray(labels)
    layers = [{"name": "hidden"}] + ([{"name": "head"}] if logits is not None else [])
    writer = RunWriter(path, labels=labels, class_names=["a", "b", "c"], layers=layers, config=config or {})
    rng = np.random.default_rng(0)
    centres = np.eye(3) * 5
    for k, epoch in enumerate(epochs):
        acts = {"hidden": (centres[labels] + rng.normal(size=(len(labels), 3)) * 0.1).astype(np.float32)}
        if logits is not None:
            acts["head"] = logits[k].astype(np.float32)
        writer.write_snapshot(epoch, epoch * 10, acts, predictions[k], losses=losses[k])
    return load_run(path)


def _ce(logits, labels):
    z = logits - logits.max(axis=1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return -logp[np.arange(len(labels)), labels]


def test_run_with_logits_layer_gives_every_field(tmp_path):
    labels = np.array([0, 1, 2, 0])
    rng = np.random.default_rng(1)
    logits = rng.normal(size=(4, 4, 3)) * 2
    predictions = logits.argmax(axis=2)
    losses = np.stack([_ce(z, labels) for z in logits])
    run = _write(tmp_path / "run", predictions=predictions, losses=losses, logits=logits,
                 config={"loss": "cross_entropy"})
    d = dyn.sample_dynamics(run)
    assert d.missing == {} and d.snapshots == [1, 2, 3]  # the untrained snapshot (epoch 0) is left out
    p = np.exp(-losses[1:])
    np.testing.assert_allclose(d.confidence, p.mean(axis=0), rtol=1e-5)
    np.testing.assert_allclose(d.variability, p.std(axis=0), rtol=1e-4, atol=1e-6)
    probs = np.stack([dyn.softmax(z) for z in logits[1:]])
    expected_aum = np.mean([dyn.probability_margin(q, labels) for q in probs], axis=0)
    np.testing.assert_allclose(d.aum, expected_aum, atol=2e-3)  # logits stored as float16
    np.testing.assert_allclose(d.correctness, (predictions[1:] == labels).mean(axis=0))
    np.testing.assert_array_equal(d.centroid_layer, [0, 0, 0, 0])  # hidden layer: every sample at its centre
    assert any("layer 'head'" in note for note in d.notes)
    assert set(d.columns()) == set(dyn.FIELDS)
    # the mislabel score reads snapshots 1 (epoch 1 ≤ half of epoch 3) only: ranks of its p(true) and margin
    assert d.score_snapshots == [1] and "first 1 of 3 snapshots" in d.notes[-1]
    margin = dyn.probability_margin(probs[0], labels)
    expected = (dyn._percentile_rank(-p[0]) + dyn._percentile_rank(-margin)
                + dyn._percentile_rank(-dyn.class_relative(p[:1], labels, 3)[0])
                + dyn._percentile_rank(-dyn.class_relative(margin[None], labels, 3)[0])) / 4
    np.testing.assert_allclose(d.mislabel, expected, atol=1e-6)


def test_mislabel_score_ignores_what_is_memorised_late(tmp_path):
    # sample 0 is learned late (its label fits only in the second half), sample 1 early; both end at p = 0.9
    labels = np.array([0, 1, 2, 0])
    p_true = np.array([[0.2, 0.8, 0.6, 0.7], [0.3, 0.9, 0.6, 0.7], [0.9, 0.9, 0.6, 0.7], [0.9, 0.9, 0.6, 0.7],
                       [0.9, 0.9, 0.6, 0.7]])
    predictions = np.where(p_true > 0.5, labels, (labels + 1) % 3)
    run = _write(tmp_path / "run", predictions=predictions, losses=-np.log(p_true), epochs=(0, 1, 2, 3, 4))
    d = dyn.sample_dynamics(run, include_untrained=True)
    assert d.score_snapshots == [0, 1, 2]  # epochs 0, 1, 2 ≤ half of 4
    # early means (0.467, 0.867, 0.6, 0.7): ranks of low confidence (1, 0, 2/3, 1/3); relative to the class
    # (class 0 = samples 0 and 3; 1 and 2 alone in theirs): (-0.117, 0, 0, 0.117), ranks (1, 1/2, 1/2, 0)
    np.testing.assert_allclose(d.mislabel, [1.0, 0.25, (2 / 3 + 0.5) / 2, 1 / 6], atol=1e-6)
    assert "relative_confidence" in d.notes[-1] and "relative_aum" not in d.notes[-1]
    assert d.order("mislabel")[0] == 0
    # the field itself stays the mean over every snapshot
    np.testing.assert_allclose(d.confidence, p_true.mean(axis=0), rtol=1e-5)


def test_run_without_logits_reports_missing_aum(tmp_path):
    labels = np.array([0, 1, 2, 0])
    predictions = np.array([labels, labels, [1, 1, 2, 0], labels])
    p_true = np.array([[0.4, 0.5, 0.6, 0.7], [0.5, 0.6, 0.7, 0.8], [0.2, 0.7, 0.8, 0.9], [0.9, 0.9, 0.9, 0.9]])
    run = _write(tmp_path / "run", predictions=predictions, losses=-np.log(p_true))
    d = dyn.sample_dynamics(run)
    assert "aum" in d.missing and "logits" in d.missing["aum"]
    assert any("consistent with cross-entropy" in note for note in d.notes)
    np.testing.assert_allclose(d.confidence, p_true[1:].mean(axis=0), rtol=1e-5)
    np.testing.assert_array_equal(d.forgetting, [1, 0, 0, 0])
    np.testing.assert_array_equal(d.first_learned, [3.0, 1.0, 1.0, 1.0])
    assert d.order("mislabel")[0] == 0


def test_run_with_a_custom_loss_derives_no_probability(tmp_path):
    labels = np.array([0, 1, 2, 0])
    predictions = np.array([labels] * 4)
    run = _write(tmp_path / "run", predictions=predictions, losses=np.full((4, 4), 3.0),
                 config={"loss": "custom"})
    d = dyn.sample_dynamics(run)
    assert d.confidence is None and d.aum is None
    assert "not cross-entropy" in d.missing["confidence"]
    with pytest.raises(ValueError, match="cannot sort by 'confidence'.*not cross-entropy"):
        d.order("confidence")


def test_losses_inconsistent_with_cross_entropy_are_not_taken_for_it(tmp_path):
    predictions = np.array([[1, 0, 0, 1]] * 4)  # all wrong, yet losses say p(true) = 0.9
    run = _write(tmp_path / "run", predictions=predictions, losses=np.full((4, 4), -np.log(0.9)))
    d = dyn.sample_dynamics(run)
    assert d.confidence is None and "not what cross-entropy gives" in d.missing["confidence"]


# ---------------------------------------------------------------------------------------- metrics and the site
def test_compute_run_metrics_and_the_site_carry_the_dynamics(tmp_path):
    from helpers import decode_data_file

    from latentris_lightning import compute_run_metrics, sample_dynamics
    from latentris_lightning.site.build import build_site_files

    labels = np.array([0, 1, 2, 0])
    predictions = np.array([labels, [1, 1, 2, 0], labels, labels])
    p_true = np.array([[0.4, 0.5, 0.6, 0.7], [0.2, 0.6, 0.7, 0.8], [0.6, 0.7, 0.8, 0.9], [0.9, 0.9, 0.9, 0.9]])
    run = _write(tmp_path / "run", predictions=predictions, losses=-np.log(p_true))
    expected = sample_dynamics(run)
    metrics = compute_run_metrics(run)
    assert metrics.dynamics is not None
    np.testing.assert_array_equal(metrics.dynamics.mislabel, expected.mislabel)
    files = build_site_files(run, methods=["pca"], progress=False, flow=False)
    manifest = decode_data_file(files["data/manifest.js"])[1]
    assert manifest["dynamics"]["chunks"] == ["data/dynamics-0.js"]
    assert {f["key"] for f in manifest["dynamics"]["fields"]} == set(dyn.FIELDS)
    key, chunk = decode_data_file(files["data/dynamics-0.js"])
    assert key == "data/dynamics-0.js" and chunk["n_samples"] == 4
    assert "aum" in chunk["missing"] and "aum" not in chunk
    np.testing.assert_allclose(np.frombuffer(chunk["confidence"], "<f4"), p_true[1:].mean(axis=0), rtol=1e-5)
    # sample 0 is right untrained, wrong at epoch 1: no forgetting, since the untrained snapshot is left out
    np.testing.assert_array_equal(np.frombuffer(chunk["forgetting"], "<i4"), [0, 0, 0, 0])
    np.testing.assert_array_equal(np.frombuffer(chunk["first_learned"], "<f4"), [2.0, 1.0, 1.0, 1.0])
    assert np.frombuffer(chunk["centroid_margin"], "<f4").shape == (4 * 1,)
