"""Class geometry of activations, computed in the original (unprojected) space.

Every metric is divided by the representation's RMS radius ``s = sqrt(mean_i ||x_i - mean||²)``, which makes it
dimensionless and invariant to translation, rotation and isotropic scaling of the activations, so values are
comparable across snapshots and across layers of different width (``docs/metrics.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class MetricSpec:
    key: str
    label: str
    description: str


METRICS = (
    MetricSpec(
        "centroid_distance",
        "Distance to class centroid",
        "Mean distance of each sample to its own class centroid, divided by the RMS radius of all samples. "
        "Lower: classes are tighter.",
    ),
    MetricSpec(
        "centroid_separation",
        "Separation between class centroids",
        "Mean distance between pairs of class centroids, divided by the RMS radius of all samples. "
        "Higher: classes are further apart.",
    ),
)


def rms_radius(x: np.ndarray) -> float:
    """Root-mean-square distance of the rows of ``x`` to their mean."""
    centred = x - x.mean(axis=0)
    return float(np.sqrt(np.mean(np.einsum("ij,ij->i", centred, centred))))


def class_centroids(x: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The classes present in ``labels`` (sorted) and the mean row of each, ``(C, D)``."""
    classes, inverse = np.unique(labels, return_inverse=True)
    sums = np.zeros((classes.size, x.shape[1]))
    np.add.at(sums, inverse, x)
    return classes, sums / np.bincount(inverse)[:, None]


def class_geometry(x: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """Normalised centroid distance and centroid separation of one activation matrix.

    Returns NaN for a metric that is undefined: every metric when all samples coincide (``s = 0``), the separation
    when fewer than two classes are present.
    """
    x = np.asarray(x, dtype=np.float64)
    labels = np.asarray(labels)
    scale = rms_radius(x)
    if not np.isfinite(scale) or scale <= 0:
        return {spec.key: float("nan") for spec in METRICS}
    classes, centroids = class_centroids(x, labels)
    index = np.searchsorted(classes, labels)
    within = np.linalg.norm(x - centroids[index], axis=1).mean()
    if classes.size > 1:
        diff = centroids[:, None, :] - centroids[None, :, :]
        pairwise = np.sqrt(np.einsum("ijk,ijk->ij", diff, diff))
        separation = pairwise[np.triu_indices(classes.size, k=1)].mean()
    else:
        separation = float("nan")
    return {"centroid_distance": float(within / scale), "centroid_separation": float(separation / scale)}
