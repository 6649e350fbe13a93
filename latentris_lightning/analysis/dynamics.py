"""Per-sample training dynamics: which probe samples the model learns, learns late, forgets, or holds in another
class's cluster, and a mislabel score ranking them (``docs/dynamics.md``).

Everything comes from the run store: each snapshot's predictions and per-sample losses (for cross-entropy,
``exp(-loss)`` is the probability of the true class), a captured logits layer when there is one (for the margin), and
the activations of every layer at the last snapshot (for the centroid evidence). Vectorised NumPy, ``O(N·S·C)`` plus
``O(N·C·D)`` per layer at the last snapshot; no pass over pairs of samples.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from latentris_lightning.store.reader import Run, epoch_positions

#: Per-sample fields, in table order; ``docs/dynamics.md`` defines each.
FIELDS = (
    "confidence", "variability", "correctness", "first_learned", "forgetting", "aum", "centroid_layer",
    "most_frequent", "mislabel",
)
#: One line per field, for tables, CSV headers and the site (``docs/dynamics.md`` says more).
DESCRIPTIONS = {
    "confidence": "Mean probability of the true class over the snapshots.",
    "variability": "Standard deviation of the true-class probability over the snapshots.",
    "correctness": "Share of the snapshots at which the prediction was right.",
    "first_learned": "Epoch from which the sample stays right to the end; -1 if never.",
    "forgetting": "Right-then-wrong transitions between consecutive snapshots.",
    "aum": "Area under the margin: true-class probability minus the largest other, averaged.",
    "centroid_layer": "First layer (depth order) nearer the own class centroid than any other, at the last snapshot; "
                      "-1 if none.",
    "most_frequent": "The prediction made at most snapshots; -1 if never known.",
    "mislabel": "Mislabel score in [0, 1]: mean percentile rank of low confidence and low AUM, each also relative "
                "to the labelled class, over the first half of training (before memorisation).",
}
#: The mislabel score reads the snapshots at epoch positions up to this share of the last one: the early-learning
#: phase, before a network memorises the labels it cannot learn (``docs/dynamics.md#mislabel-score``).
EARLY_SHARE = 0.5
#: How far a stored loss may sit outside the range cross-entropy allows given the prediction (float32 rounding).
_CE_TOLERANCE = 1e-3
#: A layer is taken for the logits when its argmax matches the stored predictions on this share of samples...
_LOGITS_AGREEMENT = 0.995
#: ... and its cross-entropy matches the stored losses to this median absolute error (float16 storage).
_LOGITS_LOSS_ERROR = 0.05


@dataclass(frozen=True)
class SampleDynamics:
    """Per-sample training dynamics of a run (arrays of length N; ``None`` where a field cannot be derived, with the
    reason in :attr:`missing`).

    Attributes:
        confidence: float32, mean probability of the true class over the snapshots used.
        variability: float32, its standard deviation over those snapshots (population std).
        correctness: float32, share of the snapshots (with a known prediction) at which the prediction was right;
            NaN when no snapshot had one.
        first_learned: float32, epoch position of the first snapshot from which the sample stays right to the last;
            ``-1`` when it is wrong at the last snapshot (never learned).
        first_learned_snapshot: int32, the index (into the run's snapshots) of that snapshot; ``-1`` when never.
        forgetting: int32, right-then-wrong transitions between consecutive snapshots with known predictions.
        aum: float32, area under the margin: mean over the snapshots of the true-class probability minus the largest
            other class probability, in [-1, 1].
        centroid_layer: int32, index (in depth order, into :attr:`layers`) of the first layer in which the sample,
            at the last snapshot, is nearer its own class centroid than any other class's; ``-1`` when none is.
        centroid_margin: float32 ``(N, L)``, at the last snapshot: distance to the nearest other class centroid
            minus distance to the own one, ÷ the layer's RMS radius (NaN where the activations are not finite).
        most_frequent: int64, the prediction made at most snapshots (ties: the lower class index); ``-1`` if none.
        mislabel: float32 in [0, 1], higher = more likely mislabelled (see :func:`mislabel_score`), from the
            snapshots in :attr:`score_snapshots`.
        layers: the layer names :attr:`centroid_margin` and :attr:`centroid_layer` refer to.
        snapshots: indices of the snapshots the statistics are taken over; :attr:`epochs` their epoch positions.
        score_snapshots: the early part of :attr:`snapshots` the mislabel score reads (see :func:`early_window`).
        missing: field name → why it could not be derived.
        notes: where the derived fields came from (e.g. which layer gave the logits).
    """

    confidence: np.ndarray | None
    variability: np.ndarray | None
    correctness: np.ndarray
    first_learned: np.ndarray
    first_learned_snapshot: np.ndarray
    forgetting: np.ndarray
    aum: np.ndarray | None
    centroid_layer: np.ndarray | None
    centroid_margin: np.ndarray | None
    most_frequent: np.ndarray
    mislabel: np.ndarray
    layers: list[str] = field(default_factory=list)
    snapshots: list[int] = field(default_factory=list)
    epochs: list[float] = field(default_factory=list)
    score_snapshots: list[int] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def n_samples(self) -> int:
        return int(self.correctness.shape[0])

    def columns(self) -> dict[str, np.ndarray]:
        """The per-sample fields that could be derived, by name, in :data:`FIELDS` order."""
        return {name: getattr(self, name) for name in FIELDS if getattr(self, name) is not None}

    def order(self, by: str = "mislabel", *, descending: bool = True) -> np.ndarray:
        """Sample indices sorted by one field (NaN last); ties keep the sample order."""
        values = self.columns().get(by)
        if values is None:
            known = ", ".join(self.columns())
            why = f" ({self.missing[by]})" if by in self.missing else ""
            raise ValueError(f"cannot sort by {by!r}{why}; this run has {known}.")
        keys = np.asarray(values, dtype=np.float64)
        keys = np.where(np.isnan(keys), -np.inf if descending else np.inf, keys)
        return np.argsort(-keys if descending else keys, kind="stable")


# ----------------------------------------------------------------------------------------------- pure statistics
def correctness_stats(
    predictions: np.ndarray, labels: np.ndarray, positions: Sequence[float], snapshot_indices: Sequence[int]
) -> dict[str, np.ndarray]:
    """Correctness, first-learned, forgetting and the most frequent prediction from ``(S, N)`` predictions
    (``-1`` = unknown). ``positions``: epoch position of each of the S snapshots; ``snapshot_indices``: their
    indices in the run (reported as ``first_learned_snapshot``)."""
    predictions = np.asarray(predictions, dtype=np.int64)
    labels = np.asarray(labels, dtype=np.int64)
    s, n = predictions.shape
    if labels.shape != (n,) or len(positions) != s or len(snapshot_indices) != s:
        raise ValueError(f"predictions {predictions.shape}, labels {labels.shape}, {len(positions)} positions and "
                         f"{len(snapshot_indices)} snapshot indices do not describe the same S × N snapshots.")
    known = predictions >= 0
    right = (predictions == labels) & known
    n_known = known.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        correctness = np.where(n_known > 0, right.sum(axis=0) / np.maximum(n_known, 1), np.nan)
    # forward-fill unknown snapshots with the last known state, so an unknown snapshot is neither right nor a flip
    rows = np.where(known, np.arange(s)[:, None], -1)
    last_known = np.maximum.accumulate(rows, axis=0)
    filled = np.where(last_known >= 0, right[np.maximum(last_known, 0), np.arange(n)], False)
    has_state = last_known >= 0
    forgetting = (filled[:-1] & ~filled[1:] & has_state[:-1] & known[1:]).sum(axis=0).astype(np.int32)
    # first learned: the first snapshot after the last wrong one (known wrong), if the sample is right at the end
    wrong = known & ~right
    last_wrong = np.where(wrong.any(axis=0), s - 1 - np.argmax(wrong[::-1], axis=0), -1)
    first_right_after = _first_true_after(right, last_wrong)
    learned = filled[-1] & (first_right_after >= 0) if s else np.zeros(n, bool)
    idx = np.asarray(snapshot_indices, dtype=np.int32)
    pos = np.asarray(positions, dtype=np.float32)
    first_learned_snapshot = np.where(learned, idx[np.maximum(first_right_after, 0)], -1).astype(np.int32)
    first_learned = np.where(learned, pos[np.maximum(first_right_after, 0)], -1.0).astype(np.float32)
    return {
        "correctness": correctness.astype(np.float32),
        "forgetting": forgetting,
        "first_learned": first_learned,
        "first_learned_snapshot": first_learned_snapshot,
        "most_frequent": most_frequent(predictions),
    }


def _first_true_after(mask: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Per column, the first row ``> after[col]`` where ``mask`` is true; ``-1`` if none."""
    s = mask.shape[0]
    later = mask & (np.arange(s)[:, None] > after[None, :])
    return np.where(later.any(axis=0), np.argmax(later, axis=0), -1)


def most_frequent(predictions: np.ndarray) -> np.ndarray:
    """The class predicted at most snapshots of ``(S, N)`` predictions (``-1`` ignored; ties: lower class); ``-1``
    for a sample with no known prediction. ``O(N·S)`` time, ``O(N·C)`` memory."""
    predictions = np.asarray(predictions, dtype=np.int64)
    n = predictions.shape[1]
    top = int(predictions.max()) if predictions.size else -1
    if top < 0:
        return np.full(n, -1, dtype=np.int64)
    counts = np.zeros((n, top + 1), dtype=np.int32)
    cols = np.broadcast_to(np.arange(n), predictions.shape)
    known = predictions >= 0
    np.add.at(counts, (cols[known], predictions[known]), 1)
    return np.where(counts.max(axis=1) > 0, np.argmax(counts, axis=1), -1).astype(np.int64)


def confidence_stats(true_probability: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and population std over snapshots of ``(S, N)`` true-class probabilities (NaN snapshots skipped; NaN
    for a sample with none)."""
    p = np.asarray(true_probability, dtype=np.float64)
    finite = np.isfinite(p)
    count = finite.sum(axis=0)
    values = np.where(finite, p, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, values.sum(axis=0) / count, np.nan)
        var = np.where(count > 0, (np.where(finite, (p - mean) ** 2, 0.0)).sum(axis=0) / count, np.nan)
    return mean.astype(np.float32), np.sqrt(var).astype(np.float32)


def probability_margin(probabilities: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """``(N,)`` true-class probability minus the largest other class probability, from ``(N, C)`` probabilities."""
    probabilities = np.asarray(probabilities, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    if probabilities.ndim != 2 or probabilities.shape[0] != labels.shape[0]:
        raise ValueError(f"probabilities {probabilities.shape} do not match labels {labels.shape}: expected (N, C).")
    rows = np.arange(labels.shape[0])
    true = probabilities[rows, labels]
    others = probabilities.copy()
    others[rows, labels] = -np.inf
    return (true - others.max(axis=1)).astype(np.float32)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def centroid_margins(x: np.ndarray, labels: np.ndarray, n_classes: int) -> np.ndarray:
    """``(N,)`` distance to the nearest other class centroid minus distance to the own class centroid, ÷ the RMS
    radius of the rows, for one activation matrix ``(N, D)``. Rows that are not finite take no part and get NaN; a
    class with no finite row has no centroid. ``O(N·C·D)``."""
    x = np.asarray(x, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    if x.ndim != 2 or x.shape[0] != labels.shape[0]:
        raise ValueError(f"activations {x.shape} do not match labels {labels.shape}: expected (N, D).")
    n = x.shape[0]
    out = np.full(n, np.nan)
    finite = np.isfinite(x).all(axis=1)
    if finite.sum() < 2:
        return out.astype(np.float32)
    xf, lf = x[finite], labels[finite]
    counts = np.bincount(lf, minlength=n_classes).astype(np.float64)
    sums = np.zeros((n_classes, x.shape[1]))
    for c in np.flatnonzero(counts):
        sums[c] = xf[lf == c].sum(axis=0)
    present = counts > 0
    centroids = sums[present] / counts[present, None]
    centred = xf - xf.mean(axis=0)
    radius = math.sqrt(float(np.mean(np.einsum("ij,ij->i", centred, centred))))
    d2 = (np.einsum("ij,ij->i", xf, xf)[:, None] - 2.0 * xf @ centroids.T
          + np.einsum("ij,ij->i", centroids, centroids)[None, :])
    dist = np.sqrt(np.maximum(d2, 0.0))
    column = np.cumsum(present) - 1  # class index -> column in centroids
    rows = np.arange(xf.shape[0])
    own = dist[rows, column[lf]]
    if centroids.shape[0] < 2 or radius <= 0:
        return out.astype(np.float32)
    dist[rows, column[lf]] = np.inf
    out[finite] = (dist.min(axis=1) - own) / radius
    return out.astype(np.float32)


def first_centroid_layer(margins: np.ndarray) -> np.ndarray:
    """``(N,)`` index of the first column of ``(N, L)`` margins that is positive (nearer the own centroid); -1 if
    none."""
    positive = np.nan_to_num(np.asarray(margins, dtype=np.float64), nan=-1.0) > 0
    return np.where(positive.any(axis=1), np.argmax(positive, axis=1), -1).astype(np.int32)


def _percentile_rank(values: np.ndarray) -> np.ndarray:
    """Each value's rank among the finite ones, scaled to [0, 1] (ties share their mean rank); NaN → 0.5."""
    v = np.asarray(values, dtype=np.float64)
    out = np.full(v.shape, 0.5)
    finite = np.isfinite(v)
    m = int(finite.sum())
    if m < 2:
        return out
    fv = v[finite]
    order = np.argsort(fv, kind="stable")
    sorted_v = fv[order]
    # mean rank of each run of ties
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_v)) + 1]
    ends = np.r_[starts[1:], m]
    mean_rank = (starts + ends - 1) / 2.0
    ranks = np.empty(m)
    ranks[order] = np.repeat(mean_rank, ends - starts)
    out[finite] = ranks / (m - 1)
    return out


