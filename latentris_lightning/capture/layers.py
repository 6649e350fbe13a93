"""Which modules are recorded: names, globs, types and ``:input`` entries resolved against the
model (errors list the model's modules), and the default layers.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from torch import nn

from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.globs import glob_match

#: Suffix of a layer entry that records the *input* of a module instead of its output (e.g. ``"fc:input"``).
INPUT_SUFFIX = ":input"

_DIGITS = re.compile(r"(\d+)")
_CONTAINERS = (nn.Sequential, nn.ModuleList, nn.ModuleDict)

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


def _ranges(values: Sequence[str]) -> str:
    """``["0", "1", "2", "5"]`` → ``"{0..2,5}"``; one value stays as it is."""
    nums = sorted({int(v) for v in values})
    if len(nums) == 1:
        return values[0]
    runs: list[str] = []
    start = prev = nums[0]
    for n in [*nums[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        runs.append(str(start) if start == prev else f"{start}..{prev}")
        if n is not None:
            start = prev = n
    return "{" + ",".join(runs) + "}"


def module_tree(names: Sequence[str]) -> list[str]:
    """The module names shortened by collapsing digit runs, in model order: ``encoder.layer.{0..11}.attention``
    stands for the twelve ``encoder.layer.<i>.attention``. Linear in the number of names."""
    groups: dict[tuple[str, ...], list[list[str]]] = {}
    for name in names:
        parts = _DIGITS.split(name)  # text, digits, text, digits, …, text
        groups.setdefault(tuple(parts[0::2]), []).append(parts[1::2])
    shown = []
    for texts, digit_lists in groups.items():
        columns = list(zip(*digit_lists, strict=True)) if digit_lists[0] else []
        pieces = [texts[0]]
        for text, column in zip(texts[1:], columns, strict=True):
            pieces += [_ranges(column), text]
        shown.append("".join(pieces))
    return shown


def _format_available(names: Sequence[str], wanted: str | None = None) -> str:
    """The closest names to ``wanted`` first (difflib), then the whole module tree, shortened by pattern."""
    close = difflib.get_close_matches(wanted, names, n=5, cutoff=0.6) if wanted else []
    closest = f"Closest names: {', '.join(repr(n) for n in close)}. " if close else ""
    return closest + "Module tree: " + ", ".join(module_tree(names))


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
    In a glob, ``*`` matches within one dotted name segment and ``**`` any depth (``"encoder.layer.*"``: the layers
    themselves, not their sub-modules; ``"**.output"``: every module named ``output``); see
    :mod:`latentris_lightning.globs`.

    Raises:
        MisconfigurationException: if an entry matches no module; the message lists the closest names, then the
            module tree shortened by pattern (:func:`module_tree`).
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
            is_input = entry.endswith(INPUT_SUFFIX)
            pattern, hook = (entry[: -len(INPUT_SUFFIX)], "input") if is_input else (entry, "output")
            if pattern in modules and pattern:
                matched, reason = [pattern], "named"
            else:
                matched = [n for n in names if glob_match(n, pattern)]
                reason = f"matched pattern {pattern!r}"
            if not matched:
                raise MisconfigurationException(
                    f"Layer {entry!r} matches no module of {type(model).__name__}. "
                    f"{_format_available(names, pattern)}."
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
            f"Pass `layers=[...]`. {_format_available(module_names(model))}."
        )
    head_name, head = leaves[-1]
    body = [b for b in blocks if b[0] != head_name and not head_name.startswith(b[0] + ".")] or blocks[:1]
    picks = sorted({round(i) for i in np.linspace(0, len(body) - 1, min(count, len(body)))})
    chosen = [LayerInfo(body[i][0], body[i][0], type(body[i][1]).__name__, "default: evenly spaced block")
              for i in picks]
    chosen.append(LayerInfo(head_name + INPUT_SUFFIX, head_name, type(head).__name__,
                            "default: penultimate representation (input of the last layer)", "input"))
    return chosen


def _named(model: nn.Module, name: str) -> LayerInfo:
    (info,) = [i for i in resolve_layers(model, [name]) if i.name == name]
    return info
