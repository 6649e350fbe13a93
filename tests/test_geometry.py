"""Class geometry on data whose geometry is known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from latentris_lightning.geometry import class_geometry, rms_radius


def test_known_geometry_of_two_point_classes():
    # class 0 at (-1, 0) and (-1, 0); class 1 at (1, 0) twice: zero spread, centroids 2 apart, RMS radius 1
    x = np.array([[-1.0, 0], [-1, 0], [1, 0], [1, 0]])
    g = class_geometry(x, np.array([0, 0, 1, 1]))
    assert g["centroid_distance"] == pytest.approx(0.0)
    assert g["centroid_separation"] == pytest.approx(2.0)


def test_known_geometry_with_spread():
    # class 0: (-1, ±1), class 1: (1, ±1): each sample 1 from its centroid; centroids 2 apart; RMS radius sqrt(2)
    x = np.array([[-1.0, 1], [-1, -1], [1, 1], [1, -1]])
    g = class_geometry(x, np.array([0, 0, 1, 1]))
    assert g["centroid_distance"] == pytest.approx(1 / np.sqrt(2))
    assert g["centroid_separation"] == pytest.approx(2 / np.sqrt(2))
    assert rms_radius(x) == pytest.approx(np.sqrt(2))


def test_invariant_to_rotation_translation_and_scale():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, 5))
    y = rng.integers(0, 3, size=60)
    q, _ = np.linalg.qr(rng.normal(size=(5, 5)))
    a = class_geometry(x, y)
    b = class_geometry(7.5 * x @ q + 3.0, y)
    for key in a:
        assert a[key] == pytest.approx(b[key])


def test_separating_classes_lower_distance_and_raise_separation():
    rng = np.random.default_rng(1)
    y = np.repeat([0, 1, 2], 30)
    centres = np.eye(3) * 4
    noise = rng.normal(size=(90, 3))
    mixed = class_geometry(noise, y)
    separated = class_geometry(noise + centres[y], y)
    assert separated["centroid_distance"] < mixed["centroid_distance"]
    assert separated["centroid_separation"] > 2 * mixed["centroid_separation"]


def test_undefined_cases_are_nan_not_errors():
    assert all(np.isnan(v) for v in class_geometry(np.zeros((4, 3)), np.array([0, 1, 0, 1])).values())
    g = class_geometry(np.random.default_rng(0).normal(size=(4, 3)), np.zeros(4, dtype=int))
    assert np.isnan(g["centroid_separation"]) and np.isfinite(g["centroid_distance"])
