"""How activations are read: resolve layers, hook them while the probe runs, reduce outputs to vectors, gather.

Hooks exist only for the duration of one probe pass. The model is put in eval mode under ``torch.no_grad`` and every
module's own ``training`` flag and every RNG are restored afterwards, so capturing never changes training. Reduced
activations leave the device batch by batch and go straight to a sink (the run store), so memory holds one batch.
Under DDP each rank runs its share of the probe and rank zero receives every row through ``all_gather``.
"""

from __future__ import annotations

import fnmatch
import math
import re
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import torch
from torch import nn

from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.probe import Probe
from latentris_lightning.rng import preserved_rng

#: Reductions of a layer output to one vector per sample. ``token:<i>`` picks token ``i`` of a sequence.
REDUCTIONS = ("auto", "mean", "max", "flatten", "tokens_mean", "token:<i>")
#: Suffix of a layer entry that records the *input* of a module instead of its output (e.g. ``"fc:input"``).
INPUT_SUFFIX = ":input"
#: ``flatten`` outputs wider than this are sketched down to it (seeded signed hashing, a sparse random projection).
DEFAULT_MAX_DIM = 4096

_MAX_LISTED = 60
_TOKEN = re.compile(r"token:(-?\d+)$")
_CONTAINERS = (nn.Sequential, nn.ModuleList, nn.ModuleDict)
_CHANNELS_FIRST_1D = (nn.Conv1d, nn.ConvTranspose1d, nn.BatchNorm1d, nn.InstanceNorm1d, nn.MaxPool1d, nn.AvgPool1d,
                      nn.AdaptiveAvgPool1d, nn.AdaptiveMaxPool1d)

LayerEntry = str | type


@dataclass(frozen=True)
class LayerInfo:
    """A layer chosen for capture and why.

    Attributes:
        name: the name it is recorded under: the module name, plus ``":input"`` when its input is recorded.
        module: the module's name in ``model.named_modules()``.
        module_type: class name of the module.
        reason: why it was chosen (named, matched a pattern or type, default).
        hook: ``"output"`` or ``"input"``.
    """

    name: str
    module: str
    module_type: str
    reason: str
    hook: str = "output"


# ----------------------------------------------------------------------------------------------- choosing layers
def module_names(model: nn.Module) -> list[str]:
    """Names of all sub-modules of ``model`` (the root, named ``""``, excluded)."""
    return [name for name, _ in model.named_modules() if name]


def _format_available(names: Sequence[str]) -> str:
    shown = ", ".join(repr(n) for n in names[:_MAX_LISTED])
    more = f", … and {len(names) - _MAX_LISTED} more" if len(names) > _MAX_LISTED else ""
    return shown + more


def check_layer_entries(layers: object) -> list[LayerEntry] | None:
    """Validate the ``layers`` argument's form (names are checked against the model later, at setup)."""
    if layers is None:
        return None
    if isinstance(layers, (str, type)):
        layers = [layers]
    entries = list(layers) if isinstance(layers, (list, tuple)) else None
    valid = entries and all(
        (isinstance(e, str) and e and e != INPUT_SUFFIX) or (isinstance(e, type) and issubclass(e, nn.Module))
        for e in entries
    )
    if not valid:
        raise MisconfigurationException(
            "`layers` must be None or a non-empty list of module names, glob patterns (optionally ending in "
            f"':input') or nn.Module subclasses; got {layers!r}."
        )
    return entries