def early_window(positions: Sequence[float]) -> np.ndarray:
    """Boolean mask of the snapshots (by epoch ``positions``, in training order) at or before :data:`EARLY_SHARE`
    of the last position: the early-learning phase. The first snapshot is always in it."""
    pos = np.asarray(positions, dtype=np.float64)
    if pos.ndim != 1 or pos.size == 0:
        raise ValueError(f"positions {pos.shape} must be a non-empty sequence of epoch positions.")
    mask = pos <= EARLY_SHARE * pos[-1] + 1e-9
    mask[0] = True
    return mask


def class_relative(values: np.ndarray, labels: np.ndarray, n_classes: int) -> np.ndarray:
    """``(S, N)`` per-snapshot values minus the mean of the samples with the same label at that snapshot (NaN take
    no part in the mean and stay NaN). ``O(N·S)``.

    Why: classes are learned at different speeds, so early in training every sample of a slow class has a low
    probability; relative to its class, a clean sample of a slow class is ordinary and a flipped label still stands
    out (``docs/dynamics.md#mislabel-score``)."""
    v = np.asarray(values, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    if v.ndim != 2 or v.shape[1] != labels.shape[0]:
        raise ValueError(f"values {v.shape} do not match labels {labels.shape}: expected (S, N).")
    if labels.size and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in [0, {n_classes}); got {labels.min()} … {labels.max()}.")
    finite = np.isfinite(v)
    sums = np.zeros((v.shape[0], n_classes))
    counts = np.zeros((v.shape[0], n_classes))
    for s in range(v.shape[0]):
        sums[s] = np.bincount(labels, weights=np.where(finite[s], v[s], 0.0), minlength=n_classes)
        counts[s] = np.bincount(labels, weights=finite[s].astype(np.float64), minlength=n_classes)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    return v - means[:, labels]


def mislabel_score(
    *, confidence: np.ndarray | None, aum: np.ndarray | None, centroid_margin: np.ndarray | None,
    correctness: np.ndarray, relative_confidence: np.ndarray | None = None, relative_aum: np.ndarray | None = None,
) -> tuple[np.ndarray, list[str]]:
    """The mislabel score and the evidence it used.

    The mean of the percentile ranks (0 = least, 1 = most suspicious) of each available piece of evidence: low
    confidence and low area under the margin, each also taken relative to the sample's labelled class
    (``relative_*``: :func:`class_relative` per snapshot, then averaged; :func:`sample_dynamics` passes all of them
    averaged over the early-learning window). Without confidence or AUM, low correctness and a low centroid margin
    averaged over the layers (the sample sits nearer another class's centroid than its own) stand in: once a
    probability is known the centroid margin at the last snapshot only adds what the model has memorised
    (``docs/benchmarks.md#data-maps``). A rank mean is scale-free, so no piece dominates by its units, and it is
    ``O(N log N)``.
    """
    parts: list[tuple[str, np.ndarray]] = []
    for name, values in (("confidence", confidence), ("aum", aum), ("relative_confidence", relative_confidence),
                         ("relative_aum", relative_aum)):
        if values is not None:
            parts.append((name, -values))
    if parts:
        centroid_margin = None
    else:
        parts.append(("correctness", -correctness))
    if centroid_margin is not None and centroid_margin.shape[1] > 0:
        with np.errstate(invalid="ignore"):
            finite = np.isfinite(centroid_margin)
            count = finite.sum(axis=1)
            mean = np.where(count > 0, np.where(finite, centroid_margin, 0.0).sum(axis=1) / np.maximum(count, 1),
                            np.nan)
        parts.append(("centroid_margin", -mean))
    ranks = np.mean([_percentile_rank(values) for _, values in parts], axis=0)
    return ranks.astype(np.float32), [name for name, _ in parts]


# ------------------------------------------------------------------------------------------------------ a run
def _loss_kind(run: Run, predictions: np.ndarray, losses: np.ndarray) -> tuple[bool, str]:
    """Whether the stored losses are cross-entropy (``exp(-loss)`` = true-class probability), and why not / how
    known."""
    if not np.isfinite(losses).any():
        return False, "the run recorded no per-sample losses"
    recorded = run.manifest.get("config", {}).get("loss")
    if recorded is not None:
        if recorded == "cross_entropy":
            return True, "the run records cross-entropy losses"
        return False, f"the run's loss is {recorded!r}, not cross-entropy, so exp(-loss) is no probability"
    # Runs that do not record their loss: accept the losses only if cross-entropy could have produced them.
    n_classes = max(len(run.class_names), 2)
    known = (predictions >= 0) & np.isfinite(losses)
    right = predictions == run.labels[None, :]
    ok = (losses[known] >= -_CE_TOLERANCE).all()
    ok &= (losses[known & ~right] >= math.log(2) - _CE_TOLERANCE).all()  # a wrong argmax: p(true) <= 1/2
    ok &= (losses[known & right] <= math.log(n_classes) + _CE_TOLERANCE).all()  # a right argmax: p(true) >= 1/C
    if not ok:
        return False, "the losses are not what cross-entropy gives for these predictions"
    return True, "the run does not record its loss; its losses are consistent with cross-entropy"


def _logits_layer(run: Run, snapshots: Sequence[int], predictions: np.ndarray, losses: np.ndarray | None
                  ) -> str | None:
    """The deepest captured layer that holds the model's logits: C columns whose argmax is the stored prediction
    and whose cross-entropy is the stored loss, at every snapshot used. Without cross-entropy losses to check against,
    none: an argmax that agrees is too weak a sign (a hidden layer of C units may agree too)."""
    if losses is None:
        return None
    n_classes = len(run.class_names)
    labels = run.labels
    rows = np.arange(run.n_samples)
    for layer in reversed(run.layers):
        if run.layer_info(layer).get("dim") != n_classes or n_classes < 2:
            continue
        fits = True
        for k in [len(snapshots) - 1, *range(len(snapshots) - 1)]:  # the last snapshot first: most fail there
            x = run.activations(layer, snapshot=snapshots[k]).astype(np.float64)
            known = (predictions[k] >= 0) & np.isfinite(x).all(axis=1)
            if known.sum() == 0 or np.mean(x[known].argmax(axis=1) == predictions[k][known]) < _LOGITS_AGREEMENT:
                fits = False
                break
            z = x[known]
            top = z.max(axis=1)
            ce = top + np.log(np.exp(z - top[:, None]).sum(axis=1)) - z[rows[: z.shape[0]], labels[known]]
            stored = losses[k][known]
            good = np.isfinite(stored)
            if not good.any() or float(np.median(np.abs(ce[good] - stored[good]))) > _LOGITS_LOSS_ERROR:
                fits = False
                break
        if fits:
            return layer
    return None


def sample_dynamics(run: Run, *, include_untrained: bool = False, centroids: bool = True) -> SampleDynamics:
    """Per-sample training dynamics of ``run`` (see :class:`SampleDynamics` and ``docs/dynamics.md``).

    ``include_untrained``: take the snapshot of the untrained model (epoch 0, before any step) into the statistics
    too; by default it is left out when the run holds any other snapshot (training dynamics start with training).
    ``centroids``: compute the centroid evidence (reads every layer at the last snapshot).

    Raises:
        ValueError: for a run with no snapshot.
    """
    if not run.snapshots:
        raise ValueError(f"{run.path} holds no snapshot; there are no training dynamics to compute.")
    infos = list(run.snapshots)
    positions_all = epoch_positions(infos)
    used = [s for s in infos if include_untrained or not (s.kind == "epoch" and s.epoch == 0 and s.step == 0)]
    if not used:
        used = infos
    indices = [s.index for s in used]
    positions = [positions_all[i] for i in indices]
    labels = run.labels
    predictions = np.stack([run.predictions(snapshot=i) for i in indices])
    losses = np.stack([run.losses(snapshot=i) for i in indices]).astype(np.float64)
    missing: dict[str, str] = {}
    notes: list[str] = []
    stats = correctness_stats(predictions, labels, positions, indices)
    if not (predictions >= 0).any():
        notes.append("the model's output gave no predictions: correctness, first_learned, forgetting and "
                     "most_frequent carry no information")

    is_ce, why = _loss_kind(run, predictions, losses)
    logits = _logits_layer(run, indices, predictions, losses if is_ce else None)
    true_p: np.ndarray | None = None
    margin: np.ndarray | None = None
    if is_ce:
        true_p = np.exp(-losses)
        notes.append(f"confidence = exp(-loss): {why}")
    if logits is not None:
        probs = [softmax(run.activations(logits, snapshot=i)) for i in indices]
        margin = np.stack([probability_margin(p, labels) for p in probs])
        notes.append(f"aum from the softmax of layer {logits!r} (its argmax is the model's prediction and its "
                     "cross-entropy the stored loss)")
    elif true_p is not None and len(run.class_names) == 2:
        margin = 2.0 * true_p - 1.0
        notes.append("aum = 2·p(true) − 1: two classes, so the other class holds the rest of the probability")
    if true_p is None:
        missing["confidence"] = missing["variability"] = why
    if margin is None:
        missing["aum"] = (why if not is_ce else "no captured layer holds the logits (record the head's output, "
                          "e.g. layers=[..., 'head']), and the loss gives only the true class's probability")
    confidence = variability = aum = None
    if true_p is not None:
        confidence, variability = confidence_stats(true_p)
    if margin is not None:
        aum = confidence_stats(np.where(np.isfinite(margin), margin, np.nan))[0]

    centroid_margin = centroid_layer = None
    if centroids and run.layers:
        last = infos[-1].index
        centroid_margin = np.stack([centroid_margins(run.activations(layer, snapshot=last), labels,
                                                     len(run.class_names)) for layer in run.layers], axis=1)
        centroid_layer = first_centroid_layer(centroid_margin)
        notes.append(f"centroid evidence at the last snapshot ({infos[-1].label})")
    elif not centroids:
        missing["centroid_layer"] = "not computed (centroids=False)"
    else:
        missing["centroid_layer"] = "the run has no layers"
    # the score reads the early-learning window only: late snapshots mostly show which wrong labels were memorised
    early = early_window(positions)
    n_classes = len(run.class_names)
    early_confidence = relative_confidence = early_aum = relative_aum = None
    if true_p is not None:
        early_confidence = confidence_stats(true_p[early])[0]
        relative_confidence = confidence_stats(class_relative(true_p[early], labels, n_classes))[0]
    # a margin derived from p(true) alone ranks exactly as confidence does: it adds no evidence to the score
    if margin is not None and logits is not None:
        early_margin = np.where(np.isfinite(margin[early]), margin[early], np.nan)
        early_aum = confidence_stats(early_margin)[0]
        relative_aum = confidence_stats(class_relative(early_margin, labels, n_classes))[0]
    score, evidence = mislabel_score(confidence=early_confidence, aum=early_aum,
                                     centroid_margin=centroid_margin, correctness=stats["correctness"],
                                     relative_confidence=relative_confidence, relative_aum=relative_aum)
    score_snapshots = [i for i, keep in zip(indices, early, strict=True) if keep]
    window = (f" over the first {int(early.sum())} of {len(indices)} snapshots (epochs ≤ "
              f"{max(p for p, keep in zip(positions, early, strict=True) if keep):g})"
              if "confidence" in evidence or "aum" in evidence else "")
    notes.append("mislabel = mean percentile rank of " + ", ".join(evidence) + window)
    return SampleDynamics(
        confidence=confidence, variability=variability, aum=aum, centroid_layer=centroid_layer,
        centroid_margin=centroid_margin, mislabel=score, layers=list(run.layers), snapshots=indices,
        epochs=[float(p) for p in positions], score_snapshots=score_snapshots, missing=missing, notes=notes,
        **stats,
    )


def describe(dynamics: SampleDynamics) -> dict[str, Any]:
    """A JSON-ready summary: fields present, missing with reasons, notes, snapshots used."""
    return {
        "fields": list(dynamics.columns()),
        "missing": dict(dynamics.missing),
        "notes": list(dynamics.notes),
        "snapshots": list(dynamics.snapshots),
        "epochs": list(dynamics.epochs),
        "score_snapshots": list(dynamics.score_snapshots),
        "layers": list(dynamics.layers),
    }
