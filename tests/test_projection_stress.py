"""Stress + alignment projection ("stress", Cantareira et al. 2020, eqs. 1–3)."""

from __future__ import annotations

import warnings
from itertools import pairwise

import numpy as np
import pytest
import torch
from scipy.spatial.distance import pdist
from sklearn.datasets import make_swiss_roll
from sklearn.decomposition import PCA
from sklearn.manifold import MDS

from latentris_lightning.projection.base import reduce_dims
from latentris_lightning.projection.stress import (
    StressAlignmentProjection,
    _inverse,
    _loss_and_grad,
    _permutations,
)


@pytest.fixture(autouse=True)
def one_thread():
    """These problems are tiny: one thread avoids OpenMP oversubscription on a busy machine (restored after)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def square_drifting_clusters(seed=0, per=40, d=10, snapshots=4):
    """Four clusters on a square (so per-snapshot PCA axes are arbitrary), each drifting with its own velocity."""
    rng = np.random.default_rng(seed)
    centres = np.zeros((4, d))
    centres[0, 0] = centres[2, 1] = 4.0
    centres[1, 0] = centres[3, 1] = -4.0
    velocity = rng.normal(size=(4, d))
    velocity *= 0.6 / np.linalg.norm(velocity, axis=1, keepdims=True)
    offsets = rng.normal(size=(4 * per, d))
    label = np.repeat(np.arange(4), per)
    return [
        centres[label] + k * velocity[label] + offsets + 0.05 * rng.normal(size=offsets.shape) for k in range(snapshots)
    ]


def displacement(embeddings):
    """Mean distance a sample moves between consecutive embeddings, relative to the embedding's RMS radius."""
    centred = [e - e.mean(axis=0) for e in embeddings]
    moves = [
        np.linalg.norm(b - a, axis=1).mean() / np.sqrt((a * a).sum(axis=1).mean()) for a, b in pairwise(centred)
    ]
    return float(np.mean(moves))


def exact_stress(matrix, embedding):
    """Eq. (1) over all N² ordered pairs, written out independently of the implementation."""
    target = pdist(matrix)
    target = target / target.max()
    return 2.0 * np.sum((target - pdist(embedding)) ** 2) / matrix.shape[0] ** 2


def exact_alignment(embeddings):
    """Eq. (2) of every matrix over all ordered pairs: d(r̄_i, r̄_j) = mean_k ‖r^k_i − r^k_j‖, r̄_i = mean_k r^k_i."""
    y = np.stack(embeddings)  # (T, N, m)
    mean_distance = np.linalg.norm(y[:, :, None] - y[:, None, :], axis=-1).mean(axis=0)  # (N, N)
    mean_position = y.mean(axis=0)
    to_mean = np.linalg.norm(mean_position[None, :, None] - y[:, None, :, :], axis=-1)  # (T, i, j)
    return ((mean_distance[None] - to_mean) ** 2).mean(axis=(1, 2))


@pytest.mark.parametrize("n_components", [2, 3])
def test_outputs_are_finite_with_the_requested_dimensions(n_components):
    series = square_drifting_clusters(per=15, snapshots=3)
    method = StressAlignmentProjection(n_components=n_components, n_iter=40)
    out = method.fit_transform(series)
    assert method.name == "stress"
    assert len(out) == 3
    for e in out:
        assert e.shape == (60, n_components)
        assert np.all(np.isfinite(e))
    assert method.loss_history_.shape == (40,)
    assert np.all(np.isfinite([method.stress_, method.alignment_, method.loss_, method.init_stress_]))
    assert method.pair_mode_ == "all" and method.exact_terms_


def test_reported_terms_are_equations_1_and_2():
    series = square_drifting_clusters(per=10, snapshots=3)
    method = StressAlignmentProjection(n_components=2, n_iter=60, lambda_=0.3).fit(series)
    emb = [e.astype(np.float64) for e in method.embeddings_]
    stress = [exact_stress(x, e) for x, e in zip(series, emb, strict=True)]
    np.testing.assert_allclose(method.stress_per_matrix_, stress, rtol=1e-3)
    np.testing.assert_allclose(method.alignment_per_matrix_, exact_alignment(emb), rtol=1e-3, atol=1e-9)
    assert method.loss_ == pytest.approx(0.3 * np.mean(stress) + 0.7 * np.mean(exact_alignment(emb)), rel=1e-3)


