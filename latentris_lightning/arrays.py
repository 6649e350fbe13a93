"""Small array helpers shared by every stage (pure NumPy).
"""

from __future__ import annotations

import numpy as np


def rms_radius(x: np.ndarray) -> float:
    """Root-mean-square distance of the rows of ``x`` to their mean."""
    centred = x - x.mean(axis=0)
    return float(np.sqrt(np.mean(np.einsum("ij,ij->i", centred, centred))))


#: Rows per block of the streamed passes over activations (memory per pass: ``ROW_BLOCK × D`` floats).
ROW_BLOCK = 4096


def row_blocks(n: int, block: int = ROW_BLOCK) -> list[slice]:
    """Consecutive row ranges of ``block`` rows (the last one shorter) covering ``range(n)``."""
    if block < 1:
        raise ValueError(f"block must be at least 1 row; got {block}")
    return [slice(start, min(start + block, n)) for start in range(0, n, block)]
