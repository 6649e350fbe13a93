"""The training loss of the current epoch, as the callback sees it (``docs/run-store.md#training-loss``).

``on_train_batch_end`` hands over what ``training_step`` returned: its ``"loss"`` (or the tensor itself). The loss is
detached and summed on its own device, so reading it neither changes training (no graph, no generator, no module
state) nor waits for the device; the one host transfer happens at a snapshot. Alert rules compare it with the probe
loss (``docs/metrics.md#alerts``): a training loss still falling while the held-out probe loss stops is memorisation,
a training loss rising is the optimisation itself failing.
"""

from __future__ import annotations

import math
from typing import Any

import torch


def batch_loss(outputs: Any) -> torch.Tensor | None:
    """The scalar loss in a ``training_step`` output (a tensor or a mapping with ``"loss"``), else ``None``."""
    loss = outputs.get("loss") if isinstance(outputs, dict) else outputs
    if isinstance(loss, torch.Tensor) and loss.numel() == 1:
        return loss.detach().reshape(())
    return None


class EpochLoss:
    """Sum, sum of squares and count of the batch losses of one epoch, kept as device tensors until read."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._sum: torch.Tensor | None = None
        self._squares: torch.Tensor | None = None
        self._nonfinite: torch.Tensor | None = None
        self.batches = 0

    def add(self, loss: torch.Tensor) -> None:
        value = loss.to(torch.float64)
        finite = torch.isfinite(value)
        kept = torch.where(finite, value, torch.zeros_like(value))
        if self._sum is None or self._squares is None or self._nonfinite is None:
            self._sum, self._squares, self._nonfinite = kept, kept * kept, (~finite).to(torch.int64)
        else:
            self._sum = self._sum + kept
            self._squares = self._squares + kept * kept
            self._nonfinite = self._nonfinite + (~finite).to(torch.int64)
        self.batches += 1

    def summary(self) -> dict[str, Any] | None:
        """``{"batches", "nonfinite_batches", "mean", "std"}`` of the losses so far (``mean``/``std`` over the finite
        ones, ``None`` when none is), or ``None`` before the first batch."""
        if not self.batches or self._sum is None or self._squares is None or self._nonfinite is None:
            return None
        bad = int(self._nonfinite.item())
        finite = self.batches - bad
        mean = std = None
        if finite:
            mean = float(self._sum.item()) / finite
            std = math.sqrt(max(0.0, float(self._squares.item()) / finite - mean * mean))
            if not (math.isfinite(mean) and math.isfinite(std)):
                mean = std = None
        return {"batches": self.batches, "nonfinite_batches": bad, "mean": mean, "std": std}
