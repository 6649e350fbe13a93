"""Flow fields (latentris_lightning.analysis.flow): planted fields come back, λ trades smoothness for fit, degenerate
input gives a zero field, outliers are the samples moving against the flow, k fields separate mixed flows."""

from __future__ import annotations

import numpy as np
import pytest

from latentris_lightning.analysis.flow import Grid, VectorFieldKMeans, make_grid, robust_outliers


def rotation_trajectories(n=3000, steps=5, theta=0.1, d=2, seed=0, clockwise=False):
    """Samples in [-1, 1]^d rotated by ``theta`` per step in the first two axes (counter-clockwise by default)."""
    rng = np.random.default_rng(seed)
    c, s = np.cos(theta), np.sin(-theta if clockwise else theta)
    rot = np.eye(d)
    rot[:2, :2] = [[c, -s], [s, c]]
    out = [rng.uniform(-1, 1, size=(n, d))]
    for _ in range(steps - 1):
        out.append(out[-1] @ rot.T)
    return np.stack(out, axis=1)


def angles_deg(a, b):
    cos = np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    return np.degrees(np.arccos(np.clip(cos, -1, 1)))


def roughness(est):
    """‖L X‖ / ‖X‖ over the grid (the quantity the smoothness term penalises)."""
    grid = Grid(est.grid_shape_, est.bounds_[0], est.bounds_[1])
    flat = est.fields_[0].reshape(grid.n_nodes, -1)
    return np.linalg.norm(grid.laplacian() @ flat) / np.linalg.norm(flat)


def test_planted_rotation_comes_back_in_2d():
    theta = 0.1
    est = VectorFieldKMeans(grid_size=24, smoothing=0.1).fit(rotation_trajectories(theta=theta))
    nodes = est.grid_points().reshape(-1, 2)
    field = est.field_.reshape(-1, 2)
    r = np.linalg.norm(nodes, axis=1)
    inside = (r > 0.15) & (r < 0.9)
    planted = np.stack([-nodes[:, 1], nodes[:, 0]], axis=1)  # counter-clockwise
    assert angles_deg(field[inside], planted[inside]).mean() < 1.0
    # a chord of a rotation by θ seen from its midpoint: speed 2·tan(θ/2)·r
    speed = np.linalg.norm(field[inside], axis=1)
    np.testing.assert_allclose(speed, 2 * np.tan(theta / 2) * r[inside], rtol=0.05)
    assert est.fields_.shape == (1, 24, 24, 2) and est.labels_.tolist() == [0] * 3000
    assert len(est.outliers_) == 0, "a planted field explains every trajectory"


def test_planted_expansion_comes_back_in_3d():
    rng = np.random.default_rng(1)
    eps = 0.05
    start = rng.uniform(-1, 1, size=(4000, 3))
    traj = np.stack([start * (1 + eps) ** t for t in range(4)], axis=1)
    est = VectorFieldKMeans(grid_size=12, smoothing=0.1).fit(traj)
    nodes = est.grid_points().reshape(-1, 3)
    field = est.field_.reshape(-1, 3)
    r = np.linalg.norm(nodes, axis=1)
    inside = (r > 0.2) & (np.abs(nodes).max(axis=1) < 0.9)
    assert angles_deg(field[inside], nodes[inside]).mean() < 2.0
    rate = np.sum(field[inside] * nodes[inside], axis=1) / r[inside] ** 2
    np.testing.assert_allclose(rate, eps / (1 + eps / 2), rtol=0.1)
    np.testing.assert_allclose(est.evaluate(np.array([[0.5, 0.0, 0.0]])), [[0.5 * eps, 0, 0]], atol=0.004)


def test_small_smoothing_fits_the_trajectories_large_smoothing_gives_a_smooth_field():
    rng = np.random.default_rng(2)
    start, velocity = rng.uniform(-1, 1, size=(40, 2)), rng.normal(scale=0.05, size=(40, 2))
    traj = np.stack([start + t * velocity for t in range(3)], axis=1)  # 40 straight paths in random directions
    fits = {lam: VectorFieldKMeans(grid_size=32, smoothing=lam).fit(traj) for lam in (1e-6, 0.5, 1 - 1e-6)}
    speed = fits[0.5].speed_
    assert fits[1e-6].errors_.mean() < 0.1 * speed, "λ → 0 must follow the trajectories"
    assert fits[1e-6].errors_.mean() < fits[0.5].errors_.mean() < fits[1 - 1e-6].errors_.mean()
    assert roughness(fits[1 - 1e-6]) < 0.2 * roughness(fits[0.5]) < 0.2 * roughness(fits[1e-6])


