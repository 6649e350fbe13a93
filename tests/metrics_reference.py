"""Metrics as computed before issue 17 (whole float64 copies, no streaming), kept verbatim to test the streamed
forms of ``analysis/geometry.py`` and ``analysis/health.py`` against: the figures a user already has must not move."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from latentris_lightning.analysis.geometry import KNN_K, METRICS, PER_CLASS, PER_SAMPLE, SAMPLE_LIMIT
from latentris_lightning.arrays import rms_radius

DEAD_TOLERANCE = 1e-6

BLOCK = 512  # rows per block of the pairwise pass


@dataclass
class ClassGeometry:
    scalars: dict[str, float]
    per_class: dict[str, np.ndarray] = field(default_factory=dict)
    per_sample: dict[str, np.ndarray] = field(default_factory=dict)
    centroid_matrix: np.ndarray | None = None
    sampled: int = 0


def class_centroids(x: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The classes present in ``labels`` (sorted) and the mean row of each, ``(C, D)``."""
    classes, inverse = np.unique(labels, return_inverse=True)
    members = np.zeros((classes.size, x.shape[0]))
    members[inverse, np.arange(x.shape[0])] = 1.0
    return classes, (members @ x) / np.bincount(inverse)[:, None]  # one product, not a scattered add per row


def _sq_distances(a: np.ndarray, b: np.ndarray, b_sq: np.ndarray | None = None) -> np.ndarray:
    """Squared Euclidean distances ``(len(a), len(b))``, clipped at zero."""
    a_sq = np.einsum("ij,ij->i", a, a)
    if b_sq is None:
        b_sq = np.einsum("ij,ij->i", b, b)
    d2 = a_sq[:, None] + b_sq[None, :] - 2.0 * (a @ b.T)
    return np.maximum(d2, 0.0, out=d2)


