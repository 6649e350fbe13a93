"""compute_run_metrics: one function for the export and the callback, reproducible, and what it returns."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import make_run

from latentris_lightning import load_run
from latentris_lightning.analysis.health import linear_cka
from latentris_lightning.analysis.metrics import (
    SERIES,
    RunMetrics,
    compute_run_metrics,
    snapshot_metrics,
)


def test_one_snapshot_at_a_time_equals_the_whole_run(tmp_path):
    written = make_run(tmp_path, epochs=(0, 1, 2, 3), n=40, dims=(6, 5))
    run = load_run(tmp_path)
    full = compute_run_metrics(run, sample_limit=25)
    grown = RunMetrics(layers=run.layers, n_classes=2, rules=full.rules)
    previous = None
    for s, epoch in enumerate((0, 1, 2, 3)):
        acts = [run.activations(layer, epoch=epoch) for layer in run.layers]
        m, previous = snapshot_metrics(acts, run.labels, predictions=run.predictions(snapshot=s), previous=previous,
                                       n_classes=2, seed=3, snapshot_index=s, sample_limit=25)
        grown.append(run.snapshots[s], m)
    for key, values in full.series().items():
        np.testing.assert_array_equal(values, grown.series()[key], err_msg=key)
    assert full.log_dict(2) == grown.log_dict(2)
    # drift is CKA between consecutive snapshots of the stored (float16) activations
    a = written[1]["block1"].astype(np.float16).astype(np.float32)
    b = written[2]["block1"].astype(np.float16).astype(np.float32)
    assert full.series()["cka_previous"][1, 2] == pytest.approx(linear_cka(a, b), rel=1e-9)


def test_shapes_and_namespace(tmp_path):
    make_run(tmp_path, epochs=(0, 1, 2), n=12, dims=(3, 4))
    m = compute_run_metrics(load_run(tmp_path))
    series = m.series()
    assert all(series[spec.key].shape == (2, 3) for spec in SERIES)
    snap = m.metrics[1]
    assert snap.cka_layers.shape == (2, 2) and snap.centroid_matrices[0].shape == (2, 2)
    assert snap.per_sample[1]["movement"].shape == (12,) and snap.per_sample[1]["movement"].dtype == np.float32
    np.testing.assert_array_equal(snap.correct, 1)  # make_run predicts the labels
    assert snap.probe["accuracy"] == 1.0 and np.isnan(snap.probe["loss"])
    logged = m.log_dict(1)
    assert "latentris/block0/silhouette" in logged and "latentris/block1/cka_previous" in logged
    assert "latentris/probe/accuracy" in logged and "latentris/probe/loss" not in logged  # NaN is left out
    assert all(k.startswith("latentris/") and np.isfinite(v) for k, v in logged.items())
    assert "latentris/block0/cka_previous" not in m.log_dict(0)


def test_reproducible_and_never_touches_global_generators(tmp_path):
    import random

    import torch

    make_run(tmp_path, epochs=(0, 1), n=60, dims=(5,))
    run = load_run(tmp_path)
    np.random.seed(1)
    random.seed(1)
    torch.manual_seed(1)
    states = (np.random.get_state()[1].copy(), random.getstate(), torch.get_rng_state().clone())
    a = compute_run_metrics(run, sample_limit=30).series()
    b = compute_run_metrics(run, sample_limit=30).series()
    assert np.array_equal(np.random.get_state()[1], states[0]) and random.getstate() == states[1]
    assert torch.equal(torch.get_rng_state(), states[2])
    for key in a:
        np.testing.assert_array_equal(a[key], b[key])
    c = compute_run_metrics(run, sample_limit=30, seed=9).series()
    assert not np.array_equal(a["silhouette"], c["silhouette"])  # the seed picks the subsample


def planted_run(path, n=2400, snapshots=3, dims=(16, 40), seed=0):
    """A run store of 5 classes separating over the snapshots, each sample at its own rate (float16, as captured)."""
    from latentris_lightning.store.writer import RunWriter

    rng = np.random.default_rng(seed)
    labels = np.arange(n) % 5
    centres, base, rate = rng.normal(size=(5, 8)) * 2, rng.normal(size=(n, 8)), rng.uniform(0.3, 2, n)
    maps = [rng.normal(size=(8, d)) for d in dims]
    writer = RunWriter(path, labels=labels, class_names=[f"c{i}" for i in range(5)],
                       layers=[{"name": f"l{i}", "module_type": "Linear"} for i in range(len(dims))],
                       config={"seed": seed})
    for t in range(snapshots):
        latent = base + np.clip(rate * t / (snapshots - 1), 0, 1)[:, None] * centres[labels]
        acts = {f"l{i}": np.tanh(latent @ w + 0.1 * rng.normal(size=(n, w.shape[1]))) + 0.5 * i
                for i, w in enumerate(maps)}
        writer.write_snapshot(t, 10 * t, acts, rng.integers(0, 5, n))
    return load_run(path)


@pytest.mark.slow
def test_figures_equal_the_forms_before_on_a_planted_run(tmp_path):
    """Every series of the streamed metrics against the whole-matrix float64 forms of before (tests/metrics_reference):
    the issue allows 1 %; they agree to 1e-6 (silhouette and kNN accuracy use the very same subsample)."""
    import metrics_reference as ref

    run = planted_run(tmp_path)
    new = compute_run_metrics(run, dynamics=False).series()
    previous = None
    for s in range(len(run.snapshots)):
        xs = [run.activations(layer, snapshot=s) for layer in run.layers]
        ops = [ref.CkaOperand(x) for x in xs]
        for li, x in enumerate(xs):
            g = ref.class_geometry(x, run.labels, n_classes=5, rng=np.random.default_rng([0, s, li]))
            assert g.sampled == 2000
            expected = {**g.scalars, **ref.representation_health(x)}
            if previous is not None:
                expected["cka_previous"] = ref.linear_cka(previous[li], ops[li])
                step = ops[li].standardised() - previous[li].standardised()
                expected["movement"] = float(np.mean(np.sqrt(np.einsum("ij,ij->i", step, step))))
            for key, value in expected.items():
                assert new[key][li, s] == pytest.approx(value, rel=1e-6, abs=1e-12), (key, li, s)
        previous = ops


def test_metrics_read_memory_maps_in_the_stored_dtype(tmp_path, monkeypatch):
    from latentris_lightning.analysis import metrics as metrics_module
    from latentris_lightning.store.view import RunView

    make_run(tmp_path, epochs=(0, 1), n=30, dims=(6, 5))
    run = load_run(tmp_path)
    stored = run.stored_activations("block0", snapshot=1)
    assert isinstance(stored, np.memmap) and stored.dtype == np.float16 and not stored.flags.writeable
    np.testing.assert_array_equal(stored.astype(np.float32), run.activations("block0", snapshot=1))
    seen = []
    original = metrics_module.snapshot_metrics

    def spy(activations, *args, **kwargs):
        seen.extend((type(a), a.dtype) for a in activations)
        return original(activations, *args, **kwargs)

    monkeypatch.setattr(metrics_module, "snapshot_metrics", spy)
    compute_run_metrics(run, dynamics=False)
    assert seen == [(np.memmap, np.float16)] * 4
    view = RunView(run, run.layers, [0, 1], np.arange(0, 30, 2))  # a view reads its rows from the map
    np.testing.assert_array_equal(view.stored_activations("block1", snapshot=1), stored_rows := run.stored_activations(
        "block1", snapshot=1)[::2])
    assert stored_rows.dtype == np.float16