def test_analytic_gradient_matches_autograd_of_the_objective():
    torch.manual_seed(0)
    m, t, n, rows, lam = 3, 4, 9, 5, 0.3
    y = torch.randn(m, t, n, dtype=torch.float64)
    perms = _permutations(n, rows, torch.Generator().manual_seed(0), torch.device("cpu"))
    perms[0] = torch.arange(n)  # the i = j terms, where ‖r^k_i − r^k_i‖ = 0
    targets = torch.rand(t, rows, n, dtype=torch.float64)
    loss, grad = _loss_and_grad(y, perms, _inverse(perms), targets, lam)

    r = y.permute(1, 2, 0).clone().requires_grad_(True)  # (T, N, m)
    r_j = r[:, perms]  # (T, P, N, m)
    dist = torch.linalg.vector_norm(r[:, None] - r_j, dim=-1)
    to_mean = torch.linalg.vector_norm(r.mean(dim=0)[None, None] - r_j, dim=-1)
    reference = lam * ((targets - dist) ** 2).mean() + (1 - lam) * ((dist.mean(dim=0)[None] - to_mean) ** 2).mean()
    reference.backward()
    assert float(loss) == pytest.approx(float(reference.detach()), rel=1e-12)
    torch.testing.assert_close(grad.permute(1, 2, 0), r.grad, rtol=1e-9, atol=1e-12)


def test_same_seed_gives_identical_output_and_another_seed_does_not():
    series = square_drifting_clusters(per=50, snapshots=3)  # N = 200 with 2,000 pairs per step: the sampled-pool regime
    kwargs = dict(n_components=2, n_iter=50, max_pairs=2_000)
    a = StressAlignmentProjection(random_state=7, **kwargs).fit(series)
    b = StressAlignmentProjection(random_state=7, **kwargs).fit(series)
    c = StressAlignmentProjection(random_state=8, **kwargs).fit(series)
    assert a.pair_mode_ == "sampled"
    for x, y in zip(a.embeddings_, b.embeddings_, strict=True):
        np.testing.assert_array_equal(x, y)
    np.testing.assert_array_equal(a.loss_history_, b.loss_history_)
    assert any(not np.array_equal(x, z) for x, z in zip(a.embeddings_, c.embeddings_, strict=True))


def test_sampled_stress_estimates_the_full_stress():
    series = square_drifting_clusters(per=75, snapshots=2)  # N = 300
    method = StressAlignmentProjection(n_components=2, n_iter=100, max_pairs=3_000).fit(series)
    assert method.pair_mode_ == "sampled" and not method.exact_terms_
    exact = np.mean([exact_stress(x, e.astype(np.float64)) for x, e in zip(series, method.embeddings_, strict=True)])
    assert method.stress_ == pytest.approx(exact, rel=0.1)
    assert method.stress_ < method.init_stress_


def test_smaller_lambda_moves_samples_less_at_the_cost_of_stress():
    """λ weights stress (paper's eq. 3): lowering it strengthens the alignment term."""
    series = square_drifting_clusters()
    results = {
        lam: StressAlignmentProjection(n_components=2, lambda_=lam, n_iter=150).fit(series) for lam in (0.1, 0.5, 1)
    }
    moves = {lam: displacement(r.embeddings_) for lam, r in results.items()}
    stress = {
        lam: np.mean([exact_stress(x, e.astype(np.float64)) for x, e in zip(series, r.embeddings_, strict=True)])
        for lam, r in results.items()
    }
    assert moves[0.1] < moves[0.5] < moves[1]
    assert moves[0.1] < 0.5 * moves[1]
    assert stress[0.1] >= stress[0.5] >= stress[1]
    assert results[0.1].alignment_ < results[1].alignment_


