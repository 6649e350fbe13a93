"""Aligned PCA and the method registry."""

from __future__ import annotations

import numpy as np
import pytest
from lightning.pytorch.utilities.exceptions import MisconfigurationException

from latentris_lightning.projection import AlignedPCA, available_methods, check_method_names, get_method


def series(seed=0, n=50, d=10, snapshots=3):
    rng = np.random.default_rng(seed)
    base = rng.normal(size=(n, d)) * np.linspace(3, 0.1, d)
    return [base + 0.1 * s * rng.normal(size=(n, d)) for s in range(snapshots)]


def test_one_basis_for_all_snapshots_makes_unchanged_data_stay_put():
    x = series()[0]
    a, b = AlignedPCA().fit_transform([x, x.copy()])
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_a_shift_in_activation_space_shows_as_the_same_shift():
    """Independent PCA would re-centre each snapshot; the aligned basis keeps the motion."""
    x = series()[0]
    shift = np.zeros(10)
    shift[0] = 5.0  # along the direction of largest variance
    method = AlignedPCA(normalize=None)
    a, b = method.fit_transform([x, x + shift])
    expected = method.components_ @ shift  # the shift as seen in the shared basis
    assert np.linalg.norm(expected) > 4.5
    np.testing.assert_allclose(b - a, np.broadcast_to(expected, a.shape), atol=1e-4)


def test_projection_is_the_pooled_pca():
    xs = series()
    method = AlignedPCA(n_components=3, normalize=None).fit(xs)
    stacked = np.concatenate(xs)
    centred = stacked - stacked.mean(axis=0)
    eigvals = np.linalg.eigvalsh(np.cov(centred.T))[::-1][:3]
    projected = np.concatenate(method.embeddings_)
    np.testing.assert_allclose(projected.var(axis=0, ddof=1), eigvals, rtol=1e-4)
    assert method.components_.shape == (3, 10)
    assert method.explained_variance_ratio_.sum() <= 1.0


def test_rms_normalisation_shows_arrangement_not_loudness():
    """A layer whose activations only grow louder and drift should look unchanged; a rearrangement still shows."""
    x = series()[0]
    a, b = AlignedPCA().fit_transform([x, 10.0 * x + 3.0])
    np.testing.assert_allclose(a, b, atol=1e-6)
    rearranged = x.copy()
    rearranged[:25] += 4.0
    a, b = AlignedPCA().fit_transform([x, 10.0 * rearranged])
    assert np.abs(a - b).max() > 0.5
    method = AlignedPCA().fit([x, 10.0 * x])
    np.testing.assert_allclose(method.scales_[1] / method.scales_[0], 10.0)


def test_deterministic_and_sign_stable():
    xs = series()
    np.testing.assert_array_equal(AlignedPCA().fit_transform(xs)[1], AlignedPCA().fit_transform(xs)[1])


def test_narrow_layers_are_padded_and_constant_layers_do_not_crash():
    narrow = [np.random.default_rng(0).normal(size=(20, 2)) for _ in range(2)]
    out = AlignedPCA().fit_transform(narrow)
    assert out[0].shape == (20, 3) and np.all(out[0][:, 2] == 0)
    flat = AlignedPCA().fit_transform([np.zeros((20, 5)), np.zeros((20, 5))])
    assert np.all(np.isfinite(flat[0]))


def test_subsampled_fit_still_projects_every_row():
    xs = series(n=200)
    out = AlignedPCA(max_fit_rows=100).fit_transform(xs)
    assert [o.shape for o in out] == [(200, 3)] * 3


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ([], "empty series"),
        ([np.ones((5, 3)), np.ones((6, 3))], r"matrix 1 of the series has 6 samples but matrix 0 has 5"),
        ([np.ones(5)], r"shape \(5,\); expected \(N, D\)"),
        ([np.full((5, 3), np.nan)], "NaN"),
    ],
)
def test_bad_series(bad, message):
    with pytest.raises(ValueError, match=message):
        AlignedPCA().fit(bad)


def test_bad_n_components():
    with pytest.raises(ValueError, match="choose 2 or 3"):
        AlignedPCA(n_components=5).fit(series())


def test_one_basis_needs_one_width():
    with pytest.raises(ValueError, match=r"same width; got widths \[3, 4\].*pca_procrustes"):
        AlignedPCA().fit([np.ones((5, 3)), np.ones((5, 4))])


def test_registry():
    assert "pca" in available_methods()
    method = get_method("pca", n_components=2, random_state=4)
    assert isinstance(method, AlignedPCA) and method.get_params()["random_state"] == 4
    with pytest.raises(MisconfigurationException, match=r"Unknown projection method 'umapp'; available methods: \["):
        get_method("umapp")


@pytest.mark.parametrize(("old", "new"), [("vff", "stress"), ("aligned_umap", "umap")])
def test_renamed_methods_point_to_their_new_names(old, new):
    with pytest.raises(MisconfigurationException, match=rf"'{old}' is now called '{new}'"):
        check_method_names([old])
    assert new in available_methods()


