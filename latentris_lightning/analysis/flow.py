"""Flow fields: how projected representations move, as vector fields on a regular grid (Cantareira et al.).

Input: trajectories, one per sample, through an aligned projection (a sample's positions across the snapshots of
one layer, or across the layers of one snapshot), an ``(N, T, d)`` array with ``d`` = 2 or 3. Output: a discrete
vector field ``X`` on a regular grid over the trajectories' bounding box, the field that best explains the
trajectories' velocities with Laplacian smoothing, the seed's equation 5 (Ferreira et al.'s vector-field k-means):

    E(X) = λ / G · ‖L X‖²  +  (1 − λ) / W · Σ_i ∫ ‖X(α_i(t)) − α_i'(t)‖² dt

``X(p)`` interpolates the grid nodes (bilinear in 2D, trilinear in 3D), ``L`` is the grid's graph Laplacian (the
discrete Laplace operator with zero-flux borders), ``G`` the number of grid nodes and ``W`` the total trajectory
time, so ``λ`` (:attr:`VectorFieldKMeans.smoothing`) trades the two terms off independently of the grid size and
the number of samples. A trajectory is piecewise linear: segment ``j`` runs from ``α(t_j)`` to ``α(t_{j+1})`` at
the constant velocity ``(α(t_{j+1}) − α(t_j)) / (t_{j+1} − t_j)``; the integral along it is a midpoint rule with
``samples_per_segment`` points. The minimiser solves one sparse symmetric positive definite system per field,

    ((1 − λ) / W · Aᵀ Ω A + λ / G · Lᵀ L) X = (1 − λ) / W · Aᵀ Ω V

(``A``: interpolation weights of every integration point, ``Ω``: their time weights, ``V``: their velocities), with
one factorisation shared by all ``d`` components. ``λ → 1`` gives the smoothest field (a constant one: the mean
velocity), ``λ → 0`` follows the trajectories wherever they pass. With ``n_fields = k > 1`` it is the full
vector-field k-means: trajectories are assigned to the field that explains them best, the fields refitted to their
groups, until the assignment stops changing. Pure NumPy and :mod:`scipy.sparse`; the maths is in ``docs/flow.md``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import cg, splu
from sklearn.base import BaseEstimator

#: Default grid nodes per axis by dimension: 32 × 32 in 2D, 16 × 16 × 16 in 3D.
DEFAULT_GRID = {2: 32, 3: 16}
#: Above this many grid nodes the ``"auto"`` solver uses conjugate gradients instead of a sparse LU factorisation.
DIRECT_SOLVER_MAX_NODES = 40_000
SOLVERS = ("auto", "direct", "cg")
#: MAD → standard deviation of a normal distribution.
MAD_TO_SIGMA = 1.4826
#: The robust scale of the errors is at least this fraction of the RMS speed: trajectories the field explains all
#: but perfectly (a planted field) flag no outlier for a deviation far below their own speed.
MIN_ERROR_SCALE = 0.1
#: Random starts (besides one informed start) of each split in the k-means initialisation (see ``_bisect``).
SPLIT_STARTS = 4


@dataclass(frozen=True)
class Grid:
    """A regular grid: ``shape`` nodes per axis spanning ``lo`` … ``hi`` (node ``(i_0, …)`` flattened C-order)."""

    shape: tuple[int, ...]
    lo: np.ndarray
    hi: np.ndarray

    @property
    def n_nodes(self) -> int:
        return int(np.prod(self.shape))

    @property
    def dims(self) -> int:
        return len(self.shape)

    def nodes(self) -> np.ndarray:
        """Positions of all nodes, ``(G, d)``, in flattened order."""
        axes = [np.linspace(self.lo[a], self.hi[a], n) for a, n in enumerate(self.shape)]
        return np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1).reshape(-1, self.dims)

    def interpolation(self, points: np.ndarray) -> sp.csr_matrix:
        """Sparse ``(M, G)`` matrix of the multilinear interpolation weights of ``points`` (clamped to the box)."""
        shape = np.asarray(self.shape)
        scaled = (points - self.lo) / (self.hi - self.lo) * (shape - 1)
        scaled = np.clip(scaled, 0.0, shape - 1)
        base = np.minimum(np.floor(scaled).astype(np.int64), shape - 2)
        frac = scaled - base
        m, d = points.shape
        rows, cols, vals = [], [], []
        for corner in range(2**d):
            bits = np.array([(corner >> a) & 1 for a in range(d)])
            index = np.ravel_multi_index(tuple((base + bits).T), self.shape)
            weight = np.prod(np.where(bits, frac, 1.0 - frac), axis=1)
            rows.append(np.arange(m))
            cols.append(index)
            vals.append(weight)
        return sp.csr_matrix(
            (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(m, self.n_nodes)
        )

    def laplacian(self) -> sp.csr_matrix:
        """The grid graph's Laplacian (degree − adjacency): the discrete Laplace operator, zero flux at borders."""
        eye = [sp.identity(n, format="csr") for n in self.shape]
        total = sp.csr_matrix((self.n_nodes, self.n_nodes))
        for axis, n in enumerate(self.shape):
            diff = sp.diags([-np.ones(n - 1), np.ones(n - 1)], [0, 1], shape=(n - 1, n))
            path = (diff.T @ diff).tocsr()
            factors = [path if a == axis else eye[a] for a in range(self.dims)]
            term = factors[0]
            for factor in factors[1:]:
                term = sp.kron(term, factor, format="csr")
            total = total + term
        return total.tocsr()


