"""Neighbour-graph projections: Aligned UMAP and chained t-SNE, with their independent (unaligned) controls."""

from __future__ import annotations

import os
from itertools import pairwise
from pathlib import Path

# umap-learn compiles numba code on first use; a persistent cache makes later runs of this module faster.
# Must be set before numba is imported.
os.environ.setdefault("NUMBA_CACHE_DIR", str(Path(__file__).resolve().parents[1] / ".numba_cache"))

import numpy as np  # noqa: E402
import pytest  # noqa: E402

pytest.importorskip("umap")
pytest.importorskip("openTSNE")

from latentris_lightning.projection.tsne import ChainedTSNE, IndependentTSNE  # noqa: E402
from latentris_lightning.projection.umap import AlignedUMAPProjection, IndependentUMAP  # noqa: E402

# Small and short, so the module runs in seconds once numba has compiled.
FAST = {
    AlignedUMAPProjection: {"n_epochs": 50},
    IndependentUMAP: {"n_epochs": 50},
    ChainedTSNE: {"n_iter": 200, "early_exaggeration_iter": 100},
    IndependentTSNE: {"n_iter": 200, "early_exaggeration_iter": 100},
}
METHODS = list(FAST)
ALIGNED_VS_INDEPENDENT = [(AlignedUMAPProjection, IndependentUMAP), (ChainedTSNE, IndependentTSNE)]


def drifting_clusters(n=180, d=16, snapshots=4, seed=0):
    """Three Gaussian clusters drifting slowly (planted motion); each sample also jitters a little per snapshot."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(3, d)) * 4
    velocity = rng.normal(size=(3, d)) * 0.5
    labels = np.arange(n) % 3
    noise = rng.normal(size=(n, d))
    series = []
    for t in range(snapshots):
        noise = noise + 0.1 * rng.normal(size=(n, d))
        series.append(centres[labels] + t * velocity[labels] + noise)
    return series


def mean_displacement(embeddings):
    """Mean distance a sample moves between consecutive embeddings, each centred and scaled to unit RMS radius."""
    normed = []
    for e in embeddings:
        e = np.asarray(e, dtype=np.float64) - e.mean(axis=0)
        normed.append(e / np.sqrt((e**2).sum(axis=1).mean()))
    return float(np.mean([np.linalg.norm(b - a, axis=1).mean() for a, b in pairwise(normed)]))


def make(cls, **params):
    return cls(**{**FAST[cls], **params})


@pytest.fixture(scope="module")
def series():
    return drifting_clusters()


@pytest.fixture(scope="module")
def fitted(series):
    """Fits shared by several tests, made on first use: (class, n_components) → embeddings."""
    cache = {}

    def get(cls, n_components):
        if (cls, n_components) not in cache:
            cache[cls, n_components] = make(cls, n_components=n_components, random_state=0).fit_transform(series)
        return cache[cls, n_components]

    return get


@pytest.mark.slow
@pytest.mark.parametrize("n_components", [2, 3])
@pytest.mark.parametrize("cls", METHODS, ids=lambda c: c.name)
def test_one_finite_embedding_per_snapshot_with_the_requested_dimensions(cls, n_components, series, fitted):
    embeddings = fitted(cls, n_components)
    assert len(embeddings) == len(series)
    for e in embeddings:
        assert e.shape == (series[0].shape[0], n_components)
        assert np.all(np.isfinite(e))
        assert e.std(axis=0).min() > 0, "an axis of the embedding collapsed"


@pytest.mark.slow
@pytest.mark.parametrize("n_components", [2, 3])
@pytest.mark.parametrize("cls", METHODS, ids=lambda c: c.name)
def test_same_seed_gives_identical_output(cls, n_components, series, fitted):
    again = make(cls, n_components=n_components, random_state=0).fit_transform(series)
    for a, b in zip(fitted(cls, n_components), again, strict=True):
        assert np.array_equal(a, b)


@pytest.mark.slow
@pytest.mark.parametrize("cls", METHODS, ids=lambda c: c.name)
def test_the_seed_is_used(cls, series, fitted):
    other = make(cls, n_components=2, random_state=1).fit_transform(series)
    assert not np.array_equal(fitted(cls, 2)[0], other[0])


@pytest.mark.slow
def test_chained_tsne_is_deterministic_with_two_threads(series, fitted):
    again = make(ChainedTSNE, n_components=2, random_state=0, n_jobs=2).fit_transform(series)
    for a, b in zip(fitted(ChainedTSNE, 2), again, strict=True):
        assert np.array_equal(a, b)


@pytest.mark.slow
@pytest.mark.parametrize("n_components", [2, 3])
@pytest.mark.parametrize("aligned, independent", ALIGNED_VS_INDEPENDENT, ids=lambda c: c.name)
def test_aligned_methods_move_samples_less_than_independent_ones(aligned, independent, n_components, fitted):
    """On slowly drifting clusters the aligned embeddings change little; independent ones jump (rotate, reflect)."""
    moved_aligned = mean_displacement(fitted(aligned, n_components))
    moved_independent = mean_displacement(fitted(independent, n_components))
    assert moved_aligned < 0.6 * moved_independent, (moved_aligned, moved_independent)


@pytest.mark.slow
def test_alignment_regularisation_pulls_samples_together(series, fitted):
    loose = make(AlignedUMAPProjection, n_components=2, alignment_regularisation=0.0).fit_transform(series)
    tight = make(AlignedUMAPProjection, n_components=2, alignment_regularisation=0.1).fit_transform(series)
    assert mean_displacement(tight) < mean_displacement(fitted(AlignedUMAPProjection, 2)) < mean_displacement(loose)


@pytest.mark.slow
def test_min_dist_shapes_the_aligned_layout(series, fitted):
    """umap-learn's AlignedUMAP ignores min_dist in its joint layout; ours does not."""
    spread_out = make(AlignedUMAPProjection, n_components=2, min_dist=0.9).fit_transform(series)
    default = fitted(AlignedUMAPProjection, 2)

    def nearest_neighbour_distance(e):
        e = (e - e.mean(axis=0)) / np.sqrt(((e - e.mean(axis=0)) ** 2).sum(axis=1).mean())
        d = np.linalg.norm(e[:, None] - e[None], axis=-1)
        np.fill_diagonal(d, np.inf)
        return d.min(axis=1).mean()

    assert nearest_neighbour_distance(spread_out[-1]) > 1.5 * nearest_neighbour_distance(default[-1])


