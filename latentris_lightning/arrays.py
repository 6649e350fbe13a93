"""Small array helpers shared by every stage (pure NumPy).
"""

from __future__ import annotations

import numpy as np


def rms_radius(x: np.ndarray) -> float:
    """Root-mean-square distance of the rows of ``x`` to their mean."""
    centred = x - x.mean(axis=0)
    return float(np.sqrt(np.mean(np.einsum("ij,ij->i", centred, centred))))
