"""Method variants: several settings of one projection method exported side by side (``--variant
joint:n_neighbors=5,15,50``), so the viewer can switch between them and show what is robust to the choice.

:func:`expand_methods` turns the methods, their parameters and the variants into :class:`MethodSpec` entries, one per
exported projection: ``"joint"`` alone, or ``"joint n_neighbors=5"``, ``"joint n_neighbors=15"``, … in its place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from latentris_lightning.projection import check_method_names, get_method

#: Parameters that a variant may not set: they are the export's own (seed) or the compare graph's.
RESERVED = ("random_state", "ties")


@dataclass(frozen=True)
class MethodSpec:
    """One exported projection: ``name`` (shown in the viewer), the registered ``method``, its ``params``, the file
    name stem ``slug`` of its chunks, and ``variant`` (the parameters that distinguish it; empty for a plain method)."""

    name: str
    method: str
    params: dict[str, Any] = field(default_factory=dict)
    slug: str = ""
    variant: dict[str, Any] = field(default_factory=dict)


def parse_value(text: str) -> Any:
    """``"5"`` → 5, ``"0.5"`` → 0.5, ``"true"``/``"false"`` → bool, ``"none"`` → None, else the string."""
    lowered = text.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("none", "null"):
        return None
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text.strip()


def parse_variant(spec: str) -> tuple[str, str, list[Any]]:
    """``"joint:n_neighbors=5,15,50"`` → ``("joint", "n_neighbors", [5, 15, 50])``.

    Raises:
        ValueError: for a malformed spec, naming it and the expected form.
    """
    match = re.fullmatch(r"\s*([A-Za-z0-9_]+)\s*:\s*([A-Za-z0-9_]+)\s*=\s*(.+?)\s*", spec)
    if not match:
        raise ValueError(f"variant {spec!r} is not of the form METHOD:PARAM=V1,V2,… (e.g. joint:n_neighbors=5,15,50).")
    values = [parse_value(v) for v in match.group(3).split(",") if v.strip()]
    if not values:
        raise ValueError(f"variant {spec!r} lists no value.")
    return match.group(1), match.group(2), values


def check_variants(
    variants: Mapping[str, Mapping[str, Sequence[Any]]] | Sequence[str] | None,
) -> dict[str, dict[str, list[Any]]]:
    """Variants as ``{method: {param: [values]}}``, from that mapping or from ``METHOD:PARAM=V1,V2`` strings.

    Raises:
        ValueError: for an unknown parameter (listing the method's), a reserved one, or a repeated value.
        MisconfigurationException: for an unknown method.
    """
    if variants is None:
        return {}
    if isinstance(variants, str):
        variants = [variants]
    out: dict[str, dict[str, list[Any]]] = {}
    if isinstance(variants, Mapping):
        items = [
            (m, p, list(v) if isinstance(v, (list, tuple)) else [v])
            for m, ps in variants.items()
            for p, v in ps.items()
        ]
    else:
        items = [parse_variant(spec) for spec in variants]
    for method, param, values in items:
        check_method_names([method])
        allowed = sorted(set(get_method(method).get_params()) - set(RESERVED))
        if param not in allowed:
            raise ValueError(f"variant {method}:{param}: {method!r} has no parameter {param!r}; choose from {allowed}.")
        if len({repr(v) for v in values}) != len(values):
            raise ValueError(f"variant {method}:{param} repeats a value: {values}.")
        if not values:
            raise ValueError(f"variant {method}:{param} lists no value.")
        out.setdefault(method, {})
        if param in out[method]:
            raise ValueError(f"variant {method}:{param} is given twice; list all its values once.")
        out[method][param] = list(values)
    return out


def slugify(name: str) -> str:
    """A file-name stem for a method entry: letters, digits, ``_``, ``.`` and ``-`` only."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name.replace("=", "-")).strip("_") or "method"


def expand_methods(
    methods: Sequence[str],
    params: Mapping[str, Mapping[str, Any]] | None = None,
    variants: Mapping[str, Mapping[str, Sequence[Any]]] | Sequence[str] | None = None,
) -> list[MethodSpec]:
    """One :class:`MethodSpec` per exported projection.

    A method with variants is exported once per value of each varied parameter (``params`` apply to all), in the
    place of its plain entry (appended when ``methods`` does not name it); the others once, as given.
    """
    names = check_method_names(methods)
    parsed = check_variants(variants)
    params = dict(params or {})
    order = names + [m for m in parsed if m not in names]
    specs: list[MethodSpec] = []
    for method in order:
        base = dict(params.get(method, {}))
        if method not in parsed:
            specs.append(MethodSpec(method, method, base, slugify(method)))
            continue
        for param, values in parsed[method].items():
            for value in values:
                name = f"{method} {param}={value}"
                specs.append(MethodSpec(name, method, {**base, param: value}, slugify(name), {param: value}))
    slugs = [s.slug for s in specs]
    if len(set(slugs)) != len(slugs):
        raise ValueError(f"two exported methods would share a file name: {slugs}; make the variants' values distinct.")
    return specs
