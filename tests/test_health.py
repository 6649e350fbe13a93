"""Representation health and linear CKA: known values, invariances, and agreement with the textbook formulas."""

from __future__ import annotations

import numpy as np
import pytest

from latentris_lightning.analysis.health import (
    CkaOperand,
    activation_norm,
    cka_matrix,
    dead_fraction,
    linear_cka,
    movement,
    representation_health,
)


def isotropic(n: int, k: int, d: int, seed: int = 0) -> np.ndarray:
    """n points whose centred covariance has exactly k equal non-zero eigenvalues, embedded in d dimensions."""
    rng = np.random.default_rng(seed)
    z = rng.normal(size=(n, k))
    z -= z.mean(axis=0)
    u, _, vt = np.linalg.svd(z, full_matrices=False)
    basis, _ = np.linalg.qr(rng.normal(size=(d, k)))
    return u @ basis.T * 3.0 + 5.0


def reference_cka(x, y):
    """HSIC form with an explicit centring matrix (Kornblith et al. 2019, eq. 2 with linear kernels)."""
    n = x.shape[0]
    h = np.eye(n) - np.ones((n, n)) / n
    kx, ky = h @ x @ x.T @ h, h @ y @ y.T @ h
    return np.sum(kx * ky) / np.sqrt(np.sum(kx * kx) * np.sum(ky * ky))


@pytest.mark.parametrize("k", [1, 3, 7])
def test_effective_rank_and_participation_ratio_count_equal_directions(k):
    h = representation_health(isotropic(200, k, 16))
    assert h["effective_rank"] == pytest.approx(k, rel=1e-6)
    assert h["participation_ratio"] == pytest.approx(k, rel=1e-6)


def test_spectrum_uses_either_gram_side():
    wide = isotropic(20, 4, 300)  # D > N: the N × N Gram matrix
    assert representation_health(wide)["effective_rank"] == pytest.approx(4, rel=1e-6)


def test_unequal_spectrum():
    # two directions with variances 4 and 1: PR = 25 / 17; singular values 2:1 → p = (2/3, 1/3)
    x = np.zeros((4, 2))
    x[:, 0] = [2, -2, 2, -2]
    x[:, 1] = [1, 1, -1, -1]
    h = representation_health(x)
    assert h["participation_ratio"] == pytest.approx(25 / 17)
    p = np.array([2, 1]) / 3
    assert h["effective_rank"] == pytest.approx(np.exp(-np.sum(p * np.log(p))))


def test_dead_units_norm_and_nonfinite():
    rng = np.random.default_rng(0)
    x = np.maximum(rng.normal(size=(50, 10)), 0)
    x[:, [1, 4, 7]] = 0.0  # ReLUs that never fire
    x[:, 9] = 2.5  # constant: carries nothing either
    assert dead_fraction(x) == pytest.approx(0.4)
    assert dead_fraction(np.zeros((5, 3))) == 1.0
    assert activation_norm(np.full((3, 4), 2.0)) == pytest.approx(2.0)
    bad = x.copy()
    bad[0, 0] = np.inf
    h = representation_health(bad)
    assert h["nonfinite_fraction"] == pytest.approx(1 / 500) and np.isnan(h["effective_rank"])
    assert representation_health(x)["nonfinite_fraction"] == 0.0


def test_cka_is_one_for_identical_and_invariant_to_orthogonal_maps_and_scaling():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(80, 12)) @ rng.normal(size=(12, 12))
    q, _ = np.linalg.qr(rng.normal(size=(12, 12)))
    assert linear_cka(x, x) == pytest.approx(1.0)
    assert linear_cka(x, 0.01 * x @ q + 7) == pytest.approx(1.0)
    y = np.tanh(x[:, :5]) + 0.3 * rng.normal(size=(80, 5))
    value = linear_cka(x, y)
    assert 0.05 < value < 0.99
    assert linear_cka(3 * x @ q, y) == pytest.approx(value)
    assert linear_cka(y, x) == pytest.approx(value)
    assert value == pytest.approx(reference_cka(x, y))


def test_cka_feature_and_gram_forms_agree_and_unrelated_data_scores_low():
    rng = np.random.default_rng(1)
    x, y = rng.normal(size=(30, 200)), rng.normal(size=(30, 150))  # wide: the Gram form
    assert linear_cka(x, y) == pytest.approx(reference_cka(x, y))
    a, b = rng.normal(size=(2000, 5)), rng.normal(size=(2000, 5))  # tall: the feature form
    assert linear_cka(a, b) == pytest.approx(reference_cka(a[:300], b[:300]), abs=0.05)
    assert linear_cka(a, b) < 0.05


