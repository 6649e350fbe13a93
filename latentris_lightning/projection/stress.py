"""Stress + alignment projection (VFF), as used by Cantareira, Paulovich and Etemad for hidden-layer "learning space".

Cantareira et al. (IVAPP 2020, §3.1.1) project T activation sets F_1 … F_T of the same samples with the Visual
Feature Fusion technique (Hilasaca and Paulovich, 2019): every set k gets its own m-dimensional representation
R_k = {r^k_i}, all optimised together so that each preserves the distances of its own set while staying aligned with
the others. The two terms, as printed in the paper (|F_k| = N samples):

    (1)  E_stress(F_k)    = 1/|F_k|² Σ_i Σ_j ( δ(f^k_i, f^k_j) / δ^k_max  −  ‖r^k_i − r^k_j‖ )²

    (2)  E_alignment(F_k) = 1/|F_k|² Σ_i Σ_j ( d(r̄_i, r̄_j)  −  ‖r̄_i − r^k_j‖ )²

    (3)  E(F_k) = λ · E_stress(F_k) + (1 − λ) · E_alignment(F_k)

δ is the Euclidean distance in the activation space of set k and δ^k_max the largest such distance (so every set is
fitted at the same scale: its diameter becomes ≈ 1). In (2) d(r̄_i, r̄_j) is "the average distance between two
instances in all representations", implemented as d(r̄_i, r̄_j) = 1/T Σ_k ‖r^k_i − r^k_j‖, and r̄_i is the mean
position of sample i over the T representations, r̄_i = 1/T Σ_k r^k_i. The i = j terms of (2) pull every r^k_i
towards r̄_i; the i ≠ j terms ask that sample j, seen from the mean position of i, sits at the average i–j distance.
If all T representations coincide, (2) is exactly 0. Both r̄ and d(r̄, r̄) are functions of the positions and are
differentiated through (the objective is minimised as written, not with frozen targets).

**λ follows the paper**: it weights the *stress* term, λ ∈ (0, 1]. λ = 1 fits every matrix on its own (no alignment,
only the aligned-PCA start ties them); a smaller λ trades distance fidelity for stability (the paper used λ = 0.5,
the default here). λ = 0 is rejected: with no stress term every configuration collapses to a point.

The joint objective is the mean of (3) over k = 1 … T, minimised over all T embeddings at once (one tensor holding
(T, N, m) positions) with Adam and a cosine-decayed learning rate (the paper: "stochastic gradient descent"). The
gradient is written out analytically (vectorised over T and the pairs; checked against autograd in the tests), which
is several times faster on CPU than autograd and deterministic. Units are those of (1): distances divided by
δ^k_max, so the output of every matrix has a diameter of about 1; the result is centred on one common origin.

Pairs. The double sums run over all N² *ordered* pairs (i, j), i = j included. Pairs are handled as rows of
permutations: a row π stands for the N pairs (i, π(i)).

* N² ≤ ``max_pairs`` (N ≤ 256 with the default 2**16): every step uses all N² pairs (the N cyclic shifts
  j = i + s mod N); full-batch, exact gradient.
* N² ≤ 16 · ``max_pairs`` (N ≤ 1,024 by default): all N² pairs are kept and every step uses a random subset of
  ``max_pairs // N`` shifts (minibatch SGD on the exact objective).
* Larger N (sampled stress): a *pool* of 16 · (``max_pairs // N``) random permutations is drawn once (≈ 16 ·
  ``max_pairs`` pairs per matrix, 1 M by default: for N = 10,000, 2 × 96 random partners per sample), their target
  distances are computed once, and every step uses a random ``max_pairs // N`` of them. In every permutation j is
  uniform and independent of i, so the pool is an unbiased sample of both 1/N² double sums; every sample takes part
  in the same number of pairs. Pre-computing the pool keeps the per-step cost independent of the input width.

All draws come from a ``torch.Generator`` seeded with ``random_state`` (no global RNG); gradients are accumulated by
gathering through inverse permutations (no scatter with collisions), so a seed gives bit-identical output (tested
on CPU; the CUDA path runs the same ops but is untested here).
``stress_``/``alignment_`` are exact when N ≤ 1,024 and otherwise estimated on a separate fixed seeded set of pairs
(the same set for the start and the result, so ``init_stress_`` and ``stress_`` compare).

Before optimising, matrices wider than ``max_dim`` are reduced with :func:`reduce_dims` (one PCA for a series of
equal widths, one per matrix otherwise): distances are then those of the first ``max_dim`` principal components.
δ^k_max is exact for N ≤ 4,096 (blocked pairwise distances); above that it is the largest distance from any sample to
1,024 candidates (the samples farthest from the centroid and the ends of farthest-point sweeps), a lower bound that is
the diameter whenever one of its ends is a candidate. The start is an aligned PCA: each matrix projected on
its own first m principal axes, divided by δ^k_max, rotated onto the previous one (orthogonal Procrustes chain) and
rescaled to its least-squares stress optimum.
"""

