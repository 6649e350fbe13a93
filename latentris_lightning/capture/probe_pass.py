"""How activations are read: resolve layers, hook them while the probe runs, reduce outputs to vectors, gather.

Hooks exist only for the duration of one probe pass. The model is put in eval mode under ``torch.no_grad`` and every
module's own ``training`` flag and every RNG are restored afterwards, so capturing never changes training. Reduced
activations leave the device batch by batch and go straight to a sink (the run store), so memory holds one batch.
Under DDP each rank runs its share of the probe and rank zero receives every row through ``all_gather``.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import torch
from torch import nn

from latentris_lightning.capture.inputs import ForwardFn, Inputs, attention_mask, call_model, take, to_device
from latentris_lightning.capture.layers import LayerInfo, _named
from latentris_lightning.capture.probe import Probe
from latentris_lightning.capture.reduction import LayerReducer, make_reducers
from latentris_lightning.capture.rng import preserved_rng
from latentris_lightning.errors import MisconfigurationException


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


# ----------------------------------------------------------------------------------------------- checked outputs
def describe(value: object) -> str:
    """Shapes and dtypes of a batch for error messages: ``Tensor[40, 1, 28, 28] float32``, dicts and tuples inside."""
    if isinstance(value, torch.Tensor):
        return f"Tensor{list(value.shape)} {str(value.dtype).removeprefix('torch.')}"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key!r}: {describe(item)}" for key, item in value.items()) + "}"
    if isinstance(value, (tuple, list)):
        return "(" + ", ".join(describe(item) for item in value) + ")"
    return type(value).__name__


def _failing_module(model: nn.Module, err: BaseException) -> str:
    """The innermost module of ``model`` on the traceback of ``err`` (read from the frames' ``self``), described."""
    names = {id(module): name for name, module in model.named_modules()}
    found: nn.Module | None = None
    tb = err.__traceback__
    while tb is not None:
        owner = tb.tb_frame.f_locals.get("self")
        if owner is not None and id(owner) in names:
            found = owner
        tb = tb.tb_next
    if found is None:
        return ""
    name = names[id(found)]
    if not name:
        return f" in the forward of {type(found).__name__} itself"
    text = repr(found).splitlines()
    return f" in layer {name!r} ({text[0] + ' …)' if len(text) > 1 else text[0]})"


def _forward(
    model: nn.Module, x: Inputs, context: Callable[[], AbstractContextManager], where: str, forward: ForwardFn | None
) -> object:
    """:func:`call_model` (``model(x)``, ``model(**x)``, ``model(*x)`` or ``forward(model, x)``); an error from the
    model is re-raised naming the probe batch, its shapes and the failing layer."""
    try:
        with context():
            return call_model(model, x, forward)
    except (MisconfigurationException, torch.cuda.OutOfMemoryError):
        raise  # ours (a reducer in a hook) already says what to change; out of memory keeps its type
    except Exception as err:
        hint = ("The probe's inputs must be what training passes to the model's forward (the same shape per sample "
                "and dtype as a training batch's x): change the probe, or make the model accept it.")
        if "indices" in str(err) or "Embedding" in _failing_module(model, err):
            hint = ("An nn.Embedding needs integer token ids (torch.long) below its num_embeddings: pass the probe "
                    "inputs as integer ids, not floats. " + hint)
        raise MisconfigurationException(
            f"Latentris: the model raised on {where}, input {describe(x)}{_failing_module(model, err)}: "
            f"{type(err).__name__}: {err}\n{hint}"
        ) from err


def _predictions(output: object, rows: int, loss_fn: object, warn: Callable[[str], None]) -> torch.Tensor | None:
    """Predictions with exactly one row per probe sample of the batch, or ``None`` (with a warning) when the output
    holds logits of another shape; never broadcast, never cut to size.

    Raises:
        MisconfigurationException: if the logits' first dimension is not the batch size and there is no ``loss_fn``
            (neither predictions nor the default loss line up with the samples).
    """
    logits = _logits(output)
    if logits is None:
        return None
    if logits.ndim == 0 or logits.shape[0] != rows:
        if loss_fn is None:
            raise MisconfigurationException(
                f"Latentris: the model's output has shape {tuple(logits.shape)} for a probe batch of {rows} samples; "
                f"predictions and the default loss need one row per sample ({rows}, classes) or ({rows},). "
                f"A sequence model's per-token logits ({rows}·T, vocab) do not line up with the probe's per-sample "
                "labels: reduce the tokens in the model (return one row of logits per sample), or pass "
                f"`loss_fn(output, labels)` returning per-sample losses of shape ({rows},) (predictions of such an "
                "output are then not recorded)."
            )
        warn(f"Latentris: the model's output has shape {tuple(logits.shape)} for a probe batch of {rows} samples, "
             "not one row per sample: its predictions are not recorded (the site shows no predictions). Return "
             f"({rows}, classes) logits from forward to record them.")
        return None
    pred = predictions_from_output(logits)
    if pred is None:
        per_token = (" A per-token output (N, T, V) has no per-sample prediction: token-level probes are not "
                     "supported; pass `loss_fn(output, labels)` returning one loss per sample to record losses."
                     if logits.ndim == 3 and loss_fn is None else "")
        warn(f"Latentris: the model's output has shape {tuple(logits.shape)}; predictions need ({rows}, classes) "
             f"logits or ({rows},) binary logits, so none are recorded (the site shows no predictions).{per_token}")
    return pred


def _losses(output: object, labels: torch.Tensor, rows: int, loss_fn: Callable | None, where: str) -> torch.Tensor:
    """``loss_fn(output, labels)`` checked to be per sample: shape ``(rows,)``, never broadcast."""
    assert loss_fn is not None
    try:
        loss = loss_fn(output, labels)
    except Exception as err:
        raise MisconfigurationException(
            f"Latentris: `loss_fn` raised on {where} (output {describe(output)}, labels {describe(labels)}): "
            f"{type(err).__name__}: {err}\n`loss_fn(output, labels)` receives the model's output for the batch and "
            f"the probe's labels and must return one loss per sample, shape ({rows},)."
        ) from err
    if not isinstance(loss, torch.Tensor) or tuple(loss.shape) != (rows,):
        got = f"shape {tuple(loss.shape)}" if isinstance(loss, torch.Tensor) else type(loss).__name__
        raise MisconfigurationException(
            f"Latentris: `loss_fn` returned {got} on {where}; it must return one loss per sample, shape ({rows},) "
            "(e.g. `cross_entropy(..., reduction=\"none\")`, and for per-token losses the mean over each sample's "
            "tokens)."
        )
    return loss


# ----------------------------------------------------------------------------------------------- module inputs
def _has_tensor(values: Iterable[object]) -> bool:
    return any(isinstance(v, torch.Tensor) for v in values)


def module_input(layer: str, args: tuple, kwargs: Mapping[str, Any], select: int | str | None) -> object:
    """What a ``<module>:input`` layer records from one call: the positional arguments (a tuple), or the keyword
    arguments (a dict) when no positional one is a tensor (a model called as ``model(**batch)``, BERT's
    ``model(input_ids=..., attention_mask=...)``) or when ``select`` names a key. The reducer then takes the first
    tensor, or the ``select``-ed element or key.

    Raises:
        MisconfigurationException: if the module was called with no tensor at all, naming what it received.
    """
    if isinstance(select, str) or (not _has_tensor(args) and _has_tensor(kwargs.values()) and select is None):
        return dict(kwargs)
    if _has_tensor(args) or select is not None:
        return args
    received = ", ".join([type(a).__name__ for a in args] + [f"{k}={type(v).__name__}" for k, v in kwargs.items()])
    raise MisconfigurationException(
        f"Layer {layer!r} records the input of its module, but the module was called with no tensor argument "
        f"(received: {received or 'nothing'}). Record the module's output (drop ':input'), or the input of a "
        "sub-module that receives the tensor you want."
    )


# ----------------------------------------------------------------------------------------------- the probe pass
class NullSink:
    """A :class:`Sink` that keeps nothing (the pre-training check of a probe batch)."""

    def write_rows(self, layer: str, start: int, rows: np.ndarray) -> None:
        pass

    def write_outputs(self, start: int, predictions: np.ndarray, losses: np.ndarray | None = None) -> None:
        pass


class Sink(Protocol):
    """Receives a snapshot's rows as they are produced (the run store's ``SnapshotWriter`` is one)."""

    def write_rows(self, layer: str, start: int, rows: np.ndarray) -> None: ...

    def write_outputs(self, start: int, predictions: np.ndarray, losses: np.ndarray | None = None) -> None: ...


@dataclass
class CapturedArrays:
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
        all_gather: gathers a tensor from every rank into ``(world_size, *shape)``
            (e.g. ``LightningModule.all_gather``).
    """

    rank: int = 0
    world_size: int = 1
    all_gather: Callable[..., Any] | None = None


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
    layers: Sequence[LayerInfo] | Sequence[str],
    *,
    sink: Sink | None = None,
    reducers: Mapping[str, LayerReducer] | None = None,
    device: torch.device | str = "cpu",
    batch_size: int = 256,
    forward_context: Callable[[], AbstractContextManager] | None = None,
    loss_fn: Callable[[Any, torch.Tensor], torch.Tensor] | None = None,
    dist: Distributed = Distributed(),
    forward: ForwardFn | None = None,
    max_batches: int | None = None,
    warn: Callable[[str], None] | None = None,
) -> CapturedArrays | None:
    """Run the probe through ``model`` and send the reduced activations of ``layers`` to ``sink``.

    With ``sink=None`` the snapshot is collected in memory and returned. Under DDP (``dist.world_size > 1``) every rank
    must call this; each runs its contiguous share of the probe, and only rank zero's sink receives rows. Each batch
    goes in as training passes it (:func:`~latentris_lightning.capture.inputs.call_model`: ``model(x)``,
    ``model(**x)`` for dict inputs, ``model(*x)`` for tuples) or through ``forward(model, x)``.
    ``max_batches`` stops after that many batches (the pre-training check runs the first one). Predictions are
    recorded only from logits with one row per sample; otherwise ``warn`` (default: :func:`warnings.warn`) is told
    once and the predictions stay unknown (``-1``).

    Raises:
        RuntimeError: if a layer is not called exactly once per forward pass.
        MisconfigurationException: if a layer's output cannot be reduced as configured; if the model or ``loss_fn``
            raises (re-raised naming the probe batch, its shapes and the failing layer); if the output has no row per
            sample and there is no ``loss_fn``; if ``loss_fn`` does not return one loss per sample.
    """
    infos = [layer if isinstance(layer, LayerInfo) else _named(model, layer) for layer in layers]
    reducers = reducers or make_reducers(model, infos)
    modules = dict(model.named_modules())
    collected: dict[str, list[torch.Tensor]] = {info.name: [] for info in infos}
    own_sink = sink is None and dist.rank == 0
    if own_sink:
        sink = ArraySink(len(probe))

    def hook_for(info: LayerInfo) -> Callable:
        reducer = reducers[info.name]
        if info.hook == "input":
            def pre_hook(_module: nn.Module, args: tuple, kwargs: dict[str, Any]) -> None:
                collected[info.name].append(reducer(module_input(info.name, args, kwargs, reducer.select)).detach()
                                            .float())
            return pre_hook

        def hook(_module: nn.Module, _inputs: object, output: object) -> None:
            collected[info.name].append(reducer(output).detach().float())
        return hook

    n = len(probe)
    shard = math.ceil(n / dist.world_size)
    lo, hi = dist.rank * shard, min(n, (dist.rank + 1) * shard)
    step = min(batch_size, shard)
    context = forward_context or nullcontext
    warned: list[str] = []

    def warn_once(message: str) -> None:  # the first batch's words: the same in every snapshot of a run
        if not warned:
            warned.append(message)
            (warn or warnings.warn)(message)

    with observing(model):
        handles = []
        for info in infos:
            module = modules[info.module]
            if info.hook == "input":
                handles.append(module.register_forward_pre_hook(hook_for(info), with_kwargs=True))
            else:
                handles.append(module.register_forward_hook(hook_for(info)))
        try:
            for offset in range(0, shard, step):
                if max_batches is not None and offset >= max_batches * step:
                    break
                start = lo + offset
                count = max(0, min(step, hi - start))
                if dist.world_size == 1 or count == step:
                    # a contiguous range: a view of the probe, no gather copy, no padding rows
                    rows_in = count
                    x = to_device(take(probe.inputs, slice(start, start + count)), device)
                    y = torch.as_tensor(probe.labels[start : start + count]).to(device)
                else:
                    # every rank runs the same number of equally sized batches (all_gather needs equal shapes);
                    # a rank past the end of the probe pads with row 0, and those rows are dropped on rank zero
                    rows_in = step
                    index = torch.arange(start, start + step).clamp_(max=n - 1)
                    index[count:] = 0
                    x = to_device(take(probe.inputs, index), device)
                    y = torch.as_tensor(probe.labels[index.numpy()]).to(device)
                for rows in collected.values():
                    rows.clear()
                mask = attention_mask(x)  # token reductions average real tokens only
                for reducer in reducers.values():
                    reducer.mask = mask
                where = (f"probe batch {offset // step}{f' of rank {dist.rank}' if dist.world_size > 1 else ''} "
                         f"(samples {start}..{start + max(count, 1) - 1} of {n})")
                output = _forward(model, x, context, where, forward)
                pred = _predictions(output, rows_in, loss_fn, warn_once)
                loss = (_losses(output, y, rows_in, loss_fn, where) if loss_fn is not None
                        else default_loss(output, y) if pred is not None else None)
                batch = {name: _one_call(name, rows, rows_in) for name, rows in collected.items()}
                batch["__pred__"] = (pred if pred is not None else torch.full((rows_in,), -1, device=y.device)).float()
                batch["__loss__"] = (
                    loss if loss is not None else torch.full((rows_in,), float("nan"), device=y.device)
                )
                _deliver(batch, sink, dist, n, shard, offset, step)
        finally:
            for handle in handles:
                handle.remove()
            for reducer in reducers.values():
                reducer.mask = None
    if not own_sink:
        return None
    return CapturedArrays(
        activations=sink.activations,  # type: ignore[union-attr]
        predictions=sink.predictions,  # type: ignore[union-attr]
        losses=sink.losses,  # type: ignore[union-attr]
        layers={name: reducer.describe() for name, reducer in reducers.items()},
    )


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