def test_smoothing_near_one_gives_the_mean_velocity_everywhere():
    rng = np.random.default_rng(3)
    drift = np.array([0.3, -0.1])
    start = rng.uniform(-1, 1, size=(500, 2))
    traj = np.stack([start + t * drift for t in range(3)], axis=1) + rng.normal(scale=0.05, size=(500, 3, 2))
    est = VectorFieldKMeans(grid_size=16, smoothing=1 - 1e-9).fit(traj)
    field = est.field_.reshape(-1, 2)
    mean_velocity = np.diff(traj, axis=1).reshape(-1, 2).mean(axis=0)
    np.testing.assert_allclose(field, np.broadcast_to(mean_velocity, field.shape), atol=2e-3)


@pytest.mark.parametrize("d", [2, 3])
def test_a_single_snapshot_or_constant_positions_give_a_zero_field(d):
    rng = np.random.default_rng(4)
    still = np.repeat(rng.normal(size=(30, 1, d)), 4, axis=1)
    for traj in (still[:, :1], still, np.zeros((5, 3, d))):
        est = VectorFieldKMeans(n_fields=2).fit(traj)
        assert est.fields_.shape == (2, *([16 if d == 3 else 32] * d), d)
        assert not np.any(est.fields_) and not np.any(est.errors_) and not np.any(est.alignment_)
        assert len(est.outliers_) == 0 and est.labels_.shape == (len(traj),)
        assert np.all(np.isfinite(est.bounds_)) and np.all(est.bounds_[1] > est.bounds_[0])


def test_samples_moving_against_the_flow_are_the_outliers():
    traj = rotation_trajectories(n=2000, seed=5)
    against = np.arange(0, 2000, 100)  # 20 samples run the rotation backwards
    traj[against] = traj[against, ::-1]
    est = VectorFieldKMeans(grid_size=24, smoothing=0.1).fit(traj)
    assert set(est.outliers_.tolist()) == set(against.tolist())
    assert np.all(np.diff(est.errors_[est.outliers_]) <= 0), "largest error first"
    assert np.all(est.alignment_[against] < -0.9)
    others = np.setdiff1d(np.arange(2000), against)
    assert np.median(est.alignment_[others]) > 0.99


def test_two_fields_separate_opposite_rotations():
    ccw = rotation_trajectories(n=600, seed=6)
    cw = rotation_trajectories(n=400, seed=7, clockwise=True)
    est = VectorFieldKMeans(grid_size=16, smoothing=0.1, n_fields=2, random_state=0).fit(np.concatenate([ccw, cw]))
    truth = np.r_[np.zeros(600, int), np.ones(400, int)]
    agreement = max(np.mean(est.labels_ == truth), np.mean(est.labels_ != truth))
    assert agreement > 0.97
    assert est.n_iter_ >= 1 and est.fields_.shape == (2, 16, 16, 2)
    # the group of the counter-clockwise samples got a counter-clockwise field
    c = np.bincount(est.labels_[:600]).argmax()
    probe = est.evaluate(np.array([[0.5, 0.0]]), field=c)[0]
    assert probe[1] > 0.03 and abs(probe[0]) < 0.01
    again = VectorFieldKMeans(grid_size=16, smoothing=0.1, n_fields=2, random_state=0).fit(np.concatenate([ccw, cw]))
    np.testing.assert_array_equal(again.labels_, est.labels_)
    with pytest.raises(AttributeError, match="use fields_"):
        _ = est.field_


def test_times_give_velocities_per_unit_time():
    start = np.random.default_rng(8).uniform(size=(200, 2))
    v = np.array([0.2, 0.1])
    times = [0.0, 1.0, 3.0, 7.0]
    traj = np.stack([start + t * v for t in times], axis=1)
    est = VectorFieldKMeans(grid_size=8).fit(traj, times=times)
    np.testing.assert_allclose(est.field_.reshape(-1, 2), np.broadcast_to(v, (64, 2)), atol=1e-8)
    np.testing.assert_allclose(est.errors_, 0, atol=1e-8)