def resolve_layers(model: nn.Module, layers: Sequence[LayerEntry] | None) -> list[LayerInfo]:
    """Turn layer entries into concrete layers, in the model's module order.

    An entry is a module name, a glob pattern over module names (``"encoder.*.attn"``), either of them with the suffix
    ``":input"`` to record what flows *into* the module, or a module type (``nn.Linear``: every module of that type).

    Raises:
        MisconfigurationException: if an entry matches no module; the message lists the available names.
    """
    if layers is None:
        return default_layers(model)
    modules = dict(model.named_modules())
    names = module_names(model)
    chosen: list[LayerInfo] = []
    for entry in layers:
        if isinstance(entry, type):
            matched = [n for n in names if isinstance(modules[n], entry)]
            hook, reason = "output", f"module type {entry.__name__}"
            if not matched:
                types = sorted({type(m).__name__ for m in modules.values()})
                raise MisconfigurationException(
                    f"No module of {type(model).__name__} is an instance of {entry.__name__}. "
                    f"Module types present: {', '.join(types)}."
                )
        else:
            pattern, hook = (entry[: -len(INPUT_SUFFIX)], "input") if entry.endswith(INPUT_SUFFIX) else (entry, "output")
            if pattern in modules and pattern:
                matched, reason = [pattern], "named"
            else:
                matched = [n for n in names if fnmatch.fnmatchcase(n, pattern)]
                reason = f"matched pattern {pattern!r}"
            if not matched:
                raise MisconfigurationException(
                    f"Layer {entry!r} matches no module of {type(model).__name__}. "
                    f"Available module names: {_format_available(names)}."
                )
        suffix = INPUT_SUFFIX if hook == "input" else ""
        chosen.extend(LayerInfo(n + suffix, n, type(modules[n]).__name__, reason, hook) for n in matched)
    order = {n: i for i, n in enumerate(names)}
    unique = {info.name: info for info in reversed(chosen)}  # first mention wins
    return sorted(unique.values(), key=lambda info: (order[info.module], info.hook == "output"))


