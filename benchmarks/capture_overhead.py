#!/usr/bin/env python
"""How much does watching a model cost? Three measurements, side by side, in one run (CPU).

1. ``capture_ratio``: wall time of one real capture of a small CNN's probe (``capture_snapshot`` streaming into the
   run store through ``RunWriter(...).begin_snapshot(...)``, then ``commit()``, float16) divided by the physical floor:
   a bare ``model.eval(); with torch.no_grad(): model(batch)`` loop over the same probe with the same batch size.
   Floor and capture are interleaved after a warm-up; the median of the per-repeat ratios is reported. Target ≤ 1.15.
   Parts 1 and 2 run with glibc told to keep large buffers (``STEADY_MALLOC``; ``--default-malloc`` to compare):
   otherwise page faults from allocator history, not the capture, decide the ratio.
2. ``idle_step_ratio``: training time per batch on epochs *without* snapshots, with the ``Latentris`` callback attached
   (``epochs=[0, last]``, plus ``steps=`` far beyond the run) versus without it; same model, data and seed; runs
   interleaved A/B, B/A, A/B… (the order alternates so slow drift cancels); median of the per-pair ratios. Target
   ≤ 1.01. Companion figures free of run-to-run noise: one fit in which the callback is attached and detached on
   alternate idle epochs (A B B A …), and Lightning's hook-dispatch time measured in place on both kinds of epoch.
3. ``peak_extra_mb``: peak extra anonymous memory (``RssAnon``, polled from a thread every 2 ms; ``VmHWM`` too)
   during one capture of a 50,000-sample probe to the run store, over the baseline taken once model and probe are in
   memory and one warm-up forward batch has run, with glibc's default settings; median of three fresh subprocesses
   (one with --quick), so the other parts cannot pollute the baseline. It must stay about one batch × layers, not grow
   with N × layers: the same capture is
   repeated with glibc returning freed buffers at once (``MALLOC_MMAP_THRESHOLD_``), which shows live memory exactly,
   at N and N/5, next to a bare forward loop.

Every timed repeat records how many cores *other* processes kept busy meanwhile; on a shared machine use
``--wait-idle SECONDS`` to wait for quiet before each repeat and rerun disturbed ones.

Usage::

    .venv/bin/python benchmarks/capture_overhead.py           # full run, about 4 minutes on 2 idle CPU cores
    .venv/bin/python benchmarks/capture_overhead.py --quick   # smaller sizes, under a minute

The last line printed is ``RESULT capture_ratio=<x> idle_step_ratio=<x> peak_extra_mb=<x>``.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout, installed or not

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

from latentris_lightning.capture.layers import resolve_layers  # noqa: E402
from latentris_lightning.capture.probe import make_probe  # noqa: E402
from latentris_lightning.capture.probe_pass import capture_snapshot  # noqa: E402
from latentris_lightning.capture.reduction import make_reducers  # noqa: E402
from latentris_lightning.store.writer import RunWriter  # noqa: E402

#: The CNN's recorded layers: three conv feature maps (auto reduction: global average pool) and the head's input.
CNN_LAYERS = ["features.0", "features.2", "features.3", "head:input"]
N_CLASSES = 10

FULL = {
    "capture_n": 10_000, "capture_hw": 32, "capture_repeats": 7, "warmup_n": 2_048,
    "idle_epochs": 8, "idle_batches": 60, "idle_pairs": 9, "idle_probe_n": 512,
    "toggle_epochs": 18, "toggle_runs": 3,
    "memory_n": 50_000, "memory_hw": 32, "floor_batches": 24, "memory_processes": 3,
}
QUICK = {
    "capture_n": 2_048, "capture_hw": 32, "capture_repeats": 5, "warmup_n": 512,
    "idle_epochs": 4, "idle_batches": 20, "idle_pairs": 3, "idle_probe_n": 256,
    "toggle_epochs": 6, "toggle_runs": 1,
    "memory_n": 10_000, "memory_hw": 32, "floor_batches": 12, "memory_processes": 1,
}


# ----------------------------------------------------------------------------------------------- models
def _block(c_in: int, c_out: int, pool: bool) -> nn.Sequential:
    layers: list[nn.Module] = [nn.Conv2d(c_in, c_out, 3, padding=1, bias=False), nn.BatchNorm2d(c_out), nn.ReLU()]
    if pool:
        layers.append(nn.MaxPool2d(2))
    return nn.Sequential(*layers)


class SmallCNN(nn.Module):
    """4 conv blocks (conv 3×3 + BN + ReLU, 16→32→64→64 channels, max-pool after the first three), global average
    pool, linear head with 10 classes. ``features.0`` … ``features.3`` are the blocks, ``head`` the classifier."""

    def __init__(self) -> None:
        super().__init__()
        self.features = nn.Sequential(
            _block(3, 16, True), _block(16, 32, True), _block(32, 64, True), _block(64, 64, False)
        )
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(64, N_CLASSES)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.pool(self.features(x)).flatten(1))


def synthetic_images(n: int, hw: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(n, 3, hw, hw, generator=generator), torch.randint(0, N_CLASSES, (n,), generator=generator)


def make_cnn(seed: int = 0) -> SmallCNN:
    torch.manual_seed(seed)
    model = SmallCNN()
    # non-trivial BN statistics, so eval mode computes something realistic
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, nn.BatchNorm2d):
                module.running_mean.uniform_(-0.1, 0.1)
                module.running_var.uniform_(0.5, 1.5)
    return model


def layer_meta(layers) -> list[dict]:
    return [{"name": i.name, "module": i.module, "module_type": i.module_type, "reason": i.reason, "hook": i.hook}
            for i in layers]


# ----------------------------------------------------------------------------------------------- contention
#: ``--wait-idle`` starts once other processes use fewer cores than this.
BUSY_CORES_START = 0.1
#: A timed repeat during which other processes kept more cores than this busy counts as disturbed.
BUSY_CORES = 0.15


class ForeignLoad:
    """How many CPU cores *other* processes kept busy while a part ran: the busy time of the whole machine
    (/proc/stat) minus this process's and its children's CPU time, divided by wall time. On a shared 2-core machine
    anything above ~0.1 makes the wall-time ratios noisy; the report flags it."""

    def __init__(self) -> None:
        self.start = self._sample()

    @staticmethod
    def _sample() -> tuple[float, float, float]:
        import resource

        with open("/proc/stat") as handle:
            fields = [int(v) for v in handle.readline().split()[1:]]
        busy = (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # minus idle and iowait
        own = sum(getattr(resource.getrusage(who), key) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                  for key in ("ru_utime", "ru_stime"))
        return time.perf_counter(), busy, own

    def cores(self) -> float:
        wall0, busy0, own0 = self.start
        wall1, busy1, own1 = self._sample()
        return max(0.0, ((busy1 - busy0) - (own1 - own0)) / max(wall1 - wall0, 1e-9))


def wait_for_idle(timeout: float, threshold: float = BUSY_CORES_START, window: float = 2.0, needed: int = 3) -> bool:
    """Wait (up to ``timeout`` seconds) until other processes use under ``threshold`` cores for ``needed`` windows
    in a row. Returns whether the machine became idle."""
    deadline, quiet = time.perf_counter() + timeout, 0
    while time.perf_counter() < deadline:
        load = ForeignLoad()
        time.sleep(window)
        quiet = quiet + 1 if load.cores() < threshold else 0
        if quiet >= needed:
            return True
    return False


def gated(run_once, wanted: int, wait: float) -> tuple[list, list[float], list[bool]]:
    """Call ``run_once(i)`` for ``wanted`` repeats, measuring how busy other processes kept the CPUs meanwhile.

    With ``wait > 0`` (``--wait-idle``) each repeat first waits up to ``wait`` seconds for an idle machine, and a repeat
    that was disturbed anyway is run again, up to ``3 × wanted`` repeats in all. Returns the results, the foreign load
    of each and which to use: the clean ones when at least ``min(3, wanted)`` are clean, otherwise all of them.
    """
    results, loads = [], []
    for attempt in range(3 * wanted if wait > 0 else wanted):
        if wait > 0:
            wait_for_idle(wait, needed=1)
        load = ForeignLoad()
        results.append(run_once(attempt))
        loads.append(load.cores())
        print(f"  (others busy: {loads[-1]:.2f} cores{'' if loads[-1] <= BUSY_CORES else ', disturbed'})", flush=True)
        if sum(c <= BUSY_CORES for c in loads) >= wanted:
            break
    clean = [c <= BUSY_CORES for c in loads]
    use = clean if sum(clean) >= min(3, wanted) else [True] * len(loads)
    return results, loads, use


def _pick(values: list, use: list[bool]) -> list:
    return [v for v, keep in zip(values, use, strict=True) if keep]


# ----------------------------------------------------------------------------------------------- 1. capture ratio
def floor_pass(model: nn.Module, inputs: torch.Tensor, batch_size: int, max_batches: int | None = None) -> None:
    """The physical floor: a bare inference loop over the probe, nothing recorded."""
    model.eval()
    with torch.no_grad():
        for i, start in enumerate(range(0, len(inputs), batch_size)):
            if max_batches is not None and i >= max_batches:
                break
            model(inputs[start : start + batch_size])


def capture_to_store(model, probe, layers, reducers, writer: RunWriter, epoch: int, batch_size: int) -> None:
    """One real snapshot as the callback takes it: begin → capture_snapshot → commit."""
    sink = writer.begin_snapshot(epoch, 0)
    try:
        capture_snapshot(model, probe, layers, sink=sink, reducers=reducers, batch_size=batch_size)
        sink.commit({name: reducer.describe() for name, reducer in reducers.items()})
    except BaseException:
        sink.abort()
        raise


def bench_capture(cfg: dict, batch_size: int, workdir: Path, wait: float = 0) -> dict:
    n, hw = cfg["capture_n"], cfg["capture_hw"]
    model = make_cnn()
    probe = make_probe(synthetic_images(n, hw, seed=1))
    layers = resolve_layers(model, CNN_LAYERS)
    reducers = make_reducers(model, layers)
    writer = RunWriter(workdir / "capture-run", labels=probe.labels, class_names=[str(c) for c in range(N_CLASSES)],
                       layers=layer_meta(layers), dtype="float16", overwrite=True)
    # warm-up: allocator, oneDNN primitives, page cache of the run folder
    warm = make_probe((probe.inputs[: cfg["warmup_n"]], probe.labels[: cfg["warmup_n"]]))
    warm_writer = RunWriter(workdir / "warmup-run", labels=warm.labels, class_names=[str(c) for c in range(N_CLASSES)],
                            layers=layer_meta(layers), dtype="float16", overwrite=True)
    floor_pass(model, warm.inputs, batch_size)
    capture_to_store(model, warm, layers, reducers, warm_writer, 0, batch_size)
    capture_snapshot(model, warm, layers, reducers=reducers, batch_size=batch_size)

    def repeat(rep: int) -> tuple[float, float, float]:
        gc.collect()
        t0 = time.perf_counter()
        floor_pass(model, probe.inputs, batch_size)
        floor = time.perf_counter() - t0
        gc.collect()
        t0 = time.perf_counter()
        capture_to_store(model, probe, layers, reducers, writer, rep + 1, batch_size)
        store = time.perf_counter() - t0
        gc.collect()
        t0 = time.perf_counter()  # the same pass into memory (ArraySink): tells hooks/reduction from the store's cost
        capture_snapshot(model, probe, layers, reducers=reducers, batch_size=batch_size)
        memory = time.perf_counter() - t0
        print(f"  [capture] repeat {rep + 1}: floor {floor:.3f}s  capture→store {store:.3f}s  "
              f"capture→memory {memory:.3f}s  ratio {store / floor:.3f}", end="", flush=True)
        return floor, store, memory

    results, loads, use = gated(repeat, cfg["capture_repeats"], wait)
    floor, store, memory = (_pick([r[i] for r in results], use) for i in range(3))
    ratios = [s / f for s, f in zip(store, floor, strict=True)]
    dims = {name: r.describe() for name, r in reducers.items()}
    return {
        "n": n, "input": f"3×{hw}×{hw}", "floor_s": floor, "store_s": store, "memory_s": memory, "ratios": ratios,
        "memory_ratios": [m / f for m, f in zip(memory, floor, strict=True)],
        "ratio": statistics.median(ratios), "layers": dims, "loads": loads, "used": use,
        "accounted": account_capture(model, probe, layers, reducers, writer, batch_size),
    }


class _TimedReducer:
    """Stands in for a LayerReducer, adding up the time its hook spends reducing."""

    def __init__(self, reducer, clock: dict) -> None:
        self.reducer, self.clock = reducer, clock

    def __call__(self, output):
        t0 = time.perf_counter()
        try:
            return self.reducer(output)
        finally:
            self.clock["hooks"] += time.perf_counter() - t0

    def describe(self):
        return self.reducer.describe()


def account_capture(model, probe, layers, reducers, writer: RunWriter, batch_size: int) -> dict:
    """Where a capture's extra time goes, insensitive to run-to-run speed drift: one instrumented floor pass and one
    instrumented capture, timing ``model(x)`` (root pre-hook to root hook) and the reductions in the layer hooks.
    Extra work = capture's time outside ``model(x)`` (batch indexing, loss, hand-off, store writes, begin/commit)
    minus the floor's, plus the reductions, as a fraction of the floor's forward time, plus the share of extra rows
    the model runs when the last batch is padded to a full batch (only under DDP since the capture slices contiguous
    batches; counted from the rows the model saw)."""
    def timed(run) -> dict:
        clock = {"forward": 0.0, "hooks": 0.0, "start": 0.0, "rows": 0}

        def pre(_module, _inputs):
            clock["start"] = time.perf_counter()

        def post(_module, inputs, _output):
            clock["forward"] += time.perf_counter() - clock["start"]
            clock["rows"] += int(inputs[0].shape[0])

        handles = [model.register_forward_pre_hook(pre), model.register_forward_hook(post)]
        try:
            gc.collect()
            t0 = time.perf_counter()
            run(clock)
            clock["total"] = time.perf_counter() - t0
        finally:
            for handle in handles:
                handle.remove()
        return clock

    floor = timed(lambda clock: floor_pass(model, probe.inputs, batch_size))
    timed_reducers = None

    def capture(clock):
        nonlocal timed_reducers
        timed_reducers = {name: _TimedReducer(r, clock) for name, r in reducers.items()}
        capture_to_store(model, probe, layers, timed_reducers, writer, 1000, batch_size)

    cap = timed(capture)
    outside = (cap["total"] - cap["forward"]) - (floor["total"] - floor["forward"])
    # the root hooks bracket the layer hooks too: take the reductions out of the forward time
    forward = cap["forward"] - cap["hooks"]
    # under DDP capture_snapshot pads the last batch to a full batch; a single pass's forward-time difference is too
    # noisy (±3 %) to see that, so the rows are counted, not timed
    rows = cap["rows"]
    padded = rows / len(probe) - 1
    return {
        "floor_forward_s": floor["forward"], "capture_forward_s": forward, "hooks_s": cap["hooks"],
        "outside_s": outside, "padded_fraction": padded, "rows_forwarded": rows, "n": len(probe),
        "extra_fraction": (outside + cap["hooks"]) / floor["forward"] + padded,
    }


# ----------------------------------------------------------------------------------------------- 2. idle step ratio
def bench_idle(cfg: dict, threads: int, workdir: Path, wait: float = 0) -> dict:
    import lightning.pytorch as pl
    from lightning.pytorch.callbacks import Callback
    from torch.utils.data import DataLoader, TensorDataset

    from latentris_lightning.capture.callback import Latentris

    logging.getLogger("lightning.pytorch").setLevel(logging.ERROR)
    logging.getLogger("lightning.fabric").setLevel(logging.ERROR)
    logging.getLogger("latentris_lightning").setLevel(logging.ERROR)

    class StepNet(pl.LightningModule):
        """3072 → 512 → 256 → 10 MLP with batch norm, on flattened 3×32×32 inputs."""

        def __init__(self) -> None:
            super().__init__()
            self.net = nn.Sequential(nn.Flatten(), nn.Linear(3072, 512), nn.BatchNorm1d(512), nn.ReLU(),
                                     nn.Linear(512, 256), nn.ReLU(), nn.Linear(256, N_CLASSES))

        def forward(self, x):
            return self.net(x)

        def training_step(self, batch, batch_idx):
            x, y = batch
            return nn.functional.cross_entropy(self(x), y)

        def configure_optimizers(self):
            return torch.optim.SGD(self.parameters(), lr=0.01, momentum=0.9)

    class StepTimer(Callback):
        """perf_counter at every batch end (attached last, so it follows the callback under test) and per epoch."""

        def __init__(self) -> None:
            self.ends: dict[int, list[float]] = {}
            self.epochs: dict[int, float] = {}

        def on_train_epoch_start(self, trainer, pl_module):
            self.ends[trainer.current_epoch] = []
            self._epoch_start = time.perf_counter()

        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
            self.ends[trainer.current_epoch].append(time.perf_counter())

        def on_train_epoch_end(self, trainer, pl_module):
            self.epochs[trainer.current_epoch] = time.perf_counter() - self._epoch_start

    batch_size, epochs = 128, cfg["idle_epochs"]
    x, y = synthetic_images(cfg["idle_batches"] * batch_size, 32, seed=2)
    probe_x, probe_y = synthetic_images(cfg["idle_probe_n"], 32, seed=3)
    idle = list(range(1, epochs - 1))  # epoch 0 warms up; the last epoch ends with a snapshot

    def make_latentris(out: Path, last: int) -> Latentris:
        return Latentris(probe=(probe_x, probe_y), layers=["net.1", "net.4", "net.6:input"], epochs=[0, last],
                         steps=[10**7, 2 * 10**7, 3 * 10**7], output_dir=out, export_on_fit_end=False, overwrite=True)

    def run_fit(model, callbacks, max_epochs) -> None:
        trainer = pl.Trainer(max_epochs=max_epochs, accelerator="cpu", devices=1, logger=False,
                             enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                             num_sanity_val_steps=0, callbacks=callbacks)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            trainer.fit(model, DataLoader(TensorDataset(x, y), batch_size=batch_size, shuffle=True,
                                          generator=torch.Generator().manual_seed(0)))

    def fit(with_callback: bool) -> dict:
        gc.collect()
        torch.set_num_threads(threads)
        pl.seed_everything(0, verbose=False)
        timer = StepTimer()
        callbacks: list = [timer]
        if with_callback:
            callbacks.insert(0, make_latentris(workdir / "idle-run", epochs))
        run_fit(StepNet(), callbacks, epochs)
        if with_callback:
            assert len(callbacks[0]._captured) == 2, callbacks[0]._captured  # epoch 0 and the last: nothing between
        steps = np.concatenate([np.diff(timer.ends[e]) for e in idle])
        return {"step_ms": float(np.median(steps)) * 1e3, "step_mean_ms": float(np.mean(steps)) * 1e3,
                "epoch_s": float(np.median([timer.epochs[e] for e in idle])), "steps": int(steps.size)}

    fit(False)  # warm-up run, discarded

    def pair(rep: int) -> tuple[dict, dict]:
        # A B, then B A: the order alternates so that a slow drift across successive fits cancels instead of
        # penalising one arm
        if rep % 2 == 0:
            a, b = fit(False), fit(True)
        else:
            b, a = fit(True), fit(False)
        print(f"  [idle] pair {rep + 1} ({'AB' if rep % 2 == 0 else 'BA'}): without {a['step_ms']:.3f} ms/step  "
              f"with {b['step_ms']:.3f} ms/step  ratio {b['step_ms'] / a['step_ms']:.4f}  "
              f"(idle epoch {a['epoch_s']:.3f}s vs {b['epoch_s']:.3f}s)", end="", flush=True)
        return a, b

    results, loads, use = gated(pair, cfg["idle_pairs"], wait)
    pairs = _pick(results, use)
    toggled = [toggled_fit(StepNet, StepTimer, make_latentris, run_fit, cfg["toggle_epochs"], workdir, threads)
               for _ in range(cfg["toggle_runs"])]
    blocks = [r for t in toggled for r in t["block_ratios"]]
    ratios = [b["step_ms"] / a["step_ms"] for a, b in pairs]
    return {
        "without_ms": [a["step_ms"] for a, _ in pairs], "with_ms": [b["step_ms"] for _, b in pairs],
        "without_epoch_s": [a["epoch_s"] for a, _ in pairs], "with_epoch_s": [b["epoch_s"] for _, b in pairs],
        "ratios": ratios, "ratio": statistics.median(ratios),
        "mean_ratio": statistics.median(b["step_mean_ms"] / a["step_mean_ms"] for a, b in pairs),
        "epoch_ratio": statistics.median(b["epoch_s"] / a["epoch_s"] for a, b in pairs),
        "steps_per_run": pairs[0][0]["steps"], "idle_epochs": idle, "batch_size": batch_size,
        "loads": loads, "used": use,
        "toggle_ratio": statistics.median(blocks), "toggle_blocks": len(blocks),
        "toggle_spread": float(np.std(blocks)), "toggle_epochs": cfg["toggle_epochs"],
        "dispatch_without_us": statistics.median(t["dispatch_a_us"] for t in toggled),
        "dispatch_with_us": statistics.median(t["dispatch_b_us"] for t in toggled),
        "toggle_step_ms": statistics.median(t["step_ms"] for t in toggled),
    }


#: Epoch pattern of the toggled run: A = callback detached, B = attached; A B B A cancels linear drift.
TOGGLE_PATTERN = "ABBA"


def toggled_fit(net_cls, timer_cls, make_latentris, run_fit, epochs: int, workdir: Path, threads: int) -> dict:
    """One fit in which the callback is attached on some idle epochs and detached on others (A B B A …), so both
    arms share the process, the model, the memory layout and the epoch-0 snapshot; run-to-run noise cancels.

    Also times every callback-hook dispatch of Lightning in place (``call._call_callback_hooks``), per epoch: the
    difference between attached and detached epochs is what the callback costs each step, measured where it runs.
    """
    from lightning.pytorch.trainer import call

    def arm(epoch: int) -> str:
        return TOGGLE_PATTERN[(epoch - 1) % len(TOGGLE_PATTERN)] if 1 <= epoch <= epochs - 2 else "B"

    timer = timer_cls()
    latentris = make_latentris(workdir / "toggle-run", epochs)

    class Toggled(net_cls):
        def on_train_epoch_start(self) -> None:  # a module hook: runs after the callbacks' epoch-start hooks
            attached = [latentris] if arm(self.trainer.current_epoch) == "B" else []
            self.trainer.callbacks = attached + [timer]

    dispatch: dict[int, float] = {}
    original = call._call_callback_hooks

    def timed(trainer, hook_name, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return original(trainer, hook_name, *args, **kwargs)
        finally:
            epoch = trainer.current_epoch
            dispatch[epoch] = dispatch.get(epoch, 0.0) + time.perf_counter() - t0

    gc.collect()
    torch.set_num_threads(threads)
    import lightning.pytorch as pl

    pl.seed_everything(0, verbose=False)
    call._call_callback_hooks = timed
    try:
        run_fit(Toggled(), [latentris, timer], epochs)
    finally:
        call._call_callback_hooks = original
    assert len(latentris._captured) == 2, latentris._captured
    idle = range(1, epochs - 1)
    step = {e: float(np.median(np.diff(timer.ends[e]))) for e in idle}
    per_step = {e: dispatch[e] / len(timer.ends[e]) for e in idle}
    blocks = []
    for first in range(1, epochs - 1 - len(TOGGLE_PATTERN) + 1, len(TOGGLE_PATTERN)):
        block = range(first, first + len(TOGGLE_PATTERN))
        a = [step[e] for e in block if arm(e) == "A"]
        b = [step[e] for e in block if arm(e) == "B"]
        blocks.append(float(np.mean(b) / np.mean(a)))
    result = {
        "block_ratios": blocks,
        "dispatch_a_us": float(np.median([per_step[e] for e in idle if arm(e) == "A"])) * 1e6,
        "dispatch_b_us": float(np.median([per_step[e] for e in idle if arm(e) == "B"])) * 1e6,
        "step_ms": float(np.median(list(step.values()))) * 1e3,
    }
    print(f"  [idle] toggled run: step ratio per A-B-B-A block {_fmt(blocks, 4)}; hook dispatch "
          f"{result['dispatch_a_us']:.1f} → {result['dispatch_b_us']:.1f} µs/step", flush=True)
    return result


# ----------------------------------------------------------------------------------------------- 3. peak memory
_STATUS_KEYS = ("RssAnon", "VmHWM", "VmRSS", "RssFile")


def read_status() -> dict[str, int]:
    """Selected /proc/self/status fields, in kB."""
    values = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in _STATUS_KEYS:
                values[key] = int(rest.split()[0])
    return values


class Poller(threading.Thread):
    """Samples /proc/self/status every ``interval`` seconds and keeps each field's maximum."""

    def __init__(self, interval: float = 0.002) -> None:
        super().__init__(daemon=True)
        self.interval, self.peak, self.samples = interval, read_status(), 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            for key, value in read_status().items():
                self.peak[key] = max(self.peak.get(key, 0), value)
            self.samples += 1
            time.sleep(self.interval)

    def stop(self) -> dict[str, int]:
        self._stop_event.set()
        self.join()
        for key, value in read_status().items():
            self.peak[key] = max(self.peak.get(key, 0), value)
        return self.peak