def make_grid(trajectories: np.ndarray, grid_size: int | Sequence[int]) -> Grid:
    """The grid over the bounding box of all positions; a flat axis gets extent 1 (so nothing divides by zero)."""
    d = trajectories.shape[-1]
    flat = trajectories.reshape(-1, d)
    lo = flat.min(axis=0) if flat.size else np.zeros(d)
    hi = flat.max(axis=0) if flat.size else np.ones(d)
    hi = np.where(hi > lo, hi, lo + 1.0)
    sizes = [grid_size] * d if isinstance(grid_size, (int, np.integer)) else list(grid_size)
    shape = tuple(int(n) for n in sizes)
    return Grid(shape, lo.astype(np.float64), hi.astype(np.float64))


class VectorFieldKMeans(BaseEstimator):
    """Vector fields that best explain a set of trajectories (the seed's equation 5), optionally k of them.

    Args:
        grid_size: grid nodes per axis, an int or one per axis (each ≥ 2); ``None``: 32 in 2D, 16 in 3D.
        smoothing: λ in (0, 1), the weight of the Laplacian smoothness term against the fit to the velocities.
        n_fields: number of fields k; 1 fits one field to all trajectories (the seed's simplified technique),
            k > 1 runs vector-field k-means (assign each trajectory to its best field, refit, repeat).
        max_iter: most assignment rounds of the k-means (k > 1).
        samples_per_segment: integration points per trajectory segment (midpoint rule).
        outlier_z: a trajectory is an outlier when its error's robust z-score ``(e − median) / (1.4826 · MAD)``
            exceeds this (the MAD taken at least :data:`MIN_ERROR_SCALE` × the RMS speed).
        solver: ``"direct"`` (sparse LU), ``"cg"`` (conjugate gradients) or ``"auto"`` (direct up to
            :data:`DIRECT_SOLVER_MAX_NODES` grid nodes).
        random_state: seed of the random starts in the k-means' initial split (k > 1).

    Attributes (after :meth:`fit`):
        fields_: ``(k, *grid_shape, d)`` float64, the field's vector at every grid node (velocity per unit time).
        grid_shape_: nodes per axis; ``bounds_``: ``(2, d)`` the box the grid spans (first and last nodes).
        labels_: ``(N,)`` index of each trajectory's field (all 0 when k = 1).
        errors_: ``(N,)`` each trajectory's RMS deviation from its field, ``sqrt(∫‖X(α) − α'‖² dt / ∫dt)``.
        alignment_: ``(N,)`` uncentred correlation in [−1, 1] of each trajectory's velocity with the field along
            it; negative: the sample moves against the flow; 0 where either is zero.
        outliers_: indices of the outlying trajectories, largest error first.
        n_iter_: assignment rounds run (0 for k = 1).
        speed_: RMS speed of all trajectories (the scale of ``errors_``).
    """

    def __init__(
        self,
        grid_size: int | Sequence[int] | None = None,
        smoothing: float = 0.1,
        n_fields: int = 1,
        *,
        max_iter: int = 30,
        samples_per_segment: int = 3,
        outlier_z: float = 3.5,
        solver: str = "auto",
        random_state: int | None = 0,
    ) -> None:
        self.grid_size = grid_size
        self.smoothing = smoothing
        self.n_fields = n_fields
        self.max_iter = max_iter
        self.samples_per_segment = samples_per_segment
        self.outlier_z = outlier_z
        self.solver = solver
        self.random_state = random_state

    # ------------------------------------------------------------------------------------------- validation
    def _check_params(self, d: int) -> tuple[int, ...]:
        lam = self.smoothing
        if isinstance(lam, bool) or not isinstance(lam, (int, float)) or not 0.0 < float(lam) < 1.0:
            raise ValueError(f"smoothing={lam!r} is not allowed; choose a number strictly between 0 and 1.")
        _check_int("n_fields", self.n_fields, 1)
        _check_int("max_iter", self.max_iter, 1)
        _check_int("samples_per_segment", self.samples_per_segment, 1)
        z = self.outlier_z
        if isinstance(z, bool) or not isinstance(z, (int, float)) or not float(z) > 0:
            raise ValueError(f"outlier_z={z!r} is not allowed; choose a positive number.")
        if self.solver not in SOLVERS:
            raise ValueError(f"solver={self.solver!r} is not supported; choose one of {SOLVERS}.")
        size = DEFAULT_GRID[d] if self.grid_size is None else self.grid_size
        sizes: list[Any] = [size] * d if np.ndim(size) == 0 else list(size)  # type: ignore[arg-type]  # checked below
        if len(sizes) != d or any(isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 2 for n in sizes):
            raise ValueError(
                f"grid_size={self.grid_size!r} is not allowed for {d}D trajectories; "
                f"choose an integer ≥ 2 or {d} such integers (nodes per axis)."
            )
        return tuple(int(n) for n in sizes)

    # ------------------------------------------------------------------------------------------- fitting
    def fit(self, trajectories: np.ndarray, times: Sequence[float] | None = None) -> VectorFieldKMeans:
        """Fit the field(s) to ``trajectories``, an ``(N, T, d)`` array (d = 2 or 3; T positions per sample).

        ``times``: the ``T`` instants, strictly increasing (default ``0, 1, …, T−1``: velocities are displacements
        per step). One position per sample (T = 1) or no motion gives a zero field.
        """
        traj = np.asarray(trajectories, dtype=np.float64)
        if traj.ndim != 3 or traj.shape[2] not in (2, 3):
            raise ValueError(
                f"trajectories have shape {traj.shape}; expected (N samples, T positions, d) with d = 2 or 3."
            )
        n, t_count, d = traj.shape
        if n < 1 or t_count < 1:
            raise ValueError(f"trajectories have shape {traj.shape}; need at least one sample and one position.")
        if not np.all(np.isfinite(traj)):
            raise ValueError("trajectories hold NaN or infinite positions.")
        t = np.arange(t_count, dtype=np.float64) if times is None else np.asarray(times, dtype=np.float64)
        if t.shape != (t_count,) or not np.all(np.isfinite(t)) or np.any(np.diff(t) <= 0):
            raise ValueError(f"times={times!r} must be {t_count} finite, strictly increasing values (one per position)")
        grid_shape = self._check_params(d)
        k = int(self.n_fields)
        if k > n:
            raise ValueError(f"n_fields={k} is more than the {n} trajectories; choose n_fields ≤ {n}.")

        grid = make_grid(traj, grid_shape)
        self.grid_shape_ = grid.shape
        self.bounds_ = np.stack([grid.lo, grid.hi])
        self._grid = grid
        system = _Segments(traj, t, grid, int(self.samples_per_segment))
        self.speed_ = system.rms_speed()
        lam = float(self.smoothing)
        lap = grid.laplacian()
        smooth = (lam / grid.n_nodes) * (lap.T @ lap).tocsr()

        fields = np.zeros((k, grid.n_nodes, d))
        labels = np.zeros(n, dtype=np.int64)
        self.n_iter_ = 0
        if system.n_points and system.has_motion():
            if k == 1:
                fields[0] = self._solve(system, smooth, lam, None)
            else:
                fields, labels = self._kmeans(system, smooth, lam, k, n)
        errors_all = np.stack([system.errors(f) for f in fields], axis=1) if system.n_points else np.zeros((n, k))
        self.fields_ = fields.reshape((k, *grid.shape, d))
        self.labels_ = labels
        self.errors_ = errors_all[np.arange(n), labels]
        self.alignment_ = system.alignment(fields, labels) if system.n_points else np.zeros(n)
        self.outliers_ = robust_outliers(self.errors_, float(self.outlier_z), floor=MIN_ERROR_SCALE * self.speed_)
        return self

    def _solve(self, system: _Segments, smooth: sp.csr_matrix, lam: float, rows: np.ndarray | None) -> np.ndarray:
        """One field ``(G, d)`` fitted to the integration points ``rows`` (all when None)."""
        return self._solver(system, smooth, lam, rows)(system.velocity)

    def _solver(self, system: _Segments, smooth: sp.csr_matrix, lam: float, rows: np.ndarray | None):
        """A function: targets ``(M, d)`` at all integration points → the field fitted to them over ``rows``.

        The matrix ``(1 − λ) Aᵀ Ω A / W + λ Lᵀ L / G`` depends on the rows only, so it is factorised once and
        reused for every right-hand side (the d components, the k-means' residual fields).
        """
        gram, weighted = system.normal_equations(rows)
        shape = (system.grid.n_nodes, system.dims)
        if weighted is None:
            return lambda targets: np.zeros(shape)
        picked = slice(None) if rows is None else rows
        matrix = ((1.0 - lam) * gram + smooth).tocsc()
        use_direct = self.solver == "direct" or (
            self.solver == "auto" and system.grid.n_nodes <= DIRECT_SOLVER_MAX_NODES
        )
        if use_direct:
            factor = splu(matrix, permc_spec="MMD_AT_PLUS_A")  # symmetric: minimum degree on A + Aᵀ
        else:
            precond = sp.diags(1.0 / matrix.diagonal())

        def solve(targets: np.ndarray) -> np.ndarray:
            rhs = (1.0 - lam) * (weighted.T @ targets[picked])
            if not np.any(rhs):
                return np.zeros(shape)
            if use_direct:
                return factor.solve(rhs)
            out = np.empty_like(rhs)
            for c in range(rhs.shape[1]):
                b = rhs[:, c]
                out[:, c], _ = cg(matrix, b, rtol=1e-10, atol=1e-14 * float(np.linalg.norm(b)),
                                  maxiter=20 * system.grid.n_nodes, M=precond)
            return out

        return solve

    def _kmeans(self, system: _Segments, smooth: sp.csr_matrix, lam: float, k: int, n: int):
        rng = np.random.default_rng(self.random_state)
        labels = self._bisect(system, smooth, lam, k, n, rng)
        fields = np.zeros((k, system.grid.n_nodes, system.dims))
        for iteration in range(1, int(self.max_iter) + 1):
            for c in range(k):
                fields[c] = self._solve(system, smooth, lam, system.rows_of(np.flatnonzero(labels == c)))
            errors = np.stack([system.errors(f) for f in fields], axis=1)
            new = np.argmin(errors, axis=1)
            # an emptied field is reseeded with the worst-explained trajectory of a field that has more than one
            fit = errors[np.arange(n), new]
            for c in range(k):
                if not np.any(new == c):
                    donors = np.flatnonzero(np.bincount(new, minlength=k)[new] > 1)
                    new[donors[np.argmax(fit[donors])]] = c
            self.n_iter_ = iteration
            if np.array_equal(new, labels):
                break
            labels = new
        else:
            for c in range(k):
                fields[c] = self._solve(system, smooth, lam, system.rows_of(np.flatnonzero(labels == c)))
        return fields, labels

    def _bisect(self, system: _Segments, smooth, lam: float, k: int, n: int, rng: np.random.Generator) -> np.ndarray:
        """Initial groups by repeated bisection: split the worst-explained group in two along its principal residual.

        Two flows mixed in one group leave residuals ``±(X_a − X_b)`` against the group's field, one sign per flow.
        From signs ``s_i``, fit one affine field ``D(x) = B x + c`` to the signed residuals ``s_i r_i`` and set each
        ``s_i`` to the sign of ``r_i``'s correlation with ``D`` along the trajectory, until the signs settle (a power
        iteration). Affine, so the split is global (drift, rotation, expansion, shear), not patch by patch. Starts:
        the signs of the residuals' correlation with the group's field (a minority flowing against it) and
        :data:`SPLIT_STARTS` random ones; the split whose ``D`` explains the most residual energy wins.
        """
        labels = np.zeros(n, dtype=np.int64)
        design = np.hstack([system.points, np.ones((system.n_points, 1))])
        for new_label in range(1, k):
            energy = np.full(new_label, -1.0)
            residuals = {}
            for c in range(new_label):
                members = np.flatnonzero(labels == c)
                if members.size < 2:
                    continue
                fitted = system.interp @ self._solve(system, smooth, lam, system.rows_of(members))
                residual = system.velocity - fitted
                residuals[c] = (members, residual, system.correlation(residual, fitted))
                energy[c] = float(np.sum(system.residual_energy_of(residual)[members]))
            target = int(np.argmax(energy))
            members, residual, corr0 = residuals[target]
            rows = system.rows_of(members)
            p, w = design[rows], system.weight[rows]
            gram = p.T @ (p * w[:, None]) + 1e-12 * np.eye(p.shape[1])
            starts = [np.where(corr0 >= 0, 1.0, -1.0)] + [rng.choice([-1.0, 1.0], size=n) for _ in range(SPLIT_STARTS)]
            best_score, best_signs, best_corr = -1.0, starts[0], corr0
            for signs in starts:
                for _ in range(50):
                    signed = residual[rows] * signs[system.owner[rows]][:, None]
                    beta = np.linalg.solve(gram, p.T @ (signed * w[:, None]))
                    d_values = np.zeros_like(residual)
                    d_values[rows] = p @ beta
                    corr = system.correlation(residual, d_values)
                    new_signs = signs.copy()
                    new_signs[members] = np.where(corr[members] >= 0, 1.0, -1.0)
                    if np.array_equal(new_signs, signs):
                        break
                    signs = new_signs
                score = float(np.sum(np.abs(corr[members])))
                if score > best_score:
                    best_score, best_signs, best_corr = score, signs, corr
            move = members[best_signs[members] < 0]
            if move.size in (0, members.size):  # no structure found: split by the correlation's median
                split = best_corr[members]
                move = members[split < np.median(split)] if np.ptp(split) > 0 else members[: members.size // 2]
            labels[move] = new_label
        return labels

    # ------------------------------------------------------------------------------------------- use
    @property
    def field_(self) -> np.ndarray:
        """The field ``(*grid_shape, d)`` when ``n_fields`` = 1 (else use ``fields_``)."""
        fields = self.__dict__.get("fields_")
        if fields is None:
            raise AttributeError("field_ exists after fit()")
        if fields.shape[0] != 1:
            raise AttributeError(f"n_fields={fields.shape[0]}: there is one field per group, use fields_")
        return fields[0]

    def evaluate(self, points: np.ndarray, field: int = 0) -> np.ndarray:
        """The fitted field ``field`` interpolated at ``points`` ``(M, d)`` (clamped to the grid's box)."""
        points = np.asarray(points, dtype=np.float64)
        flat = self.fields_[field].reshape(-1, points.shape[1])
        return self._grid.interpolation(points) @ flat

    def grid_points(self) -> np.ndarray:
        """Positions of the grid nodes ``(*grid_shape, d)``, matching ``fields_``."""
        return self._grid.nodes().reshape((*self.grid_shape_, len(self.grid_shape_)))


def _check_int(name: str, value: object, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise ValueError(f"{name}={value!r} is not allowed; choose an integer ≥ {minimum}.")


def robust_outliers(errors: np.ndarray, z: float, floor: float = 0.0) -> np.ndarray:
    """Indices whose robust z-score ``(e − median) / (1.4826 · MAD)`` exceeds ``z``, largest error first.

    ``floor`` bounds the MAD from below, so a set of (almost) perfectly explained trajectories flags only those that
    deviate by more than numerical noise.
    """
    if errors.size == 0:
        return np.zeros(0, dtype=np.int64)
    median = float(np.median(errors))
    mad = max(float(np.median(np.abs(errors - median))) * MAD_TO_SIGMA, floor)
    if mad <= 0:
        return np.zeros(0, dtype=np.int64)
    flagged = np.flatnonzero((errors - median) / mad > z)
    return flagged[np.argsort(-errors[flagged], kind="stable")].astype(np.int64)


class _Segments:
    """Integration points of all trajectory segments: their interpolation rows, time weights and velocities."""

    def __init__(self, traj: np.ndarray, times: np.ndarray, grid: Grid, per_segment: int) -> None:
        n, t_count, d = traj.shape
        self.grid, self.dims, self.n_traj = grid, d, n
        segments = t_count - 1
        self.n_points = n * segments * per_segment
        if not self.n_points:
            return
        dt = np.diff(times)  # (T-1,)
        velocity = np.diff(traj, axis=1) / dt[None, :, None]  # (N, T-1, d)
        s = (np.arange(per_segment) + 0.5) / per_segment
        # points: (N, T-1, q, d), sample-major so each trajectory's rows are contiguous
        points = traj[:, :-1, None, :] + s[None, None, :, None] * np.diff(traj, axis=1)[:, :, None, :]
        self.points = points.reshape(-1, d)
        self.velocity = np.broadcast_to(velocity[:, :, None, :], points.shape).reshape(-1, d)
        self.weight = np.broadcast_to((dt / per_segment)[None, :, None], (n, segments, per_segment)).reshape(-1)
        self.owner = np.repeat(np.arange(n), segments * per_segment)
        self.per_traj = segments * per_segment
        self.interp = grid.interpolation(self.points)
        self.time_per_traj = float(dt.sum())

    def has_motion(self) -> bool:
        return bool(np.any(self.velocity))

    def rms_speed(self) -> float:
        if not self.n_points:
            return 0.0
        return float(np.sqrt(np.sum(self.weight * np.sum(self.velocity**2, axis=1)) / np.sum(self.weight)))

    def rows_of(self, trajectories: np.ndarray) -> np.ndarray:
        return (trajectories[:, None] * self.per_traj + np.arange(self.per_traj)[None, :]).reshape(-1)

    def normal_equations(self, rows: np.ndarray | None) -> tuple[sp.csr_matrix, sp.csr_matrix | None]:
        """``(Aᵀ Ω A / W, Ω A / W)`` over ``rows`` (all when None; W = the rows' total time), or a None second."""
        a, w = (self.interp, self.weight) if rows is None else (self.interp[rows], self.weight[rows])
        total = float(w.sum())
        if total <= 0:
            return sp.csr_matrix((self.grid.n_nodes, self.grid.n_nodes)), None
        weighted = sp.diags(w / total) @ a
        return (a.T @ weighted).tocsr(), weighted

    def residual_energy(self, flat_field: np.ndarray) -> np.ndarray:
        """Per trajectory ``∫‖X(α) − α'‖² dt``."""
        return self.residual_energy_of(self.interp @ flat_field - self.velocity)

    def residual_energy_of(self, residual: np.ndarray) -> np.ndarray:
        return np.bincount(self.owner, weights=self.weight * np.sum(residual**2, axis=1), minlength=self.n_traj)

    def correlation(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Per trajectory ``∫ a·b dt / sqrt(∫‖a‖² dt ∫‖b‖² dt)``, 0 where either vanishes."""
        w = self.weight
        dot = np.bincount(self.owner, weights=w * np.sum(a * b, axis=1), minlength=self.n_traj)
        aa = np.bincount(self.owner, weights=w * np.sum(a * a, axis=1), minlength=self.n_traj)
        bb = np.bincount(self.owner, weights=w * np.sum(b * b, axis=1), minlength=self.n_traj)
        denom = np.sqrt(aa * bb)
        out = np.zeros(self.n_traj)
        ok = denom > 1e-12 * max(float(denom.max()), 1e-300)
        out[ok] = dot[ok] / denom[ok]
        return np.clip(out, -1.0, 1.0)

    def errors(self, flat_field: np.ndarray) -> np.ndarray:
        return np.sqrt(self.residual_energy(flat_field) / self.time_per_traj)

    def alignment(self, fields: np.ndarray, labels: np.ndarray) -> np.ndarray:
        values = np.empty((self.n_points, self.dims))
        point_label = labels[self.owner]
        for c in range(fields.shape[0]):
            rows = np.flatnonzero(point_label == c)
            if rows.size:
                values[rows] = self.interp[rows] @ fields[c]
        return self.correlation(self.velocity, values)


def trajectory_sets(embeddings: Sequence[Sequence[np.ndarray]], axis: str) -> list[np.ndarray]:
    """The trajectories of a projection, ``(N, T, dims)`` per set: along ``"epochs"`` one set per layer (a sample's
    positions over the snapshots), along ``"layers"`` one per snapshot (its positions through the layers)."""
    if axis == "epochs":
        return [np.stack(layer, axis=1) for layer in embeddings]
    return [np.stack([layer[s] for layer in embeddings], axis=1) for s in range(len(embeddings[0]))]


@dataclass
class FlowFits:
    """Flow fields fitted to every trajectory set of every projection of a site.

    Attributes:
        fields: per method name, one fitted :class:`VectorFieldKMeans` per trajectory set (:func:`trajectory_sets`).
        params: the estimators' full parameters (``grid_size`` as fitted).
        seconds: time spent fitting.
    """

    fields: dict[str, list[VectorFieldKMeans]]
    params: dict[str, Any]
    seconds: float


def fit_flow_fields(
    projected: Mapping[str, Sequence[Sequence[np.ndarray]]],
    *,
    axis: str,
    params: Mapping[str, Any],
    seed: int,
    progress: bool = True,
) -> FlowFits:
    """Fit a flow field to every trajectory set of every projection (``projected``: method name → embeddings
    ``[layer][snapshot]``, each ``(N, dims)``), seeded by ``seed``; a progress bar on stderr unless ``progress`` is
    false."""
    from tqdm.auto import tqdm

    fitted: dict[str, list[VectorFieldKMeans]] = {}
    seconds, full_params = 0.0, {}
    total = sum(len(trajectory_sets(e, axis)) for e in projected.values())
    with tqdm(total=total, desc="latentris: flow fields", unit="set", disable=not progress, file=sys.stderr,
              leave=False) as bar:
        for method, embeddings in projected.items():
            fitted[method] = []
            for index, trajectories in enumerate(trajectory_sets(embeddings, axis)):
                estimator = VectorFieldKMeans(**{"random_state": seed, **params})
                start = time.perf_counter()
                estimator.fit(trajectories)
                seconds += time.perf_counter() - start
                full_params = {**estimator.get_params(), "grid_size": list(estimator.grid_shape_)}
                fitted[method].append(estimator)
                bar.set_postfix_str(f"{method} · {index}", refresh=False)
                bar.update(1)
    return FlowFits(fitted, full_params, seconds)