@pytest.mark.slow
def test_neighbourhood_weights_match_umap_learn(series):
    """The vectorised regularisation weights equal umap-learn's own build_neighborhood_similarities."""
    import numba
    from umap.aligned_umap import build_neighborhood_similarities

    from latentris_lightning.projection.umap import _identity_relations, _neighbourhood_similarities, _umap

    method = make(AlignedUMAPProjection)
    graphs = [_umap(x, method, 0, transform_mode="graph").graph_ for x in series]
    relations = _identity_relations(len(graphs), graphs[0].shape[0], 2)
    expected = build_neighborhood_similarities(
        numba.typed.List([g.indptr.astype(np.int32) for g in graphs]),
        numba.typed.List([g.indices.astype(np.int32) for g in graphs]),
        relations,
    )
    ours = _neighbourhood_similarities(graphs, relations)
    np.testing.assert_allclose(ours, expected, atol=1e-6)
    assert ours[relations >= 0].mean() > 0.05  # real overlaps, not an all-zero array matching an all-zero one
    assert np.all(ours[relations < 0] == 0)


@pytest.mark.slow
@pytest.mark.parametrize("cls", [AlignedUMAPProjection, ChainedTSNE], ids=lambda c: c.name)
def test_series_of_layers_with_different_widths(cls):
    rng = np.random.default_rng(2)
    base = rng.normal(size=(120, 6))
    layers = [base @ rng.normal(size=(6, width)) for width in (4, 20, 80)]
    embeddings = make(cls, n_components=3, max_dim=10).fit_transform(layers)
    assert [e.shape for e in embeddings] == [(120, 3)] * 3
    assert all(np.all(np.isfinite(e)) for e in embeddings)


@pytest.mark.slow
def test_single_matrix_aligned_umap_is_plain_umap(series):
    (embedding,) = make(AlignedUMAPProjection, n_components=3).fit_transform(series[:1])
    assert embedding.shape == (series[0].shape[0], 3)
    assert np.all(np.isfinite(embedding))


@pytest.mark.parametrize("cls", METHODS, ids=lambda c: c.name)
def test_four_components_are_refused(cls, series):
    with pytest.raises(ValueError, match="n_components=4"):
        make(cls, n_components=4).fit(series)


@pytest.mark.slow
@pytest.mark.parametrize("cls", [AlignedUMAPProjection, IndependentUMAP], ids=lambda c: c.name)
def test_too_few_samples_for_n_neighbors(cls):
    few = [np.random.default_rng(0).normal(size=(10, 5))] * 2
    with pytest.raises(ValueError, match="n_neighbors=15 needs more than 15 samples"):
        make(cls).fit(few)
    assert make(cls, n_neighbors=5, n_components=2).fit_transform(few)[0].shape == (10, 2)


@pytest.mark.parametrize("cls", [ChainedTSNE, IndependentTSNE], ids=lambda c: c.name)
def test_too_few_samples_for_perplexity(cls):
    few = [np.random.default_rng(0).normal(size=(60, 5))] * 2
    with pytest.raises(ValueError, match="perplexity=30 needs at least 91 samples"):
        make(cls).fit(few)
    assert make(cls, perplexity=10, n_components=2).fit_transform(few)[0].shape == (60, 2)


def test_fft_gradient_is_2d_only(series):
    with pytest.raises(ValueError, match="FFT"):
        make(ChainedTSNE, n_components=3, negative_gradient_method="fft").fit(series)


@pytest.mark.parametrize(
    "cls, params, message",
    [
        (AlignedUMAPProjection, {"alignment_window_size": 0}, "alignment_window_size"),
        (AlignedUMAPProjection, {"alignment_regularisation": -1.0}, "alignment_regularisation"),
        (IndependentUMAP, {"min_dist": 2.0}, "min_dist"),
        (IndependentUMAP, {"n_epochs": 0}, "n_epochs"),
        (ChainedTSNE, {"n_iter": 0}, "n_iter"),
        (ChainedTSNE, {"neighbors": "magic"}, "neighbors"),
        (IndependentTSNE, {"perplexity": -5}, "perplexity"),
    ],
)
def test_bad_parameters_are_refused_at_fit(cls, params, message, series):
    method = make(cls, **params)  # no validation in __init__ (scikit-learn style)
    with pytest.raises(ValueError, match=message):
        method.fit(series)


@pytest.mark.parametrize("cls", METHODS, ids=lambda c: c.name)
def test_parameters_are_plain_estimator_params(cls):
    method = cls(n_components=2, random_state=5)
    params = method.get_params()
    assert params["n_components"] == 2 and params["random_state"] == 5
    assert cls.name and not hasattr(method, "embeddings_")
