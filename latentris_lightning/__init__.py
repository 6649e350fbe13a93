"""Latentris Lightning: watch a network's representations organise themselves during training.

Add :class:`Latentris` to ``Trainer(callbacks=[...])``; when fit ends, open ``<output_dir>/site/index.html``.

The package is laid out by stage, data flowing one way (``docs/architecture.md``)::

    capture/ ──► store/ ──► projection/ + analysis/ ──► site/

The public names below are imported lazily, on first use, so ``import latentris_lightning`` (and ``latentris serve``)
does not import torch.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from latentris_lightning._version import __version__

#: public name -> the module that defines it
_PUBLIC = {
    "Latentris": "latentris_lightning.capture.callback",
    "Probe": "latentris_lightning.capture.probe",
    "Collapse": "latentris_lightning.analysis.alerts",
    "Divergence": "latentris_lightning.analysis.alerts",
    "DriftSpike": "latentris_lightning.analysis.alerts",
    "SeparationRegression": "latentris_lightning.analysis.alerts",
    "compute_run_metrics": "latentris_lightning.analysis.metrics",
    "sample_dynamics": "latentris_lightning.analysis.dynamics",
    "SampleDynamics": "latentris_lightning.analysis.dynamics",
    "Run": "latentris_lightning.store.reader",
    "load_run": "latentris_lightning.store.reader",
    "export_site": "latentris_lightning.site.export",
    "export_compare": "latentris_lightning.site.export",
    "show": "latentris_lightning.site.notebook",
}

__all__ = [  # kept literal for linters; tests/test_layout.py checks it against _PUBLIC
    "Collapse",
    "Divergence",
    "DriftSpike",
    "Latentris",
    "Probe",
    "Run",
    "SampleDynamics",
    "SeparationRegression",
    "__version__",
    "compute_run_metrics",
    "export_compare",
    "export_site",
    "load_run",
    "sample_dynamics",
]

if TYPE_CHECKING:
    from latentris_lightning.analysis.alerts import Collapse, Divergence, DriftSpike, SeparationRegression
    from latentris_lightning.analysis.dynamics import SampleDynamics, sample_dynamics
    from latentris_lightning.analysis.metrics import compute_run_metrics
    from latentris_lightning.capture.callback import Latentris
    from latentris_lightning.capture.probe import Probe
    from latentris_lightning.site.export import export_compare, export_site
    from latentris_lightning.site.notebook import show as show
    from latentris_lightning.store.reader import Run, load_run


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'latentris_lightning' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
