"""Aligned projection methods, by name.

>>> from latentris_lightning.projection import get_method
>>> method = get_method("pca", n_components=3)
>>> embeddings = method.fit_transform([activations_epoch0, activations_epoch1])  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

#: the built-in methods: name -> (module, class), imported on first use (``latentris serve`` never imports torch)
BUILT_IN = {
    "pca": ("latentris_lightning.projection.pca", "AlignedPCA"),
    "joint": ("latentris_lightning.projection.joint", "JointEmbedding"),
    "stress": ("latentris_lightning.projection.stress", "StressAlignmentProjection"),
    "umap": ("latentris_lightning.projection.umap", "AlignedUMAPProjection"),
    "umap_independent": ("latentris_lightning.projection.umap", "IndependentUMAP"),
    "tsne": ("latentris_lightning.projection.tsne", "ChainedTSNE"),
    "tsne_independent": ("latentris_lightning.projection.tsne", "IndependentTSNE"),
}
_EXPORTED = {cls: module for module, cls in BUILT_IN.values()} | {
    "ProjectionMethod": "latentris_lightning.projection.base",
    "validate_series": "latentris_lightning.projection.base",
}
#: methods registered at run time (:func:`register_method`), by name
_REGISTRY: dict[str, type] = {}
#: names of earlier releases -> today's (a run or script using an old name gets a pointer, not a bare "unknown")
RENAMED = {"vff": "stress", "aligned_umap": "umap"}


def register_method(cls: type[Any]) -> type[Any]:
    """Make a :class:`~latentris_lightning.projection.base.ProjectionMethod` subclass available by its ``name``;
    usable as a class decorator."""
    if not getattr(cls, "name", ""):
        raise ValueError(f"{cls.__name__} has no `name`")
    _REGISTRY[cls.name] = cls
    return cls


def _method_class(name: str) -> type:
    if name not in _REGISTRY:
        module, cls = BUILT_IN[name]
        _REGISTRY[name] = getattr(importlib.import_module(module), cls)
    return _REGISTRY[name]


def __getattr__(name: str) -> Any:
    if name in _EXPORTED:
        return getattr(importlib.import_module(_EXPORTED[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def available_methods() -> list[str]:
    return sorted(set(BUILT_IN) | set(_REGISTRY))


def check_method_names(names: str | Iterable[str]) -> list[str]:
    """Validate a list of method names; raise an error listing the available ones."""
    from latentris_lightning.errors import MisconfigurationException  # lightning's: imported only when checking

    if isinstance(names, str):
        names = [names]
    names = list(names)
    if not names:
        raise MisconfigurationException(f"At least one projection method is needed; choose from {available_methods()}.")
    for name in names:
        if name in RENAMED:
            raise MisconfigurationException(
                f"Projection method {name!r} is now called {RENAMED[name]!r}; available methods: {available_methods()}."
            )
        if name not in BUILT_IN and name not in _REGISTRY:
            raise MisconfigurationException(
                f"Unknown projection method {name!r}; available methods: {available_methods()}."
            )
    return list(dict.fromkeys(names))


def get_method(name: str, **params: Any) -> Any:
    """A fresh estimator of the method called ``name``."""
    check_method_names([name])
    return _method_class(name)(**params)


__all__ = [
    *sorted(_EXPORTED),
    "available_methods",
    "check_method_names",
    "get_method",
    "register_method",
    "validate_series",
]