def test_conjugate_gradients_agree_with_the_direct_solver():
    traj = rotation_trajectories(n=500, d=3, seed=9) + np.random.default_rng(9).normal(scale=0.01, size=(500, 5, 3))
    direct = VectorFieldKMeans(grid_size=8, solver="direct").fit(traj)
    iterative = VectorFieldKMeans(grid_size=8, solver="cg").fit(traj)
    scale = np.abs(direct.fields_).max()
    np.testing.assert_allclose(iterative.fields_, direct.fields_, atol=1e-6 * scale)


def test_interpolation_reproduces_linear_functions_and_the_laplacian_annihilates_constants():
    grid = make_grid(np.random.default_rng(10).uniform(-2, 3, size=(50, 4, 3)), (5, 6, 7))
    nodes = grid.nodes()
    coef = np.array([0.5, -1.0, 2.0])
    points = np.random.default_rng(11).uniform(grid.lo, grid.hi, size=(100, 3))
    np.testing.assert_allclose(grid.interpolation(points) @ (nodes @ coef), points @ coef, atol=1e-10)
    np.testing.assert_allclose(grid.laplacian() @ np.ones(grid.n_nodes), 0, atol=1e-12)
    assert grid.laplacian().nnz <= 7 * grid.n_nodes


def test_robust_outliers_orders_and_floors():
    errors = np.array([1.0, 1.1, 0.9, 1.0, 10.0, 5.0, 1.05])
    np.testing.assert_array_equal(robust_outliers(errors, 3.5), [4, 5])
    assert robust_outliers(errors, 3.5, floor=10.0).size == 0
    assert robust_outliers(np.zeros(5), 3.5).size == 0


@pytest.mark.parametrize(
    "params, match",
    [
        ({"smoothing": 0.0}, r"smoothing=0.0 .*strictly between 0 and 1"),
        ({"smoothing": 1}, r"smoothing=1 .*strictly between 0 and 1"),
        ({"smoothing": "high"}, r"smoothing='high'"),
        ({"grid_size": 1}, r"grid_size=1 .*integer ≥ 2"),
        ({"grid_size": (8, 8, 8)}, r"grid_size=\(8, 8, 8\) .*2D"),
        ({"n_fields": 0}, r"n_fields=0 .*integer ≥ 1"),
        ({"n_fields": 50}, r"n_fields=50 is more than the 10 trajectories"),
        ({"solver": "qr"}, r"solver='qr' .*'auto', 'direct', 'cg'"),
        ({"outlier_z": -1}, r"outlier_z=-1 .*positive"),
        ({"samples_per_segment": 0}, r"samples_per_segment=0"),
    ],
)
def test_bad_parameters_name_the_value_and_the_allowed_ones(params, match):
    traj = rotation_trajectories(n=10)
    with pytest.raises(ValueError, match=match):
        VectorFieldKMeans(**params).fit(traj)


def test_bad_trajectories_are_refused():
    with pytest.raises(ValueError, match=r"shape \(10, 3, 4\).*d = 2 or 3"):
        VectorFieldKMeans().fit(np.zeros((10, 3, 4)))
    with pytest.raises(ValueError, match="NaN"):
        VectorFieldKMeans().fit(np.full((10, 3, 2), np.nan))
    with pytest.raises(ValueError, match="strictly increasing"):
        VectorFieldKMeans().fit(np.zeros((10, 3, 2)), times=[0, 2, 1])
    with pytest.raises(ValueError, match="at least one sample"):
        VectorFieldKMeans().fit(np.zeros((0, 3, 2)))


def test_three_fields_separate_three_drifts():
    rng = np.random.default_rng(12)
    start = rng.uniform(-1, 1, size=(900, 2))
    truth = np.arange(900) % 3
    velocity = np.array([[0.05, 0.0], [0.0, 0.05], [-0.04, -0.04]])[truth]
    traj = np.stack([start + t * velocity for t in range(4)], axis=1) + rng.normal(scale=0.003, size=(900, 4, 2))
    est = VectorFieldKMeans(grid_size=16, smoothing=0.1, n_fields=3).fit(traj)
    # each planted group lands (almost) entirely in one field, a different one per group
    majority = [np.bincount(est.labels_[truth == g], minlength=3).argmax() for g in range(3)]
    assert sorted(majority) == [0, 1, 2]
    assert np.mean(est.labels_ == np.array(majority)[truth]) > 0.97
