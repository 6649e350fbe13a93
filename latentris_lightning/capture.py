"""How activations are read: resolve layer names, hook them while the probe runs, reduce outputs to vectors.

Hooks exist only for the duration of one probe pass. The model is put in eval mode under ``torch.no_grad`` and every
module's own ``training`` flag and every RNG are restored afterwards, so capturing never changes training.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.probe import Probe
from latentris_lightning.rng import preserved_rng

#: How a layer output with more than two dimensions (N, C, ...) is reduced to one vector per sample.
REDUCTIONS = ("mean", "max", "flatten")

_MAX_LISTED = 60


@dataclass(frozen=True)
class LayerInfo:
    """A layer chosen for capture and why."""

    name: str
    module_type: str
    reason: str


@dataclass
class Snapshot:
    """One probe pass: an activation matrix per layer (float32, ``(N, D)``) and the model's predicted classes."""

    activations: dict[str, np.ndarray]
    output_shapes: dict[str, list[int]]
    predictions: np.ndarray


def module_names(model: nn.Module) -> list[str]:
    """Names of all sub-modules of ``model`` (the root, named ``""``, excluded)."""
    return [name for name, _ in model.named_modules() if name]


def _format_available(names: Sequence[str]) -> str:
    shown = ", ".join(repr(n) for n in names[:_MAX_LISTED])
    more = f", … and {len(names) - _MAX_LISTED} more" if len(names) > _MAX_LISTED else ""
    return shown + more


def resolve_layers(model: nn.Module, layers: Sequence[str] | None) -> list[LayerInfo]:
    """Turn user layer names or glob patterns into concrete module names, in the model's module order.

    Raises:
        MisconfigurationException: if a name or pattern matches no module; the message lists the available names.
    """
    modules = dict(model.named_modules())
    names = module_names(model)
    if layers is None:
        return default_layers(model)
    chosen: list[LayerInfo] = []
    for pattern in layers:
        if pattern in modules and pattern:
            matched = [pattern]
        else:
            matched = [n for n in names if fnmatch.fnmatchcase(n, pattern)]
        if not matched:
            raise MisconfigurationException(
                f"Layer {pattern!r} matches no module of {type(model).__name__}. "
                f"Available module names: {_format_available(names)}."
            )
        reason = "named" if matched == [pattern] else f"matched pattern {pattern!r}"
        chosen.extend(LayerInfo(n, type(modules[n]).__name__, reason) for n in matched)
    order = {n: i for i, n in enumerate(names)}
    unique = {info.name: info for info in reversed(chosen)}  # first mention wins
    return sorted(unique.values(), key=lambda info: order[info.name])


def default_layers(model: nn.Module, count: int = 4) -> list[LayerInfo]:
    """A handful of evenly spaced leaf modules that hold parameters, always including the last one.

    Raises:
        MisconfigurationException: if the model has no leaf module with parameters.
    """
    leaves = [
        (name, module)
        for name, module in model.named_modules()
        if name and not any(True for _ in module.children()) and any(True for _ in module.parameters(recurse=False))
    ]
    if not leaves:
        raise MisconfigurationException(
            f"Could not pick default layers: {type(model).__name__} has no leaf module with parameters. "
            f"Pass `layers=[...]`; available module names: {_format_available(module_names(model))}."
        )
    picks = sorted({round(i) for i in np.linspace(0, len(leaves) - 1, min(count, len(leaves)))})
    return [LayerInfo(leaves[i][0], type(leaves[i][1]).__name__, "default: evenly spaced parametrised layer") for i in picks]


def reduce_output(output: object, reduction: str = "mean") -> torch.Tensor:
    """Reduce a layer output to a ``(N, D)`` matrix.

    Tuples and lists contribute their first tensor; outputs of shape ``(N, C, *spatial)`` are pooled over the spatial
    axes (``mean``: global average pool, ``max``: global max pool) or flattened (``flatten``).
    """
    if isinstance(output, (tuple, list)):
        output = next((o for o in output if isinstance(o, torch.Tensor)), None)
    if not isinstance(output, torch.Tensor):
        raise TypeError(f"layer output of type {type(output).__name__} holds no tensor")
    if output.ndim == 1:
        return output.unsqueeze(1)
    if output.ndim == 2:
        return output
    if reduction == "mean":
        return output.flatten(2).mean(dim=2)
    if reduction == "max":
        return output.flatten(2).amax(dim=2)
    return output.flatten(1)


def predictions_from_output(output: object) -> torch.Tensor | None:
    """Predicted class per sample from the model's output: argmax over the last axis of a ``(N, C)`` tensor."""
    if isinstance(output, (tuple, list)) and output:
        output = output[0]
    if isinstance(output, torch.Tensor) and output.ndim == 2 and output.shape[1] > 1:
        return output.argmax(dim=1)
    return None


@contextmanager
def observing(model: nn.Module) -> Iterator[None]:
    """Eval mode, no grad, RNG untouched: restore each module's own ``training`` flag afterwards."""
    modes = [(module, module.training) for module in model.modules()]
    try:
        with preserved_rng(), torch.no_grad():
            model.eval()
            yield
    finally:
        for module, training in modes:
            module.training = training


def capture_snapshot(
    model: nn.Module,
    probe: Probe,
    layer_names: Sequence[str],
    *,
    device: torch.device | str = "cpu",
    batch_size: int = 256,
    reduction: str = "mean",
    forward_context: Callable[[], AbstractContextManager] | None = None,
) -> Snapshot:
    """Run the probe through ``model`` and return the reduced activations of ``layer_names``.

    Activations are moved to the CPU batch by batch, so device memory holds one batch at a time.
    """
    modules = dict(model.named_modules())
    parts: dict[str, list[torch.Tensor]] = {name: [] for name in layer_names}
    shapes: dict[str, list[int]] = {}
    preds: list[torch.Tensor] = []

    def hook_for(name: str) -> Callable:
        def hook(_module: nn.Module, _inputs: object, output: object) -> None:
            try:
                reduced = reduce_output(output, reduction)
            except TypeError as err:
                raise RuntimeError(f"Latentris cannot record layer {name!r}: {err}") from None
            if name not in shapes:
                first = output[0] if isinstance(output, (tuple, list)) else output
                shapes[name] = list(first.shape[1:])
            parts[name].append(reduced.detach().float().cpu())

        return hook

    context = forward_context or nullcontext
    with observing(model):
        handles = [modules[name].register_forward_hook(hook_for(name)) for name in layer_names]
        try:
            for batch in probe.batches(batch_size):
                with context():
                    output = model(batch.to(device))
                pred = predictions_from_output(output)
                if pred is not None:
                    preds.append(pred.detach().cpu())
        finally:
            for handle in handles:
                handle.remove()

    n = len(probe)
    activations = {}
    for name in layer_names:
        if not parts[name]:
            raise RuntimeError(
                f"Layer {name!r} was never called during the model's forward pass; choose a layer that forward uses."
            )
        matrix = torch.cat(parts[name]).numpy()
        if matrix.shape[0] != n:
            raise RuntimeError(
                f"Layer {name!r} produced {matrix.shape[0]} rows for {n} probe samples: it is called more than once "
                "per forward pass (a shared module?). Choose a module that runs once per sample."
            )
        activations[name] = matrix
    predictions = torch.cat(preds).numpy().astype(np.int64) if preds else np.empty(0, dtype=np.int64)
    if predictions.shape[0] != n:
        predictions = np.full(n, -1, dtype=np.int64)
    return Snapshot(activations=activations, output_shapes=shapes, predictions=predictions)
