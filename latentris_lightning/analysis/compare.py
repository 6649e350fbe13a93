"""Analysis across runs: linear CKA between every layer of one run and every layer of another.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from latentris_lightning.analysis.health import CkaOperand, linear_cka
from latentris_lightning.analysis.metrics import RunMetrics
from latentris_lightning.store.matching import SharedAxis, shared_axis
from latentris_lightning.store.reader import Run


# --------------------------------------------------------------------------------------------------- cross-run CKA
def cross_cka(run_a: Run, run_b: Run, pairs: Sequence[tuple[int, int]] | None = None) -> np.ndarray:
    """Linear CKA between every layer of ``run_a`` and every layer of ``run_b``: ``(P, La, Lb)``, one matrix per
    pair of matching snapshots ``(snapshot of a, snapshot of b)`` (default: the snapshots at the same positions on
    the epoch axis, in order). The runs must hold the same samples in the same order (see :func:`match_probes`)."""
    if run_a.n_samples != run_b.n_samples:
        raise ValueError(
            f"cross-run CKA needs the same samples; the runs hold {run_a.n_samples} and {run_b.n_samples}. "
            "Match them first (match_probes)."
        )
    if pairs is None:
        axis = shared_axis([run_a, run_b])
        pairs = [(axis.own[0][s], axis.own[1][s]) for s in range(len(axis.positions))
                 if not axis.held[0][s] and not axis.held[1][s]]
    out = np.full((len(pairs), len(run_a.layers), len(run_b.layers)), np.nan)
    for p, (sa, sb) in enumerate(pairs):
        left = [CkaOperand(run_a.stored_activations(layer, snapshot=sa)) for layer in run_a.layers]
        right = [CkaOperand(run_b.stored_activations(layer, snapshot=sb)) for layer in run_b.layers]
        out[p] = [[linear_cka(x, y) for y in right] for x in left]
    return out


def combined_cka(runs: Sequence[Run], axis: SharedAxis, metrics: Sequence[RunMetrics]) -> np.ndarray:
    """``(S, L, L)`` CKA over every layer of every run at each shared snapshot: the runs' own blocks from their
    metrics (at the snapshot shown), the cross-run blocks computed at matching snapshots, NaN where either is held."""
    offsets = np.cumsum([0] + [len(r.layers) for r in runs])
    total = int(offsets[-1])
    out = np.full((len(axis.positions), total, total), np.nan)
    operands: dict[tuple[int, int], list[CkaOperand]] = {}

    def ops(r: int, s: int) -> list[CkaOperand]:
        if (r, s) not in operands:
            operands[(r, s)] = [CkaOperand(runs[r].stored_activations(layer, snapshot=s)) for layer in runs[r].layers]
        return operands[(r, s)]

    for s in range(len(axis.positions)):
        for a, run in enumerate(runs):
            block = np.asarray(metrics[a].metrics[axis.own[a][s]].cka_layers).reshape(len(run.layers), len(run.layers))
            out[s, offsets[a]:offsets[a + 1], offsets[a]:offsets[a + 1]] = block
            for b in range(a + 1, len(runs)):
                if axis.held[a][s] or axis.held[b][s]:
                    continue
                left, right = ops(a, axis.own[a][s]), ops(b, axis.own[b][s])
                cross = np.array([[linear_cka(x, y) for y in right] for x in left])
                out[s, offsets[a]:offsets[a + 1], offsets[b]:offsets[b + 1]] = cross
                out[s, offsets[b]:offsets[b + 1], offsets[a]:offsets[a + 1]] = cross.T
        keep = {(r, axis.own[r][s + 1]) for r in range(len(runs))} if s + 1 < len(axis.positions) else set()
        operands = {k: v for k, v in operands.items() if k in keep}  # memory: only what the next snapshot reuses
    return out