def test_more_stable_than_independent_mds_or_pca_on_planted_motion():
    series = square_drifting_clusters()
    vff = displacement(StressAlignmentProjection(n_components=2, n_iter=150).fit_transform(series))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mds = [MDS(n_components=2, n_init=1, init="random", random_state=0).fit_transform(x) for x in series]
    mds = displacement(mds)
    pca = displacement([PCA(n_components=2).fit_transform(x) for x in series])
    assert vff < 0.5 * mds
    assert vff < 0.5 * pca


def test_lower_stress_than_the_pca_start_on_a_swiss_roll():
    """On a nonlinear manifold the optimised stress (eq. 1) beats the best-scaled PCA and matches SMACOF metric MDS."""
    roll, _ = make_swiss_roll(n_samples=250, random_state=0)
    rotation, _ = np.linalg.qr(np.random.default_rng(0).normal(size=(10, 10)))
    x = np.pad(roll, ((0, 0), (0, 7))) @ rotation  # the roll in a random 3-D subspace of 10-D
    series = [x, x + 0.01 * np.random.default_rng(1).normal(size=x.shape)]
    method = StressAlignmentProjection(n_components=2, n_iter=200, learning_rate=0.02).fit(series)

    target = pdist(x) / pdist(x).max()

    def best_scaled_stress(embedding):
        d = pdist(embedding)
        return exact_stress(x, embedding * (d @ target) / (d @ d))

    pca_stress = best_scaled_stress(PCA(n_components=2).fit_transform(x))  # the start
    assert method.init_stress_ == pytest.approx(pca_stress, rel=0.02)
    result_stress = exact_stress(x, method.embeddings_[0].astype(np.float64))
    assert result_stress < 0.9 * pca_stress
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        smacof = MDS(n_components=2, n_init=2, init="random", random_state=0).fit_transform(x)
    assert result_stress < 1.02 * best_scaled_stress(smacof)
    assert method.loss_history_[-1] < method.loss_history_[0]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"n_components": 4}, "n_components"),
        ({"lambda_": -0.1}, "lambda_"),
        ({"lambda_": 0.0}, "lambda_"),
        ({"lambda_": 1.5}, "lambda_"),
        ({"n_iter": 0}, "n_iter"),
        ({"max_pairs": 0}, "max_pairs"),
        ({"learning_rate": 0.0}, "learning_rate"),
        ({"random_state": -1}, "random_state"),
        ({"device": "no-such-device"}, "device"),
    ],
)
def test_bad_parameters_raise_a_clear_error(params, message):
    with pytest.raises(ValueError, match=message):
        StressAlignmentProjection(**params).fit(square_drifting_clusters(per=5, snapshots=2))


def test_layers_of_different_widths_share_one_aligned_space():
    """The same arrangement seen through three layers of widths 6, 20 and 80 (80 > max_dim: reduced first)."""
    rng = np.random.default_rng(0)
    latent = square_drifting_clusters(per=20, d=4, snapshots=1)[0]
    layers = [latent @ rng.normal(size=(4, width)) for width in (6, 20, 80)]
    method = StressAlignmentProjection(n_components=3, n_iter=100, max_dim=50)
    out = method.fit_transform(layers)
    assert [e.shape for e in out] == [(80, 3)] * 3
    assert all(np.all(np.isfinite(e)) for e in out)
    reduced = reduce_dims(layers, 50, 0)
    assert [r.shape[1] for r in reduced] == [6, 20, 50]
    init_loss = 0.5 * method.init_stress_ + 0.5 * method.init_alignment_
    assert method.loss_ < init_loss  # eq. (3) went down (the stress alone may rise: the layers are pulled together)
    assert method.alignment_ < method.init_alignment_
    assert displacement(out) < 0.5 * displacement([PCA(n_components=3).fit_transform(layer) for layer in layers])


def test_unchanged_data_stays_put():
    """Identical snapshots give identical embeddings (eq. 2 is then exactly 0 and its gradient vanishes)."""
    x = square_drifting_clusters(per=10, snapshots=1)[0]
    method = StressAlignmentProjection(n_components=2, n_iter=50).fit([x, x.copy(), x.copy()])
    for e in method.embeddings_[1:]:
        np.testing.assert_allclose(e, method.embeddings_[0], atol=1e-6)
    assert method.alignment_ < 1e-10