def memory_child(mode: str, n: int, hw: int, batch_size: int, threads: int, floor_batches: int, workdir: str) -> dict:
    """Runs in a fresh interpreter: model and probe in memory, one warm-up batch, baseline, then one capture."""
    torch.set_num_threads(threads)
    model = make_cnn().eval()
    probe = make_probe(synthetic_images(n, hw, seed=4))
    layers = resolve_layers(model, CNN_LAYERS)
    reducers = make_reducers(model, layers)
    writer = RunWriter(Path(workdir) / f"memory-{mode}", labels=probe.labels,
                       class_names=[str(c) for c in range(N_CLASSES)], layers=layer_meta(layers), overwrite=True)

    sizes: dict[str, int] = {}  # per-sample floats of every leaf module's output and of each recorded layer
    modules = dict(model.named_modules())

    def size_hook(name):
        return lambda _m, _i, out: sizes.__setitem__(name, out[0].numel())

    handles = [
        m.register_forward_hook(size_hook(name)) for name, m in modules.items() if name and not list(m.children())
    ]
    handles += [modules[i.module].register_forward_hook(size_hook("@" + i.name)) for i in layers if i.hook == "output"]
    with torch.no_grad():
        model(probe.inputs[:batch_size])  # the warm-up forward batch
    for handle in handles:
        handle.remove()
    head_in = modules["head"].in_features
    recorded_raw = sum(v for k, v in sizes.items() if k.startswith("@")) + head_in
    forward_all = sum(v for k, v in sizes.items() if not k.startswith("@")) + int(np.prod(probe.inputs.shape[1:]))

    gc.collect()
    time.sleep(0.2)
    base = read_status()
    hwm_reset = True
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")  # reset VmHWM to the current RSS
    except OSError:
        hwm_reset = False
    base_hwm = read_status()["VmHWM"]
    poller = Poller()
    poller.start()
    t0 = time.perf_counter()
    if mode == "capture":
        capture_to_store(model, probe, layers, reducers, writer, 1, batch_size)
    else:
        floor_pass(model, probe.inputs, batch_size, max_batches=floor_batches)
    seconds = time.perf_counter() - t0
    peak = poller.stop()
    after = read_status()
    reduced_dim = sum(layer.get("dim", 0) for layer in writer.manifest["layers"])  # set by commit
    return {
        "mode": mode, "n": n, "input": f"3×{hw}×{hw}", "seconds": seconds, "samples": poller.samples,
        "base_kb": base, "peak_kb": peak, "after_kb": after, "hwm_reset": hwm_reset, "base_hwm_kb": base_hwm,
        "reduced_dim": reduced_dim, "recorded_raw_floats": recorded_raw, "forward_floats": forward_all,
        "probe_mb": probe.inputs.numel() * 4 / 2**20,
    }