def _blocks(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """The model's blocks: its children with parameters, containers (Sequential, ModuleList…) opened up."""
    found: list[tuple[str, nn.Module]] = []

    def visit(prefix: str, module: nn.Module) -> None:
        for name, child in module.named_children():
            full = f"{prefix}.{name}" if prefix else name
            if not any(True for _ in child.parameters()):
                continue
            if isinstance(child, _CONTAINERS):
                visit(full, child)
            else:
                found.append((full, child))

    visit("", model)
    return found


def default_layers(model: nn.Module, count: int = 4) -> list[LayerInfo]:
    """Up to ``count`` evenly spaced blocks plus the penultimate representation.

    Blocks are the model's children that hold parameters, with containers (``Sequential``, ``ModuleList``,
    ``ModuleDict``) opened up: for an MLP its layers, for a ResNet its stem and residual blocks, for a transformer
    its encoder layers. The penultimate representation is the *input* of the last module with parameters (the
    features a classifier head sees), recorded as ``"<head>:input"``.

    Raises:
        MisconfigurationException: if the model has no module with parameters.
    """
    blocks = _blocks(model)
    leaves = [(n, m) for n, m in model.named_modules() if n and any(True for _ in m.parameters(recurse=False))]
    if not blocks or not leaves:
        raise MisconfigurationException(
            f"Could not pick default layers: {type(model).__name__} has no module with parameters. "
            f"Pass `layers=[...]`; available module names: {_format_available(module_names(model))}."
        )
    head_name, head = leaves[-1]
    body = [b for b in blocks if b[0] != head_name and not head_name.startswith(b[0] + ".")] or blocks[:1]
    picks = sorted({round(i) for i in np.linspace(0, len(body) - 1, min(count, len(body)))})
    chosen = [LayerInfo(body[i][0], body[i][0], type(body[i][1]).__name__, "default: evenly spaced block") for i in picks]
    chosen.append(LayerInfo(head_name + INPUT_SUFFIX, head_name, type(head).__name__,
                            "default: penultimate representation (input of the last layer)", "input"))
    return chosen


# ----------------------------------------------------------------------------------------------- reducing outputs
def check_reduction(reduction: str) -> str:
    if not isinstance(reduction, str) or not (reduction in REDUCTIONS[:-1] or _TOKEN.match(reduction)):
        raise MisconfigurationException(f"Reduction {reduction!r} is not supported; choose one of {REDUCTIONS}.")
    return reduction


def per_layer(value: object, layer: str, default: Any) -> Any:
    """Resolve a setting given as one value or as ``{glob pattern: value}`` (first matching pattern wins)."""
    if isinstance(value, Mapping):
        for pattern, setting in value.items():
            if fnmatch.fnmatchcase(layer, pattern):
                return setting
        return default
    return default if value is None else value


@dataclass
class LayerReducer:
    """Turns one layer's raw output into a ``(B, D)`` matrix; the choices it makes are recorded in the manifest.

    Args:
        layer: the layer's record name (seeds the sketch, names errors).
        module: the hooked module (tells a Conv1d ``(N, C, L)`` map from a ``(N, T, D)`` sequence under ``auto``).
        reduction: one of :data:`REDUCTIONS`.
        select: which element of a tuple/list (int) or dict (key) output to record; default the first tensor.
        max_dim: ``flatten`` outputs wider than this are sketched to ``max_dim`` dimensions.
        seed: seed of the sketch.
    """

    layer: str
    module: nn.Module
    reduction: str = "auto"
    select: int | str | None = None
    max_dim: int = DEFAULT_MAX_DIM
    seed: int = 0
    resolved: str | None = None
    selected: str | None = None
    output_shape: list[int] | None = None
    _sketch: tuple[torch.Tensor, torch.Tensor] | None = field(default=None, repr=False)

    def describe(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"reduction": self.resolved, "output_shape": self.output_shape}
        if self.selected is not None:
            meta["selected"] = self.selected
        return meta

    def __call__(self, output: object) -> torch.Tensor:
        tensor = self._select(output)
        if self.output_shape is None:
            self.output_shape = list(tensor.shape[1:])
        if tensor.ndim == 1:
            tensor = tensor.unsqueeze(1)
        if self.resolved is None:
            self.resolved = self._resolve(tensor)
        return self._reduce(tensor, self.resolved)

    def _select(self, output: object) -> torch.Tensor:
        if isinstance(output, torch.Tensor):
            return output
        if isinstance(output, Mapping):
            keys = list(output)
            if self.select is None:
                key = next((k for k in keys if isinstance(output[k], torch.Tensor)), None)
            else:
                key = self.select
            if key not in output or not isinstance(output[key], torch.Tensor):
                raise MisconfigurationException(
                    f"Layer {self.layer!r} outputs a mapping with keys {keys}; choose a tensor entry with "
                    f"select={{{self.layer!r}: <key>}}."
                )
            self.selected = str(key)
            return output[key]
        if isinstance(output, (tuple, list)):
            if self.select is None:
                index = next((i for i, o in enumerate(output) if isinstance(o, torch.Tensor)), None)
            else:
                index = self.select
            if not isinstance(index, int) or not -len(output) <= index < len(output) or not isinstance(
                output[index], torch.Tensor
            ):
                kinds = [type(o).__name__ for o in output]
                raise MisconfigurationException(
                    f"Layer {self.layer!r} outputs a {type(output).__name__} of {kinds}; choose a tensor element "
                    f"with select={{{self.layer!r}: <index>}}."
                )
            self.selected = str(index)
            return output[index]
        raise MisconfigurationException(
            f"Layer {self.layer!r} outputs {type(output).__name__}, which holds no tensor Latentris can record."
        )

    def _resolve(self, tensor: torch.Tensor) -> str:
        if tensor.ndim == 2:
            return "none"
        if self.reduction != "auto":
            needs_sequence = self.reduction == "tokens_mean" or _TOKEN.match(self.reduction)
            if needs_sequence and tensor.ndim != 3:
                raise MisconfigurationException(
                    f"Reduction {self.reduction!r} of layer {self.layer!r} needs a (N, tokens, features) output; "
                    f"it gives shape {list(tensor.shape)}."
                )
            return self.reduction
        if tensor.ndim == 3 and not _is_channels_first_1d(self.module):
            return "tokens_mean"
        return "mean"

    def _reduce(self, x: torch.Tensor, how: str) -> torch.Tensor:
        if how == "none":
            return x
        if how == "mean":
            return x.flatten(2).mean(dim=2)
        if how == "max":
            return x.flatten(2).amax(dim=2)
        if how == "tokens_mean":
            return x.mean(dim=1)
        token = _TOKEN.match(how)
        if token:
            index = int(token.group(1))
            if not -x.shape[1] <= index < x.shape[1]:
                raise MisconfigurationException(
                    f"Reduction {how!r} of layer {self.layer!r}: the output has {x.shape[1]} tokens."
                )
            return x[:, index]
        flat = x.flatten(1)
        if flat.shape[1] <= self.max_dim:
            return flat
        self.resolved = f"flatten+sketch:{self.max_dim}"
        return self._sketched(flat)

    def _sketched(self, flat: torch.Tensor) -> torch.Tensor:
        """Signed feature hashing to ``max_dim`` (a sparse random projection: preserves inner products in
        expectation), with its own seeded generator: the global RNG is never touched."""
        if self._sketch is None or self._sketch[0].device != flat.device:
            generator = torch.Generator().manual_seed(self.seed + zlib.crc32(self.layer.encode()))
            buckets = torch.randint(0, self.max_dim, (flat.shape[1],), generator=generator)
            signs = torch.randint(0, 2, (flat.shape[1],), generator=generator).float() * 2 - 1
            self._sketch = (buckets.to(flat.device), signs.to(flat.device))
        buckets, signs = self._sketch
        out = torch.zeros(flat.shape[0], self.max_dim, device=flat.device, dtype=torch.float32)
        return out.index_add_(1, buckets, flat.float() * signs)


def _is_channels_first_1d(module: nn.Module) -> bool:
    return isinstance(module, _CHANNELS_FIRST_1D) or any(isinstance(m, _CHANNELS_FIRST_1D) for m in module.modules())


# ----------------------------------------------------------------------------------------------- predictions, loss
def _logits(output: object) -> torch.Tensor | None:
    if isinstance(output, Mapping):
        output = output.get("logits", next((v for v in output.values() if isinstance(v, torch.Tensor)), None))
    if isinstance(output, (tuple, list)) and output:
        output = output[0]
    return output if isinstance(output, torch.Tensor) else None


def predictions_from_output(output: object) -> torch.Tensor | None:
    """Predicted class per sample: argmax of ``(N, C)`` logits, or ``logit > 0`` for a single binary logit; ``-1``
    where the logits are NaN or infinite."""
    logits = _logits(output)
    if logits is None:
        return None
    if logits.ndim == 2 and logits.shape[1] > 1:
        pred = logits.argmax(dim=1)
        finite = torch.isfinite(logits).all(dim=1)
    elif logits.ndim == 1 or (logits.ndim == 2 and logits.shape[1] == 1):
        pred = (logits.reshape(-1) > 0).long()
        finite = torch.isfinite(logits.reshape(-1))
    else:
        return None
    return torch.where(finite, pred, torch.full_like(pred, -1))  # NaN/Inf logits (diverged training): unknown


def default_loss(output: object, labels: torch.Tensor) -> torch.Tensor | None:
    """Per-sample cross-entropy of ``(N, C)`` logits (binary cross-entropy for one logit); ``None`` otherwise."""
    logits = _logits(output)
    if logits is None:
        return None
    logits = logits.float()
    if logits.ndim == 2 and logits.shape[1] > 1:
        if int(labels.max()) >= logits.shape[1]:
            return None
        return nn.functional.cross_entropy(logits, labels, reduction="none")
    if (logits.ndim == 1 or logits.shape[1] == 1) and int(labels.max()) <= 1:
        return nn.functional.binary_cross_entropy_with_logits(logits.reshape(-1), labels.float(), reduction="none")
    return None


# ----------------------------------------------------------------------------------------------- the probe pass
class Sink(Protocol):
    """Receives a snapshot's rows as they are produced (the run store's ``SnapshotWriter`` is one)."""

    def write_rows(self, layer: str, start: int, rows: np.ndarray) -> None: ...

    def write_outputs(self, start: int, predictions: np.ndarray, losses: np.ndarray | None = None) -> None: ...


@dataclass
class Snapshot:
    """One probe pass held in memory: activations per layer (float32, ``(N, D)``), predictions and losses."""

    activations: dict[str, np.ndarray]
    predictions: np.ndarray
    losses: np.ndarray
    layers: dict[str, dict[str, Any]]


class ArraySink:
    """A :class:`Sink` that keeps everything in memory (for tests and notebooks)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.activations: dict[str, np.ndarray] = {}
        self.predictions = np.full(n, -1, dtype=np.int64)
        self.losses = np.full(n, np.nan, dtype=np.float32)

    def write_rows(self, layer: str, start: int, rows: np.ndarray) -> None:
        if layer not in self.activations:
            self.activations[layer] = np.zeros((self.n, rows.shape[1]), dtype=np.float32)
        self.activations[layer][start : start + len(rows)] = rows

    def write_outputs(self, start: int, predictions: np.ndarray, losses: np.ndarray | None = None) -> None:
        self.predictions[start : start + len(predictions)] = predictions
        if losses is not None:
            self.losses[start : start + len(losses)] = losses


@dataclass(frozen=True)
class Distributed:
    """How this process takes part in a distributed capture.

    Attributes:
        rank, world_size: this process's global rank and the number of processes.
        all_gather: gathers a tensor from every rank into ``(world_size, *shape)`` (e.g. ``LightningModule.all_gather``).
    """

    rank: int = 0
    world_size: int = 1
    all_gather: Callable[[torch.Tensor], torch.Tensor] | None = None


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


def make_reducers(
    model: nn.Module,
    layers: Sequence[LayerInfo],
    *,
    reduction: str | Mapping[str, str] = "auto",
    select: int | str | Mapping[str, int | str] | None = None,
    max_dim: int = DEFAULT_MAX_DIM,
    seed: int = 0,
) -> dict[str, LayerReducer]:
    modules = dict(model.named_modules())
    return {
        info.name: LayerReducer(
            layer=info.name,
            module=modules[info.module],
            reduction=per_layer(reduction, info.name, "auto"),
            select=per_layer(select, info.name, None),
            max_dim=max_dim,
            seed=seed,
        )
        for info in layers
    }


def capture_snapshot(
    model: nn.Module,
    probe: Probe,
    layers: Sequence[LayerInfo] | Sequence[str],
    *,
    sink: Sink | None = None,
    reducers: Mapping[str, LayerReducer] | None = None,
    device: torch.device | str = "cpu",
    batch_size: int = 256,
    forward_context: Callable[[], AbstractContextManager] | None = None,
    loss_fn: Callable[[Any, torch.Tensor], torch.Tensor] | None = None,
    dist: Distributed = Distributed(),
) -> Snapshot | None:
    """Run the probe through ``model`` and send the reduced activations of ``layers`` to ``sink``.

    With ``sink=None`` the snapshot is collected in memory and returned. Under DDP (``dist.world_size > 1``) every rank
    must call this; each runs its contiguous share of the probe, and only rank zero's sink receives rows.

    Raises:
        RuntimeError: if a layer is not called exactly once per forward pass.
        MisconfigurationException: if a layer's output cannot be reduced as configured.
    """
    infos = [l if isinstance(l, LayerInfo) else _named(model, l) for l in layers]
    reducers = reducers or make_reducers(model, infos)
    modules = dict(model.named_modules())
    collected: dict[str, list[torch.Tensor]] = {info.name: [] for info in infos}
    own_sink = sink is None and dist.rank == 0
    if own_sink:
        sink = ArraySink(len(probe))

    def hook_for(info: LayerInfo) -> Callable:
        reducer = reducers[info.name]
        if info.hook == "input":
            def pre_hook(_module: nn.Module, inputs: tuple) -> None:
                collected[info.name].append(reducer(inputs).detach().float())
            return pre_hook

        def hook(_module: nn.Module, _inputs: object, output: object) -> None:
            collected[info.name].append(reducer(output).detach().float())
        return hook

    n = len(probe)
    shard = math.ceil(n / dist.world_size)
    lo, hi = dist.rank * shard, min(n, (dist.rank + 1) * shard)
    step = min(batch_size, shard)
    context = forward_context or nullcontext
    with observing(model):
        handles = []
        for info in infos:
            module = modules[info.module]
            if info.hook == "input":
                handles.append(module.register_forward_pre_hook(hook_for(info)))
            else:
                handles.append(module.register_forward_hook(hook_for(info)))
        try:
            for offset in range(0, shard, step):
                start = lo + offset
                count = max(0, min(step, hi - start))
                if dist.world_size == 1 or count == step:
                    # a contiguous range: a view of the probe, no gather copy, no padding rows
                    rows_in = count
                    x = probe.inputs[start : start + count].to(device, non_blocking=True)
                    y = torch.as_tensor(probe.labels[start : start + count]).to(device)
                else:
                    # every rank runs the same number of equally sized batches (all_gather needs equal shapes);
                    # a rank past the end of the probe pads with row 0, and those rows are dropped on rank zero
                    rows_in = step
                    index = torch.arange(start, start + step).clamp_(max=n - 1)
                    index[count:] = 0
                    x = probe.inputs[index].to(device, non_blocking=True)
                    y = torch.as_tensor(probe.labels[index.numpy()]).to(device)
                for rows in collected.values():
                    rows.clear()
                with context():
                    output = model(x)
                pred = predictions_from_output(output)
                loss = (loss_fn or default_loss)(output, y) if pred is not None or loss_fn else None
                batch = {name: _one_call(name, rows, rows_in) for name, rows in collected.items()}
                batch["__pred__"] = (pred if pred is not None else torch.full((rows_in,), -1, device=x.device)).float()
                batch["__loss__"] = (
                    loss if loss is not None else torch.full((rows_in,), float("nan"), device=x.device)
                )
                _deliver(batch, sink, dist, n, shard, offset, step)
        finally:
            for handle in handles:
                handle.remove()
    if not own_sink:
        return None
    return Snapshot(
        activations=sink.activations,  # type: ignore[union-attr]
        predictions=sink.predictions,  # type: ignore[union-attr]
        losses=sink.losses,  # type: ignore[union-attr]
        layers={name: reducer.describe() for name, reducer in reducers.items()},
    )


def _named(model: nn.Module, name: str) -> LayerInfo:
    (info,) = [i for i in resolve_layers(model, [name]) if i.name == name]
    return info


def _one_call(name: str, rows: list[torch.Tensor], batch: int) -> torch.Tensor:
    if not rows:
        raise RuntimeError(
            f"Layer {name!r} was never called during the model's forward pass; choose a layer that forward uses."
        )
    if len(rows) > 1 or rows[0].shape[0] != batch:
        total = sum(r.shape[0] for r in rows)
        raise RuntimeError(
            f"Layer {name!r} produced {total} rows for a batch of {batch} in {len(rows)} calls: it is called more "
            "than once per forward pass (a shared module?). Choose a module that runs once per sample."
        )
    return rows[0]


def _deliver(
    batch: dict[str, torch.Tensor], sink: Sink | None, dist: Distributed, n: int, shard: int, offset: int, step: int
) -> None:
    """Hand one batch (of every rank, under DDP) to rank zero's sink, rows in probe order."""
    if dist.world_size > 1:
        assert dist.all_gather is not None, "a distributed capture needs all_gather"
        batch = {key: dist.all_gather(value.contiguous()) for key, value in batch.items()}
    if dist.rank != 0 or sink is None:
        return
    host = {key: value.cpu().numpy() for key, value in batch.items()}
    for rank in range(dist.world_size):
        start = rank * shard + offset
        count = max(0, min(step, min(n, (rank + 1) * shard) - start))
        if count == 0:
            continue
        part = {key: (value[rank] if dist.world_size > 1 else value)[:count] for key, value in host.items()}
        for name, rows in part.items():
            if not name.startswith("__"):
                sink.write_rows(name, start, rows)
        sink.write_outputs(start, part["__pred__"].astype(np.int64), part["__loss__"])
