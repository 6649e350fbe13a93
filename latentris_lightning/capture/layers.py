"""Which modules are recorded: names, globs, types and ``:input`` entries resolved against the
model (errors list the model's modules), and the default layers.
"""

from __future__ import annotations

import difflib
import itertools
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
    if entries and INPUT_SUFFIX in entries:
        raise MisconfigurationException(
            f"`layers` entry {INPUT_SUFFIX!r} names no module: the LightningModule's own input is the probe itself. "
            "Record the input of a module, '<module>:input' (e.g. 'model:input' for a wrapped model called with "
            "keyword arguments, which records its first tensor argument), or a module's output."
        )
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


@dataclass(frozen=True)
class RepeatGroup:
    """Sibling modules of one class, with parameters, whose names differ only by digits: the children of a
    ``ModuleList``/``Sequential`` (``encoder.layer.0``, ``encoder.layer.1``, …) or ``layer1`` … ``layer4``.

    Attributes:
        members: the modules' names, in model order.
        module_type: their class name.
        n_params: parameters held by the members together (each tensor once).
    """

    members: tuple[str, ...]
    module_type: str
    n_params: int

    @property
    def pattern(self) -> str:
        """The members as one name with their digit runs collapsed, e.g. ``"model.bert.encoder.layer.{0..11}"``."""
        return ", ".join(module_tree(self.members))


def _n_params(modules: Sequence[nn.Module]) -> int:
    return sum(p.numel() for p in {id(p): p for m in modules for p in m.parameters()}.values())


def repeat_groups(model: nn.Module) -> list[RepeatGroup]:
    """Every repeat group of ``model`` (at least two members), in model order. One pass over the module tree."""
    groups: list[RepeatGroup] = []
    for parent, module in model.named_modules():
        siblings: dict[tuple[type, str], list[tuple[str, nn.Module]]] = {}
        for name, child in module.named_children():
            if _DIGITS.search(name) and any(True for _ in child.parameters()):
                key = (type(child), _DIGITS.sub("#", name))
                siblings.setdefault(key, []).append((f"{parent}.{name}" if parent else name, child))
        groups.extend(RepeatGroup(tuple(n for n, _ in members), cls.__name__, _n_params([m for _, m in members]))
                      for (cls, _), members in siblings.items() if len(members) >= 2)
    return groups


def _evenly_spaced(n: int, count: int) -> list[int]:
    return sorted({round(i) for i in np.linspace(0, n - 1, min(count, n))})


def default_layers(model: nn.Module, count: int = 4) -> list[LayerInfo]:
    """Up to ``count`` evenly spaced blocks plus the penultimate representation, looking inside wrapped models.

    The blocks come from the model's largest *repeat group* (:func:`repeat_groups`; largest by parameters held):
    the layers of a transformer (BERT's ``encoder.layer``, GPT-2's ``transformer.h``), the residual stages of a
    ResNet (``layer1`` … ``layer4``), the layers of an MLP, at whatever depth a LightningModule wraps them
    (``self.model``, ``self.net``). The head itself is never a block. Without a repeat group, the blocks are the
    model's children that hold parameters, with containers (``Sequential``, ``ModuleList``, ``ModuleDict``) opened
    up. The penultimate representation is the *input* of the last module with parameters (the features a classifier
    head sees), recorded as ``"<head>:input"``. Each layer's ``reason`` says why it was chosen
    (:func:`describe_choice` makes it one line).

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

    def not_head(name: str) -> bool:
        return name != head_name and not head_name.startswith(name + ".")

    groups = [g for g in repeat_groups(model) if sum(map(not_head, g.members)) >= 2]
    if groups:
        group = max(groups, key=lambda g: g.n_params)  # the first of equals: the outermost
        members = [n for n in group.members if not_head(n)]
        picks = _evenly_spaced(len(members), count)
        share = group.n_params / max(_n_params([model]), 1)
        reason = (f"default: {len(picks)} evenly spaced of the {len(members)} {group.module_type} blocks "
                  f"{group.pattern}, the largest repeat group: {share:.0%} of the parameters")
        chosen = [LayerInfo(members[i], members[i], group.module_type, reason) for i in picks]
    else:
        body = [b for b in blocks if not_head(b[0])] or blocks[:1]
        reason = "default: evenly spaced blocks (no repeat group found)"
        chosen = [LayerInfo(body[i][0], body[i][0], type(body[i][1]).__name__, reason)
                  for i in _evenly_spaced(len(body), count)]
    chosen.append(LayerInfo(head_name + INPUT_SUFFIX, head_name, type(head).__name__,
                            "default: penultimate representation, the input of the last layer", "input"))
    return chosen


def describe_choice(layers: Sequence[LayerInfo]) -> str:
    """One line: the layers chosen, grouped by why (``LayerInfo.reason``), in order."""
    parts: list[str] = []
    for reason, infos in itertools.groupby(layers, key=lambda i: i.reason):
        parts.append(f"{', '.join(i.name for i in infos)} ({reason.removeprefix('default: ')})")
    return "; ".join(parts)


def _named(model: nn.Module, name: str) -> LayerInfo:
    (info,) = [i for i in resolve_layers(model, [name]) if i.name == name]
    return info