#: glibc settings for the timed parts: large buffers stay in the heap and are reused, never handed back to the OS.
#: With glibc's default (a dynamic mmap threshold), whether a pass re-faults its ~20 MB of activations every batch
#: depends on the allocator's history: measured 120,000–330,000 page faults per 10,000-sample pass in one process and
#: ~0 in another, i.e. the same floor loop takes 1.25 s or 1.65 s, and capture/floor ratios swing from 0.95 to 1.20.
STEADY_MALLOC = {"MALLOC_MMAP_THRESHOLD_": "33554432", "MALLOC_TRIM_THRESHOLD_": "4294967296"}
#: glibc setting under which every tensor buffer is its own mmap, returned to the OS when freed: RssAnon then follows
#: live memory exactly (no heap retention or fragmentation), which makes small differences and N-scaling visible.
LIVE_MALLOC = {"MALLOC_MMAP_THRESHOLD_": "65536"}


def run_memory_child(mode: str, n: int, cfg: dict, batch_size: int, threads: int, workdir: Path,
                     live: bool = False) -> dict:
    args = {"mode": mode, "n": n, "hw": cfg["memory_hw"], "batch_size": batch_size, "threads": threads,
            "floor_batches": cfg["floor_batches"], "workdir": str(workdir)}
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    if live:
        env.update(LIVE_MALLOC)
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--memory-child", json.dumps(args)],
                          capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"memory child ({mode}) failed:\n{proc.stdout}\n{proc.stderr}")
    line = [line for line in proc.stdout.splitlines() if line.startswith("CHILD ")][-1]
    return json.loads(line[len("CHILD "):])


