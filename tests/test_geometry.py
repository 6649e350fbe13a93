"""Class geometry on data whose geometry is known by construction, and against scikit-learn where it has the metric."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import blobs
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_samples, silhouette_score
from sklearn.model_selection import LeaveOneOut, cross_val_predict
from sklearn.neighbors import KNeighborsClassifier

from latentris_lightning.analysis.geometry import METRICS, PER_CLASS, class_geometry, pairwise_scores, sample_margins
from latentris_lightning.arrays import rms_radius


def test_known_geometry_of_two_point_classes():
    # class 0 at (-1, 0) and (-1, 0); class 1 at (1, 0) twice: zero spread, centroids 2 apart, RMS radius 1
    x = np.array([[-1.0, 0], [-1, 0], [1, 0], [1, 0]])
    g = class_geometry(x, np.array([0, 0, 1, 1]))
    assert g["centroid_distance"] == pytest.approx(0.0)
    assert g["centroid_spread"] == pytest.approx(0.0)
    assert g["centroid_separation"] == pytest.approx(2.0)
    assert g["margin"] == pytest.approx(2.0)
    assert g["silhouette"] == pytest.approx(1.0)
    assert g["davies_bouldin"] == pytest.approx(0.0)
    assert np.isnan(g["fisher_ratio"])  # no within-class scatter: the ratio is undefined


def test_known_geometry_with_spread():
    # class 0: (-1, ±1), class 1: (1, ±1): each sample 1 from its centroid; centroids 2 apart; RMS radius sqrt(2)
    x = np.array([[-1.0, 1], [-1, -1], [1, 1], [1, -1]])
    g = class_geometry(x, np.array([0, 0, 1, 1]))
    r2 = np.sqrt(2)
    assert rms_radius(x) == pytest.approx(r2)
    assert g["centroid_distance"] == pytest.approx(1 / r2)
    assert g["centroid_spread"] == pytest.approx(0.0)
    assert g["centroid_separation"] == pytest.approx(2 / r2)
    assert g["margin"] == pytest.approx((np.sqrt(5) - 1) / r2)  # other centroid at (±1, 0): sqrt(4 + 1) away
    np.testing.assert_allclose(g.per_sample["margin"], (np.sqrt(5) - 1) / r2)
    np.testing.assert_allclose(g.per_sample["distance"], 1 / r2)
    np.testing.assert_allclose(g.centroid_matrix, [[0, 2 / r2], [2 / r2, 0]])
    assert g["silhouette"] == pytest.approx(3 - 2 * r2)  # a = 2, b = (2 + sqrt 8) / 2
    assert g["davies_bouldin"] == pytest.approx(1.0)  # (1 + 1) / 2
    assert g["fisher_ratio"] == pytest.approx(1.0)  # between 4 × 1², within 4 × 1²
    assert g["calinski_harabasz"] == pytest.approx(2.0)  # 1 × (4 − 2) / (2 − 1)


def test_matches_scikit_learn():
    x, y = blobs(spread=2.0)
    g = class_geometry(x, y)
    assert g["silhouette"] == pytest.approx(silhouette_score(x, y), rel=1e-5)
    assert g["davies_bouldin"] == pytest.approx(davies_bouldin_score(x, y), rel=1e-9)
    assert g["calinski_harabasz"] == pytest.approx(calinski_harabasz_score(x, y), rel=1e-9)
    loo = cross_val_predict(KNeighborsClassifier(n_neighbors=10), x, y, cv=LeaveOneOut())
    assert g["knn_accuracy"] == pytest.approx(np.mean(loo == y))
    assert 0.3 < g["knn_accuracy"] < 1.0  # the comparison is not trivial
    per_sample, _ = pairwise_scores(x, y, block=7)  # blocks not dividing N
    # float32 distances: scikit-learn's float64 values to about 1e-6
    np.testing.assert_allclose(per_sample, silhouette_samples(x, y), rtol=1e-5, atol=1e-6)
    sil = silhouette_samples(x, y)
    np.testing.assert_allclose(g.per_class["silhouette"], [sil[y == k].mean() for k in range(4)], rtol=1e-5)


def test_singleton_class_gets_silhouette_zero_as_in_scikit_learn():
    x, y = blobs(n=30, c=3)
    y = y.copy()
    y[0] = 3
    assert class_geometry(x, y)["silhouette"] == pytest.approx(silhouette_score(x, y), rel=1e-5)


def test_margins_are_nearest_other_centroid_minus_own():
    x, y = blobs(n=40, c=3)
    own, other = sample_margins(x, y)
    centroids = np.stack([x[y == k].mean(axis=0) for k in range(3)])
    d = np.linalg.norm(x[:, None, :] - centroids[None], axis=2)
    np.testing.assert_allclose(own, d[np.arange(40), y])
    d[np.arange(40), y] = np.inf
    np.testing.assert_allclose(other, d.min(axis=1))


def test_invariant_to_rotation_translation_and_scale():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, 5))
    y = rng.integers(0, 3, size=60)
    q, _ = np.linalg.qr(rng.normal(size=(5, 5)))
    a = class_geometry(x, y)
    b = class_geometry(7.5 * x @ q + 3.0, y)
    for spec in METRICS:
        assert a[spec.key] == pytest.approx(b[spec.key], rel=1e-5), spec.key  # silhouette: float32 distances
    np.testing.assert_allclose(a.per_sample["margin"], b.per_sample["margin"], rtol=1e-7, atol=1e-9)


def test_separating_classes_improves_every_score():
    rng = np.random.default_rng(1)
    y = np.repeat([0, 1, 2], 30)
    centres = np.eye(3) * 4
    noise = rng.normal(size=(90, 3))
    mixed = class_geometry(noise, y)
    separated = class_geometry(noise + centres[y], y)
    assert separated["centroid_distance"] < mixed["centroid_distance"]
    assert separated["centroid_separation"] > 2 * mixed["centroid_separation"]
    for key in ("margin", "silhouette", "calinski_harabasz", "fisher_ratio", "knn_accuracy"):
        assert separated[key] > mixed[key], key
    assert separated["davies_bouldin"] < mixed["davies_bouldin"]
    assert separated["knn_accuracy"] > 0.95


def test_per_class_values_and_absent_classes():
    x, y = blobs(n=60, c=3)
    g = class_geometry(x, y, n_classes=5)
    for key in PER_CLASS:
        assert g.per_class[key].shape == (5,)
        assert np.isnan(g.per_class[key][3:]).all() and np.isfinite(g.per_class[key][:3]).all(), key
    assert g.centroid_matrix.shape == (5, 5) and np.isnan(g.centroid_matrix[3]).all()
    np.testing.assert_allclose(g.per_class["centroid_distance"],
                               [g.per_sample["distance"][y == k].mean() for k in range(3)] + [np.nan] * 2)


def test_sampled_above_the_limit_reproducibly_without_touching_global_rng():
    x, y = blobs(n=900, c=3, spread=2.5)
    exact = class_geometry(x, y)
    np.random.seed(123)
    state = np.random.get_state()[1].copy()
    a = class_geometry(x, y, sample_limit=400, rng=np.random.default_rng(7))
    b = class_geometry(x, y, sample_limit=400, rng=np.random.default_rng(7))
    assert np.array_equal(np.random.get_state()[1], state)
    assert exact.sampled == 900 and a.sampled == 400
    assert a["silhouette"] == b["silhouette"] and a["knn_accuracy"] == b["knn_accuracy"]
    assert a["silhouette"] == pytest.approx(exact["silhouette"], abs=0.05)
    assert a["knn_accuracy"] == pytest.approx(exact["knn_accuracy"], abs=0.08)
    assert a["fisher_ratio"] == exact["fisher_ratio"]  # the cheap metrics stay exact


def test_undefined_cases_are_nan_not_errors():
    keys = {spec.key for spec in METRICS}
    scalars = class_geometry(np.zeros((4, 3)), np.array([0, 1, 0, 1])).scalars
    assert set(scalars) == keys and all(np.isnan(v) for v in scalars.values())
    g = class_geometry(np.random.default_rng(0).normal(size=(4, 3)), np.zeros(4, dtype=int))
    assert np.isfinite(g["centroid_distance"])
    assert all(np.isnan(g[k]) for k in ("centroid_separation", "margin", "silhouette", "knn_accuracy", "fisher_ratio"))
    x = np.ones((4, 3))
    x[1, 2] = np.inf
    scalars = class_geometry(x, np.array([0, 1, 0, 1])).scalars
    assert set(scalars) == keys and all(np.isnan(v) for v in scalars.values())
