#!/usr/bin/env python
"""How much does watching a model cost? Three measurements, side by side, in one run (CPU).

1. ``capture_ratio``: wall time of one real capture of a small CNN's probe (``capture_snapshot`` streaming into the
   run store through ``RunWriter(...).begin_snapshot(...)``, then ``commit()``, float16) divided by the physical floor:
   a bare ``model.eval(); with torch.no_grad(): model(batch)`` loop over the same probe with the same batch size.
   Floor and capture are interleaved after a warm-up; the median of the per-repeat ratios is reported. Target ≤ 1.15.
2. ``idle_step_ratio``: training time per batch on epochs *without* snapshots, with the ``Latentris`` callback attached
   (``epochs=[0, last]``, plus ``steps=`` far beyond the run) versus without it; same model, data and seed; runs
   interleaved A/B/A/B…; median of the per-pair ratios. Target ≤ 1.01.
3. ``peak_extra_mb``: peak extra anonymous memory (``RssAnon``, polled from a thread) during one capture of a
   50,000-sample probe to the run store, over the baseline taken once model and probe are in memory and one warm-up
   forward batch has run. It runs in a fresh subprocess so the other parts cannot pollute its baseline. It must stay
   about one batch × layers, not grow with N × layers.

Usage::

    .venv/bin/python benchmarks/capture_overhead.py           # full run, a few minutes on 2 CPU cores
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

from latentris_lightning.capture import capture_snapshot, make_reducers, resolve_layers  # noqa: E402
from latentris_lightning.probe import make_probe  # noqa: E402
from latentris_lightning.store import RunWriter  # noqa: E402

#: The CNN's recorded layers: three conv feature maps (auto reduction: global average pool) and the head's input.
CNN_LAYERS = ["features.0", "features.2", "features.3", "head:input"]
N_CLASSES = 10

FULL = {
    "capture_n": 10_000, "capture_hw": 32, "capture_repeats": 4, "warmup_n": 2_048,
    "idle_epochs": 6, "idle_batches": 40, "idle_pairs": 5, "idle_probe_n": 512,
    "memory_n": 50_000, "memory_hw": 16, "floor_batches": 24,
}
QUICK = {
    "capture_n": 1_536, "capture_hw": 32, "capture_repeats": 3, "warmup_n": 512,
    "idle_epochs": 4, "idle_batches": 20, "idle_pairs": 3, "idle_probe_n": 256,
    "memory_n": 10_000, "memory_hw": 16, "floor_batches": 12,
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
        self.features = nn.Sequential(_block(3, 16, True), _block(16, 32, True), _block(32, 64, True), _block(64, 64, False))
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


def bench_capture(cfg: dict, batch_size: int, workdir: Path) -> dict:
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

    floor, store, memory = [], [], []
    for rep in range(cfg["capture_repeats"]):
        gc.collect()
        t0 = time.perf_counter()
        floor_pass(model, probe.inputs, batch_size)
        floor.append(time.perf_counter() - t0)
        gc.collect()
        t0 = time.perf_counter()
        capture_to_store(model, probe, layers, reducers, writer, rep + 1, batch_size)
        store.append(time.perf_counter() - t0)
        gc.collect()
        t0 = time.perf_counter()  # the same pass into memory (ArraySink): tells hooks/reduction from the store's cost
        capture_snapshot(model, probe, layers, reducers=reducers, batch_size=batch_size)
        memory.append(time.perf_counter() - t0)
        print(f"  [capture] repeat {rep + 1}: floor {floor[-1]:.3f}s  capture→store {store[-1]:.3f}s  "
              f"capture→memory {memory[-1]:.3f}s  ratio {store[-1] / floor[-1]:.3f}", flush=True)
    ratios = [s / f for s, f in zip(store, floor)]
    dims = {name: r.describe() for name, r in reducers.items()}
    return {
        "n": n, "input": f"3×{hw}×{hw}", "floor_s": floor, "store_s": store, "memory_s": memory, "ratios": ratios,
        "memory_ratios": [m / f for m, f in zip(memory, floor)],
        "ratio": statistics.median(ratios), "layers": dims,
    }


# ----------------------------------------------------------------------------------------------- 2. idle step ratio
def bench_idle(cfg: dict, threads: int, workdir: Path) -> dict:
    import lightning.pytorch as pl
    from lightning.pytorch.callbacks import Callback
    from torch.utils.data import DataLoader, TensorDataset

    from latentris_lightning.callback import Latentris

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

    def fit(with_callback: bool) -> dict:
        torch.set_num_threads(threads)
        pl.seed_everything(0, verbose=False)
        model = StepNet()
        loader = DataLoader(TensorDataset(x, y), batch_size=batch_size, shuffle=True,
                            generator=torch.Generator().manual_seed(0))
        timer = StepTimer()
        callbacks: list = [timer]
        if with_callback:
            out = workdir / "idle-run"
            callbacks.insert(0, Latentris(probe=(probe_x, probe_y), layers=["net.1", "net.4", "net.6:input"],
                                          epochs=[0, epochs], steps=[10**7, 2 * 10**7, 3 * 10**7],
                                          output_dir=out, export=False, overwrite=True))
        trainer = pl.Trainer(max_epochs=epochs, accelerator="cpu", devices=1, logger=False,
                             enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                             num_sanity_val_steps=0, callbacks=callbacks)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            trainer.fit(model, loader)
        if with_callback:
            assert len(callbacks[0]._captured) == 2, callbacks[0]._captured  # epoch 0 and the last: nothing between
        steps = np.concatenate([np.diff(timer.ends[e]) for e in idle])
        return {"step_ms": float(np.median(steps)) * 1e3, "step_mean_ms": float(np.mean(steps)) * 1e3,
                "epoch_s": float(np.median([timer.epochs[e] for e in idle])), "steps": int(steps.size)}

    fit(False)  # warm-up run, discarded
    pairs = []
    for rep in range(cfg["idle_pairs"]):
        a = fit(False)
        b = fit(True)
        pairs.append((a, b))
        print(f"  [idle] pair {rep + 1}: without {a['step_ms']:.3f} ms/step  with {b['step_ms']:.3f} ms/step  "
              f"ratio {b['step_ms'] / a['step_ms']:.4f}  (idle epoch {a['epoch_s']:.3f}s vs {b['epoch_s']:.3f}s)",
              flush=True)
    ratios = [b["step_ms"] / a["step_ms"] for a, b in pairs]
    return {
        "without_ms": [a["step_ms"] for a, _ in pairs], "with_ms": [b["step_ms"] for _, b in pairs],
        "without_epoch_s": [a["epoch_s"] for a, _ in pairs], "with_epoch_s": [b["epoch_s"] for _, b in pairs],
        "ratios": ratios, "ratio": statistics.median(ratios),
        "mean_ratio": statistics.median(b["step_mean_ms"] / a["step_mean_ms"] for a, b in pairs),
        "epoch_ratio": statistics.median(b["epoch_s"] / a["epoch_s"] for a, b in pairs),
        "steps_per_run": pairs[0][0]["steps"], "idle_epochs": idle, "batch_size": batch_size,
    }


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

    handles = [m.register_forward_hook(size_hook(name)) for name, m in modules.items() if name and not list(m.children())]
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


def run_memory_child(mode: str, cfg: dict, batch_size: int, threads: int, workdir: Path) -> dict:
    args = {"mode": mode, "n": cfg["memory_n"], "hw": cfg["memory_hw"], "batch_size": batch_size, "threads": threads,
            "floor_batches": cfg["floor_batches"], "workdir": str(workdir)}
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--memory-child", json.dumps(args)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"memory child ({mode}) failed:\n{proc.stdout}\n{proc.stderr}")
    line = [line for line in proc.stdout.splitlines() if line.startswith("CHILD ")][-1]
    return json.loads(line[len("CHILD "):])


def bench_memory(cfg: dict, batch_size: int, threads: int, workdir: Path) -> dict:
    capture = run_memory_child("capture", cfg, batch_size, threads, workdir)
    floor = run_memory_child("floor", cfg, batch_size, threads, workdir)
    mb = 1 / 1024

    def extra(result, key):
        return (result["peak_kb"][key] - result["base_kb"][key]) * mb

    n = capture["n"]
    result = {
        "capture": capture, "floor": floor,
        "peak_extra_mb": extra(capture, "RssAnon"),
        "hwm_extra_mb": (capture["peak_kb"]["VmHWM"] - capture["base_hwm_kb"]) * mb,
        "rss_extra_mb": extra(capture, "VmRSS"),
        "retained_mb": (capture["after_kb"]["RssAnon"] - capture["base_kb"]["RssAnon"]) * mb,
        "floor_extra_mb": extra(floor, "RssAnon"),
        "all_reduced_mb": n * capture["reduced_dim"] * 4 / 2**20,
        "all_raw_mb": n * capture["recorded_raw_floats"] * 4 / 2**20,
        "batch_raw_mb": batch_size * capture["recorded_raw_floats"] * 4 / 2**20,
        "batch_forward_mb": batch_size * capture["forward_floats"] * 4 / 2**20,
        "store_file_mb": n * capture["reduced_dim"] * 2 / 2**20,
    }
    print(f"  [memory] capture of {n} samples took {capture['seconds']:.1f}s, {capture['samples']} polls; "
          f"peak extra RssAnon {result['peak_extra_mb']:.1f} MB", flush=True)
    return result


# ----------------------------------------------------------------------------------------------- report
def _fmt(values, digits=3) -> str:
    return ", ".join(f"{v:.{digits}f}" for v in values)


def report(cfg, threads, batch_size, cap, idle, mem, elapsed) -> str:
    lines = []
    add = lines.append
    add(f"machine: {platform.machine()} {os.cpu_count()} CPU(s), torch {torch.__version__} (CUDA available: "
        f"{torch.cuda.is_available()}), torch.set_num_threads({threads}), python {platform.python_version()}")
    add("")
    add(f"1. capture_ratio — SmallCNN, {cap['n']} probe samples {cap['input']}, batch {batch_size}, "
        f"layers {', '.join(cap['layers'])} (float16 run store)")
    add(f"   {'':36}{'median':>10}   per repeat")
    add(f"   {'floor: bare eval/no_grad loop (s)':36}{statistics.median(cap['floor_s']):>10.3f}   {_fmt(cap['floor_s'])}")
    add(f"   {'capture → run store + commit (s)':36}{statistics.median(cap['store_s']):>10.3f}   {_fmt(cap['store_s'])}")
    add(f"   {'capture → memory (ArraySink) (s)':36}{statistics.median(cap['memory_s']):>10.3f}   {_fmt(cap['memory_s'])}")
    add(f"   {'ratio store / floor':36}{cap['ratio']:>10.3f}   {_fmt(cap['ratios'])}   (target ≤ 1.15)")
    add(f"   {'ratio memory / floor':36}{statistics.median(cap['memory_ratios']):>10.3f}   {_fmt(cap['memory_ratios'])}")
    add("")
    add(f"2. idle_step_ratio — 3072→512→256→10 MLP, batch {idle['batch_size']}, idle epochs {idle['idle_epochs']} "
        f"({idle['steps_per_run']} timed steps per run), Latentris(epochs=[0, last], steps far away)")
    add(f"   {'':36}{'median':>10}   per pair")
    add(f"   {'without callback (ms/step)':36}{statistics.median(idle['without_ms']):>10.3f}   {_fmt(idle['without_ms'])}")
    add(f"   {'with Latentris (ms/step)':36}{statistics.median(idle['with_ms']):>10.3f}   {_fmt(idle['with_ms'])}")
    add(f"   {'ratio with / without':36}{idle['ratio']:>10.4f}   {_fmt(idle['ratios'], 4)}   (target ≤ 1.01)")
    add(f"   {'ratio of mean step times':36}{idle['mean_ratio']:>10.4f}")
    add(f"   {'ratio of idle-epoch wall times':36}{idle['epoch_ratio']:>10.4f}")
    add("")
    c = mem["capture"]
    add(f"3. peak_extra_mb — SmallCNN, {c['n']} probe samples {c['input']} (probe {c['probe_mb']:.0f} MB), batch "
        f"{batch_size}, same 4 layers, one capture to the run store in a fresh process ({c['seconds']:.1f}s, "
        f"{c['samples']} polls)")
    add(f"   {'peak extra RssAnon, capture (MB)':52}{mem['peak_extra_mb']:>10.1f}")
    hwm_note = "" if c["hwm_reset"] else "  (VmHWM could not be reset)"
    add(f"   {'peak extra VmHWM, capture (MB)':52}{mem['hwm_extra_mb']:>10.1f}   incl. page-cache pages of the "
        f"memory-mapped layer files{hwm_note}")
    add(f"   {'RssAnon still held after commit (MB)':52}{mem['retained_mb']:>10.1f}")
    add(f"   {'peak extra RssAnon, bare forward loop (MB)':52}{mem['floor_extra_mb']:>10.1f}   "
        f"reference: first {cfg['floor_batches']} batches, fresh process")
    add(f"   {'one batch, recorded layers raw (MB)':52}{mem['batch_raw_mb']:>10.1f}")
    add(f"   {'one batch, every intermediate of the forward (MB)':52}{mem['batch_forward_mb']:>10.1f}")
    add(f"   {'would-be: all N reduced rows, float32 (MB)':52}{mem['all_reduced_mb']:>10.1f}   (on disk as float16: "
        f"{mem['store_file_mb']:.1f} MB)")
    add(f"   {'would-be: all N raw layer outputs, float32 (MB)':52}{mem['all_raw_mb']:>10.1f}")
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
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.memory_child:
        result = memory_child(**json.loads(args.memory_child))
        print("CHILD " + json.dumps(result), flush=True)
        return

    cfg = QUICK if args.quick else FULL
    torch.set_num_threads(args.threads)
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="latentris-bench-", dir=args.workdir))
    try:
        print(f"run stores in {workdir}; threads {args.threads}; {'quick' if args.quick else 'full'} mode", flush=True)
        cap = bench_capture(cfg, args.batch_size, workdir)
        idle = bench_idle(cfg, args.threads, workdir)
        torch.set_num_threads(args.threads)
        mem = bench_memory(cfg, args.batch_size, args.threads, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(report(cfg, args.threads, args.batch_size, cap, idle, mem, time.perf_counter() - started))
    print(f"RESULT capture_ratio={cap['ratio']:.3g} idle_step_ratio={idle['ratio']:.3g} "
          f"peak_extra_mb={mem['peak_extra_mb']:.3g}")


if __name__ == "__main__":
    main()