def bench_memory(cfg: dict, batch_size: int, threads: int, workdir: Path) -> dict:
    n = cfg["memory_n"]
    # the RESULT figure, with the default allocator: glibc's heap reuse makes it vary by ±20 MB from one process to
    # the next, so it is the median of several fresh processes (three; one with --quick)
    captures = [run_memory_child("capture", n, cfg, batch_size, threads, workdir)
                for _ in range(cfg["memory_processes"])]
    capture = sorted(captures, key=lambda r: r["peak_kb"]["RssAnon"] - r["base_kb"]["RssAnon"])[len(captures) // 2]
    floor = run_memory_child("floor", n, cfg, batch_size, threads, workdir)
    live = run_memory_child("capture", n, cfg, batch_size, threads, workdir, live=True)
    small = run_memory_child("capture", n // 5, cfg, batch_size, threads, workdir, live=True)  # scaling check
    live_floor = run_memory_child("floor", n, cfg, batch_size, threads, workdir, live=True)
    mb = 1 / 1024

    def extra(result, key):
        return (result["peak_kb"][key] - result["base_kb"][key]) * mb

    result = {
        "capture": capture, "floor": floor, "small": small,
        "peak_extra_mb": extra(capture, "RssAnon"),
        "peak_extra_all_mb": [extra(c, "RssAnon") for c in captures],
        "live_extra_mb": extra(live, "RssAnon"),
        "small_extra_mb": extra(small, "RssAnon"),
        "live_floor_extra_mb": extra(live_floor, "RssAnon"),
        "slope_mb_per_10k": (extra(live, "RssAnon") - extra(small, "RssAnon")) / (n - small["n"]) * 1e4,
        "floor_retained_mb": (floor["after_kb"]["RssAnon"] - floor["base_kb"]["RssAnon"]) * mb,
        "hwm_extra_mb": (capture["peak_kb"]["VmHWM"] - capture["base_hwm_kb"]) * mb,
        "rss_extra_mb": extra(capture, "VmRSS"),
        "retained_mb": (capture["after_kb"]["RssAnon"] - capture["base_kb"]["RssAnon"]) * mb,
        "floor_extra_mb": extra(floor, "RssAnon"),
        "all_reduced_mb": n * capture["reduced_dim"] * 4 / 2**20,
        "all_raw_mb": n * capture["recorded_raw_floats"] * 4 / 2**20,
        "batch_raw_mb": batch_size * capture["recorded_raw_floats"] * 4 / 2**20,
        "batch_forward_mb": batch_size * capture["forward_floats"] * 4 / 2**20,
        "store_file_mb": n * capture["reduced_dim"] * 2 / 2**20,
        "batch_input_mb": batch_size * 3 * cfg["memory_hw"] ** 2 * 4 / 2**20,
    }
    print(f"  [memory] capture of {n} samples took {capture['seconds']:.1f}s, {capture['samples']} polls; "
          f"peak extra RssAnon {_fmt(result['peak_extra_all_mb'], 1)} MB (default malloc), "
          f"{result['live_extra_mb']:.1f} MB (live)", flush=True)
    return result


# ----------------------------------------------------------------------------------------------- report
def _fmt(values, digits=3) -> str:
    return ", ".join(f"{v:.{digits}f}" for v in values)


def report(cfg, threads, batch_size, cap, idle, mem, elapsed) -> str:
    lines = []
    add = lines.append
    malloc = " ".join(f"{k}={os.environ[k]}" for k in STEADY_MALLOC if k in os.environ) or "glibc defaults"

    def contention(part: dict) -> None:
        cores = part["foreign_cores"]
        add(f"   other processes kept {cores:.2f} of {os.cpu_count()} cores busy during this part")
        if "loads" in part:
            used = sum(part["used"])
            clean = sum(c <= BUSY_CORES for c in part["loads"])
            add(f"   repeats: {len(part['loads'])} run, {clean} undisturbed (others < {BUSY_CORES} cores), {used} used")
            if clean < used:
                add("   WARNING: the machine was shared; these timings are unreliable. Rerun with --wait-idle 600.")

    add(f"machine: {platform.machine()} {os.cpu_count()} CPU(s), torch {torch.__version__} (CUDA available: "
        f"{torch.cuda.is_available()}), torch.set_num_threads({threads}), python {platform.python_version()}")
    add(f"allocator for the timed parts 1–2: {malloc}")
    add("")
    add(f"1. capture_ratio — SmallCNN, {cap['n']} probe samples {cap['input']}, batch {batch_size}, "
        f"layers {', '.join(cap['layers'])} (float16 run store)")
    add(f"   {'':36}{'median':>10}   per repeat")
    add(
        f"   {'floor: bare eval/no_grad loop (s)':36}{statistics.median(cap['floor_s']):>10.3f}   "
        f"{_fmt(cap['floor_s'])}"
    )
    add(
        f"   {'capture → run store + commit (s)':36}{statistics.median(cap['store_s']):>10.3f}   {_fmt(cap['store_s'])}"
    )
    add(
        f"   {'capture → memory (ArraySink) (s)':36}{statistics.median(cap['memory_s']):>10.3f}   "
        f"{_fmt(cap['memory_s'])}"
    )
    add(f"   {'ratio store / floor':36}{cap['ratio']:>10.3f}   {_fmt(cap['ratios'])}   (target ≤ 1.15)")
    add(
        f"   {'ratio memory / floor':36}{statistics.median(cap['memory_ratios']):>10.3f}   {_fmt(cap['memory_ratios'])}"
    )
    acc = cap["accounted"]
    add(f"   {'extra work of a capture, accounted':36}{1 + acc['extra_fraction']:>10.3f}   × the floor's forward time "
        f"({acc['floor_forward_s']:.3f}s), one instrumented pass each:")
    add(f"   {'':36}{'':10}   reductions in the hooks {acc['hooks_s'] * 1e3:.0f} ms; outside model(x) "
        f"{acc['outside_s'] * 1e3:+.0f} ms (batch slicing, loss, hand-off, store writes, commit);")
    add(
        f"   {'':36}{'':10}   rows through the model: {acc['rows_forwarded']:,} rows forwarded for "
        f"{acc['n']:,} samples "
        f"({acc['padded_fraction']:+.1%} forward work)"
    )
    contention(cap)
    add("")
    add(f"2. idle_step_ratio — 3072→512→256→10 MLP, batch {idle['batch_size']}, idle epochs {idle['idle_epochs']} "
        f"({idle['steps_per_run']} timed steps per run), Latentris(epochs=[0, last], steps far away)")
    add(f"   {'':36}{'median':>10}   per pair")
    add(
        f"   {'without callback (ms/step)':36}{statistics.median(idle['without_ms']):>10.3f}   "
        f"{_fmt(idle['without_ms'])}"
    )
    add(f"   {'with Latentris (ms/step)':36}{statistics.median(idle['with_ms']):>10.3f}   {_fmt(idle['with_ms'])}")
    add(f"   {'ratio with / without':36}{idle['ratio']:>10.4f}   {_fmt(idle['ratios'], 4)}   (target ≤ 1.01)")
    add(f"   {'ratio of mean step times':36}{idle['mean_ratio']:>10.4f}")
    add(f"   {'ratio of idle-epoch wall times':36}{idle['epoch_ratio']:>10.4f}")
    add(f"   within one run — callback attached on the B epochs of A-B-B-A blocks ({cfg['toggle_runs']} run(s) of "
        f"{idle['toggle_epochs']} epochs, {idle['toggle_blocks']} blocks):")
    add(
        f"   {'  step ratio B / A (median of blocks)':36}{idle['toggle_ratio']:>10.4f}   "
        f"(spread ±{idle['toggle_spread']:.4f})"
    )
    extra = idle["dispatch_with_us"] - idle["dispatch_without_us"]
    add(
        f"   {'  Lightning hook dispatch (µs/step)':36}{idle['dispatch_with_us']:>10.1f}   "
        f"vs {idle['dispatch_without_us']:.1f} "
        f"detached: the callback adds {extra:.1f} µs = {extra / 1e3 / idle['toggle_step_ms']:.2%} of a "
        f"{idle['toggle_step_ms']:.2f} ms step (timed in place)"
    )
    contention(idle)
    add("")
    c = mem["capture"]
    add(f"3. peak_extra_mb — SmallCNN, {c['n']} probe samples {c['input']} (probe {c['probe_mb']:.0f} MB), batch "
        f"{batch_size}, same 4 layers, one capture to the run store in a fresh process ({c['seconds']:.1f}s, "
        f"{c['samples']} polls)")
    add(
        f"   {'peak extra RssAnon, capture (MB)':52}{mem['peak_extra_mb']:>10.1f}   "
        f"median of {len(mem['peak_extra_all_mb'])} "
        f"process(es): {_fmt(mem['peak_extra_all_mb'], 1)}"
    )
    hwm_note = "" if c["hwm_reset"] else "  (VmHWM could not be reset)"
    add(f"   {'peak extra VmHWM, capture (MB)':52}{mem['hwm_extra_mb']:>10.1f}   incl. page-cache pages of the "
        f"memory-mapped layer files{hwm_note}")
    add(f"   {'RssAnon after commit, vs baseline (MB)':52}{mem['retained_mb']:>10.1f}")
    add(f"   {'peak extra RssAnon, bare forward loop (MB)':52}{mem['floor_extra_mb']:>10.1f}   "
        f"reference: first {cfg['floor_batches']} batches, fresh process")
    add("   live memory (glibc MALLOC_MMAP_THRESHOLD_=65536: freed buffers go back to the OS at once)")
    add(f"   {'  peak extra RssAnon, capture (MB)':52}{mem['live_extra_mb']:>10.1f}")
    label = f"  peak extra RssAnon, capture of N={mem['small']['n']} (MB)"
    add(f"   {label:52}{mem['small_extra_mb']:>10.1f}   scaling: {mem['slope_mb_per_10k']:+.2f} MB per 10,000 samples")
    add(f"   {'  peak extra RssAnon, bare forward loop (MB)':52}{mem['live_floor_extra_mb']:>10.1f}   "
        f"capture − floor = {mem['live_extra_mb'] - mem['live_floor_extra_mb']:+.1f} MB")
    add(f"   {'one batch, recorded layers raw (MB)':52}{mem['batch_raw_mb']:>10.1f}")
    add(f"   {'one batch of probe inputs (capture copies it) (MB)':52}{mem['batch_input_mb']:>10.1f}")
    add(f"   {'one batch, all forward intermediates summed (MB)':52}{mem['batch_forward_mb']:>10.1f}   (upper bound; "
        "most are freed as the forward goes)")
    add(f"   {'would-be: all N reduced rows, float32 (MB)':52}{mem['all_reduced_mb']:>10.1f}   (on disk as float16: "
        f"{mem['store_file_mb']:.1f} MB)")
    add(f"   {'would-be: all N raw layer outputs, float32 (MB)':52}{mem['all_raw_mb']:>10.1f}")
    contention(mem)
    add("")
    add(f"total benchmark time {elapsed:.0f}s")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes (under a minute)")
    parser.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)),
                        help="torch.set_num_threads for every part (default: the CPUs this process may use)")
    parser.add_argument("--batch-size", type=int, default=256, help="probe batch size (capture and floor)")
    parser.add_argument("--workdir", type=Path, default=None, help="where run stores are written (default: a temp dir)")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                        help="on a shared machine: before starting and before each timed repeat wait up to SECONDS for "
                             "other processes to leave the CPUs idle, and rerun repeats they disturbed")
    parser.add_argument("--default-malloc", action="store_true",
                        help="time with glibc's default allocator settings instead of STEADY_MALLOC (noisier)")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    steady = all(os.environ.get(k) == v for k, v in STEADY_MALLOC.items())
    if not args.memory_child and not args.default_malloc and not steady:
        # glibc reads these at start-up: run again with them set (the memory children set their own)
        os.execve(sys.executable, [sys.executable, str(Path(__file__).resolve()), *sys.argv[1:]],
                  {**os.environ, **STEADY_MALLOC})

    if args.memory_child:
        result = memory_child(**json.loads(args.memory_child))
        print("CHILD " + json.dumps(result), flush=True)
        return

    cfg = QUICK if args.quick else FULL
    if args.wait_idle > 0:
        print(f"waiting up to {args.wait_idle:.0f}s for the machine to be idle …", flush=True)
        if not wait_for_idle(args.wait_idle):
            print("  still busy; measuring anyway (see the contention lines)", flush=True)
    torch.set_num_threads(args.threads)
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="latentris-bench-", dir=args.workdir))
    try:
        print(f"run stores in {workdir}; threads {args.threads}; {'quick' if args.quick else 'full'} mode", flush=True)
        load = ForeignLoad()
        cap = bench_capture(cfg, args.batch_size, workdir, args.wait_idle)
        cap["foreign_cores"] = load.cores()
        load = ForeignLoad()
        idle = bench_idle(cfg, args.threads, workdir, args.wait_idle)
        idle["foreign_cores"] = load.cores()
        torch.set_num_threads(args.threads)
        load = ForeignLoad()
        mem = bench_memory(cfg, args.batch_size, args.threads, workdir)
        mem["foreign_cores"] = load.cores()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(report(cfg, args.threads, args.batch_size, cap, idle, mem, time.perf_counter() - started))
    print(f"RESULT capture_ratio={_sig3(cap['ratio'])} idle_step_ratio={_sig3(idle['ratio'])} "
          f"peak_extra_mb={_sig3(mem['peak_extra_mb'])}")


def _sig3(value: float) -> str:
    """Three significant digits, trailing zeros kept (``1.00``, ``0.995``, ``78.1``, ``123``)."""
    return f"{value:#.3g}".rstrip(".")


if __name__ == "__main__":
    main()
