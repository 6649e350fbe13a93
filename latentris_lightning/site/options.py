"""An export's settings in one validated object: what goes into a site, and, for several runs, how they are compared.

Every entry point (:func:`~latentris_lightning.site.export.export_site`, ``export_compare``, the CLI, live mode, the
callback's fit-end export) takes the same keywords and turns them into one :class:`ExportOptions`, so a setting is
spelled, defaulted and checked in one place.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any

from latentris_lightning.analysis.flow import VectorFieldKMeans
from latentris_lightning.projection.pipeline import AXES
from latentris_lightning.projection.variants import MethodSpec, expand_methods
from latentris_lightning.site.bundle import ALLOWED_POSITION_BITS, POSITION_BITS
from latentris_lightning.store.matching import MATCH_BY

#: the settings that only a site comparing several runs uses, with their defaults
COMPARE_ONLY = {"names": None, "intersection": False, "match_by": None, "layer_map": None, "cross_weight": 1.0}


@dataclass(frozen=True)
class ExportOptions:
    """The settings of one export, checked when made (a bad value raises ``ValueError`` naming it and what is allowed).

    Args:
        methods: projection methods by name (``latentris export --help`` lists them).
        params: estimator parameters per method name, e.g. ``{"joint": {"n_neighbors": 30}}``.
        variants: several settings of a method as separate entries (``{"joint": {"n_neighbors": [5, 15, 50]}}`` or
            ``["joint:n_neighbors=5,15,50"]``; :func:`~latentris_lightning.projection.variants.expand_methods`).
        axis: what a projection aligns: a layer over the snapshots (``"epochs"``) or a snapshot through the layers
            (``"layers"``; single-run sites only).
        title: the page title (default: the run's recorded title, else its folder name or the run names).
        seed: the seed of every projection and flow fit; recorded in the manifest.
        cache: reuse projections cached in the run store (``cache/projections``).
        flow: fit flow fields to every trajectory set; a mapping gives
            :class:`~latentris_lightning.analysis.flow.VectorFieldKMeans` parameters, ``False`` leaves them out.
        progress: progress bars on stderr, one per stage (:mod:`latentris_lightning.stages`): ``None`` (default)
            when stderr is a terminal, ``True`` always, ``False`` never.
        position_bits: 12 (4,096 steps per axis of each (method, layer)'s box) or 16 (deep zooms; a third more
            bytes).
        alert_rules: alert rules as the callback's argument takes them (default: the rules recorded in the run;
            single-run sites only).
        names: comparing runs: a display name per run (default: the runs' folder names).
        intersection: comparing runs: keep the probe samples all runs share instead of refusing different probes.
        match_by: comparing runs: what identifies a sample (:data:`~latentris_lightning.store.matching.MATCH_BY`).
        layer_map: comparing runs: which layers are embedded together (default: the k-th layer of every run).
        cross_weight: comparing runs: strength of the ties between runs at the same epoch (``0``: untied).
        warm_start: live mode's exports: start from the previous live export's positions and fit only what the new
            snapshots change (:mod:`latentris_lightning.projection.warm`; single-run sites along epochs only). The
            final export leaves it off: the full fit.
    """

    methods: Sequence[str] = ("joint", "pca")
    params: Mapping[str, Mapping[str, Any]] | None = None
    variants: Any = None
    axis: str = "epochs"
    title: str | None = None
    seed: int = 0
    cache: bool = True
    flow: bool | Mapping[str, Any] = True
    progress: bool | None = None
    position_bits: int = POSITION_BITS
    alert_rules: Any = None
    names: Sequence[str] | None = None
    intersection: bool = False
    match_by: str | None = None
    layer_map: Sequence[Sequence[str | int]] | None = None
    cross_weight: float = 1.0
    warm_start: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "methods", tuple(self.methods))
        if self.axis not in AXES:
            raise ValueError(f"axis={self.axis!r} is not supported; choose one of {AXES}.")
        if self.position_bits not in ALLOWED_POSITION_BITS:
            raise ValueError(
                f"position_bits={self.position_bits!r} is not allowed; choose one of {ALLOWED_POSITION_BITS}."
            )
        if self.match_by is not None and self.match_by not in MATCH_BY:
            raise ValueError(f"match_by={self.match_by!r} is not allowed; choose one of {MATCH_BY}.")
        if not isinstance(self.warm_start, bool):
            raise ValueError(f"warm_start={self.warm_start!r} must be True or False.")
        if self.warm_start and self.axis != "epochs":
            raise ValueError(f"warm_start=True follows snapshots along epochs; axis={self.axis!r} cannot take it.")
        weight = self.cross_weight
        if not (isinstance(weight, (int, float)) and not isinstance(weight, bool) and math.isfinite(weight)
                and weight >= 0):
            raise ValueError(f"cross_weight={weight!r} must be a finite number ≥ 0.")
        _ = self.flow_params, self.specs  # unknown methods, parameters or flow settings fail here, not mid-export

    @classmethod
    def of(cls, options: ExportOptions | None = None, **settings: Any) -> ExportOptions:
        """``options`` with ``settings`` applied (each a field name), or new options from ``settings`` alone.

        Raises:
            TypeError: for a setting that is not a field, naming the allowed ones.
        """
        allowed = [f.name for f in fields(cls) if not f.name.startswith("_")]
        unknown = sorted(set(settings) - set(allowed))
        if unknown:
            raise TypeError(f"unknown export settings {unknown}; allowed: {allowed}.")
        if options is None:
            return cls(**settings)
        if not settings:
            return options
        current = {name: getattr(options, name) for name in allowed}
        return cls(**{**current, **settings})

    @cached_property
    def specs(self) -> list[MethodSpec]:
        """The method entries of the site: each method, or each of its variants (``docs/compare.md#variants``)."""
        return expand_methods(list(self.methods), self.params, self.variants)

    @cached_property
    def flow_params(self) -> dict[str, Any] | None:
        """The flow fit's parameters (``{}``: the defaults), or ``None`` for a site without flow fields."""
        flow = self.flow
        if flow is False or flow is None:
            return None
        if flow is True:
            return {}
        if not isinstance(flow, Mapping):
            raise ValueError(
                f"flow={flow!r} is not allowed; pass True, False or a mapping of VectorFieldKMeans parameters."
            )
        allowed = set(VectorFieldKMeans().get_params())
        unknown = sorted(set(flow) - allowed)
        if unknown:
            raise ValueError(f"flow parameters {unknown} are unknown; choose from {sorted(allowed)}.")
        return dict(flow)

    def compare_settings(self) -> list[str]:
        """The comparing-only settings given a value other than their default."""
        return [name for name, default in COMPARE_ONLY.items() if getattr(self, name) != default]

    def check_runs(self, n_runs: int) -> None:
        """Refuse settings that cannot take effect for ``n_runs`` runs (a single run has nothing to compare; several
        runs align along epochs, each with its recorded alert rules)."""
        if n_runs < 1:
            raise ValueError("no run given; pass a run directory (or several, to compare them).")
        if n_runs == 1 and self.compare_settings():
            raise TypeError(f"{self.compare_settings()} only apply when comparing runs; pass several runs.")
        if n_runs > 1 and self.warm_start:
            raise ValueError("warm_start=True is for one run's live exports; a comparison is fitted in full.")
        if n_runs > 1 and (self.axis != "epochs" or self.alert_rules is not None):
            raise ValueError("a multi-run export aligns along epochs with each run's recorded alert rules; "
                             "axis and alert_rules are for single-run exports.")