@pytest.mark.parametrize("normalize", ["rms", None])
def test_aligned_pca_in_one_buffer_equals_the_copying_form(normalize):
    """The basis and positions of the form that copied the series three times (normalised, stacked, centred)."""
    from sklearn.decomposition import PCA

    from latentris_lightning.arrays import rms_radius

    rng = np.random.default_rng(7)
    xs = [rng.normal(size=(3000, 64)) * (1 + t) + t for t in range(3)]
    scaled = xs
    if normalize == "rms":
        radii = np.array([rms_radius(m) for m in xs])
        scaled = [(m - m.mean(axis=0)) / r for m, r in zip(xs, np.where(radii > 0, radii, 1.0), strict=True)]
    stacked = np.concatenate(scaled)
    pca = PCA(n_components=3, random_state=0).fit(stacked)
    before = np.split((stacked - pca.mean_) @ pca.components_.T, 3)
    method = AlignedPCA(normalize=normalize).fit(xs)
    np.testing.assert_array_equal(method.components_, pca.components_)
    for got, want in zip(method.embeddings_, before, strict=True):
        np.testing.assert_array_equal(got, want.astype(np.float32))


def test_reduce_dims_per_matrix_equals_the_transform_of_the_stack():
    from sklearn.decomposition import PCA

    from latentris_lightning.projection.base import reduce_dims

    rng = np.random.default_rng(0)
    xs = [rng.normal(size=(2000, 80)) + t for t in range(3)]
    stacked = np.concatenate(xs)
    before = np.split(PCA(n_components=50, svd_solver="covariance_eigh", random_state=0).fit(stacked)
                      .transform(stacked), 3)
    for got, want in zip(reduce_dims(xs), before, strict=True):
        np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("normalize", ["rms", None])
def test_aligned_pca_row_draw_from_float16_equals_the_draw_from_the_float64_stack(normalize):
    """Above max_fit_rows the basis is fitted on a seeded draw of rows gathered snapshot by snapshot, and each
    snapshot is normalised again to be projected: the basis and positions of the float64 stack and its draw."""
    from sklearn.decomposition import PCA

    from latentris_lightning.arrays import rms_radius

    rng = np.random.default_rng(8)
    xs = [(rng.normal(size=(2000, 40)) * (1 + t) + t).astype(np.float16) for t in range(4)]
    wide = [m.astype(np.float64) for m in xs]
    scaled = wide
    if normalize == "rms":
        radii = np.array([rms_radius(m) for m in wide])
        scaled = [(m - m.mean(axis=0)) / r for m, r in zip(wide, radii, strict=True)]
    stacked = np.concatenate(scaled)
    rows = stacked[np.sort(np.random.default_rng(3).choice(stacked.shape[0], 5000, replace=False))]
    pca = PCA(n_components=3, random_state=3).fit(rows)
    before = np.split((stacked - pca.mean_) @ pca.components_.T, 4)
    method = AlignedPCA(max_fit_rows=5000, random_state=3, normalize=normalize).fit(xs)
    np.testing.assert_array_equal(method.components_, pca.components_)
    for got, want in zip(method.embeddings_, before, strict=True):
        np.testing.assert_array_equal(got, want.astype(np.float32))


def test_reduce_dims_row_draw_equals_the_draw_from_the_stack():
    """Above 100,000 rows the PCA-50 is fitted on a seeded draw gathered matrix by matrix, in float64 whatever the
    inputs' dtype: the result of drawing from the float64 stack."""
    from sklearn.decomposition import PCA

    from latentris_lightning.projection.base import gather_rows, reduce_dims

    rng = np.random.default_rng(9)
    xs = [(rng.normal(size=(26_000, 60)) + t).astype(np.float16) for t in range(4)]
    stacked = np.concatenate(xs).astype(np.float64)
    picked = np.random.default_rng(5).choice(stacked.shape[0], 100_000, replace=False)
    np.testing.assert_array_equal(gather_rows(xs, picked), stacked[picked])
    pca = PCA(n_components=50, svd_solver="covariance_eigh", random_state=5).fit(stacked[picked])
    for got, m in zip(reduce_dims(xs, 50, 5), xs, strict=True):
        np.testing.assert_array_equal(got, pca.transform(m.astype(np.float64)))


@pytest.mark.parametrize(("method", "params"), [("pca", {}), ("pca", {"max_fit_rows": 150}),
                                                ("joint", {"n_epochs": 10, "n_neighbors": 5}),
                                                ("stress", {"n_iter": 20})])
def test_built_in_methods_give_a_float16_series_the_positions_of_its_float64_copy(method, params):
    """Built-in methods take their matrices as they are (no float64 copy of the series) and convert one at a time,
    so the output is that of the float64 input; a third-party method still gets float64 matrices."""
    from latentris_lightning.projection.base import ProjectionMethod, validate_series

    rng = np.random.default_rng(2)
    xs = [(rng.normal(size=(90, 64)) + 0.2 * t).astype(np.float16) for t in range(3)]
    assert get_method(method).input_dtype is None
    got = get_method(method, **params).fit_transform(xs)
    want = get_method(method, **params).fit_transform([m.astype(np.float64) for m in xs])
    for g, w in zip(got, want, strict=True):
        np.testing.assert_array_equal(g, w)
    assert ProjectionMethod.input_dtype is np.float64
    assert all(m.dtype == np.float64 for m in validate_series(xs))
    kept = validate_series(xs, dtype=None)
    assert all(k is m for k, m in zip(kept, xs, strict=True))
    assert validate_series([np.ones((3, 2), dtype=np.int64)], dtype=None)[0].dtype == np.float32
