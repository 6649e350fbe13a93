"""Faithfulness scores (latentris_lightning.projection.quality): agreement with sklearn and with the written
definitions, known values on constructed projections, the sampled regime, and input errors."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from helpers import blobs
from scipy.stats import spearmanr
from sklearn.decomposition import PCA
from sklearn.manifold import trustworthiness as sk_trustworthiness
from sklearn.neighbors import NearestNeighbors

from latentris_lightning.projection import quality
from latentris_lightning.projection.quality import (
    continuity,
    k_from_percent,
    knn_preservation,
    neighborhood_hit,
    score_series,
    score_snapshot,
    stability_spearman,
    trustworthiness,
)


@pytest.fixture(params=["one block", "many blocks"])
def blocks(request, monkeypatch):
    """Run a test with the default blocks (one for these sizes) and with blocks of 32 query rows, 2 threads."""
    if request.param == "many blocks":
        monkeypatch.setattr(quality, "_BLOCK_ELEMENTS", 1)
        return 2
    return 1


# ------------------------------------------------------------------------------------------- reference values


def reference_penalties(a: np.ndarray, nbrs: np.ndarray, k: int) -> np.ndarray:
    """Per sample: sum over ``nbrs[i]`` of max(0, rank - k), ranks in ``a`` straight from the definition (O(n²))."""
    d = ((a[:, None, :] - a[None, :, :]) ** 2).sum(axis=2)
    np.fill_diagonal(d, np.inf)
    closer = (d[:, None, :] < np.take_along_axis(d, nbrs, axis=1)[:, :, None]).sum(axis=2)
    return np.maximum(closer + 1 - k, 0).sum(axis=1)


def reference_scale(n: int, k: int) -> float:
    return 2.0 / (k * (2 * n - 3 * k - 1))


def knn_sets(a: np.ndarray, k: int) -> np.ndarray:
    return NearestNeighbors(n_neighbors=k).fit(a).kneighbors(return_distance=False)


# ------------------------------------------------------------------------------------- trustworthiness, continuity


@pytest.mark.parametrize(("n", "dim", "d", "k"), [(300, 10, 2, 5), (240, 20, 3, 1), (200, 6, 2, 99), (400, 64, 3, 30)])
def test_trustworthiness_matches_sklearn(n, dim, d, k, blocks):
    rng = np.random.default_rng(n + k)
    x = rng.standard_normal((n, dim))
    y = x[:, :d] + 0.7 * rng.standard_normal((n, d))
    ours = trustworthiness(x, y, k, n_jobs=blocks)
    assert ours == pytest.approx(sk_trustworthiness(x, y, n_neighbors=k), abs=1e-12)
    assert 0.4 < ours < 0.99  # neither trivial end, so the comparison means something
    # continuity is trustworthiness with the spaces swapped
    assert continuity(x, y, k, n_jobs=blocks) == pytest.approx(sk_trustworthiness(y, x, n_neighbors=k), abs=1e-12)


def test_ranks_follow_the_definition_with_ties(blocks):
    # Integer coordinates with a zero mean: many exactly equal distances, computed exactly, duplicates included.
    rng = np.random.default_rng(3)
    half = rng.integers(-3, 4, (150, 4)).astype(float)
    tied = np.vstack([half, -half])
    smooth = tied[:, :2] + 0.8 * rng.standard_normal((300, 2))
    k = 10
    assert len(np.unique(tied, axis=0)) < 300  # duplicate samples
    n = 300
    # trustworthiness: ranks in the tied space, neighbours in the smooth one
    expected_t = 1 - reference_scale(n, k) * reference_penalties(tied, knn_sets(smooth, k), k).mean()
    assert trustworthiness(tied, smooth, k, n_jobs=blocks) == pytest.approx(expected_t, abs=1e-12)
    # continuity: ranks in the tied view, neighbours in the smooth original
    expected_c = 1 - reference_scale(n, k) * reference_penalties(tied, knn_sets(smooth, k), k).mean()
    assert continuity(smooth, tied, k, n_jobs=blocks) == pytest.approx(expected_c, abs=1e-12)
    # sklearn breaks ties arbitrarily, so it disagrees here: the tie rule above is doing the work
    assert abs(sk_trustworthiness(tied, smooth, n_neighbors=k) - expected_t) > 1e-6


def test_float32_near_ties_are_ranked_exactly():
    # Distances 1 and 1 + 1e-12 round to the same float32: the rank of the farther one must still count the other.
    ring = np.array([[1.0, 0.0], [0.0, 1.0 + 1e-12], [-1.0, 0.0], [0.0, -1.0], [0.0, 0.0]])
    x = np.vstack([ring, ring * 7.0 + 50.0, ring * 3.0 - 40.0])
    rng = np.random.default_rng(0)
    y = rng.standard_normal((len(x), 2))
    for k in (1, 2, 3):
        expected = 1 - reference_scale(len(x), k) * reference_penalties(x, knn_sets(y, k), k).mean()
        assert trustworthiness(x, y, k) == pytest.approx(expected, abs=1e-12)


def test_large_k_uses_the_normaliser_for_k_above_n_over_2():
    rng = np.random.default_rng(5)
    x = rng.standard_normal((60, 5))
    y = rng.standard_normal((60, 2))
    n = 60
    for k in (30, 45, 58):  # sklearn refuses k >= n / 2; at most n - 1 - k intruders, worst (n-k)(n-k-1)/2
        expected = 1 - 2.0 / ((n - k) * (n - k - 1)) * reference_penalties(x, knn_sets(y, k), k).mean()
        assert trustworthiness(x, y, k) == pytest.approx(expected, abs=1e-12)
        assert 0.0 <= continuity(x, y, k) <= 1.0
    assert trustworthiness(x, y, 59) == continuity(x, y, 59) == 1.0  # every other sample is a neighbour


# --------------------------------------------------------------------------------------- constructed projections


def test_identity_projection_scores_one():
    x, labels = blobs(500, d=3, c=4, spread=1.0, sep=10.0, seed=1)
    scores = score_snapshot(x, x, labels)
    assert scores["trustworthiness"] == scores["continuity"] == scores["knn15"] == 1.0
    assert scores["neighborhood_hit"] == pytest.approx(neighborhood_hit(x, labels))
    assert knn_preservation(x, x) == 1.0


def test_rotation_and_scale_of_the_data_scores_one():
    rng = np.random.default_rng(2)
    z = rng.standard_normal((600, 2)) * [3.0, 1.0]  # data that really is 2-D ...
    basis = np.linalg.qr(rng.standard_normal((20, 2)))[0].T  # ... embedded in 20-D by an isometry
    x = z @ basis + rng.standard_normal(20)
    angle = 0.7
    rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    y = 4.5 * z @ rot + [10.0, -3.0]  # a rotated, scaled, shifted view of it
    scores = score_snapshot(x, y)
    for key in ("trustworthiness", "continuity", "knn15"):
        assert scores[key] == pytest.approx(1.0, abs=1e-12), key


def test_random_projection_of_structured_data_scores_clearly_lower():
    x, labels = blobs(1500, d=32, c=6, spread=2.0, sep=10.0, seed=4)
    good = PCA(n_components=2, random_state=0).fit_transform(x)
    bad = np.random.default_rng(4).standard_normal((1500, 2))
    s_good, s_bad = score_snapshot(x, good, labels), score_snapshot(x, bad, labels)
    assert s_good["trustworthiness"] > 0.9 and s_good["continuity"] > 0.9 and s_good["neighborhood_hit"] > 0.95
    # a random view sits at chance: T, C about 0.5, knn about k / n, neighbourhood hit about sum of p_c²
    assert s_bad["trustworthiness"] < 0.55 and s_bad["continuity"] < 0.55
    assert s_bad["knn15"] < 0.02 and s_bad["neighborhood_hit"] < 0.25
    for key in ("trustworthiness", "continuity", "neighborhood_hit"):
        assert s_good[key] > s_bad[key] + 0.3, key
    assert s_good["knn15"] > 5 * s_bad["knn15"]


def test_knn_preservation_matches_set_intersection():
    rng = np.random.default_rng(6)
    x = rng.standard_normal((300, 8))
    y = x[:, :2] + 0.3 * rng.standard_normal((300, 2))
    for k in (1, 15, 40):
        nx, ny = knn_sets(x, k), knn_sets(y, k)
        expected = np.mean([len(np.intersect1d(a, b)) / k for a, b in zip(nx, ny, strict=True)])
        assert knn_preservation(x, y, k) == pytest.approx(expected, abs=1e-12)


def test_neighborhood_hit_separated_versus_mixed_labels():
    rng = np.random.default_rng(7)
    y = np.vstack([rng.standard_normal((200, 2)), rng.standard_normal((200, 2)) + 50.0])
    separated = np.repeat(["cat", "dog"], 200)
    assert neighborhood_hit(y, separated) == 1.0
    mixed = rng.permutation(separated)
    assert neighborhood_hit(y, mixed) == pytest.approx(0.5, abs=0.05)
    # by hand on a line: points 0..5, k=1, labels a a b b a b
    line = np.arange(6.0)[:, None]
    assert neighborhood_hit(line, list("aabbab"), k=1) == pytest.approx(3 / 6)


# ------------------------------------------------------------------------------------------- temporal stability


def moved(n: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x_prev = rng.standard_normal((n, 16))
    step = rng.exponential(1.0, n)  # how far each sample moves
    direction = rng.standard_normal((n, 16))
    direction /= np.linalg.norm(direction, axis=1, keepdims=True)
    return x_prev, x_prev + step[:, None] * direction, step


def move_view(y_prev: np.ndarray, amount: np.ndarray, seed: int) -> np.ndarray:
    angle = np.random.default_rng(seed).uniform(0, 2 * np.pi, len(amount))
    return y_prev + amount[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])


def test_stab_spearman_is_one_for_monotone_view_motion():
    x_prev, x_next, step = moved(500, seed=8)
    y_prev = np.random.default_rng(9).standard_normal((500, 2))
    y_next = move_view(y_prev, np.sqrt(step) * 3.0 + 0.1, seed=10)  # a monotone function of the true motion
    assert stability_spearman(x_prev, x_next, y_prev, y_next) == pytest.approx(1.0, abs=1e-12)


def test_stab_spearman_near_zero_for_unrelated_motion_and_negative_when_inverted():
    x_prev, x_next, step = moved(2000, seed=11)
    y_prev = np.random.default_rng(12).standard_normal((2000, 2))
    unrelated = move_view(y_prev, np.random.default_rng(13).exponential(1.0, 2000), seed=14)
    rho = stability_spearman(x_prev, x_next, y_prev, unrelated)
    assert abs(rho) < 0.08
    assert rho == pytest.approx(spearmanr(np.linalg.norm(x_next - x_prev, axis=1),
                                          np.linalg.norm(unrelated - y_prev, axis=1))[0], abs=1e-12)
    inverted = move_view(y_prev, 1.0 / (step + 0.01), seed=15)  # big true moves shown small
    assert stability_spearman(x_prev, x_next, y_prev, inverted) == pytest.approx(-1.0, abs=1e-12)
    noisy = move_view(y_prev, 1.0 / (step + 0.01) * np.random.default_rng(16).uniform(0.5, 1.5, 2000), seed=17)
    assert -1.0 < stability_spearman(x_prev, x_next, y_prev, noisy) < -0.5


def test_stab_spearman_average_ranks_match_scipy_with_ties():
    rng = np.random.default_rng(18)
    x_prev = rng.integers(0, 3, (300, 2)).astype(float)
    x_next = x_prev + rng.integers(0, 3, (300, 2))  # many equal movements
    y_prev = rng.standard_normal((300, 2))
    y_next = y_prev + rng.integers(0, 2, (300, 1)) * [1.0, 0.0]  # two movement values only
    expected = spearmanr(np.linalg.norm(x_next - x_prev, axis=1), np.linalg.norm(y_next - y_prev, axis=1))[0]
    assert stability_spearman(x_prev, x_next, y_prev, y_next) == pytest.approx(expected, abs=1e-12)


def test_stab_spearman_is_nan_without_warning_when_nothing_moves():
    x_prev, x_next, _ = moved(100, seed=19)
    y = np.random.default_rng(20).standard_normal((100, 2))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert math.isnan(stability_spearman(x_prev, x_next, y, y.copy()))  # the view froze
        assert math.isnan(stability_spearman(x_prev, x_prev.copy(), y, y + 1.0))  # nothing moved; view shifted
        grid = np.round(x_prev)  # integer coordinates, so a shift moves every sample by exactly the same amount
        assert math.isnan(stability_spearman(grid, grid + 2.0, y, y + np.arange(100)[:, None]))


# --------------------------------------------------------------------------------------------- sampled regime


@pytest.mark.slow
def test_subset_mode_is_close_to_exact_on_3000_samples():
    x, labels = blobs(3000, d=32, c=8, spread=6.0, sep=10.0, seed=21)
    y = PCA(n_components=3, random_state=0).fit_transform(x)
    exact = score_snapshot(x, y, labels, max_samples=None)
    assert exact["k"] == 30
    for seed in (0, 1, 2):
        sampled = score_snapshot(x, y, labels, max_samples=1000, seed=seed)
        assert sampled["k"] == 30
        for key in ("trustworthiness", "continuity", "knn15", "neighborhood_hit"):
            assert sampled[key] == pytest.approx(exact[key], abs=0.01), (seed, key)
        assert any(sampled[key] != exact[key] for key in ("trustworthiness", "continuity", "knn15"))  # sampled
        assert score_snapshot(x, y, labels, max_samples=1000, seed=seed) == sampled  # and seeded
    assert score_snapshot(x, y, labels, max_samples=3000) == exact  # n <= max_samples: exact


def test_subset_queries_rank_against_all_samples(blocks):
    # The sampled score is exactly the mean of the exact per-sample terms over the query samples.
    rng = np.random.default_rng(22)
    x = rng.standard_normal((400, 6))
    y = x[:, :2] + 0.5 * rng.standard_normal((400, 2))
    k, n = 12, 400
    queries = quality._query_rows(n, 100, seed=3)
    assert queries is not None and len(queries) == 100
    trust_terms = reference_penalties(x, knn_sets(y, k), k)[queries]
    cont_terms = reference_penalties(y, knn_sets(x, k), k)[queries]
    assert trustworthiness(x, y, k, max_samples=100, seed=3, n_jobs=blocks) == pytest.approx(
        1 - reference_scale(n, k) * trust_terms.mean(), abs=1e-12
    )
    assert continuity(x, y, k, max_samples=100, seed=3, n_jobs=blocks) == pytest.approx(
        1 - reference_scale(n, k) * cont_terms.mean(), abs=1e-12
    )
    nx, ny = knn_sets(x, k)[queries], knn_sets(y, k)[queries]
    expected_knn = np.mean([len(np.intersect1d(a, b)) / k for a, b in zip(nx, ny, strict=True)])
    assert knn_preservation(x, y, k, max_samples=100, seed=3, n_jobs=blocks) == pytest.approx(expected_knn)


def test_stratified_queries_are_proportional_seeded_and_distinct():
    labels = np.repeat(np.arange(4), [500, 300, 150, 50])
    rng = np.random.default_rng(5)
    rng.shuffle(labels)
    rows = quality._query_rows(1000, 101, seed=7, labels=labels)
    assert rows is not None and len(rows) == 101 == len(np.unique(rows))
    assert np.all(np.diff(rows) > 0)
    share = np.bincount(labels[rows], minlength=4)
    assert np.all(np.abs(share - np.array([500, 300, 150, 50]) * 101 / 1000) < 1)  # each class its share
    assert np.array_equal(quality._query_rows(1000, 101, seed=7, labels=labels), rows)
    assert not np.array_equal(quality._query_rows(1000, 101, seed=8, labels=labels), rows)
    assert quality._query_rows(1000, 1000, seed=7, labels=labels) is None  # every sample a query: exact


def test_query_path_over_every_sample_equals_the_exact_path(blocks):
    # The subsampled code path (kNN of the query rows with the query itself dropped, distance rows of the
    # queries only), given every row as a query, must give exactly the exact path's numbers.
    x, labels = blobs(500, d=12, c=5, spread=2.0, sep=3.0, seed=4)
    y = PCA(n_components=2, random_state=0).fit_transform(x) + np.random.default_rng(1).normal(size=(500, 2))
    lab = quality._check_labels(labels, 500)
    want = frozenset({"trustworthiness", "continuity", "knn", "neighborhood_hit"})
    kwargs = {"k": 10, "k_knn": 15, "labels": lab, "want": want, "n_jobs": blocks}
    every = quality._neighbourhood_scores(x, y, queries=np.arange(500), **kwargs)
    exact = quality._neighbourhood_scores(x, y, queries=None, **kwargs)
    assert every == exact
    assert score_snapshot(x, y, labels, max_samples=None)["knn15"] == exact["knn"]


def test_query_plan_says_what_was_scored():
    assert quality.query_plan(1500) == {"queries": 1500, "n_samples": 1500, "seed": 0, "sampling": "exact"}
    assert quality.query_plan(10_000, seed=3) == {
        "queries": quality.DEFAULT_MAX_SAMPLES, "n_samples": 10_000, "seed": 3, "sampling": "stratified by label"}
    with pytest.raises(ValueError, match="max_samples"):
        quality.query_plan(10, max_samples=0)


# ------------------------------------------------------------------------------------------- combined scores


def test_score_snapshot_shares_work_but_matches_the_single_scores(blocks):
    x, labels = blobs(800, d=16, c=5, spread=4.0, sep=10.0, seed=23)
    y = x[:, :2] + np.random.default_rng(23).standard_normal((800, 2))
    s = score_snapshot(x, y, labels, n_jobs=blocks)
    assert set(s) == {"trustworthiness", "continuity", "knn15", "neighborhood_hit", "k"}
    assert s["k"] == 8 and isinstance(s["k"], int)
    assert s["trustworthiness"] == trustworthiness(x, y, 8)
    assert s["continuity"] == continuity(x, y, 8)
    assert s["knn15"] == knn_preservation(x, y, 15)
    assert s["neighborhood_hit"] == neighborhood_hit(y, labels, 15)
    assert "neighborhood_hit" not in score_snapshot(x, y)
    wide = score_snapshot(x, y, labels, k_percent=5.0, n_jobs=blocks)  # k = 40 > 15: knn15 uses the 15 nearest
    assert wide["k"] == 40
    assert wide["trustworthiness"] == trustworthiness(x, y, 40)
    assert wide["knn15"] == s["knn15"] and wide["neighborhood_hit"] == s["neighborhood_hit"]


def test_score_series_adds_stability_from_the_previous_snapshot():
    rng = np.random.default_rng(24)
    xs = [rng.standard_normal((200, 10))]
    for _ in range(2):
        xs.append(xs[-1] + rng.exponential(0.3, (200, 1)) * rng.standard_normal((200, 10)))
    ys = [x[:, :2] for x in xs]
    labels = rng.integers(0, 3, 200)
    series = score_series(xs, ys, labels)
    assert len(series) == 3
    assert math.isnan(series[0]["stab_spearman"])
    for t in (1, 2):
        assert series[t]["stab_spearman"] == stability_spearman(xs[t - 1], xs[t], ys[t - 1], ys[t])
        assert 0.0 < series[t]["stab_spearman"] < 1.0
    for t in range(3):
        assert {k: v for k, v in series[t].items() if k != "stab_spearman"} == score_snapshot(xs[t], ys[t], labels)


def test_tiny_inputs():
    x = np.array([[0.0, 0.0], [1.0, 0.0], [5.0, 0.0]])
    s = score_snapshot(x, x[:, :1], labels=[0, 0, 1])
    assert s["k"] == 2 and s["trustworthiness"] == 1.0 and s["knn15"] == 1.0  # k_knn lowered to n - 1
    assert trustworthiness(x[:2], x[:2, :1], 1) == 1.0


def test_k_from_percent():
    assert k_from_percent(10_000) == 100
    assert k_from_percent(10_000, 0.5) == 50
    assert k_from_percent(300) == 5  # 3 raised to the minimum
    assert k_from_percent(300, minimum=2) == 3
    assert k_from_percent(4) == 3  # clipped to n - 1
    assert k_from_percent(1000, 100.0) == 999
    for bad in [dict(n=1), dict(n=100, percent=0), dict(n=100, percent=float("nan")), dict(n=100, minimum=0)]:
        with pytest.raises(ValueError):
            k_from_percent(**bad)


# ------------------------------------------------------------------------------------------------ input errors


def test_input_errors_are_clear():
    rng = np.random.default_rng(25)
    x, y = rng.standard_normal((50, 4)), rng.standard_normal((50, 2))
    with pytest.raises(ValueError, match="same number of samples.*X has 50, Y has 49"):
        trustworthiness(x, y[:49], 5)
    with pytest.raises(ValueError, match=r"k < n_samples = 50.*got 50"):
        continuity(x, y, 50)
    with pytest.raises(ValueError, match="k must satisfy"):
        knn_preservation(x, y, 0)
    with pytest.raises(ValueError, match="k must be an integer"):
        trustworthiness(x, y, 2.5)
    bad = x.copy()
    bad[3, 1] = np.nan
    with pytest.raises(ValueError, match="X contains NaN or infinite values"):
        score_snapshot(bad, y)
    with pytest.raises(ValueError, match="Y contains NaN or infinite"):
        trustworthiness(x, np.where(y > 2, np.inf, y), 5)
    with pytest.raises(ValueError, match="2-D"):
        trustworthiness(x[:, 0], y, 5)
    with pytest.raises(ValueError, match="labels must be a 1-D array with one label per sample"):
        score_snapshot(x, y, labels=np.zeros(49))
    with pytest.raises(ValueError, match="k_neighbors|k must satisfy"):
        neighborhood_hit(y, np.zeros(50), k=50)
    with pytest.raises(ValueError, match="max_samples"):
        score_snapshot(x, y, max_samples=0)
    with pytest.raises(ValueError, match="n_jobs"):
        score_snapshot(x, y, n_jobs=0)
    with pytest.raises(ValueError, match="k_knn"):
        score_snapshot(x, y, k_knn=0)
    with pytest.raises(ValueError, match="percent"):
        score_snapshot(x, y, k_percent=-1.0)
    with pytest.raises(ValueError, match="X_prev and X_next must have the same shape"):
        stability_spearman(x, x[:, :3], y, y)
    with pytest.raises(ValueError, match="same number of samples"):
        stability_spearman(x, x, y, y[:40])
    with pytest.raises(ValueError, match="one matrix per snapshot"):
        score_series([x, x], [y])
    with pytest.raises(ValueError, match="empty"):
        score_series([], [])
    with pytest.raises(ValueError, match=r"Xs\[1\] has 40"):
        score_series([x, x[:40]], [y, y[:40]])
    with pytest.raises(ValueError, match="same shape"):
        score_series([x, x[:, :3]], [y, y])


def test_score_series_of_float16_maps_equals_float64_copies(tmp_path):
    """Sampled regime (N above max_samples): the series is converted one snapshot at a time, to the same scores."""
    rng = np.random.default_rng(2)
    n, labels = 700, np.arange(700) % 4
    xs, ys = [], []
    for t in range(3):
        path = tmp_path / f"x{t}.npy"
        np.save(path, (rng.normal(size=(n, 12)) + labels[:, None] * t).astype(np.float16))
        xs.append(np.load(path, mmap_mode="r"))
        ys.append(rng.normal(size=(n, 3)))
    streamed = score_series(xs, ys, labels, max_samples=300, seed=5)
    copies = score_series([np.asarray(x, dtype=np.float64) for x in xs], ys, labels, max_samples=300, seed=5)
    np.testing.assert_equal(streamed, copies)
    with pytest.raises(ValueError, match=r"Xs\[1\] contains NaN"):
        score_series([xs[0], np.full((n, 12), np.nan), xs[2]], ys, labels)
    with pytest.raises(ValueError, match="every matrix of Xs must have the same shape"):
        score_series([xs[0], xs[1][:, :5], xs[2]], ys, labels)
