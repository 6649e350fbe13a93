"""Probe inputs as one tensor, a dict of tensors or a tuple of tensors (every one ``(N, ...)``): reading, slicing,
moving, concatenating, and calling the model the way training does (``model(x)``, ``model(**x)``, ``model(*x)``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import torch

from latentris_lightning.errors import MisconfigurationException

#: What a probe's inputs may be: one tensor, a dict of tensors (``model(**x)``) or a tuple of tensors (``model(*x)``).
Inputs = torch.Tensor | dict[str, torch.Tensor] | tuple[torch.Tensor, ...]
#: ``forward(pl_module, inputs) -> output``: how to call the model on a probe batch when ``model(x)`` is not it.
ForwardFn = Callable[[Any, Inputs], Any]
#: The dict key whose ``(N, T)`` 0/1 entries mark real tokens (the transformers convention).
MASK_KEY = "attention_mask"


def as_inputs(x: Any, what: str = "probe inputs") -> Inputs:
    """``x`` as :data:`Inputs` on the CPU: a mapping → dict of tensors, a tuple/list of tensors or arrays → tuple,
    anything else through ``torch.as_tensor``.

    Raises:
        MisconfigurationException: for an entry that is not a tensor (naming its key), or entries of different lengths.
    """
    if isinstance(x, Mapping):
        out: Inputs = {str(key): _tensor(value, f"{what}[{key!r}]") for key, value in x.items()}
    elif isinstance(x, (tuple, list)) and x and all(isinstance(v, (torch.Tensor, np.ndarray)) for v in x):
        out = tuple(_tensor(value, f"{what}[{i}]") for i, value in enumerate(x))
    else:
        out = _tensor(x, what)
    if not isinstance(out, torch.Tensor):
        if not out:
            raise MisconfigurationException(f"The {what} are an empty {type(x).__name__}; they hold no tensor.")
        lengths = {name: (t.shape[0] if t.ndim else None) for name, t in items(out)}
        if len(set(lengths.values())) > 1 or None in lengths.values():
            raise MisconfigurationException(
                f"Every entry of the {what} must hold one row per sample, but their lengths differ: {lengths}."
            )
    return out


def _tensor(value: Any, what: str) -> torch.Tensor:
    if isinstance(value, Mapping):
        raise MisconfigurationException(
            f"{what} is a nested {type(value).__name__}; probe inputs are a tensor, one dict of tensors or one tuple "
            "of tensors. Pass `forward=` to call the model on them differently."
        )
    try:
        return torch.as_tensor(value).detach().cpu()
    except (TypeError, ValueError, RuntimeError) as err:
        raise MisconfigurationException(
            f"{what} could not be read as a tensor ({type(value).__name__}: {err}). Probe inputs are a tensor, one "
            "dict of tensors or one tuple of tensors; remove other entries (such as raw text) from the batches."
        ) from None


def items(inputs: Inputs) -> Iterator[tuple[str, torch.Tensor]]:
    """``(name, tensor)`` of every tensor of ``inputs``: dict keys in order, tuple positions as ``"0"``, ``"1"``…"""
    if isinstance(inputs, torch.Tensor):
        yield "", inputs
    elif isinstance(inputs, dict):
        yield from inputs.items()
    else:
        yield from ((str(i), t) for i, t in enumerate(inputs))


def n_rows(inputs: Inputs) -> int:
    first = next(items(inputs))[1]
    return int(first.shape[0]) if first.ndim else 0


def _apply(inputs: Inputs, fn: Callable[[torch.Tensor], torch.Tensor]) -> Inputs:
    if isinstance(inputs, torch.Tensor):
        return fn(inputs)
    if isinstance(inputs, dict):
        return {key: fn(value) for key, value in inputs.items()}
    return tuple(fn(value) for value in inputs)


def take(inputs: Inputs, index: slice | torch.Tensor | Sequence[int]) -> Inputs:
    """Rows ``index`` of every tensor."""
    if not isinstance(index, (slice, torch.Tensor)):
        index = torch.as_tensor(list(index), dtype=torch.long)
    return _apply(inputs, lambda t: t[index])


def to_device(inputs: Inputs, device: torch.device | str) -> Inputs:
    return _apply(inputs, lambda t: t.to(device, non_blocking=True))


def contiguous(inputs: Inputs) -> Inputs:
    return _apply(inputs, lambda t: t.contiguous())


def structure(inputs: Inputs) -> str:
    """E.g. ``tensor [8, 1, 28, 28] float32`` or ``dict {input_ids: [8, 12] int64, attention_mask: [8, 12] int64}``."""
    def one(t: torch.Tensor) -> str:
        return f"{list(t.shape)} {str(t.dtype).removeprefix('torch.')}"

    if isinstance(inputs, torch.Tensor):
        return f"tensor {one(inputs)}"
    parts = ", ".join(f"{name}: {one(t)}" for name, t in items(inputs))
    return f"{'dict' if isinstance(inputs, dict) else 'tuple'} {{{parts}}}"


def _layout(inputs: Inputs) -> tuple[str, tuple[str, ...]]:
    kind = "tensor" if isinstance(inputs, torch.Tensor) else "dict" if isinstance(inputs, dict) else "tuple"
    return kind, tuple(name for name, _ in items(inputs))


def concat(parts: Sequence[Inputs], what: str = "probe batches") -> Inputs:
    """The rows of every part, in order. All parts must have one layout and, per entry, one shape after the first
    axis (sequence batches padded to different lengths cannot be joined: pad every probe batch to one length).

    Raises:
        MisconfigurationException: naming the entry and the two shapes that differ.
    """
    first = parts[0]
    for part in parts[1:]:
        if _layout(part) != _layout(first):
            raise MisconfigurationException(
                f"The {what} do not share one layout: {structure(first)} and then {structure(part)}."
            )
        for (name, a), (_, b) in zip(items(first), items(part), strict=True):
            if a.shape[1:] != b.shape[1:]:
                entry = f"entry {name!r}" if name else "inputs"
                raise MisconfigurationException(
                    f"The {what} cannot be joined: {entry} has per-sample shape {list(a.shape[1:])} in one and "
                    f"{list(b.shape[1:])} in another. Pad every probe batch to the same length (e.g. "
                    "padding='max_length' in the tokenizer or collator), or pass a Dataset of equal-shape samples."
                )
    columns = [torch.cat(column) for column in zip(*([t for _, t in items(p)] for p in parts), strict=True)]
    if isinstance(first, torch.Tensor):
        return columns[0]
    if isinstance(first, dict):
        return dict(zip(first, columns, strict=True))
    return tuple(columns)


def unsqueeze(inputs: Inputs) -> Inputs:
    """One sample (a Dataset item) as a batch of one."""
    return _apply(inputs, lambda t: t.unsqueeze(0))


def flat_features(inputs: Inputs) -> torch.Tensor:
    """``(N, D)`` float32: every tensor flattened per sample, side by side (for density sampling's sketch)."""
    return torch.cat([t.reshape(t.shape[0], -1).float() for _, t in items(inputs)], dim=1)


def attention_mask(inputs: Inputs) -> torch.Tensor | None:
    """The ``(N, T)`` ``attention_mask`` entry of dict inputs as bool (True = real token), or ``None``."""
    if isinstance(inputs, dict):
        mask = inputs.get(MASK_KEY)
        if mask is not None and mask.ndim == 2:
            return mask != 0
    return None


def check_mask(inputs: Inputs) -> None:
    """Every sample must have at least one real token (an all-zero ``attention_mask`` row has nothing to average)."""
    mask = attention_mask(inputs)
    if mask is not None:
        empty = torch.nonzero(~mask.any(dim=1)).reshape(-1)
        if len(empty):
            raise MisconfigurationException(
                f"Probe samples {empty[:10].tolist()} have an all-zero `{MASK_KEY}` (no real token); remove them."
            )


def call_model(model: Any, inputs: Inputs, forward: ForwardFn | None = None) -> Any:
    """``forward(model, inputs)`` if given, else ``model(**inputs)`` for a dict, ``model(*inputs)`` for a tuple and
    ``model(inputs)`` for a tensor."""
    if forward is not None:
        return forward(model, inputs)
    if isinstance(inputs, dict):
        return model(**inputs)
    if isinstance(inputs, tuple):
        return model(*inputs)
    return model(inputs)
