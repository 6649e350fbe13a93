"""The ``Latentris`` callback: decides *when* to capture, hands the probe pass to :mod:`capture`, the result to
:mod:`store`, and at the end of fit asks :mod:`export` for the site."""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import lightning.pytorch as pl
import numpy as np
import torch
from lightning.pytorch.callbacks import Callback
from lightning.pytorch.utilities.rank_zero import rank_zero_info, rank_zero_warn
from typing_extensions import override

from latentris_lightning.analysis.alerts import Alert, check_rules
from latentris_lightning.analysis.health import CkaOperand
from latentris_lightning.analysis.metrics import RunMetrics, snapshot_metrics
from latentris_lightning.capture.inputs import ForwardFn
from latentris_lightning.capture.layers import (
    LayerEntry,
    LayerInfo,
    check_layer_entries,
    describe_choice,
    resolve_layers,
)
from latentris_lightning.capture.probe import (
    Probe,
    check_label_key,
    check_sampling,
    make_probe,
    validate_class_names,
)
from latentris_lightning.capture.probe_pass import Distributed, NullSink, capture_snapshot
from latentris_lightning.capture.reduction import DEFAULT_MAX_DIM, LayerReducer, check_reduction, make_reducers
from latentris_lightning.capture.schedule import Schedule, never_reached
from latentris_lightning.capture.train_loss import EpochLoss, batch_loss
from latentris_lightning.errors import MisconfigurationException
from latentris_lightning.projection import check_method_names
from latentris_lightning.site.live import NICE_ENV, LiveExporter, check_nice
from latentris_lightning.site.notebook import SiteIndex
from latentris_lightning.site.options import ExportOptions
from latentris_lightning.store.reader import load_run
from latentris_lightning.store.schema import DTYPES, has_run
from latentris_lightning.store.writer import RunWriter

log = logging.getLogger(__name__)

#: ``probe="val"`` without ``probe_size`` takes this many validation samples.
DEFAULT_VAL_PROBE_SIZE = 2000


