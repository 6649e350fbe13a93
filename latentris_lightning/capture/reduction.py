"""How a layer's output becomes one vector per sample: tuple/dict selection, conv pooling,
token reductions (over real tokens only when the probe has an ``attention_mask``), sketched flatten.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import nn

from latentris_lightning.capture.layers import LayerInfo
from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.globs import glob_match

#: Reductions of a layer output to one vector per sample. ``token:<i>`` picks token ``i`` of a sequence.
REDUCTIONS = ("auto", "mean", "max", "flatten", "tokens_mean", "token:<i>")
#: ``flatten`` outputs wider than this are sketched down to it (seeded signed hashing, a sparse random projection).
DEFAULT_MAX_DIM = 4096
_TOKEN = re.compile(r"token:(-?\d+)$")
_CHANNELS_FIRST_1D = (nn.Conv1d, nn.ConvTranspose1d, nn.BatchNorm1d, nn.InstanceNorm1d, nn.MaxPool1d, nn.AvgPool1d,
                      nn.AdaptiveAvgPool1d, nn.AdaptiveMaxPool1d)


# ----------------------------------------------------------------------------------------------- reducing outputs
def check_reduction(reduction: str) -> str:
    if not isinstance(reduction, str) or not (reduction in REDUCTIONS[:-1] or _TOKEN.match(reduction)):
        raise MisconfigurationException(f"Reduction {reduction!r} is not supported; choose one of {REDUCTIONS}.")
    return reduction


def per_layer(value: object, layer: str, default: Any) -> Any:
    """Resolve a setting given as one value or as ``{glob pattern: value}`` (first matching pattern wins; globs follow
    :mod:`latentris_lightning.globs`)."""
    if isinstance(value, Mapping):
        for pattern, setting in value.items():
            if glob_match(layer, pattern):
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
        mask: the current batch's ``(B, T)`` bool ``attention_mask`` (True = real token), set by the probe pass. A
            ``(B, T, D)`` output then averages real tokens only under ``tokens_mean``, and ``token:-k`` counts from
            the last real token (``token:-1``: the last real token); ``token:k`` (k ≥ 0) counts from the start.
            Whether the mask applied is recorded (``describe()["attention_mask"]``).
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
    mask: torch.Tensor | None = field(default=None, repr=False)
    masked: bool | None = None
    _sketch: tuple[torch.Tensor, torch.Tensor] | None = field(default=None, repr=False)

    def describe(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"reduction": self.resolved, "output_shape": self.output_shape}
        if self.selected is not None:
            meta["selected"] = self.selected
        if self.masked is not None:
            meta["attention_mask"] = self.masked
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
            index: int | str | None
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
            mask = self._token_mask(x)
            if mask is None:
                return x.mean(dim=1)
            real = torch.where(mask.unsqueeze(-1), x.float(), 0.0).sum(dim=1)
            return real / mask.sum(dim=1, keepdim=True).clamp_min(1)
        token = _TOKEN.match(how)
        if token:
            index = int(token.group(1))
            if not -x.shape[1] <= index < x.shape[1]:
                raise MisconfigurationException(
                    f"Reduction {how!r} of layer {self.layer!r}: the output has {x.shape[1]} tokens."
                )
            mask = self._token_mask(x) if index < 0 else None
            if mask is None:
                return x[:, index]
            last = x.shape[1] - 1 - mask.flip(1).int().argmax(dim=1)  # the last real token (any padding side)
            position = last + 1 + index
            if bool((position < 0).any()):
                short = int(torch.nonzero(position < 0)[0, 0])
                raise MisconfigurationException(
                    f"Reduction {how!r} of layer {self.layer!r}: a probe sample (row {short} of its batch) has only "
                    f"{int(mask[short].sum())} real tokens."
                )
            return x[torch.arange(x.shape[0], device=x.device), position]
        flat = x.flatten(1)
        if flat.shape[1] <= self.max_dim:
            return flat
        self.resolved = f"flatten+sketch:{self.max_dim}"
        return self._sketched(flat)

    def _token_mask(self, x: torch.Tensor) -> torch.Tensor | None:
        """The batch's attention mask if it fits this ``(B, T, D)`` output (else ``None``, recorded)."""
        if self.mask is None:
            return None
        fits = x.ndim == 3 and tuple(self.mask.shape) == tuple(x.shape[:2])
        self.masked = fits if self.masked is None else self.masked and fits
        return self.mask.to(x.device) if fits else None

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