def sample_margins(x: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Raw (unnormalised) distance of each sample to its own class centroid and to the nearest other one.

    Returns ``(own, nearest_other)``, each ``(N,)``; ``nearest_other`` is NaN when only one class is present.
    """
    x = np.asarray(x, dtype=np.float64)
    classes, centroids = class_centroids(x, labels)
    index = np.searchsorted(classes, labels)
    offset = x - centroids[index]
    own = np.sqrt(np.einsum("ij,ij->i", offset, offset))
    if classes.size < 2:
        return own, np.full(own.shape, np.nan)
    d = np.sqrt(_sq_distances(x, centroids))
    d[np.arange(x.shape[0]), index] = np.inf
    return own, d.min(axis=1)


def pairwise_scores(
    x: np.ndarray, labels: np.ndarray, *, k: int = KNN_K, block: int = BLOCK
) -> tuple[np.ndarray, np.ndarray]:
    """Per-sample silhouette and leave-one-out kNN correctness, from one blockwise pass over pairwise distances.

    Silhouette follows scikit-learn's ``silhouette_samples`` (Euclidean; 0 for a sample alone in its class). The kNN
    vote takes the ``k`` nearest other samples; ties between classes go to the smallest label, as in scikit-learn's
    ``KNeighborsClassifier``. Needs at least two classes and three samples (silhouette is NaN otherwise).

    The pass runs in float32 through torch (already a dependency): the distances of the centred data agree with
    scikit-learn's float64 ones to about 1e-6 relative, at half the memory traffic and several times the speed of
    NumPy's float64 product and ``argpartition``; no random numbers are drawn.
    """
    import torch

    x = np.asarray(x, dtype=np.float64)
    n = x.shape[0]
    classes, inverse = np.unique(labels, return_inverse=True)
    n_classes = classes.size
    counts = np.bincount(inverse, minlength=n_classes).astype(np.float64)
    k = int(min(k, n - 1))
    data = torch.from_numpy((x - x.mean(axis=0)).astype(np.float32))  # centred: less cancellation in |a|²+|b|²-2ab
    sq = (data * data).sum(dim=1)
    target = torch.from_numpy(inverse.astype(np.int64))
    onehot = torch.nn.functional.one_hot(target, n_classes).to(torch.float32)
    silhouette = np.full(n, np.nan)
    correct = np.zeros(n, dtype=bool)
    for start in range(0, n, block):
        stop = min(start + block, n)
        local = torch.arange(stop - start)
        d2 = torch.addmm(sq[None, :], data[start:stop], data.T, alpha=-2.0).add_(sq[start:stop, None])
        d = d2.clamp_min_(0.0).sqrt_()
        d[local, local + start] = 0.0
        if 2 <= n_classes <= n - 1:
            sums = (d @ onehot).numpy().astype(np.float64)  # (b, C): summed distance to each class
            rows = np.arange(stop - start)
            own = inverse[start:stop]
            own_count = counts[own]
            with np.errstate(invalid="ignore", divide="ignore"):
                a = sums[rows, own] / (own_count - 1)
                means = sums / counts[None, :]
                means[rows, own] = np.inf
                b = means.min(axis=1)
                s = (b - a) / np.maximum(a, b)
            s = np.nan_to_num(s)
            s[own_count == 1] = 0.0
            silhouette[start:stop] = s
        if k >= 1:
            d[local, local + start] = float("inf")
            nearest = torch.topk(d, k, dim=1, largest=False, sorted=False).indices
            votes = onehot[nearest].sum(dim=1)  # (b, C); argmax takes the first (smallest) class of a tie
            correct[start:stop] = (votes.argmax(dim=1) == target[start:stop]).numpy()
    return silhouette, correct


def subsample(n: int, limit: int, rng: np.random.Generator) -> np.ndarray:
    """Sorted indices of a uniform random subsample of ``limit`` of ``n`` rows (all rows when ``n <= limit``)."""
    if n <= limit:
        return np.arange(n)
    return np.sort(rng.choice(n, size=limit, replace=False))


def _per_class_mean(values: np.ndarray, class_index: np.ndarray, n_classes: int) -> np.ndarray:
    sums = np.bincount(class_index, weights=values, minlength=n_classes)[:n_classes]
    counts = np.bincount(class_index, minlength=n_classes)[:n_classes]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def _nan_result(n: int, n_classes: int) -> ClassGeometry:
    return ClassGeometry(
        scalars={spec.key: float("nan") for spec in METRICS},
        per_class={key: np.full(n_classes, np.nan) for key in PER_CLASS},
        per_sample={key: np.full(n, np.nan) for key in PER_SAMPLE},
        centroid_matrix=np.full((n_classes, n_classes), np.nan),
        sampled=0,
    )


def class_geometry(
    x: np.ndarray,
    labels: np.ndarray,
    *,
    n_classes: int | None = None,
    sample_limit: int = SAMPLE_LIMIT,
    k: int = KNN_K,
    rng: np.random.Generator | None = None,
) -> ClassGeometry:
    """Every class-geometry metric of one activation matrix ``(N, D)`` with integer class ``labels``.

    ``n_classes`` sizes the per-class outputs (default: ``max(labels) + 1``). ``rng`` draws the subsample used above
    ``sample_limit`` samples (default: a generator seeded with 0, so results are reproducible; the global NumPy
    generator is never touched).

    Undefined values are NaN, never errors: everything when the activations are not all finite or all samples
    coincide (``s = 0``); the between-class metrics with fewer than two classes present.
    """
    x = np.asarray(x, dtype=np.float64)
    labels = np.asarray(labels).astype(np.int64)
    n = x.shape[0]
    n_classes = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    if n == 0 or not np.isfinite(x).all():
        return _nan_result(n, n_classes)
    scale = rms_radius(x)
    if not np.isfinite(scale) or scale <= 0:
        return _nan_result(n, n_classes)
    rng = np.random.default_rng(0) if rng is None else rng
    classes, centroids = class_centroids(x, labels)
    n_present = classes.size
    index = np.searchsorted(classes, labels)
    counts = np.bincount(index, minlength=n_present).astype(np.float64)

    own, other = sample_margins(x, labels)
    distance = own / scale
    margin = (other - own) / scale
    within_ss = float(np.sum(own**2))
    between_ss = float(np.sum(counts * np.sum((centroids - x.mean(axis=0)) ** 2, axis=1)))

    matrix = np.full((n_classes, n_classes), np.nan)
    centroid_d = np.sqrt(_sq_distances(centroids, centroids))
    np.fill_diagonal(centroid_d, 0.0)
    matrix[np.ix_(classes, classes)] = centroid_d / scale

    scalars = {
        "centroid_distance": float(distance.mean()),
        "centroid_spread": float(distance.std()),
        "centroid_separation": float("nan"),
        "margin": float("nan"),
        "silhouette": float("nan"),
        "davies_bouldin": float("nan"),
        "calinski_harabasz": float("nan"),
        "fisher_ratio": float("nan"),
        "knn_accuracy": float("nan"),
    }
    per_class = {
        "centroid_distance": _per_class_mean(distance, labels, n_classes),
        "margin": np.full(n_classes, np.nan),
        "silhouette": np.full(n_classes, np.nan),
        "knn_accuracy": np.full(n_classes, np.nan),
    }
    sampled = 0
    if n_present >= 2:
        scalars["centroid_separation"] = float(centroid_d[np.triu_indices(n_present, k=1)].mean() / scale)
        scalars["margin"] = float(margin.mean())
        per_class["margin"] = _per_class_mean(margin, labels, n_classes)
        intra = np.bincount(index, weights=own, minlength=n_present) / counts
        if np.any(intra > 0) and np.any(centroid_d > 0):
            safe = np.where(centroid_d == 0, np.inf, centroid_d)
            scalars["davies_bouldin"] = float(np.mean(np.max((intra[:, None] + intra[None, :]) / safe, axis=1)))
        else:
            scalars["davies_bouldin"] = 0.0
        if n_present <= n - 1:
            scalars["calinski_harabasz"] = (
                1.0 if within_ss == 0 else between_ss * (n - n_present) / (within_ss * (n_present - 1))
            )
        if within_ss > 0:
            scalars["fisher_ratio"] = between_ss / within_ss
        rows = subsample(n, sample_limit, rng)
        sampled = int(rows.size)
        if sampled >= 3 and np.unique(labels[rows]).size >= 2:
            silhouette, correct = pairwise_scores(x[rows], labels[rows], k=k)
            scalars["silhouette"] = float(np.mean(silhouette))
            scalars["knn_accuracy"] = float(np.mean(correct))
            per_class["silhouette"] = _per_class_mean(silhouette, labels[rows], n_classes)
            per_class["knn_accuracy"] = _per_class_mean(correct.astype(np.float64), labels[rows], n_classes)
    return ClassGeometry(
        scalars=scalars,
        per_class=per_class,
        per_sample={"distance": distance, "margin": margin},
        centroid_matrix=matrix,
        sampled=sampled,
    )


# ------------------------------------------------------------------------------------------------- health
def centred(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    return x - x.mean(axis=0)


def singular_values(xc: np.ndarray) -> np.ndarray:
    """Singular values of an already centred matrix, from the Gram matrix of its smaller side (descending)."""
    n, d = xc.shape
    gram = xc.T @ xc if d <= n else xc @ xc.T
    eig = np.linalg.eigvalsh(gram)[::-1]
    return np.sqrt(np.clip(eig, 0.0, None))


def effective_rank(s: np.ndarray) -> float:
    """Roy & Vetterli's effective rank of singular values ``s``: ``exp(-Σ p log p)``, ``p = s / Σs``; NaN if all 0."""
    total = s.sum()
    if not total > 0:
        return float("nan")
    p = s[s > 0] / total
    return float(np.exp(-np.sum(p * np.log(p))))


def participation_ratio(s: np.ndarray) -> float:
    """``(Σλ)² / Σλ²`` with ``λ = s²`` (proportional to the covariance eigenvalues); NaN if all 0."""
    lam = s.astype(np.float64) ** 2
    denominator = np.sum(lam**2)
    return float(np.sum(lam) ** 2 / denominator) if denominator > 0 else float("nan")


def dead_fraction(x: np.ndarray, tolerance: float = DEAD_TOLERANCE) -> float:
    """Share of columns (units) whose range over the rows is at most ``tolerance`` × the widest column's range."""
    ptp = np.ptp(np.asarray(x, dtype=np.float64), axis=0)
    widest = ptp.max() if ptp.size else 0.0
    if not widest > 0:
        return 1.0
    return float(np.mean(ptp <= tolerance * widest))


def activation_norm(x: np.ndarray) -> float:
    """Mean row norm divided by √D: the RMS activation per unit."""
    x = np.asarray(x, dtype=np.float64)
    return float(np.mean(np.linalg.norm(x, axis=1)) / np.sqrt(max(x.shape[1], 1)))


def representation_health(x: np.ndarray, singular: np.ndarray | None = None) -> dict[str, float]:
    """Effective rank, participation ratio, activation norm, dead-unit share and non-finite share of ``(N, D)``.

    ``singular``: the singular values of the centred ``x`` if already known (e.g. from a :class:`CkaOperand`). With
    any non-finite entry only ``nonfinite_fraction`` (and the norm, then infinite) says something; the spectral values
    are NaN.
    """
    x = np.asarray(x, dtype=np.float64)
    finite = np.isfinite(x)
    out = {
        "effective_rank": float("nan"),
        "participation_ratio": float("nan"),
        "activation_norm": activation_norm(x) if finite.all() else float("inf"),
        "dead_fraction": float("nan"),
        "nonfinite_fraction": float(1.0 - finite.mean()) if x.size else 0.0,
    }
    if not finite.all() or x.shape[0] < 2:
        return out
    s = singular_values(centred(x)) if singular is None else singular
    out["effective_rank"] = effective_rank(s)
    out["participation_ratio"] = participation_ratio(s)
    out["dead_fraction"] = dead_fraction(x)
    return out


class CkaOperand:
    """One activation matrix prepared for linear CKA: centred once, with its self-similarity ``‖XᵀX‖_F``."""

    def __init__(self, x: np.ndarray) -> None:
        x = np.asarray(x, dtype=np.float64)
        self.valid = bool(x.shape[0] >= 2 and np.isfinite(x).all())
        self.xc = centred(x) if self.valid else x
        self.singular_values: np.ndarray | None = None
        self.self_norm = float("nan")
        if self.valid:
            self.singular_values = singular_values(self.xc)
            self.self_norm = float(np.sqrt(np.sum(self.singular_values**4)))
            self.valid = self.self_norm > 0

    def standardised(self) -> np.ndarray:
        """The centred rows divided by their RMS radius (NaN when not valid)."""
        if not self.valid or self.singular_values is None:
            return np.full(self.xc.shape, np.nan)
        return self.xc / np.sqrt(np.sum(self.singular_values**2) / self.xc.shape[0])


def linear_cka(x: np.ndarray | CkaOperand, y: np.ndarray | CkaOperand) -> float:
    """Linear centred kernel alignment (Kornblith et al. 2019): ``‖YᵀX‖²_F / (‖XᵀX‖_F ‖YᵀY‖_F)`` of centred ``x, y``.

    Rows must be the same samples; widths may differ. 1 for identical representations; invariant to orthogonal
    transforms and isotropic scaling of either side. NaN when either side is constant or not finite.
    """
    a = x if isinstance(x, CkaOperand) else CkaOperand(x)
    b = y if isinstance(y, CkaOperand) else CkaOperand(y)
    if a.xc.shape[0] != b.xc.shape[0]:
        raise ValueError(
            f"linear CKA needs the same samples on both sides; got {a.xc.shape[0]} and {b.xc.shape[0]} rows"
        )
    if not (a.valid and b.valid):
        return float("nan")
    n, da, db = a.xc.shape[0], a.xc.shape[1], b.xc.shape[1]
    if da * db <= n * (da + db):  # cross-covariance is cheaper than the two N × N Gram matrices
        cross = a.xc.T @ b.xc
        numerator = float(np.sum(cross * cross))
    else:
        numerator = float(np.sum((a.xc @ a.xc.T) * (b.xc @ b.xc.T)))
    return float(min(max(numerator / (a.self_norm * b.self_norm), 0.0), 1.0))


