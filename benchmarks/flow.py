"""Flow fields: fit time for 10,000 trajectories and how well a planted field comes back.

    .venv/bin/python benchmarks/flow.py            # N = 10,000 trajectories of 9 positions, 3 repeats
    .venv/bin/python benchmarks/flow.py --quick    # N = 2,000, 1 repeat

Trajectories: N samples uniform in [-1, 1]^d, rotated about the origin in the first two axes by 0.1 rad per step,
9 positions each (8 transitions, like a run with 9 snapshots). Fitted with the export's defaults
(``VectorFieldKMeans(smoothing=0.1, samples_per_segment=3)``, direct sparse solver) on a 32 × 32 grid (2D) and a
16 × 16 × 16 grid (3D). Time = one ``fit`` (grid, interpolation matrix, normal equations, factorisation, solve,
per-sample errors and outliers), median of the repeats. Angle error = mean angle between the fitted and the planted
field (``ω × x``) at the grid nodes whose distance from the rotation axis is between 0.1 and 0.9 (inside the data;
at the axis the field vanishes, so its direction means nothing). Also with noise: every position jittered by a
Gaussian of σ = half a step's typical length. And the 2-field k-means on a mix of clockwise and counter-clockwise
samples (share assigned to their own group). Ends with one line:

    RESULT fit_2d_s=<x> fit_3d_s=<x> planted_angle_error_deg=<x>

(the angle error of the RESULT line: 2D, no noise).
"""

from __future__ import annotations

import argparse
import platform
import time

import numpy as np

from latentris_lightning.analysis.flow import VectorFieldKMeans

THETA = 0.1
STEPS = 9


def rotation(n: int, d: int, seed: int, clockwise: bool = False, noise: float = 0.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    c, s = np.cos(THETA), np.sin(-THETA if clockwise else THETA)
    rot = np.eye(d)
    rot[:2, :2] = [[c, -s], [s, c]]
    out = [rng.uniform(-1, 1, size=(n, d))]
    for _ in range(STEPS - 1):
        out.append(out[-1] @ rot.T)
    traj = np.stack(out, axis=1)
    if noise:
        step = np.median(np.linalg.norm(np.diff(traj, axis=1), axis=-1))
        traj = traj + rng.normal(scale=noise * step, size=traj.shape)
    return traj


def angle_error_deg(est: VectorFieldKMeans, field: int = 0) -> float:
    d = len(est.grid_shape_)
    nodes = est.grid_points().reshape(-1, d)
    fitted = est.fields_[field].reshape(-1, d)
    planted = np.zeros_like(nodes)
    planted[:, 0], planted[:, 1] = -nodes[:, 1], nodes[:, 0]
    r = np.linalg.norm(nodes[:, :2], axis=1)
    inside = (r > 0.1) & (r < 0.9) & (np.abs(nodes).max(axis=1) <= 1.0)
    cos = np.sum(fitted[inside] * planted[inside], axis=1) / (
        np.linalg.norm(fitted[inside], axis=1) * np.linalg.norm(planted[inside], axis=1)
    )
    return float(np.degrees(np.arccos(np.clip(cos, -1, 1))).mean())


def timed_fit(traj: np.ndarray, grid: int, repeats: int, **params) -> tuple[float, VectorFieldKMeans]:
    times, est = [], None
    for _ in range(repeats):
        est = VectorFieldKMeans(grid_size=grid, **params)
        start = time.perf_counter()
        est.fit(traj)
        times.append(time.perf_counter() - start)
    return float(np.median(times)), est  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    n = 2_000 if args.quick else 10_000
    repeats = 1 if args.quick else 3
    print(f"flow fields: N = {n:,} trajectories × {STEPS} positions, rotation {THETA} rad/step, "
          f"{repeats} repeat(s); {platform.processor() or platform.machine()}")
    print(f"{'case':<34} {'grid':>9} {'fit (s)':>8} {'angle err (°)':>14} {'outliers':>9}")
    results = {}
    for d, grid in ((2, 32), (3, 16)):
        for noise in (0.0, 0.5):
            traj = rotation(n, d, seed=d, noise=noise)
            seconds, est = timed_fit(traj, grid, repeats)
            err = angle_error_deg(est)
            results[(d, noise)] = (seconds, err)
            label = f"{d}D rotation" + (f", noise σ = {noise} step" if noise else "")
            print(f"{label:<34} {'×'.join([str(grid)] * d):>9} {seconds:>8.3f} {err:>14.3f} {len(est.outliers_):>9}")
    # k = 2: 60 % counter-clockwise, 40 % clockwise, in the same square
    n_ccw = int(0.6 * n)
    mixed = np.concatenate([rotation(n_ccw, 2, seed=10), rotation(n - n_ccw, 2, seed=11, clockwise=True)])
    truth = np.r_[np.zeros(n_ccw, int), np.ones(n - n_ccw, int)]
    seconds, est = timed_fit(mixed, 32, repeats, n_fields=2)
    share = max(np.mean(est.labels_ == truth), np.mean(est.labels_ != truth))
    ccw_field = int(np.bincount(est.labels_[:n_ccw]).argmax())
    err = angle_error_deg(est, ccw_field)
    print(f"{'2D cw + ccw mix, n_fields=2':<34} {'32×32':>9} {seconds:>8.3f} {err:>14.3f} {'':>9}"
          f"  (own group: {share:.1%}, {est.n_iter_} rounds)")
    fit_2d, angle_2d = results[(2, 0.0)]
    fit_3d = results[(3, 0.0)][0]
    print(f"RESULT fit_2d_s={fit_2d:.3f} fit_3d_s={fit_3d:.3f} planted_angle_error_deg={angle_2d:.3f}")


if __name__ == "__main__":
    main()