class Latentris(Callback):
    r"""Record how the representations of chosen layers evolve during ``fit`` and export a 3D viewer site.

    At each scheduled snapshot the probe set is run through the model (eval mode, no grad; every module's training
    flag and every RNG restored afterwards, so training is unchanged) and the chosen layers' outputs, the model's
    predictions and per-sample losses stream to a run store in ``output_dir/run``. After each snapshot its metrics
    (class geometry, representation health, CKA; ``docs/metrics.md``) are computed from the stored activations, sent
    to the trainer's loggers as ``latentris/<layer>/<metric>`` and checked by the alert rules; alerts are printed
    when fit ends. Then aligned projections are computed and a static site is written to ``output_dir/site`` (open
    ``index.html``; it works offline).

    Snapshot ``e`` is the model after ``e`` completed training epochs; ``0`` is the untrained model, taken before the
    first optimiser step. Step snapshots (``steps=``) are taken after that many optimiser steps.

    Under DDP the probe is split across ranks, gathered with ``all_gather`` and written by global rank zero only; the
    result equals a single-process capture. Resuming from a checkpoint continues the same run store.

    Args (all but ``probe`` keyword-only, grouped by concern):
        *What to probe*
        probe: the samples to watch: a tuple ``(inputs, labels)`` of tensors or arrays, a ``Dataset`` or a
            ``DataLoader`` yielding ``(x, y)`` pairs or dicts (the transformers convention), a
            :class:`~latentris_lightning.capture.probe.Probe` (with sample names or thumbnails), or ``"val"``: take
            ``probe_size`` samples from the validation dataloader at setup. Inputs ``x`` may be a tensor, a dict of
            tensors (passed as ``pl_module(**x)``) or a tuple of tensors (``pl_module(*x)``); of a dict batch, the
            ``label_key`` entry is the labels and the rest the inputs. Labels are integer class indices (``(N,)``,
            ``(N, 1)``, one-hot ``(N, C)`` or bool).
        label_key: the labels' entry of dict batches; default ``"labels"``, then ``"label"``.
        forward: ``forward(pl_module, inputs) -> output``, for a model not called as ``pl_module(x)`` /
            ``pl_module(**x)`` / ``pl_module(*x)``; its output gives predictions and losses.
        probe_size: take this many samples from the probe source (class-stratified by default).
        probe_sampling: ``"stratified"``, ``"density"`` (SentryCam-style: keeps sparse regions, thins dense ones) or
            ``"first"``.
        class_names: display name for each class index.
        thumbnails: store small images of image-like probe inputs, shown in the viewer.
        probe_batch_size: samples per forward pass while capturing.
        loss_fn: ``loss_fn(output, labels)`` → per-sample losses, shape ``(batch,)``; default: cross-entropy of
            ``(N, C)`` logits. Predictions come from ``(N, C)`` (or ``(N,)`` binary) logits only; an output of another
            shape records none (one warning), and one without a row per sample needs a ``loss_fn``.
        *What to capture*
        layers: module names as in ``model.named_modules()``, glob patterns (``"encoder.*.attn"``), either with the
            suffix ``":input"`` to record a module's input, or module types (``nn.Linear``). ``None`` picks up to
            four evenly spaced blocks of the largest repeat group (transformer layers, ResNet stages, at any depth)
            plus the penultimate representation (the input of the last layer), and logs what it chose.
        reduction: how outputs with more than two axes become one vector per sample: ``"auto"`` (global average
            pool for ``(N, C, *spatial)`` maps, mean over tokens for ``(N, T, D)`` sequences), ``"mean"``, ``"max"``,
            ``"flatten"`` (sketched to ``max_dim``), ``"tokens_mean"`` or ``"token:<i>"`` (e.g. ``"token:0"``, a CLS
            token). One value, or ``{layer pattern: value}``. When dict probe inputs hold an ``attention_mask``,
            token means average real tokens only and ``"token:-1"`` is each sample's last real token.
        select: for layers whose output is a tuple/list (an index) or a dict (a key): which element to record. One
            value or ``{layer pattern: value}``; default: the first tensor.
        max_dim: width above which ``"flatten"`` outputs are reduced by a seeded sparse random projection.
        dtype: storage precision of activations, ``"float16"`` or ``"float32"``.
        *When*
        epochs: completed-epoch counts (``0`` = before training), an int ``n`` (every ``n`` epochs and the last),
            ``"log"`` (log-spaced, dense early), ``"all"``, or ``None``: every epoch when ``max_epochs`` ≤ 20,
            otherwise ``"log"``.
        steps: global steps at which to take extra snapshots, e.g. ``[10, 25, 50, 100]`` for the first epochs.
        *Where to write*
        output_dir: folder for the run store (``run/``) and the site (``site/``).
        overwrite: replace a run already in ``output_dir``; otherwise that is an error raised before training
            (unless training resumes from a checkpoint, which continues the run).
        *Analysis*
        metrics: compute the metrics and alerts after every snapshot during fit (NumPy only: no autograd, no global
            random generator; silhouette and kNN accuracy are subsampled above 2,000 probe samples). With ``False``
            they are computed at export only.
        log_metrics: send every scalar metric to the trainer's loggers (TensorBoard, CSV, W&B, …) at the global step
            of its snapshot, under ``latentris/<layer>/<metric>``, ``latentris/probe/accuracy|loss``,
            ``latentris/alerts`` (alerts so far) and ``latentris/epoch`` (completed epochs of the snapshot).
        alert_rules: the alert rules (:mod:`latentris_lightning.analysis.alerts`): ``None`` for the defaults, ``False``
            for none, a list of rules (``[Collapse(rank_fraction=0.3), DriftSpike(factor=4)]``) or a mapping changing
            the defaults (``{"collapse": {"rank_fraction": 0.3}, "drift_spike": None}``). Recorded in the run, so a
            later export applies the same rules.

        *The site*
        methods: projection methods to export, the first shown by default (see
            :func:`latentris_lightning.projection.available_methods`); `"joint"` aligns all snapshots at once and
            keeps motion faithful, `"pca"` is the exact linear view beside it.
        title: title of the site; defaults to the output folder's name.
        export_on_fit_end: write the site when fit ends. With ``False`` only the run store is written; export it
            later with ``latentris export OUTPUT_DIR/run --out SITE``.
        live: export the site after every snapshot while training runs (:mod:`latentris_lightning.site.live`): a
            separate, niced process projects the snapshots so far and rewrites only the files that changed, so training
            does not wait; a viewer showing the site (``latentris serve OUTPUT_DIR/site``) picks up new snapshots
            without a reload. Each live export re-fits the projections on every snapshot so far; the export at fit end
            is the usual full one.
        seed: seed of every random choice (probe sampling, sketches, projections), recorded in the run and the site.
    Raises:
        MisconfigurationException: for an empty or unlabelled probe, a bad schedule, unknown methods, an unknown
            reduction, sampling or dtype, an unknown alert rule or a threshold out of range (in ``__init__``); for
            unknown layers, epochs or steps beyond the Trainer's limits, or a sharded strategy (in ``setup``, before the
            first training step); when the first probe batch fails in the model or ``loss_fn``, has no output row per
            sample without a ``loss_fn``, or gets a loss that is not one per sample (before the first step).

    Example::

        trainer = L.Trainer(max_epochs=20, callbacks=[Latentris(probe=(x, y), layers=["net.1", "net.3"])])
        trainer.fit(model, datamodule)
        # open latentris/site/index.html
    """

    def __init__(
        self,
        probe: Any,
        *,
        # what to probe
        probe_size: int | None = None,
        probe_sampling: str = "stratified",
        class_names: Sequence[str] | None = None,
        thumbnails: bool = False,
        probe_batch_size: int = 256,
        loss_fn: Callable[[Any, torch.Tensor], torch.Tensor] | None = None,
        label_key: str | None = None,
        forward: ForwardFn | None = None,
        # what to capture
        layers: Sequence[LayerEntry] | None = None,
        reduction: str | Mapping[str, str] = "auto",
        select: int | str | Mapping[str, int | str] | None = None,
        max_dim: int = DEFAULT_MAX_DIM,
        dtype: str = "float16",
        # when
        epochs: Sequence[int] | int | str | None = None,
        steps: Sequence[int] | None = None,
        # where to write
        output_dir: str | os.PathLike = "latentris",
        overwrite: bool = False,
        # analysis
        metrics: bool = True,
        log_metrics: bool = True,
        alert_rules: Any = None,
        # the site
        methods: Sequence[str] = ("joint", "pca"),
        title: str | None = None,
        export_on_fit_end: bool = True,
        live: bool = False,
        seed: int = 0,
    ) -> None:
        super().__init__()
        self.__validate_init_configuration(
            probe_size=probe_size, probe_sampling=probe_sampling, reduction=reduction, dtype=dtype, loss_fn=loss_fn,
            label_key=label_key, forward=forward,
            positive={"probe_batch_size": probe_batch_size, "max_dim": max_dim},
            flags={"thumbnails": thumbnails, "overwrite": overwrite, "metrics": metrics, "log_metrics": log_metrics,
                   "export_on_fit_end": export_on_fit_end, "live": live},
        )
        self.seed = int(seed)
        # what to probe: materialised now, so a bad probe fails before training (``"val"``: at setup)
        self._probe_args: dict[str, Any] = {
            "size": probe_size, "sampling": probe_sampling, "seed": self.seed, "thumbnails": thumbnails,
            "label_key": label_key,
        }
        self.from_val = isinstance(probe, str) and probe == "val"
        self.probe: Probe | None = None if self.from_val else make_probe(probe, **self._probe_args)
        self._class_names_arg = class_names
        self.class_names = None if self.probe is None else validate_class_names(class_names, self.probe.n_classes)
        self.probe_batch_size = probe_batch_size
        self.loss_fn = loss_fn
        self.forward_fn = forward
        # what to capture (layers resolved against the model at setup)
        self.layer_entries = check_layer_entries(layers)
        self.reduction, self.select, self.max_dim = reduction, select, max_dim
        self.dtype = dtype
        # when (resolved against the Trainer's limits at setup)
        self.schedule = Schedule(epochs, steps)
        # where to write
        self.output_dir = Path(output_dir)
        self.overwrite = overwrite
        # analysis
        self.metrics, self.log_metrics = metrics, log_metrics
        self.alert_rules = check_rules(alert_rules)
        # the site: its settings checked now (unknown methods fail here), written at fit end or live
        self.methods = check_method_names(methods)
        self.title = title
        self.export_options = ExportOptions(methods=self.methods, title=title, seed=self.seed)
        self.export_on_fit_end = export_on_fit_end
        self.live = live

        self._state_key: tuple[Path | None, str] = (None, "")
        self.layers: list[LayerInfo] = []
        self.epochs: list[int] = []
        self._reducers: dict[str, LayerReducer] = {}
        self._writer: RunWriter | None = None
        self._captured: list[tuple[int, int]] = []
        self._train_loss = EpochLoss()  # the current epoch's training loss, stored with each snapshot
        self._restored = False
        self._run_metrics: RunMetrics | None = None
        self._previous: list[CkaOperand] | None = None
        self._live: LiveExporter | None = None
        self._anchored_output_dir: Path | None = None  # output_dir made absolute when fit starts (``%cd`` after)
        self._checkpoint_output_dirs: list[str] = []  # output_dir of each Latentris state in the resumed checkpoint
        self._warned: set[str] = set()  # warnings given (each once per callback, not once per snapshot)

    def __validate_init_configuration(
        self,
        *,
        probe_size: object,
        probe_sampling: object,
        reduction: str | Mapping[str, str],
        dtype: str,
        loss_fn: object,
        label_key: object,
        forward: object,
        positive: Mapping[str, object],
        flags: Mapping[str, object],
    ) -> None:
        """Every argument that can be checked without the model or the Trainer; each error names the value and what
        is allowed (layers, epochs and steps are checked against the model and the Trainer at setup)."""
        check_sampling(probe_size, probe_sampling)
        check_label_key(label_key)
        for chosen in reduction.values() if isinstance(reduction, Mapping) else [reduction]:
            check_reduction(chosen)
        if dtype not in DTYPES:
            raise MisconfigurationException(f"`dtype={dtype!r}` is not supported; choose one of {DTYPES}.")
        for name, value in positive.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise MisconfigurationException(f"`{name}` must be a positive integer; got {value!r}.")
        for name, value in flags.items():
            if not isinstance(value, bool):
                raise MisconfigurationException(f"`{name}` must be True or False; got {value!r}.")
        if loss_fn is not None and not callable(loss_fn):
            raise MisconfigurationException(f"`loss_fn` must be callable(output, labels) or None; got {loss_fn!r}.")
        if forward is not None and not callable(forward):
            raise MisconfigurationException(
                f"`forward` must be callable(pl_module, inputs) -> output or None; got {forward!r}."
            )
        if flags["live"]:
            check_nice(os.environ.get(NICE_ENV, "idle"))  # a bad LATENTRIS_LIVE_NICE fails here, not mid-training

    @property
    def _output_dir(self) -> Path:
        """``output_dir`` as an absolute path: the one fit wrote to (if it started), so a later change of the working
        directory (``os.chdir``, a notebook's ``%cd``) still finds the run and the site."""
        return self._anchored_output_dir or self.output_dir.absolute()

    @property
    def run_dir(self) -> Path:
        return self._output_dir / "run"

    @property
    def site_dir(self) -> Path:
        return self._output_dir / "site"

    @property
    @override
    def state_key(self) -> str:
        # Lightning reads this on every hook dispatch (to name the profiler action): build it once per output_dir
        if self._state_key[0] is not self.output_dir:
            self._state_key = (self.output_dir, self._generate_state_key(output_dir=str(self.output_dir)))
        return self._state_key[1]

    # ------------------------------------------------------------------------------------------------ setup
    @override
    def setup(self, trainer: pl.Trainer, pl_module: pl.LightningModule, stage: str) -> None:
        if stage != "fit":
            return
        _refuse_sharded(trainer)
        if self.from_val:
            size = self._probe_args["size"] or DEFAULT_VAL_PROBE_SIZE
            self.probe = make_probe(_val_source(trainer), **{**self._probe_args, "size": size})
            self.class_names = validate_class_names(self._class_names_arg, self.probe.n_classes)
        self.layers = resolve_layers(pl_module, self.layer_entries)
        if self.layer_entries is None:
            rank_zero_info(f"Latentris: layers=None chose {describe_choice(self.layers)}. Pass `layers=[...]` to "
                           "choose.")
        self.epochs = self.schedule.resolve(trainer.max_epochs, trainer.max_steps)
        self._reducers = make_reducers(
            pl_module, self.layers, reduction=self.reduction, select=self.select, max_dim=self.max_dim, seed=self.seed
        )

    @override
    def on_fit_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        # runs after a checkpoint's callback state is restored (load_state_dict) and before any training
        self._anchored_output_dir = self.output_dir.absolute()
        if not trainer.is_global_zero:
            return
        if has_run(self.run_dir) and self._restored and not self.overwrite:
            self._writer = self._reopen()
            dropped = self._writer.keep_only(self._captured)
            if dropped:
                rank_zero_info(f"Latentris: resuming; dropped snapshots {dropped} taken after the checkpoint.")
            return
        if not self.overwrite:
            self._refuse_a_lost_or_foreign_run(trainer)
        assert self.probe is not None and self.class_names is not None
        layers = [
            {"name": i.name, "module": i.module, "module_type": i.module_type, "reason": i.reason, "hook": i.hook}
            for i in self.layers
        ]
        config = {
            "epochs": self.epochs,
            "steps": sorted(self.schedule.step_set),
            "methods": self.methods,
            "seed": self.seed,
            "title": self.title,
            "probe_batch_size": self.probe_batch_size,
            "probe_sampling": self._probe_args["sampling"] if self._probe_args["size"] or self.from_val else None,
            "probe_source": "val" if self.from_val else "given",
            "model": type(pl_module).__name__,
            "world_size": trainer.world_size,
            "alerts": [rule.to_dict() for rule in self.alert_rules],
            "tensorboard_log_dir": _tensorboard_log_dir(trainer),
            "loss": "cross_entropy" if self.loss_fn is None else "custom",
        }
        self._writer = RunWriter(
            self.run_dir,
            labels=self.probe.labels,
            class_names=self.class_names,
            layers=layers,
            config=config,
            dtype=self.dtype,
            overwrite=self.overwrite,
            metadata=self.probe.metadata(),
            hashes=self.probe.hashes(),
        )

    def _refuse_a_lost_or_foreign_run(self, trainer: pl.Trainer) -> None:
        """Never start over a run that holds snapshots, nor resume without the run the checkpoint wrote to; say how to
        resume instead (the callback's checkpoint state is keyed by ``output_dir``)."""
        elsewhere = [d for d in self._checkpoint_output_dirs if d != str(self.output_dir)]
        if self._restored and self._captured and not has_run(self.run_dir):
            raise MisconfigurationException(
                f"Resuming from {trainer.ckpt_path}, whose Latentris state records {len(self._captured)} snapshots "
                f"written to {self.run_dir}, but that folder holds no run now (moved or deleted?). To continue the "
                f"run, move its run store back to {self.run_dir}. To start a new run store there without the earlier "
                "snapshots, pass `overwrite=True`."
            )
        if not has_run(self.run_dir):
            if elsewhere:
                rank_zero_warn(
                    f"Latentris: resuming from {trainer.ckpt_path}, whose Latentris state belongs to "
                    f"`output_dir={elsewhere[0]!r}`; this callback writes to {self.output_dir} and starts a new run "
                    f"there without that run's snapshots. To continue that run, pass `output_dir={elsewhere[0]!r}` "
                    "with its run store in place."
                )
            return
        snapshots = len(RunWriter.reopen(self.run_dir).manifest.get("snapshots", []))
        export = f"Its site can be re-exported with `latentris export {self.run_dir} --out {self.site_dir}`."
        if elsewhere:
            raise MisconfigurationException(
                f"Resuming from {trainer.ckpt_path}, whose Latentris state belongs to `output_dir={elsewhere[0]!r}`, "
                f"into {self.output_dir}, which holds a run with {snapshots} captured snapshots (a moved output "
                f"folder?). The callback finds its checkpoint state by `output_dir`, so to resume that run pass "
                f"`output_dir={elsewhere[0]!r}` and move the run store back to {Path(elsewhere[0]) / 'run'}. {export}"
            )
        if snapshots:
            raise MisconfigurationException(
                f"{self.run_dir} already holds a Latentris run with {snapshots} captured snapshots. For a new run "
                "choose another `output_dir`; to continue this one, resume from the checkpoint of the same training "
                f"(`trainer.fit(..., ckpt_path=...)`) with this `output_dir`. {export} (`overwrite=True` would delete "
                "those snapshots.)"
            )
        raise MisconfigurationException(
            f"{self.run_dir} already holds a Latentris run with no snapshots; pass `overwrite=True` to replace it or "
            f"choose another `output_dir`."
        )

    @override
    def on_load_checkpoint(
        self, trainer: pl.Trainer, pl_module: pl.LightningModule, checkpoint: dict[str, Any]
    ) -> None:
        # every Latentris state in the checkpoint, this callback's or not: a moved output_dir is found by its old name
        self._checkpoint_output_dirs = [
            str(state.get("output_dir")) for key, state in checkpoint.get("callbacks", {}).items()
            if isinstance(key, str) and key.startswith(type(self).__name__) and isinstance(state, dict)
        ]

    def _reopen(self) -> RunWriter:
        writer = RunWriter.reopen(self.run_dir)
        assert self.probe is not None
        recorded = [layer["name"] for layer in writer.manifest["layers"]]
        if recorded != [info.name for info in self.layers] or writer.n_samples != len(self.probe):
            raise MisconfigurationException(
                f"Resuming into {self.run_dir}, which recorded layers {recorded} for {writer.n_samples} samples, but "
                f"this callback records {[i.name for i in self.layers]} for {len(self.probe)} samples. Use the same "
                "settings as the interrupted run, or another `output_dir`."
            )
        labels = np.load(self.run_dir / "samples" / "labels.npy")
        if not np.array_equal(labels, self.probe.labels):
            raise MisconfigurationException(
                f"Resuming into {self.run_dir}, whose probe labels differ from this probe's."
            )
        return writer

    # ------------------------------------------------------------------------------------------------ when
    @override
    def on_train_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        self._warn_never_reached(trainer)
        if trainer.global_step == 0 and trainer.current_epoch == 0:
            if 0 in self.epochs:
                self._snapshot(trainer, pl_module, epoch=0, kind="epoch")
            elif 0 in self.schedule.step_set:
                self._snapshot(trainer, pl_module, epoch=0, kind="step")
            else:  # no snapshot before training: still prove every layer can be recorded before the first step
                self._dry_run(trainer, pl_module)

    def _warn_never_reached(self, trainer: pl.Trainer) -> None:
        """Scheduled steps or epochs the run cannot reach (``max_steps`` or a short epoch): said once, at fit start."""
        batches = trainer.num_training_batches  # inf for an iterable dataset without a length
        per_epoch = math.ceil(batches / max(1, trainer.accumulate_grad_batches)) if math.isfinite(batches) else 0
        message = never_reached(self.epochs, self.schedule.step_set, trainer.estimated_stepping_batches, per_epoch)
        if message:
            rank_zero_warn(message)

    @override
    def on_train_epoch_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        self._train_loss.reset()

    @override
    def on_train_batch_end(
        self, trainer: pl.Trainer, pl_module: pl.LightningModule, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        loss = batch_loss(outputs)
        if loss is not None:
            self._train_loss.add(loss)
        if trainer.global_step not in self.schedule.step_set:
            return
        if trainer.is_last_batch and trainer.current_epoch + 1 in self.epochs:
            return  # the end-of-epoch snapshot of this very step follows
        self._snapshot(trainer, pl_module, epoch=trainer.current_epoch, kind="step")

    @override
    def on_train_epoch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        completed = trainer.current_epoch + 1
        if completed in self.epochs:
            self._snapshot(trainer, pl_module, epoch=completed, kind="epoch")

    # ------------------------------------------------------------------------------------------------ how
    def _snapshot(self, trainer: pl.Trainer, pl_module: pl.LightningModule, *, epoch: int, kind: str) -> None:
        key = (epoch, trainer.global_step)
        if key in self._captured:
            return
        assert self.probe is not None
        distributed = trainer.world_size > 1
        dist = (Distributed(trainer.global_rank, trainer.world_size, pl_module.all_gather) if distributed
                else Distributed())
        sink = self._writer.begin_snapshot(epoch, trainer.global_step, kind) if self._writer is not None else None
        try:
            with _rank_zero_buffers(pl_module, distributed):
                capture_snapshot(
                    pl_module,
                    self.probe,
                    self.layers,
                    sink=sink,
                    reducers=self._reducers,
                    device=pl_module.device,
                    batch_size=self.probe_batch_size,
                    forward_context=trainer.precision_plugin.forward_context,
                    loss_fn=self.loss_fn,
                    dist=dist,
                    forward=self.forward_fn,
                    warn=self._warn_once,
                )
            if sink is not None:
                sink.commit({name: reducer.describe() for name, reducer in self._reducers.items()},
                            train_loss=self._train_loss.summary() if trainer.global_step > 0 else None)
        except BaseException:
            if sink is not None:
                sink.abort()
            raise
        self._captured.append(key)
        if sink is not None and self.metrics:
            self._update_metrics(trainer)
        if self.live and sink is not None:
            if self._live is None:
                self._live = LiveExporter(self.run_dir, self.site_dir, methods=self.methods, seed=self.seed,
                                          title=self.title)
            self._live.request()  # returns at once: the export runs in its own process

    # ------------------------------------------------------------------------------------------------ metrics
    def _update_metrics(self, trainer: pl.Trainer) -> None:
        """Metrics of the snapshot just written (read back from the run store), the loggers, the alerts."""
        run = load_run(self.run_dir)
        if self._run_metrics is None or len(self._run_metrics.metrics) > len(run.snapshots):
            self._run_metrics = RunMetrics(layers=run.layers, n_classes=len(run.class_names), rules=self.alert_rules)
            self._previous = None
        new: list[Alert] = []
        for info in run.snapshots[len(self._run_metrics.metrics):]:  # more than one only when resuming
            metrics, self._previous = snapshot_metrics(
                [run.activations(layer, snapshot=info.index) for layer in run.layers], run.labels,
                predictions=run.predictions(snapshot=info.index), losses=run.losses(snapshot=info.index),
                previous=self._previous, n_classes=len(run.class_names), seed=self.seed, snapshot_index=info.index,
            )
            new = self._run_metrics.append(info, metrics)
        if new:
            assert self._writer is not None
            self._writer.write_alerts([alert.to_dict() for alert in self._run_metrics.alerts])
        if self.log_metrics and trainer.loggers:
            values = {**self._run_metrics.log_dict(), "latentris/epoch": float(run.snapshots[-1].epoch)}
            for logger in trainer.loggers:
                logger.log_metrics(values, step=trainer.global_step)

    @property
    def alerts(self) -> list[Alert]:
        """The alerts raised so far in this fit (rank zero; empty with ``metrics=False``)."""
        return list(self._run_metrics.alerts) if self._run_metrics is not None else []

    @property
    def metrics_seconds(self) -> float:
        """Time spent computing metrics during this fit."""
        return self._run_metrics.seconds if self._run_metrics is not None else 0.0

    def _report_alerts(self) -> None:
        if self._run_metrics is None:
            return
        alerts = self._run_metrics.alerts
        if not alerts:
            rank_zero_info(f"Latentris: no alerts ({len(self.alert_rules)} rules watched "
                           f"{len(self._run_metrics.layers)} layers over {len(self._run_metrics.metrics)} snapshots).")
            return
        lines = "\n".join(f"  {alert}" for alert in alerts)
        rank_zero_info(f"Latentris raised {len(alerts)} alert(s) (also in {self.run_dir / 'alerts.json'} and the "
                       f"site):\n{lines}")

    def _dry_run(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        """The first probe batch, exactly as a snapshot runs it (loss_fn, precision), written nowhere: a model, layer
        or loss that cannot take the probe fails before the first training step."""
        assert self.probe is not None
        capture_snapshot(
            pl_module, self.probe, self.layers, sink=NullSink(), reducers=self._reducers, device=pl_module.device,
            batch_size=self.probe_batch_size, forward_context=trainer.precision_plugin.forward_context,
            loss_fn=self.loss_fn, max_batches=1, warn=self._warn_once, forward=self.forward_fn,
        )

    def _warn_once(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            rank_zero_warn(message)

    # ------------------------------------------------------------------------------------------------ export
    @override
    def on_fit_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        if not trainer.is_global_zero or self._writer is None:
            return
        self._report_alerts()
        # the full export below rewrites the whole site: a live export still in flight is stopped, not waited for;
        # without one, a last live export brings the site up to the final snapshot and tells open pages it is done
        self._close_live(cancel=self.export_on_fit_end and bool(self._writer.keys), final=not self.export_on_fit_end)
        if not self.export_on_fit_end or not self._writer.keys:
            return
        self.export_site()

    def _close_live(self, timeout: float | None = None, cancel: bool = False, final: bool = False) -> None:
        if self._live is None:
            return
        self._live.close(timeout, cancel=cancel, final=final)
        if self._live.failures:
            rank_zero_warn(f"Latentris: {len(self._live.failures)} of {self._live.exports} live exports failed; the "
                           f"last said: {self._live.failures[-1]}")
        self._live = None

    @override
    def on_exception(self, trainer: pl.Trainer, pl_module: pl.LightningModule, exception: BaseException) -> None:
        # the live export in flight finishes (the site keeps the snapshots it had); no new one starts
        self._close_live(timeout=120)

    def export_site(self) -> Path | None:
        """Export the run captured so far; on failure warn (the run store stays intact) and return ``None``."""
        from latentris_lightning.site.export import export_site

        try:
            run_metrics = self._run_metrics
            index = export_site(self.run_dir, self.site_dir, self.export_options, run_metrics=run_metrics)
        except Exception as err:  # the captured activations are the valuable part: never lose training over export
            log.exception("Latentris export failed")
            rank_zero_warn(
                f"Latentris could not export the site ({type(err).__name__}: {err}). The captured activations are "
                f"intact in {self.run_dir}; retry with: latentris export {self.run_dir} --out {self.site_dir}"
            )
            return None
        rank_zero_info(f"Latentris: site written to {index} (open it in a browser; it works offline).")
        return index

    def show(self) -> SiteIndex:
        """The site, for a Jupyter cell: a :class:`~latentris_lightning.site.notebook.SiteIndex` (the absolute
        ``index.html`` path) that displays as the viewer, inlined (:mod:`latentris_lightning.site.notebook`). Exports
        the run first when no site has been written yet.

        Raises:
            RuntimeError: if there is no site and the export failed (the warning says why).
        """
        from latentris_lightning.site.notebook import SiteIndex

        index = self.site_dir / "index.html"
        if not index.is_file() and self.export_site() is None:
            raise RuntimeError(f"no site to show: exporting {self.run_dir} failed (see the warning above)")
        return SiteIndex(index)

    # ------------------------------------------------------------------------------------------------ state
    @override
    def state_dict(self) -> dict[str, Any]:
        return {"captured": [list(key) for key in self._captured], "output_dir": str(self.output_dir)}

    @override
    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        self._captured = [(int(e), int(s)) for e, s in state_dict.get("captured", [])]
        self._restored = True


def _tensorboard_log_dir(trainer: pl.Trainer) -> str | None:
    """The absolute log directory of the trainer's first TensorBoard logger (``latentris projector`` writes there by
    default, so TensorBoard shows the projector next to the run's scalars); ``None`` without one."""
    from lightning.pytorch.loggers import TensorBoardLogger

    for logger in trainer.loggers:
        if isinstance(logger, TensorBoardLogger):
            return str(Path(logger.log_dir).absolute())
    return None


def _refuse_sharded(trainer: pl.Trainer) -> None:
    from lightning.pytorch.strategies import DeepSpeedStrategy, FSDPStrategy, ModelParallelStrategy

    if isinstance(trainer.strategy, (FSDPStrategy, DeepSpeedStrategy, ModelParallelStrategy)):
        raise MisconfigurationException(
            f"Latentris does not support the sharded strategy {type(trainer.strategy).__name__} yet: its layers hold "
            "only a shard of their parameters on each rank. "
            "Supported: single device and DDP (ddp, ddp_spawn, ddp_fork)."
        )


def _val_source(trainer: pl.Trainer) -> Any:
    # the validation loop's data source covers all three ways of giving validation data: loaders passed to fit,
    # a datamodule, or the LightningModule's own val_dataloader (Lightning has no public accessor before the loop runs)
    source = getattr(getattr(trainer.fit_loop.epoch_loop, "val_loop", None), "_data_source", None)
    if source is None:
        raise MisconfigurationException(
            f'`probe="val"` could not find the validation data in this Lightning version ({pl.__version__}); pass the '
            "probe samples explicitly."
        )
    loader = source.dataloader() if source.is_defined() else None
    if isinstance(loader, (list, tuple)):
        loader = loader[0] if loader else None
    if loader is None:
        raise MisconfigurationException(
            '`probe="val"` needs a validation dataloader (val_dataloader or a datamodule providing one); none is '
            "defined. Pass the probe samples explicitly instead."
        )
    return loader


@contextmanager
def _rank_zero_buffers(module: torch.nn.Module, distributed: bool) -> Iterator[None]:
    """Under DDP, capture every rank with rank zero's buffers (batch-norm statistics drift apart per rank), then put
    each rank's own buffers back, so training is untouched."""
    if not distributed:
        yield
        return
    buffers = [b for b in module.buffers() if b.numel()]
    saved = [b.detach().clone() for b in buffers]
    try:
        for buffer in buffers:
            torch.distributed.broadcast(buffer.data, src=0)
        yield
    finally:
        for buffer, own in zip(buffers, saved, strict=True):
            buffer.data.copy_(own)
