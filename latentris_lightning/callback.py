"""The ``Latentris`` callback: decides *when* to capture, hands the probe pass to :mod:`capture`, the result to
:mod:`store`, and at the end of fit asks :mod:`export` for the site."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import lightning.pytorch as pl
from lightning.pytorch.callbacks import Callback
from lightning.pytorch.utilities.rank_zero import rank_zero_info, rank_zero_warn
from typing_extensions import override

from latentris_lightning.capture import REDUCTIONS, LayerInfo, capture_snapshot, resolve_layers
from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.probe import make_probe, validate_class_names
from latentris_lightning.projection import check_method_names
from latentris_lightning.store import DTYPES, RunWriter, has_run

log = logging.getLogger(__name__)

#: With ``epochs=None`` at most this many snapshots are taken, spread over the run.
DEFAULT_MAX_SNAPSHOTS = 20


class Latentris(Callback):
    r"""Record how the representations of chosen layers evolve during ``fit`` and export a 3D viewer site.

    At each scheduled snapshot the probe set is run through the model (eval mode, no grad; every module's training
    flag and every RNG restored afterwards, so training is unchanged) and the chosen layers' outputs are written to a
    run store in ``output_dir/run``. When fit ends, aligned projections and class-geometry metrics are computed and a
    static site is written to ``output_dir/site`` (open ``index.html``; it works offline).

    Snapshot ``e`` is the model after ``e`` completed training epochs; ``0`` is the untrained model, taken before the
    first optimiser step.

    Args:
        probe: the fixed samples to watch: a tuple ``(inputs, labels)`` of tensors or arrays, a ``Dataset`` or a
            ``DataLoader`` yielding ``(x, y)``. Labels are integer class indices.
        layers: module names as in ``model.named_modules()``, glob patterns (``"encoder.*.conv2"``) allowed.
            ``None`` picks up to four evenly spaced layers with parameters, including the last.
        epochs: snapshot schedule, completed epochs (``0`` = before training). ``None``: every epoch when
            ``max_epochs`` ≤ 20, otherwise 20 snapshots spread evenly from 0 to ``max_epochs``.
        class_names: display name for each class index.
        output_dir: folder for the run store (``run/``) and the site (``site/``).
        methods: projection methods to export (see :func:`latentris_lightning.projection.available_methods`).
        reduction: how outputs of shape ``(N, C, *spatial)`` become vectors: ``"mean"`` (global average pool),
            ``"max"`` or ``"flatten"``.
        probe_batch_size: samples per forward pass while capturing.
        dtype: storage precision of activations, ``"float16"`` or ``"float32"``.
        export: write the site when fit ends. With ``False`` only the run store is written; export it later with
            ``latentris export OUTPUT_DIR/run --out SITE``.
        overwrite: replace a run already in ``output_dir``; otherwise that is an error raised before training.
        seed: seed of every random choice in projections, recorded in the run and the site.
        title: title of the site; defaults to the output folder's name.

    Raises:
        MisconfigurationException: for an empty or unlabelled probe, a bad schedule, unknown methods, an unknown
            reduction or dtype (in ``__init__``); for unknown layer names or epochs beyond ``max_epochs`` (in
            ``setup``, before the first training step).

    Example::

        trainer = L.Trainer(max_epochs=20, callbacks=[Latentris(probe=(x, y), layers=["net.1", "net.3"])])
        trainer.fit(model, datamodule)
        # open latentris/site/index.html
    """

    def __init__(
        self,
        probe: Any,
        layers: Sequence[str] | None = None,
        epochs: Sequence[int] | None = None,
        class_names: Sequence[str] | None = None,
        output_dir: str | os.PathLike = "latentris",
        methods: Sequence[str] = ("pca",),
        reduction: str = "mean",
        probe_batch_size: int = 256,
        dtype: str = "float16",
        export: bool = True,
        overwrite: bool = False,
        seed: int = 0,
        title: str | None = None,
    ) -> None:
        super().__init__()
        self.probe = make_probe(probe)
        self.class_names = validate_class_names(class_names, self.probe.n_classes)
        if isinstance(layers, str):
            layers = [layers]
        if layers is not None and (not layers or not all(isinstance(n, str) for n in layers)):
            raise MisconfigurationException(f"`layers` must be a non-empty list of module names or None; got {layers!r}.")
        self.layer_patterns = list(layers) if layers is not None else None
        self.epochs = _validate_epochs(epochs)
        self.methods = check_method_names(methods)
        if reduction not in REDUCTIONS:
            raise MisconfigurationException(f"`reduction={reduction!r}` is not supported; choose one of {REDUCTIONS}.")
        if dtype not in DTYPES:
            raise MisconfigurationException(f"`dtype={dtype!r}` is not supported; choose one of {DTYPES}.")
        if not isinstance(probe_batch_size, int) or probe_batch_size < 1:
            raise MisconfigurationException(f"`probe_batch_size` must be a positive integer; got {probe_batch_size!r}.")
        self.reduction = reduction
        self.probe_batch_size = probe_batch_size
        self.dtype = dtype
        self.output_dir = Path(output_dir)
        self.export = export
        self.overwrite = overwrite
        self.seed = int(seed)
        self.title = title
        self.layers: list[LayerInfo] = []
        self.schedule: list[int] = []
        self._writer: RunWriter | None = None
        self._captured: list[int] = []

    @property
    def run_dir(self) -> Path:
        return self.output_dir / "run"

    @property
    def site_dir(self) -> Path:
        return self.output_dir / "site"

    @property
    def state_key(self) -> str:
        return self._generate_state_key(output_dir=str(self.output_dir), layers=self.layer_patterns)

    @override
    def setup(self, trainer: pl.Trainer, pl_module: pl.LightningModule, stage: str) -> None:
        if stage != "fit":
            return
        self.layers = resolve_layers(pl_module, self.layer_patterns)
        self.schedule = self._resolve_schedule(trainer.max_epochs)
        if not trainer.is_global_zero:
            return
        if has_run(self.run_dir) and not self.overwrite:
            raise MisconfigurationException(
                f"{self.run_dir} already holds a Latentris run; pass `overwrite=True` to replace it or choose another "
                f"`output_dir`. (Its site can be re-exported with `latentris export {self.run_dir} --out "
                f"{self.site_dir}`.)"
            )
        layers = [
            {"name": info.name, "module_type": info.module_type, "reason": info.reason, "reduction": self.reduction}
            for info in self.layers
        ]
        config = {
            "schedule": self.schedule,
            "methods": self.methods,
            "seed": self.seed,
            "title": self.title,
            "probe_batch_size": self.probe_batch_size,
            "model": type(pl_module).__name__,
        }
        self._writer = RunWriter(
            self.run_dir,
            labels=self.probe.labels,
            class_names=self.class_names,
            layers=layers,
            config=config,
            dtype=self.dtype,
            overwrite=self.overwrite,
        )

    def _resolve_schedule(self, max_epochs: int | None) -> list[int]:
        bounded = max_epochs is not None and max_epochs >= 0
        if self.epochs is None:
            if not bounded:
                raise MisconfigurationException(
                    "`epochs=None` needs a Trainer with a finite `max_epochs`; pass an explicit `epochs=[...]` list."
                )
            if max_epochs <= DEFAULT_MAX_SNAPSHOTS:  # type: ignore[operator]
                return list(range(max_epochs + 1))  # type: ignore[operator]
            return sorted({round(e) for e in _linspace(0, max_epochs, DEFAULT_MAX_SNAPSHOTS)})  # type: ignore[arg-type]
        if bounded:
            beyond = [e for e in self.epochs if e > max_epochs]  # type: ignore[operator]
            if beyond:
                raise MisconfigurationException(
                    f"`epochs` {beyond} lie beyond the Trainer's max_epochs={max_epochs}; snapshot e is taken after e "
                    f"completed epochs, so allowed values are 0..{max_epochs}."
                )
        return list(self.epochs)

    @override
    def on_train_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        if trainer.current_epoch == 0 and 0 in self.schedule:
            self._snapshot(trainer, pl_module, epoch=0)

    @override
    def on_train_epoch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        completed = trainer.current_epoch + 1
        if completed in self.schedule:
            self._snapshot(trainer, pl_module, epoch=completed)

    def _snapshot(self, trainer: pl.Trainer, pl_module: pl.LightningModule, epoch: int) -> None:
        if not trainer.is_global_zero or self._writer is None or epoch in self._captured:
            return
        snap = capture_snapshot(
            pl_module,
            self.probe,
            [info.name for info in self.layers],
            device=pl_module.device,
            batch_size=self.probe_batch_size,
            reduction=self.reduction,
            forward_context=trainer.precision_plugin.forward_context,
        )
        self._writer.write_snapshot(epoch, trainer.global_step, snap.activations, snap.predictions, snap.output_shapes)
        self._captured.append(epoch)

    @override
    def on_fit_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        if not trainer.is_global_zero or self._writer is None or not self.export or not self._captured:
            return
        self.export_site()

    def export_site(self) -> Path | None:
        """Export the run captured so far; on failure warn (the run store stays intact) and return ``None``."""
        from latentris_lightning.export import export_site

        try:
            index = export_site(self.run_dir, self.site_dir, methods=self.methods, title=self.title, seed=self.seed)
        except Exception as err:  # the captured activations are the valuable part: never lose training over export
            log.exception("Latentris export failed")
            rank_zero_warn(
                f"Latentris could not export the site ({type(err).__name__}: {err}). The captured activations are "
                f"intact in {self.run_dir}; retry with: latentris export {self.run_dir} --out {self.site_dir}"
            )
            return None
        rank_zero_info(f"Latentris: site written to {index} (open it in a browser; it works offline).")
        return index

    @override
    def state_dict(self) -> dict[str, Any]:
        return {"captured": list(self._captured), "output_dir": str(self.output_dir)}

    @override
    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        self._captured = list(state_dict.get("captured", []))


def _linspace(start: float, stop: float, count: int) -> list[float]:
    return [start + (stop - start) * i / (count - 1) for i in range(count)]


def _validate_epochs(epochs: Sequence[int] | None) -> list[int] | None:
    if epochs is None:
        return None
    if isinstance(epochs, (str, bytes)) or not hasattr(epochs, "__iter__"):
        raise MisconfigurationException(f"`epochs` must be a list of completed-epoch counts or None; got {epochs!r}.")
    values = list(epochs)
    bad = [e for e in values if isinstance(e, bool) or not isinstance(e, int) or e < 0]
    if bad:
        raise MisconfigurationException(
            f"`epochs` must hold non-negative integers (completed epochs, 0 = before training); got {bad[0]!r}."
        )
    if not values:
        raise MisconfigurationException("`epochs` is empty; pass at least one epoch, e.g. [0, 1, 5], or None.")
    return sorted(set(values))
