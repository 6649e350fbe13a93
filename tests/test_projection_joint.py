"""The joint neighbour embedding: shapes, determinism, faithful neighbourhoods and faithful motion."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from scipy.stats import spearmanr
from sklearn.manifold import trustworthiness

from latentris_lightning.projection import get_method
from latentris_lightning.projection.joint import JointEmbedding, fuzzy_graph, knn


def partly_moving_clusters(n=240, d=12, t=4, seed=0):
    """Three clusters; at every step a random third of the samples move (by different amounts), the rest stay."""
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % 3
    x = rng.normal(size=(3, d))[labels] * 4 + rng.normal(size=(n, d))
    series, moved = [x], []
    for _ in range(t - 1):
        step = np.zeros((n, d))
        movers = rng.random(n) < 0.33
        step[movers] = rng.normal(size=(movers.sum(), d)) * rng.uniform(0.2, 1.5, size=(movers.sum(), 1))
        series.append(series[-1] + step)
        moved.append(np.linalg.norm(step, axis=1))
    return series, labels, moved


def stab(xs, ys):
    return np.mean([
        spearmanr(np.linalg.norm(xs[i + 1] - xs[i], axis=1), np.linalg.norm(ys[i + 1] - ys[i], axis=1)).statistic
        for i in range(len(xs) - 1)
    ])


@pytest.mark.parametrize("d", [2, 3])
def test_shapes_and_finiteness(d):
    xs, _, _ = partly_moving_clusters(n=90)
    ys = JointEmbedding(n_components=d, n_epochs=30).fit_transform(xs)
    assert [y.shape for y in ys] == [(90, d)] * 4
    assert all(np.isfinite(y).all() for y in ys)


def test_a_seed_gives_identical_output():
    xs, _, _ = partly_moving_clusters(n=90)
    a = JointEmbedding(n_epochs=30, random_state=3).fit_transform(xs)
    b = JointEmbedding(n_epochs=30, random_state=3).fit_transform(xs)
    c = JointEmbedding(n_epochs=30, random_state=4).fit_transform(xs)
    assert all(np.array_equal(p, q) for p, q in zip(a, b, strict=True))
    assert not all(np.array_equal(p, q) for p, q in zip(a, c, strict=True))


def test_neighbourhoods_are_faithful():
    xs, _, _ = partly_moving_clusters()
    ys = JointEmbedding().fit_transform(xs)
    for x, y in zip(xs, ys, strict=True):
        assert trustworthiness(x, y, n_neighbors=10) > 0.9


def test_motion_is_faithful_where_keeping_still_is_not():
    xs, _, moved = partly_moving_clusters()
    faithful = JointEmbedding().fit_transform(xs)
    still = JointEmbedding(motion="still").fit_transform(xs)
    assert stab(xs, faithful) > 0.8
    assert stab(xs, faithful) > stab(xs, still) + 0.3
    # samples that did not move in the data barely move in the view
    step = np.linalg.norm(faithful[1] - faithful[0], axis=1)
    assert np.median(step[moved[0] == 0]) < 0.25 * np.median(step[moved[0] > 0])


def test_alignment_beats_independent_layouts():
    xs, _, _ = partly_moving_clusters()
    aligned = JointEmbedding().fit_transform(xs)
    independent = [JointEmbedding(random_state=i).fit_transform([x])[0] for i, x in enumerate(xs)]
    assert stab(xs, aligned) > stab(xs, independent) + 0.3


def test_layers_of_different_widths():
    rng = np.random.default_rng(0)
    base = rng.normal(size=(80, 6))
    series = [base @ rng.normal(size=(6, w)) for w in (6, 10, 4)]
    ys = JointEmbedding(n_epochs=30).fit_transform(series)
    assert [y.shape for y in ys] == [(80, 3)] * 3


@pytest.mark.parametrize(("n", "block", "width"), [(50, 16, 64), (50, 16, 4), (333, 100, 8), (700, 512, 64)])
def test_knn_and_graph_match_brute_force(n, block, width):
    import torch

    # clusters of very different scales, so the nearest neighbours of many rows fall in a few chunks
    g = torch.Generator().manual_seed(n)
    x = torch.randn(n, 4, generator=g) * torch.rand(n, 1, generator=g) ** 3 + torch.randint(0, 3, (n, 1), generator=g)
    index, dist = knn(x, 5, block=block, width=width)
    full = torch.cdist(x.double(), x.double())
    full.fill_diagonal_(float("inf"))
    expected = torch.topk(full, 5, largest=False)
    # ranking uses |x_j|² - 2 x_i·x_j in float32: neighbours closer to each other than ~sqrt(eps)·|x| may swap
    tolerance = 1e-3 * float(x.abs().max())
    found = torch.gather(full, 1, index)  # the true distances of the neighbours found: the 5 smallest of each row
    torch.testing.assert_close(found, expected.values, rtol=1e-4, atol=tolerance)
    torch.testing.assert_close(dist.double(), found, rtol=1e-4, atol=1e-5)  # reported distances are exact
    assert torch.all(index != torch.arange(n)[:, None])
    if n > 50:
        return
    assert torch.equal(index, expected.indices)
    head, tail, w = fuzzy_graph(x, 5)
    assert torch.all((w > 0) & (w <= 1))
    pairs = {(int(h), int(t)): float(v) for h, t, v in zip(head, tail, w, strict=True)}
    assert all(abs(pairs[(t, h)] - v) < 1e-6 for (h, t), v in pairs.items()), "the union graph must be symmetric"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"n_components": 4}, "choose 2 or 3"),
        ({"n_neighbors": 50}, "n_neighbors=50 needs more than 50 samples"),
        ({"alignment": -1.0}, "alignment=-1.0 must be ≥ 0"),
        ({"n_epochs": 0}, "n_epochs=0 must be a positive integer"),
        ({"motion": "fast"}, "motion='fast' is not supported"),
        ({"device": "tpu"}, "device='tpu' is not supported"),
    ],
)
def test_bad_parameters(params, message):
    xs, _, _ = partly_moving_clusters(n=30, t=2)
    with pytest.raises(ValueError, match=message):
        JointEmbedding(**params).fit(xs)


def test_registered_under_its_name():
    assert isinstance(get_method("joint", n_components=2), JointEmbedding)


def test_the_pca_reduction_is_exact():
    """reduce_dims (the exact covariance solver up to 1,024 columns) gives the principal components of the stack."""
    from latentris_lightning.projection.base import reduce_dims

    rng = np.random.default_rng(3)
    series = [rng.normal(size=(120, 64)) @ np.diag(np.linspace(3, 0.1, 64)) + s for s in range(3)]
    reduced = reduce_dims(series, max_dim=10)
    stacked = np.concatenate(series)
    centred = stacked - stacked.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    expected = centred @ vt[:10].T
    got = np.concatenate(reduced)
    assert got.shape == expected.shape == (360, 10)
    signs = np.sign((got * expected).sum(axis=0))  # a component's sign is a convention
    np.testing.assert_allclose(got, expected * signs, atol=1e-8)


def test_below_the_threshold_the_graph_is_the_exact_one():
    from latentris_lightning.projection.joint import EXACT_KNN_MAX, knn, neighbours

    x = torch.as_tensor(np.random.default_rng(4).normal(size=(300, 8)), dtype=torch.float32)
    index, dist, how = neighbours(x, 10)
    exact_index, exact_dist = knn(x, 10)
    assert torch.equal(index, exact_index) and torch.equal(dist, exact_dist)
    assert how == {"method": "exact", "k": 10, "recall": 1.0} and EXACT_KNN_MAX >= 20_000
    model = JointEmbedding(n_epochs=5, device="cpu")
    model.fit_transform([x.numpy(), x.numpy() + 0.1])
    assert model.knn_ == {"method": "exact", "k": 15, "recall": 1.0}


@pytest.mark.slow
def test_above_the_threshold_the_approximate_graph_keeps_its_recall_floor():
    from latentris_lightning.projection.joint import RECALL_FLOOR, knn, neighbours

    rng = np.random.default_rng(5)
    x = torch.as_tensor(rng.normal(size=(1500, 12)) + 3 * rng.normal(size=(10, 12))[rng.integers(0, 10, 1500)],
                        dtype=torch.float32)
    index, dist, how = neighbours(x, 15, exact_max=1000, seed=2)
    exact, _ = knn(x, 15)
    true_recall = float((index.unsqueeze(2) == exact.unsqueeze(1)).any(dim=2).float().mean())  # over every row
    assert how["method"] == "pynndescent" and how["k"] == 15 and how["queries"] == 1000
    assert how["recall"] >= RECALL_FLOOR and true_recall >= RECALL_FLOOR
    assert abs(how["recall"] - true_recall) < 0.02  # the subsample estimates the recall of all rows
    assert (index != torch.arange(1500).unsqueeze(1)).all()  # self excluded
    assert torch.all(dist[:, 1:] >= dist[:, :-1]) and torch.allclose(dist, (x[index] - x.unsqueeze(1)).norm(dim=2))
    model = JointEmbedding(n_epochs=5, exact_knn_max=1000, device="cpu")
    out = model.fit_transform([x.numpy(), x.numpy() + 0.1])
    assert model.knn_["method"] == "pynndescent" and model.knn_["recall"] >= RECALL_FLOOR
    assert all(np.isfinite(e).all() and e.shape == (1500, 3) for e in out)
