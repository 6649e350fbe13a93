"""Probe-set sampling: stratified shares, density-aware thinning, dispatch and argument checking."""

from __future__ import annotations

import numpy as np
import pytest

from latentris_lightning import sampling
from latentris_lightning.sampling import (
    METHODS,
    choose_indices,
    density_aware_indices,
    density_weights,
    stratified_indices,
)


def _skewed_labels(seed: int = 0) -> np.ndarray:
    counts = {7: 700, -1: 200, 3: 90, 12: 9, 0: 1}
    labels = np.concatenate([np.full(c, lab) for lab, c in counts.items()])
    return np.random.default_rng(seed).permutation(labels)


def _per_class(labels: np.ndarray, idx: np.ndarray) -> dict[int, int]:
    values, counts = np.unique(labels[idx], return_counts=True)
    return dict(zip(values.tolist(), counts.tolist(), strict=True))


def _planted_blobs(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One class made of a dense blob (5,000 points, std 0.1) and a sparse blob (500 points, std 1.0)."""
    rng = np.random.default_rng(seed)
    x = np.vstack([rng.normal(0.0, 0.1, (5000, 2)), rng.normal(5.0, 1.0, (500, 2))])
    sparse = np.arange(5500) >= 5000
    return x, np.zeros(5500, dtype=np.int64), sparse


# --------------------------------------------------------------------------------------------------- stratified


def test_stratified_exact_counts_on_skewed_labels():
    labels = _skewed_labels()
    idx = stratified_indices(labels, 100, seed=0)
    # Quotas 70, 20, 9, 0.9, 0.1: largest remainder gives 70/20/9/1/0, then the singleton class takes one draw
    # from the class rounded furthest above its quota (a tie at 0, broken towards the largest class).
    assert _per_class(labels, idx) == {7: 69, -1: 20, 3: 9, 12: 1, 0: 1}
    assert idx.dtype == np.int64
    assert np.all(np.diff(idx) > 0), "indices must be sorted and distinct"


def test_stratified_shares_sum_to_n_are_proportional_and_bounded():
    rng = np.random.default_rng(1)
    for _ in range(200):
        counts = rng.integers(1, 60, size=rng.integers(1, 9))
        labels = np.repeat(np.arange(counts.size), counts)
        n = int(rng.integers(1, counts.sum() + 1))
        idx = stratified_indices(labels, n, seed=3)
        got = np.bincount(labels[idx], minlength=counts.size)
        assert got.sum() == n == idx.size
        assert np.all(got <= counts)
        if n >= counts.size:
            assert np.all(got >= 1)
            # Moving draws to empty classes shifts shares by at most the number of classes that needed one.
            bumped = int((np.floor(n * counts / counts.sum()) == 0).sum())
            assert np.all(np.abs(got - n * counts / counts.sum()) < 1 + bumped)
        else:
            assert np.all(np.abs(got - n * counts / counts.sum()) < 1)


def test_stratified_fewer_draws_than_classes_go_to_the_largest():
    labels = np.repeat([0, 1, 2, 3, 4], [5, 30, 1, 20, 2])
    idx = stratified_indices(labels, 2, seed=0)
    assert _per_class(labels, idx) == {1: 1, 3: 1}


def test_stratified_is_deterministic_per_seed_and_varies_across_seeds():
    labels = _skewed_labels()
    a = stratified_indices(labels, 100, seed=5)
    assert np.array_equal(a, stratified_indices(labels, 100, seed=5))
    b = stratified_indices(labels, 100, seed=6)
    assert not np.array_equal(a, b)
    assert _per_class(labels, a) == _per_class(labels, b)


def test_stratified_n_at_least_len_returns_everything():
    labels = np.array([2, 2, 1])
    assert stratified_indices(labels, 3).tolist() == [0, 1, 2]
    assert stratified_indices(labels, 10).tolist() == [0, 1, 2]
    assert stratified_indices(labels, 10).dtype == np.int64


def test_stratified_accepts_sequences_and_numpy_integers():
    assert stratified_indices([0, 1, 1, 0], np.int64(2), seed=0).size == 2


@pytest.mark.parametrize(
    ("labels", "n", "match"),
    [
        ([0, 1], 0, r"n must be an integer >= 1, got 0"),
        ([0, 1], -3, r"got -3"),
        ([0, 1], 2.5, r"got 2\.5"),
        ([0, 1], True, r"got True"),
        (np.array([], dtype=np.int64), 1, r"labels must not be empty"),
        (np.zeros((2, 2), dtype=np.int64), 1, r"1-D .* shape \(2, 2\)"),
        (np.array([0.0, 1.0]), 1, r"integers, got dtype float64"),
        (np.array(["a", "b"]), 1, r"integers, got dtype <U1"),
    ],
)
def test_stratified_rejects_bad_arguments(labels, n, match):
    with pytest.raises(ValueError, match=match):
        stratified_indices(labels, n)


# ------------------------------------------------------------------------------------------------ density-aware


def test_density_takes_more_of_the_sparse_blob_than_stratified():
    x, labels, sparse = _planted_blobs()
    strat = np.mean([sparse[stratified_indices(labels, 500, seed=s)].mean() for s in range(3)])
    dens = np.mean([sparse[density_aware_indices(x, labels, 500, seed=s)].mean() for s in range(3)])
    assert 0.07 < strat < 0.12  # ≈ 500 / 5,500, as uniform sampling should
    assert dens > 0.25
    assert dens / strat > 2.5


def test_density_weights_track_inverse_density():
    x, _, sparse = _planted_blobs()
    w = density_weights(x)
    # The sparse blob is 100× less dense per unit area (10× the std in 2-D, 10× fewer points): ratio ≈ 1,000.
    ratio = np.median(w[sparse]) / np.median(w[~sparse])
    assert 200 < ratio < 5000


def test_density_thins_a_ten_times_denser_cluster():
    rng = np.random.default_rng(2)
    dense = rng.uniform(0.0, 1.0, (4000, 2))  # 4,000 per unit area
    sparse = rng.uniform(3.0, 5.0, (1600, 2))  # 400 per unit area: 10× sparser, covering 4× the area
    x = np.vstack([dense, sparse])
    labels = np.zeros(len(x), dtype=np.int64)
    is_dense = np.arange(len(x)) < 4000
    strat = is_dense[stratified_indices(labels, 560, seed=0)].mean()
    dens = is_dense[density_aware_indices(x, labels, 560, seed=0)].mean()
    assert abs(strat - 4000 / 5600) < 0.05
    # Inverse-density sampling spreads evenly over the support: the dense square is 1/5 of the area.
    assert dens < 0.4
    assert dens < 0.6 * strat


def test_density_on_uniform_data_stays_close_to_uniform():
    rng = np.random.default_rng(3)
    x = rng.uniform(0.0, 1.0, (4000, 2))
    labels = rng.integers(0, 3, 4000)
    idx = density_aware_indices(x, labels, 800, seed=0)
    counts, _, _ = np.histogram2d(x[idx, 0], x[idx, 1], bins=4, range=[[0, 1], [0, 1]])
    expected = 800 / 16
    chi2 = float(((counts - expected) ** 2 / expected).sum())
    assert chi2 < 37.7, counts  # 99.9th percentile of chi-square with 15 degrees of freedom
    for column in range(2):  # Kolmogorov–Smirnov distance of each coordinate to U(0, 1)
        values = np.sort(x[idx, column])
        ecdf_hi = np.arange(1, values.size + 1) / values.size
        ks = max(np.max(ecdf_hi - values), np.max(values - (ecdf_hi - 1 / values.size)))
        assert ks < 0.07  # the 1% critical value for 800 samples is ≈ 0.058


def test_density_outliers_cannot_take_the_whole_sample():
    rng = np.random.default_rng(13)
    blob = rng.normal(0.0, 1.0, (1000, 3))
    outliers = rng.uniform(20.0, 200.0, (50, 3))  # each one alone: estimated density near zero
    x = np.vstack([blob, outliers])
    is_outlier = np.arange(1050) >= 1000
    taken = int(is_outlier[density_aware_indices(x, np.zeros(1050, dtype=np.int64), 50, seed=0)].sum())
    # Unclipped 1/density weights would spend all 50 draws on the outliers; stratified expects ≈ 2.4.
    assert 5 <= taken <= 30


def test_density_strength_zero_equals_stratified():
    x, _, _ = _planted_blobs()
    labels = np.random.default_rng(4).integers(0, 4, len(x))
    for seed in (0, 1, 7):
        assert np.array_equal(
            density_aware_indices(x, labels, 300, seed=seed, strength=0),
            stratified_indices(labels, 300, seed=seed),
        )


def test_density_keeps_per_class_shares_and_determinism():
    labels = _skewed_labels()
    x = np.random.default_rng(5).normal(size=(labels.size, 6))
    a = density_aware_indices(x, labels, 100, seed=2)
    assert _per_class(labels, a) == _per_class(labels, stratified_indices(labels, 100, seed=2))
    assert np.array_equal(a, density_aware_indices(x, labels, 100, seed=2))
    assert not np.array_equal(a, density_aware_indices(x, labels, 100, seed=3))
    assert a.dtype == np.int64 and np.all(np.diff(a) > 0)


def test_density_accepts_image_shaped_features():
    rng = np.random.default_rng(6)
    images = rng.normal(size=(300, 3, 8, 8)).astype(np.float32)  # 192 values per sample: PCA to max_dim first
    labels = rng.integers(0, 3, 300)
    got = density_aware_indices(images, labels, 60, seed=1)
    assert got.size == 60
    assert np.array_equal(got, density_aware_indices(images.reshape(300, -1), labels, 60, seed=1))


def test_density_handles_duplicates_and_tiny_classes():
    rng = np.random.default_rng(7)
    x = np.vstack([np.zeros((200, 4)), rng.normal(size=(100, 4)), [[9.0, 9, 9, 9]], [[8.0, 8, 8, 8]] * 2])
    labels = np.concatenate([np.zeros(300, dtype=np.int64), [1], [2, 2]])
    idx = density_aware_indices(x, labels, 30, seed=0)
    assert idx.size == 30 and np.unique(idx).size == 30
    assert {300, 301} & set(idx.tolist()) and 300 in idx  # each tiny class gets at least one
    assert np.all(np.isfinite(density_weights(x)))
    # The 200 identical points are the densest spot: they must be thinned below their 2/3 share of class 0.
    assert np.mean(idx[idx < 300] < 200) < 0.5


def test_density_of_identical_points_is_plain_stratified():
    labels = np.random.default_rng(8).integers(0, 3, 90)
    x = np.ones((90, 5))
    assert np.array_equal(density_aware_indices(x, labels, 20, seed=4), stratified_indices(labels, 20, seed=4))


def test_density_small_wide_input():
    rng = np.random.default_rng(9)
    x = rng.normal(size=(12, 784))  # fewer rows than max_dim and than k + 1
    got = density_aware_indices(x, rng.integers(0, 2, 12), 5)
    assert got.size == 5


def test_knn_distances_match_brute_force_on_both_paths(monkeypatch):
    rng = np.random.default_rng(10)
    z = rng.normal(size=(400, 3)).astype(np.float32)
    z[1] = z[0]  # a duplicate pair
    full = np.sqrt(((z[:, None, :].astype(np.float64) - z[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(full, np.inf)
    expected = np.sort(full, axis=1)[:, :5]
    np.testing.assert_allclose(sampling._knn_distances(z, 5, seed=0), expected, rtol=1e-4, atol=1e-5)

    monkeypatch.setattr(sampling, "MAX_REFERENCE", 100)
    ref = np.sort(np.random.default_rng([0, 2]).choice(400, 100, replace=False))
    sub = np.sqrt(((z[:, None, :].astype(np.float64) - z[None, ref, :]) ** 2).sum(-1))
    sub[ref, np.arange(100)] = np.inf  # a reference row is not its own neighbour
    expected = np.sort(sub, axis=1)[:, :5]
    np.testing.assert_allclose(sampling._knn_distances(z, 5, seed=0), expected, rtol=1e-4, atol=1e-5)


def test_density_reference_subset_path_still_thins_dense_blob(monkeypatch):
    monkeypatch.setattr(sampling, "MAX_REFERENCE", 1000)
    x, labels, sparse = _planted_blobs()
    dens = sparse[density_aware_indices(x, labels, 500, seed=0)].mean()
    assert dens > 0.25


def test_intrinsic_dimension_estimate():
    rng = np.random.default_rng(11)
    plane = np.zeros((3000, 10), dtype=np.float32)
    plane[:, :3] = rng.uniform(size=(3000, 3))
    d_hat = sampling._intrinsic_dimension(sampling._knn_distances(plane, 15, seed=0))
    assert 2.4 < d_hat < 3.6


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"features": None}, r"features are required"),
        ({"features": np.zeros((9, 2))}, r"expected shape \(10, \.\.\.\), got \(9, 2\)"),
        ({"features": np.full((10, 2), np.nan)}, r"finite"),
        ({"features": np.array([["a"]] * 10)}, r"real numbers"),
        ({"k": 1}, r"k must be an integer >= 2 .*, got 1"),
        ({"max_dim": 0}, r"max_dim must be an integer >= 1, got 0"),
        ({"strength": -0.5}, r"strength must be a finite number >= 0, got -0.5"),
        ({"strength": float("inf")}, r"strength must be a finite number"),
        ({"n": 0}, r"n must be an integer >= 1, got 0"),
    ],
)
def test_density_rejects_bad_arguments(kwargs, match):
    args = {"features": np.random.default_rng(0).normal(size=(10, 2)), "labels": np.arange(10) % 2, "n": 4}
    args.update(kwargs)
    with pytest.raises(ValueError, match=match):
        density_aware_indices(args.pop("features"), args.pop("labels"), args.pop("n"), **args)


# ---------------------------------------------------------------------------------------------------- dispatcher


def test_choose_indices_dispatches():
    x, _, _ = _planted_blobs()
    labels = np.random.default_rng(12).integers(0, 3, len(x))
    assert np.array_equal(choose_indices(labels, 50, seed=3), stratified_indices(labels, 50, seed=3))
    assert np.array_equal(
        choose_indices(labels, 50, method="density", features=x, seed=3),
        density_aware_indices(x, labels, 50, seed=3),
    )
    assert choose_indices(labels, 4, method="first").tolist() == [0, 1, 2, 3]
    assert choose_indices(labels[:3], 10, method="first").tolist() == [0, 1, 2]
    assert choose_indices(labels, 4, method="first").dtype == np.int64


def test_choose_indices_errors():
    labels = np.arange(10) % 2
    allowed = r"unknown sampling method 'random'; allowed: 'stratified', 'density', 'first'"
    with pytest.raises(ValueError, match=allowed):
        choose_indices(labels, 3, method="random")
    with pytest.raises(ValueError, match=r"method='density' needs features"):
        choose_indices(labels, 3, method="density")
    with pytest.raises(ValueError, match=r"n must be an integer >= 1"):
        choose_indices(labels, 0, method="first")
    assert METHODS == ("stratified", "density", "first")
