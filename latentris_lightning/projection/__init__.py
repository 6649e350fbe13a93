"""Aligned projection methods, by name.

>>> from latentris_lightning.projection import get_method
>>> method = get_method("pca", n_components=3)
>>> embeddings = method.fit_transform([activations_epoch0, activations_epoch1])  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.projection.base import ProjectionMethod, validate_series
from latentris_lightning.projection.joint import JointEmbedding
from latentris_lightning.projection.pca import AlignedPCA
from latentris_lightning.projection.tsne import ChainedTSNE, IndependentTSNE
from latentris_lightning.projection.umap import AlignedUMAPProjection, IndependentUMAP
from latentris_lightning.projection.vff import StressAlignmentProjection

_REGISTRY: dict[str, type[ProjectionMethod]] = {}


def register_method(cls: type[ProjectionMethod]) -> type[ProjectionMethod]:
    """Make a :class:`ProjectionMethod` subclass available by its ``name``; usable as a class decorator."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no `name`")
    _REGISTRY[cls.name] = cls
    return cls


def available_methods() -> list[str]:
    return sorted(_REGISTRY)


def check_method_names(names: object) -> list[str]:
    """Validate a list of method names; raise an error listing the available ones."""
    if isinstance(names, str):
        names = [names]
    names = list(names)  # type: ignore[call-overload]
    if not names:
        raise MisconfigurationException(f"At least one projection method is needed; choose from {available_methods()}.")
    for name in names:
        if name not in _REGISTRY:
            raise MisconfigurationException(
                f"Unknown projection method {name!r}; available methods: {available_methods()}."
            )
    return list(dict.fromkeys(names))


def get_method(name: str, **params: Any) -> ProjectionMethod:
    """A fresh estimator of the method called ``name``."""
    check_method_names([name])
    return _REGISTRY[name](**params)


register_method(AlignedPCA)
register_method(JointEmbedding)
register_method(StressAlignmentProjection)
register_method(AlignedUMAPProjection)
register_method(IndependentUMAP)
register_method(ChainedTSNE)
register_method(IndependentTSNE)

__all__ = [
    "AlignedPCA",
    "JointEmbedding",
    "ProjectionMethod",
    "StressAlignmentProjection",
    "available_methods",
    "check_method_names",
    "get_method",
    "register_method",
    "validate_series",
]