from __future__ import annotations

import math

import numpy as np
import torch

from latentris_lightning.projection.base import ProjectionMethod, check_n_components, procrustes, reduce_dims

#: up to this many samples δ^k_max is the exact largest pairwise distance; above, an estimate (see ``_diameters``).
EXACT_DIAMETER_MAX_N = 4_096
#: samples (farthest from the centroid) whose distances to all others are searched for δ^k_max above that.
DIAMETER_CANDIDATES = 1_024
#: the pool of pairs holds this many steps' worth of pairs.
POOL_FACTOR = 16


class StressAlignmentProjection(ProjectionMethod):
    """Joint stress + alignment projection of a series (Cantareira et al. 2020, eqs. 1–3; VFF).

    Args:
        n_components: output dimensions m (2 or 3).
        lambda_: λ of eq. (3), the weight of the stress term; the alignment term gets 1 − λ. In (0, 1]; smaller is
            more stable across the series, larger is more faithful to each matrix's own distances.
        n_iter: optimisation steps (Adam).
        learning_rate: Adam's initial step size, in units of the data diameter (cosine-decayed to 0 over ``n_iter``).
        max_pairs: ordered pairs (i, j) per matrix per step (rounded down to a multiple of N, at least N). All N²
            pairs every step when N² ≤ ``max_pairs``; see the module docstring for larger N. Time per step grows
            linearly with it.
        max_dim: matrices wider than this are first reduced to ``max_dim`` principal components.
        random_state: seed of the pair sampling and of the randomised PCA; the same seed gives identical output.
        device: ``"auto"`` (CUDA when available, else CPU), or any torch device string.

    Attributes:
        embeddings_: one ``(N, n_components)`` array per input matrix.
        stress_: mean over matrices of eq. (1) at the result.
        alignment_: mean over matrices of eq. (2) at the result.
        loss_: λ · stress_ + (1 − λ) · alignment_ (mean of eq. 3 over matrices).
        stress_per_matrix_, alignment_per_matrix_: ``(T,)`` eq. (1) and (2) of each matrix at the result.
        init_stress_, init_alignment_: the same two terms at the aligned-PCA start.
        loss_history_: ``(n_iter,)`` the objective on each step's batch of pairs (before the step).
        diameters_: ``(T,)`` δ^k_max of each (reduced) matrix, the unit of its embedding.
        pair_mode_: ``"all"`` (every pair every step), ``"all-minibatch"`` (every pair kept, a subset per step) or
            ``"sampled"`` (a seeded pool of random pairs).
        exact_terms_: True when ``stress_``/``alignment_`` are computed over all N² pairs.
        pairs_per_step_: ordered pairs per matrix per step.
        device_: the device the optimisation ran on.
    """

    name = "stress"
    input_dtype = None  # reduce_dims converts one matrix at a time

    def __init__(
        self,
        n_components: int = 3,
        lambda_: float = 0.5,
        n_iter: int = 300,
        learning_rate: float = 0.01,
        max_pairs: int = 2**16,
        max_dim: int = 50,
        random_state: int | None = 0,
        device: str = "auto",
    ) -> None:
        self.n_components = n_components
        self.lambda_ = lambda_
        self.n_iter = n_iter
        self.learning_rate = learning_rate
        self.max_pairs = max_pairs
        self.max_dim = max_dim
        self.random_state = random_state
        self.device = device

    # ------------------------------------------------------------------------------------------------ parameters
    def _check_params(self) -> tuple[int, float, torch.device, int]:
        m = check_n_components(self.n_components)
        lam = self.lambda_
        if isinstance(lam, bool) or not isinstance(lam, (int, float)) or not (0.0 < float(lam) <= 1.0):
            raise ValueError(
                f"lambda_={lam!r} must be a number in (0, 1]: it is the weight of the stress term in "
                "E = λ·E_stress + (1 − λ)·E_alignment (λ = 1: no alignment; λ = 0 would collapse every embedding)."
            )
        for pname in ("n_iter", "max_pairs", "max_dim"):
            value = getattr(self, pname)
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
                raise ValueError(f"{pname}={value!r} must be an integer ≥ 1.")
        lr = self.learning_rate
        if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not (math.isfinite(lr) and lr > 0):
            raise ValueError(f"learning_rate={lr!r} must be a positive number.")
        rs = self.random_state
        if rs is None:
            seed = int(np.random.SeedSequence().generate_state(1)[0])
        elif isinstance(rs, bool) or not isinstance(rs, (int, np.integer)) or rs < 0:
            raise ValueError(f"random_state={rs!r} must be a non-negative integer or None.")
        else:
            seed = int(rs)
        if isinstance(self.device, str) and self.device == "auto":
            device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        else:
            try:
                device = torch.device(self.device)
            except (RuntimeError, TypeError) as err:
                raise ValueError(f"device={self.device!r} is not a torch device; use 'auto', 'cpu' or 'cuda'.") from err
            if device.type == "cuda" and not torch.cuda.is_available():
                raise ValueError(f"device={self.device!r} was asked for but CUDA is not available; use 'auto'.")
        return m, float(lam), device, seed

    # ------------------------------------------------------------------------------------------------ fitting
    def _fit(self, series: list[np.ndarray]) -> list[np.ndarray]:
        m, lam, device, seed = self._check_params()
        n, t = series[0].shape[0], len(series)
        reduced = [np.asarray(z, dtype=np.float64) for z in reduce_dims(series, int(self.max_dim), seed)]
        reduced = [z - z.mean(axis=0) for z in reduced]
        width = max(z.shape[1] for z in reduced)
        stacked = np.zeros((t, n, width), dtype=np.float32)  # zero-padding keeps every matrix's distances
        for k, z in enumerate(reduced):
            stacked[k, :, : z.shape[1]] = z
        x = torch.from_numpy(stacked).to(device)
        diameters = _diameters(x)
        self.diameters_ = diameters.double().cpu().numpy()
        x = x / torch.where(diameters > 0, diameters, torch.ones_like(diameters))[:, None, None]

        generator = torch.Generator(device=device).manual_seed(seed)
        per_step = min(n, max(1, int(self.max_pairs) // n))  # permutation rows per step
        pool_rows = min(n, POOL_FACTOR * per_step)
        if pool_rows == n:  # every ordered pair: j = i + s mod N for every shift s (s = 0 gives the i = j terms)
            base = torch.arange(n, device=device)
            pool = (base[None, :] + base[:, None]) % n
            self.pair_mode_ = "all" if per_step == n else "all-minibatch"
        else:
            pool = _permutations(n, pool_rows, generator, device)
            self.pair_mode_ = "sampled"
        pool_targets = _target_distances(x, pool)
        pool_inverse = _inverse(pool)
        self.exact_terms_ = self.pair_mode_ != "sampled"
        if self.exact_terms_:
            eval_perms, eval_targets = pool, pool_targets
        else:
            eval_generator = torch.Generator(device=device).manual_seed(seed + 1)
            eval_perms = _permutations(n, 2 * per_step, eval_generator, device)
            eval_targets = _target_distances(x, eval_perms)
        self.pairs_per_step_ = per_step * n
        self.device_ = str(device)

        y = self._initialise(reduced, self.diameters_, m, eval_perms, eval_targets, device)  # (m, T, N)
        s0, a0 = _evaluate(y, eval_perms, eval_targets)
        self.init_stress_, self.init_alignment_ = float(s0.mean()), float(a0.mean())

        y.requires_grad_(True)
        optimiser = torch.optim.Adam([y], lr=float(self.learning_rate))
        scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, T_max=int(self.n_iter))
        history = torch.zeros(int(self.n_iter), dtype=torch.float64, device=device)
        for step in range(int(self.n_iter)):
            if per_step == pool_rows:
                perms, targets, inverse = pool, pool_targets, pool_inverse
            else:
                rows = torch.randperm(pool_rows, generator=generator, device=device)[:per_step]
                perms, targets, inverse = pool[rows], pool_targets.index_select(1, rows), pool_inverse[rows]
            with torch.no_grad():
                loss, grad = _loss_and_grad(y, perms, inverse, targets, lam)
            y.grad = grad
            optimiser.step()
            scheduler.step()
            history[step] = loss

        with torch.no_grad():
            result = y.detach()
            result = result - result.mean(dim=(1, 2), keepdim=True)  # one shift for all: keeps the alignment
        stress, alignment = _evaluate(result, eval_perms, eval_targets)
        self.stress_per_matrix_ = stress.double().cpu().numpy()
        self.alignment_per_matrix_ = alignment.double().cpu().numpy()
        self.stress_ = float(self.stress_per_matrix_.mean())
        self.alignment_ = float(self.alignment_per_matrix_.mean())
        self.loss_ = lam * self.stress_ + (1.0 - lam) * self.alignment_
        self.loss_history_ = history.cpu().numpy()
        out = result.permute(1, 2, 0).double().cpu().numpy()  # (T, N, m)
        return [out[k] for k in range(t)]

    @staticmethod
    def _initialise(
        reduced: list[np.ndarray],
        diameters: np.ndarray,
        m: int,
        eval_perms: torch.Tensor,
        eval_targets: torch.Tensor,
        device: torch.device,
    ) -> torch.Tensor:
        """Aligned PCA start ``(m, T, N)``: own principal axes per matrix in units of δ^k_max, Procrustes-chained,
        then each scaled to its least-squares optimum of eq. (1)."""
        starts: list[np.ndarray] = []
        for z, diameter in zip(reduced, diameters, strict=True):
            u, s, _ = np.linalg.svd(z, full_matrices=False)
            signs = np.sign(u[np.argmax(np.abs(u), axis=0), range(u.shape[1])])  # svd_flip: deterministic signs
            signs[signs == 0] = 1.0
            pcs = (u * s * signs)[:, :m]
            if pcs.shape[1] < m:
                pcs = np.pad(pcs, ((0, 0), (0, m - pcs.shape[1])))
            pcs = pcs / (diameter if diameter > 0 else 1.0)
            if starts:
                pcs = procrustes(starts[-1], pcs, scale=False)
            starts.append(pcs)
        init = torch.from_numpy(np.stack(starts).astype(np.float32)).to(device).permute(2, 0, 1).contiguous()
        init = init - init.mean(dim=(1, 2), keepdim=True)
        num = torch.zeros(init.shape[1], dtype=torch.float64, device=device)
        den = torch.zeros_like(num)
        for rows in _chunks(init, len(eval_perms)):
            dists = _distances(init, eval_perms[rows])
            num += (dists * eval_targets[:, rows]).sum(dim=(1, 2)).double()
            den += (dists * dists).sum(dim=(1, 2)).double()
        scale = torch.where(den > 0, num / den.clamp_min(1e-30), torch.ones_like(den)).to(init.dtype)
        return init * scale[None, :, None]


# ---------------------------------------------------------------------------------------------------- helpers
def _permutations(n: int, count: int, generator: torch.Generator, device: torch.device) -> torch.Tensor:
    """``(count, n)`` independent random permutations of the samples."""
    return torch.stack([torch.randperm(n, generator=generator, device=device) for _ in range(count)])


def _inverse(perms: torch.Tensor) -> torch.Tensor:
    """The inverse of every permutation row (a scatter without collisions)."""
    ranks = torch.arange(perms.shape[1], device=perms.device).expand_as(perms)
    return torch.empty_like(perms).scatter_(1, perms, ranks)


def _chunks(y: torch.Tensor, rows: int, budget: int = 1 << 22) -> list[slice]:
    """Slices of permutation rows so that one ``(T, rows, N)`` block holds about ``budget`` elements."""
    step = max(1, budget // max(1, y.shape[-1] * y.shape[-2]))
    return [slice(i, i + step) for i in range(0, rows, step)]


def _target_distances(x: torch.Tensor, perms: torch.Tensor) -> torch.Tensor:
    """δ(f^k_i, f^k_π(i)) / δ^k_max for every permutation row π: ``(T, P, N)`` (x is already divided by δ^k_max)."""
    samples_first = x.transpose(0, 1).contiguous()  # (N, T, D): one gather per row serves all T matrices
    out = torch.empty((x.shape[0], len(perms), x.shape[1]), dtype=x.dtype, device=x.device)
    with torch.no_grad():
        for r, perm in enumerate(perms):
            out[:, r] = torch.linalg.vector_norm(samples_first - samples_first.index_select(0, perm), dim=-1).T
    return out


def _distances(y: torch.Tensor, perms: torch.Tensor) -> torch.Tensor:
    """‖r^k_i − r^k_π(i)‖ for every permutation row π: ``(T, P, N)`` from positions ``(m, T, N)``."""
    sq: torch.Tensor | None = None
    for c in range(y.shape[0]):
        diff = y[c][:, None, :] - y[c].index_select(1, perms.flatten()).view(-1, *perms.shape)
        sq = diff * diff if sq is None else sq.addcmul_(diff, diff)
    if sq is None:
        raise ValueError("positions have no components")
    return sq.sqrt_()


def _evaluate(y: torch.Tensor, perms: torch.Tensor, targets: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Eq. (1) and eq. (2) of every matrix, ``(T,)`` each, as means over the pairs of ``perms`` (chunked)."""
    t, p = y.shape[1], len(perms)
    stress = torch.zeros(t, dtype=torch.float64, device=y.device)
    alignment = torch.zeros_like(stress)
    with torch.no_grad():
        for rows in _chunks(y, p):
            e_s, e_a, _ = _forward(y, perms[rows], targets[:, rows])
            stress += e_s.square().sum(dim=(1, 2), dtype=torch.float64)
            alignment += e_a.square().sum(dim=(1, 2), dtype=torch.float64)
    count = p * y.shape[2]
    return stress / count, alignment / count


def _forward(y: torch.Tensor, perms: torch.Tensor, targets: torch.Tensor):
    """Residuals of eq. (1) and eq. (2) per pair ``(T, P, N)``, and the pieces the gradient needs."""
    flat = perms.flatten()
    gathered = [y[c].index_select(1, flat).view(-1, *perms.shape) for c in range(y.shape[0])]  # r^k_j, j = π(i)
    mean_position = y.mean(dim=1)  # r̄_i: (m, N)
    diffs, to_mean = [], []
    dist: torch.Tensor | None = None
    dist_to_mean: torch.Tensor | None = None
    for c, yj in enumerate(gathered):
        diff = y[c][:, None, :] - yj  # r^k_i − r^k_j
        towards = mean_position[c][None, None, :] - yj  # r̄_i − r^k_j
        dist = diff * diff if dist is None else dist.addcmul_(diff, diff)
        dist_to_mean = towards * towards if dist_to_mean is None else dist_to_mean.addcmul_(towards, towards)
        diffs.append(diff)
        to_mean.append(towards)
    if dist is None or dist_to_mean is None:
        raise ValueError("positions have no components")
    dist = dist.sqrt_()  # ‖r^k_i − r^k_j‖
    dist_to_mean = dist_to_mean.sqrt_()  # ‖r̄_i − r^k_j‖
    stress_residual = dist - targets  # eq. (1): ‖r^k_i − r^k_j‖ − δ/δ_max
    align_residual = dist.mean(dim=0, keepdim=True) - dist_to_mean  # eq. (2): d(r̄_i, r̄_j) − ‖r̄_i − r^k_j‖
    return stress_residual, align_residual, (diffs, dist, to_mean, dist_to_mean)


def _loss_and_grad(
    y: torch.Tensor, perms: torch.Tensor, inverse: torch.Tensor, targets: torch.Tensor, lam: float
) -> tuple[torch.Tensor, torch.Tensor]:
    """The objective L = mean over (k, pairs) of λ·(1) + (1 − λ)·(2) and its gradient with respect to ``y`` (m, T, N).

    With C = T·P·N terms, e_s = ‖r^k_i − r^k_j‖ − δ and e_a = d(r̄_i, r̄_j) − ‖r̄_i − r^k_j‖:
    ∂L/∂‖r^k_i − r^k_j‖ = 2/C · (λ e_s + (1 − λ) · mean_k e_a)   (d(r̄_i, r̄_j) averages the T distances), and
    ∂L/∂‖r̄_i − r^k_j‖ = −2/C · (1 − λ) e_a   (r̄_i averages the T positions of i).
    The j side of every pair is brought back to sample j through the inverse permutation (a gather, no scatter).
    Where a distance is 0 its difference vector is 0 too, so clamping the divisor gives the zero subgradient.
    """
    t = y.shape[1]
    e_s, e_a, (diffs, dist, to_mean, dist_to_mean) = _forward(y, perms, targets)
    count = e_s.numel()
    stress_sum = torch.dot(e_s.flatten(), e_s.flatten()).double()
    align_sum = torch.dot(e_a.flatten(), e_a.flatten()).double()
    loss = (lam * stress_sum + (1.0 - lam) * align_sum) / count
    coef_d = e_s * lam
    if lam < 1.0:
        coef_d.add_(e_a.mean(dim=0, keepdim=True), alpha=1.0 - lam)
    coef_d.mul_(2.0 / count).div_(dist.clamp_min_(1e-20))
    coef_a = e_a.mul_(-2.0 * (1.0 - lam) / count).div_(dist_to_mean.clamp_min_(1e-20))
    index = inverse[None].expand(t, -1, -1)
    grads = []
    for diff, towards in zip(diffs, to_mean, strict=True):
        g_d = diff.mul_(coef_d)  # ∂L/∂r^k_i along this coordinate, pair by pair
        g_a = towards.mul_(coef_a)  # ∂L/∂r̄_i along this coordinate
        from_i = g_d.sum(dim=1).add_(g_a.sum(dim=(0, 1))[None], alpha=1.0 / t)
        from_j = torch.gather(g_d.add_(g_a), 2, index).sum(dim=1)  # pair (i, π(i)) seen from j = π(i)
        grads.append(from_i.sub_(from_j))
    return loss, torch.stack(grads)


def _diameters(x: torch.Tensor) -> torch.Tensor:
    """δ^k_max of every matrix of ``x`` ``(T, N, D)``.

    Exact (all pairs, in blocks) up to ``EXACT_DIAMETER_MAX_N`` samples. Above, the largest distance between any sample
    and a candidate set (the ``DIAMETER_CANDIDATES`` samples farthest from the centroid, plus the ends of four
    farthest-point sweeps): a lower bound that finds the diameter whenever one of its two ends is a candidate.
    """
    t, n, _ = x.shape
    out = torch.zeros(t, dtype=x.dtype, device=x.device)
    for k in range(t):
        z = x[k]
        sq = (z * z).sum(dim=1)
        if n <= EXACT_DIAMETER_MAX_N:
            candidates = torch.arange(n, device=x.device)
        else:
            radius = torch.linalg.vector_norm(z - z.mean(dim=0), dim=1)
            ends = [int(torch.argmax(radius))]
            for _ in range(4):
                ends.append(int(torch.argmax(torch.linalg.vector_norm(z - z[ends[-1]], dim=1))))
            far = torch.topk(radius, DIAMETER_CANDIDATES).indices
            candidates = torch.unique(torch.cat([far, torch.tensor(ends, device=x.device)]))
        best = torch.zeros((), dtype=x.dtype, device=x.device)
        for start in range(0, len(candidates), 1024):
            rows = candidates[start : start + 1024]
            # max_j ‖z_i − z_j‖² = ‖z_i‖² + max_j (‖z_j‖² − 2 z_i·z_j), one matmul and one reduction per block
            partial = torch.addmm(sq[None, :], z[rows], z.T, alpha=-2.0).amax(dim=1) + sq[rows]
            best = torch.maximum(best, partial.max())
        out[k] = best.clamp_min(0).sqrt()
    return out
