"""Latentris Lightning: watch a network's representations organise themselves during training.

Add :class:`Latentris` to ``Trainer(callbacks=[...])``; when fit ends, open ``<output_dir>/site/index.html``.
"""

__version__ = "0.1.0"

from latentris_lightning.alerts import Collapse, Divergence, DriftSpike, SeparationRegression
from latentris_lightning.callback import Latentris
from latentris_lightning.compare import export_compare
from latentris_lightning.export import export_site
from latentris_lightning.metrics import compute_run_metrics
from latentris_lightning.store import Run, load_run

__all__ = [
    "Collapse",
    "Divergence",
    "DriftSpike",
    "Latentris",
    "Run",
    "SeparationRegression",
    "compute_run_metrics",
    "export_compare",
    "export_site",
    "load_run",
    "__version__",
]
