"""Turn what the user passes as ``probe=`` into a fixed set of labelled inputs.

The probe is materialised once, when the callback is built, so bad input fails before any training happens and every
snapshot sees exactly the same samples in the same order (sample ``i`` keeps index ``i`` everywhere).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.rng import preserved_rng

ACCEPTED = "a tuple (inputs, labels) of tensors or arrays, a torch Dataset yielding (x, y), or a DataLoader yielding (x, y)"


@dataclass(frozen=True)
class Probe:
    """A fixed, labelled probe set.

    Attributes:
        inputs: tensor of shape ``(N, ...)`` on the CPU, fed to the model batch by batch.
        labels: integer class index of each sample, shape ``(N,)``.
    """

    inputs: torch.Tensor
    labels: np.ndarray

    def __len__(self) -> int:
        return int(self.labels.shape[0])

    @property
    def n_classes(self) -> int:
        return int(self.labels.max()) + 1

    def batches(self, batch_size: int) -> Iterable[torch.Tensor]:
        for start in range(0, len(self), batch_size):
            yield self.inputs[start : start + batch_size]


def make_probe(probe: Any) -> Probe:
    """Materialise ``probe`` into a :class:`Probe`.

    Raises:
        MisconfigurationException: if ``probe`` is of an unsupported kind, empty, has no labels, or its labels are not
            non-negative integers of the same length as its inputs.
    """
    if probe is None:
        raise MisconfigurationException(f"`probe` is required: pass {ACCEPTED}.")
    # Iterating a DataLoader draws a base seed from torch's global generator; never let the probe perturb training.
    with preserved_rng():
        if isinstance(probe, (tuple, list)) and len(probe) == 2 and not isinstance(probe[0], (tuple, list)):
            inputs, labels = probe
        elif isinstance(probe, DataLoader):
            inputs, labels = _collect((_split_pair(batch, "DataLoader batch") for batch in probe), batched=True)
        elif isinstance(probe, Dataset):
            inputs, labels = _collect((_split_pair(probe[i], "Dataset item") for i in range(_len(probe))), batched=False)
        else:
            raise MisconfigurationException(f"`probe` of type {type(probe).__name__} is not supported; pass {ACCEPTED}.")
    return _validated(inputs, labels)


def _len(dataset: Dataset) -> int:
    try:
        return len(dataset)  # type: ignore[arg-type]
    except TypeError:
        raise MisconfigurationException(
            "`probe` is a Dataset without __len__ (an IterableDataset?); wrap it in a DataLoader instead."
        ) from None


def _split_pair(item: Any, what: str) -> tuple[Any, Any]:
    if isinstance(item, (tuple, list)) and len(item) >= 2:
        return item[0], item[1]
    shape = f" of length {len(item)}" if isinstance(item, (tuple, list)) else ""
    raise MisconfigurationException(
        f"The probe needs labels: each {what} must be a pair (x, y) but got {type(item).__name__}{shape}. "
        "Latentris colours samples and computes class geometry from y."
    )


def _collect(pairs: Iterable[tuple[Any, Any]], *, batched: bool) -> tuple[torch.Tensor, torch.Tensor]:
    xs: list[torch.Tensor] = []
    ys: list[torch.Tensor] = []
    for x, y in pairs:
        x, y = torch.as_tensor(x), torch.as_tensor(y)
        xs.append(x if batched else x.unsqueeze(0))
        ys.append(y.reshape(-1))
    if not xs:
        raise MisconfigurationException("`probe` is empty: it yielded no samples. Latentris needs at least 2 samples.")
    return torch.cat(xs), torch.cat(ys)


def _validated(inputs: Any, labels: Any) -> Probe:
    try:
        x = torch.as_tensor(inputs).detach().cpu()
        y = np.asarray(torch.as_tensor(labels).detach().cpu()).reshape(-1) if labels is not None else None
    except (TypeError, ValueError, RuntimeError) as err:
        raise MisconfigurationException(f"`probe` could not be read as tensors ({err}); pass {ACCEPTED}.") from None
    if y is None:
        raise MisconfigurationException("The probe needs labels: pass probe=(inputs, labels).")
    if x.ndim == 0 or x.shape[0] == 0:
        raise MisconfigurationException("`probe` is empty: it has no samples. Latentris needs at least 2 samples.")
    if x.shape[0] < 2:
        raise MisconfigurationException(f"`probe` has {x.shape[0]} sample; Latentris needs at least 2 samples.")
    if y.shape[0] != x.shape[0]:
        raise MisconfigurationException(
            f"`probe` has {x.shape[0]} inputs but {y.shape[0]} labels; they must have the same length."
        )
    if y.dtype.kind == "f" and np.all(np.isfinite(y)) and np.all(y == np.round(y)):
        y = y.astype(np.int64)
    if y.dtype.kind not in "iu" or (y.size and y.min() < 0):
        raise MisconfigurationException(
            f"Probe labels must be non-negative integer class indices; got dtype {y.dtype}"
            + (f" with minimum {y.min()}" if y.dtype.kind in "iu" else "")
            + ". Map class names to 0..C-1 and pass the names as `class_names`."
        )
    return Probe(inputs=x.contiguous(), labels=y.astype(np.int64))


def validate_class_names(class_names: Sequence[str] | None, n_classes: int) -> list[str]:
    """Return one display name per class index ``0..n_classes-1``.

    Raises:
        MisconfigurationException: if fewer names than classes are given or a name is not a string.
    """
    if class_names is None:
        return [str(i) for i in range(n_classes)]
    names = list(class_names)
    bad = [n for n in names if not isinstance(n, str)]
    if bad:
        raise MisconfigurationException(f"`class_names` must be strings; got {bad[0]!r} ({type(bad[0]).__name__}).")
    if len(names) < n_classes:
        raise MisconfigurationException(
            f"`class_names` has {len(names)} names but the probe labels go up to {n_classes - 1}; "
            f"pass at least {n_classes} names (one per class index)."
        )
    return names