def test_cka_undefined_and_mismatched():
    x = np.random.default_rng(0).normal(size=(10, 3))
    assert np.isnan(linear_cka(x, np.ones((10, 4))))
    with pytest.raises(ValueError, match="same samples"):
        linear_cka(x, x[:5])


def test_cka_matrix_of_layers():
    rng = np.random.default_rng(2)
    x = rng.normal(size=(60, 8))
    layers = [x, 2 * x + 1, rng.normal(size=(60, 4))]
    m = cka_matrix([CkaOperand(a) for a in layers])
    assert m.shape == (3, 3) and np.allclose(m, m.T) and np.allclose(np.diag(m), 1)
    assert m[0, 1] == pytest.approx(1.0) and m[0, 2] < 0.5


def test_movement_ignores_global_shift_and_scale():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(40, 6))
    np.testing.assert_allclose(movement(x, 4 * x - 2), 0, atol=1e-12)
    y = x.copy()
    y[0] += 10
    m = movement(x, y)
    assert m[0] == m.max() and m[0] > 5 * np.median(m)


def test_cka_hand_case():
    # centred orthogonal columns of variance 4 and 1; y is the first column:
    # X̃ᵀX̃ = diag(16, 4), ỹᵀỹ = 16, X̃ᵀỹ = (16, 0) → CKA = 256 / (√272 · 16) = 16 / √272
    x = np.array([[2.0, 1.0], [-2.0, 1.0], [2.0, -1.0], [-2.0, -1.0]]) + 3.0
    assert linear_cka(x, x[:, :1]) == pytest.approx(16 / np.sqrt(272), rel=1e-12)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.float16])
def test_streamed_forms_equal_the_forms_before(dtype, monkeypatch):
    """Block-streamed CKA, spectrum and health figures against the whole-matrix float64 forms of before."""
    import metrics_reference as ref

    from latentris_lightning.analysis import health

    monkeypatch.setattr(health, "row_blocks", lambda n: [slice(s, min(s + 37, n)) for s in range(0, n, 37)])
    rng = np.random.default_rng(5)
    z = rng.normal(size=(300, 6))
    x = (z @ rng.normal(size=(6, 24)) + 0.1 * rng.normal(size=(300, 24)) + 2.0).astype(dtype)
    y = (np.tanh(z @ rng.normal(size=(6, 40))) + 0.05 * rng.normal(size=(300, 40))).astype(dtype)
    x[:, 3] = 1.5  # a dead unit
    tol = 1e-10 if dtype == np.float64 else 1e-6  # CKA and movement; spectral figures: 1e-6 (a dead unit's zero
    # eigenvalue is rounding noise of ~1e-13 in any float64 Gram, its square root ~3e-7 of the largest)
    assert linear_cka(x, y) == pytest.approx(ref.linear_cka(x, y), rel=tol)
    m = cka_matrix([x, y, x[:, :10]])
    assert m[0, 2] == pytest.approx(ref.linear_cka(x, x[:, :10]), rel=tol)
    assert m[1, 2] == pytest.approx(ref.linear_cka(y, x[:, :10]), rel=tol)
    for a in (x, y):
        new, old = representation_health(a), ref.representation_health(a)
        for key in old:
            assert new[key] == pytest.approx(old[key], rel=1e-6), key
        s_new = CkaOperand(a).singular_values
        s_old = ref.singular_values(ref.centred(a))
        np.testing.assert_allclose(s_new, s_old, rtol=0, atol=1e-6 * s_old[0])
    prev, cur = CkaOperand(x), CkaOperand((x * 1.1 + rng.normal(size=x.shape) * 0.2).astype(dtype))
    np.testing.assert_allclose(health.operand_movement(prev, cur), movement(prev.x, cur.x), rtol=tol * 10)


def test_operand_keeps_memory_maps_and_refuses_non_matrices(tmp_path):
    x = np.random.default_rng(0).normal(size=(50, 4)).astype(np.float16)
    np.save(tmp_path / "a.npy", x)
    mapped = np.load(tmp_path / "a.npy", mmap_mode="r")
    op = CkaOperand(mapped)
    assert isinstance(op.x, np.memmap) and op.work_dtype == np.float32
    with pytest.raises(ValueError, match=r"matrix \(N, D\); got shape \(50,\)"):
        CkaOperand(x[:, 0])
