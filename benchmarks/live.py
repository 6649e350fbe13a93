"""Live mode: does exporting after every snapshot slow training down?

Trains the same model twice with the same seed, with ``live=False`` and ``live=True`` (``export_on_fit_end=False`` in
both, so only the live exports differ), and times every training step (``on_train_batch_start`` →
``on_train_batch_end``: forward, backward, optimiser; the synchronous capture is outside it and equal in both runs).
Also reports the total fit time, the live exports done and how long each took (from ``run/live-export.log``).

Then (``--repeats`` > 0) the fixed cost of one live export: the finished run of the ``live=False`` fit is exported
once (fitting the projections, which the run caches), then that many times in a row through a fresh
:class:`~latentris_lightning.site.live.LiveExporter` (request, wait until done). The run does not change between
them, so
the wall time per export, next to the in-process export time from the log, is mostly what it costs to get an export
going (with a process per export: starting Python and importing torch each time; with the long-lived worker: once,
then handing it a job), and the CPU time of the export processes per export (``RUSAGE_CHILDREN``) says the same
without depending on how busy the machine is.

    taskset -c 1 python benchmarks/live.py --epochs 12      # one core: the export process competes with training
    python benchmarks/live.py --epochs 12                   # all cores

``--incremental N`` (issue 17) instead measures how the cost of a live export grows with the snapshots: the
synthetic run of ``benchmarks/scale.py`` (N samples, 4 layers of 64-512 dims, 10 snapshots, planted classes and
drift) is written snapshot by snapshot with the real ``RunWriter``, and after each one a live export runs in the
real worker (:class:`~latentris_lightning.site.live.LiveExporter`, niced, long-lived), waited for. The 2nd, 5th and
10th exports' in-process wall and CPU seconds (from ``run/live-export.log``) are printed side by side with their
ratio; ``--baseline`` also times, at those snapshot counts, the export live mode did before warm starts (every
snapshot re-fitted, every metric recomputed: ``build_site_files(run, flow=False)`` without the projection cache), in
this process. Ends with ``RESULT ... live_ratio=<10th / 2nd, wall>``.

    NUMBA_CACHE_DIR=/tmp/numba-cache python benchmarks/live.py --incremental 3000 --baseline
    NUMBA_CACHE_DIR=/tmp/numba-cache python benchmarks/live.py --incremental 10000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

import lightning.pytorch as pl
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader

from latentris_lightning import Latentris
from latentris_lightning.demo import digits_splits


class WideMLP(pl.LightningModule):
    def __init__(self, width: int) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(64, width), nn.ReLU(), nn.Linear(width, width), nn.ReLU(),
                                 nn.Linear(width, 64), nn.ReLU(), nn.Linear(64, 10))

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05, momentum=0.9)


class StepTimer(pl.Callback):
    def __init__(self) -> None:
        self.times: list[float] = []
        self._start = 0.0

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        self._start = time.perf_counter()

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        self.times.append(time.perf_counter() - self._start)


def fit(out: Path, *, live: bool, epochs: int, width: int, seed: int) -> dict:
    pl.seed_everything(seed, verbose=False)
    train, val = digits_splits(seed)
    timer = StepTimer()
    callback = Latentris(
        probe=val,
        layers=["net.1", "net.3", "net.5"],
        epochs="all",
        output_dir=out,
        export_on_fit_end=False,
        live=live,
        methods=["joint", "pca"],
        seed=seed,
        log_metrics=False,
    )
    trainer = pl.Trainer(max_epochs=epochs, accelerator="cpu", devices=1, callbacks=[callback, timer], logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False)
    start = time.perf_counter()
    trainer.fit(WideMLP(width), DataLoader(train, batch_size=64, shuffle=True))
    seconds = time.perf_counter() - start
    log = out / "run" / "live-export.log"
    exports = [json.loads(line) for line in log.read_text().splitlines()] if log.is_file() else []
    steps = np.array(timer.times) * 1e3
    return {"live": live, "fit_s": seconds, "steps": int(steps.size), "step_ms_median": float(np.median(steps)),
            "step_ms_mean": float(steps.mean()), "exports": len(exports),
            "export_s_median": float(np.median([e["seconds"] for e in exports])) if exports else None,
            "last_export_snapshots": exports[-1]["snapshots"] if exports else None}


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # processes that ended and were waited for
    return usage.ru_utime + usage.ru_stime


def _export_and_wait(exporter) -> float:
    start = time.perf_counter()
    exporter.request()
    while exporter.busy:
        time.sleep(0.01)
    return time.perf_counter() - start


def export_cost(run_out: Path, site: Path, repeats: int) -> dict:
    """Wall and CPU seconds per live export of an unchanged run, ``repeats`` in a row (see the module)."""
    from latentris_lightning.site.live import LiveExporter

    warm = LiveExporter(run_out / "run", site, methods=["joint", "pca"])
    first = _export_and_wait(warm)  # fits the projections, which the run caches
    warm.close()
    exporter = LiveExporter(run_out / "run", site, methods=["joint", "pca"])
    cpu = _children_cpu_s()
    walls = [_export_and_wait(exporter) for _ in range(repeats)]
    exporter.close()  # a long-lived worker's CPU time is counted once it has ended
    cpu = _children_cpu_s() - cpu
    log = [json.loads(line) for line in (run_out / "run" / "live-export.log").read_text().splitlines()]
    inside = [e["seconds"] for e in log[-repeats:]]
    return {"repeats": repeats, "failures": len(exporter.failures), "first_wall_s": first, "wall_s": walls,
            "wall_s_median": float(np.median(walls)), "export_s_median": float(np.median(inside)),
            "cpu_s_per_export": cpu / repeats}


MEASURED = (2, 5, 10)  # the live exports compared


def incremental(n: int, snapshots: int, baseline: bool, tmp: Path) -> None:
    """The k-th live export's cost against k on a run written snapshot by snapshot (see the module)."""
    import shutil
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scale import DIMS, RUNS, write_synthetic_run

    from latentris_lightning.site.build import build_site_files
    from latentris_lightning.site.live import LiveExporter
    from latentris_lightning.store.reader import load_run
    from latentris_lightning.store.writer import RunWriter

    os.environ.setdefault("LATENTRIS_THREADS", "1")  # the baseline on the worker's footing (one torch thread)
    source = load_run(write_synthetic_run(RUNS / f"scale-{n}x{snapshots}x{len(DIMS)}", n, snapshots, DIMS))
    run_dir = tmp / "live" / "run"
    writer = RunWriter(run_dir, labels=source.labels, class_names=source.class_names,
                       layers=[{"name": layer, "module_type": "Linear"} for layer in source.layers],
                       config=source.manifest.get("config", {}), overwrite=True)
    exporter = LiveExporter(run_dir, tmp / "live" / "site", methods=["joint", "pca"])
    rows, base = [], {}
    for k, info in enumerate(source.snapshots, start=1):
        writer.write_snapshot(info.epoch, info.step,
                              {layer: source.stored_activations(layer, snapshot=info.index) for layer in source.layers},
                              source.predictions(snapshot=info.index))
        wall = _export_and_wait(exporter)
        entry = [json.loads(line) for line in (run_dir / "live-export.log").read_text().splitlines()][-1]
        warm = entry.get("warm_start") or {}
        rows.append({"k": k, "seconds": entry["seconds"], "cpu_seconds": entry["cpu_seconds"], "wall_s": wall,
                     "optimised": warm.get("optimised"), "from_snapshots": warm.get("from_snapshots")})
        print(json.dumps(rows[-1]), flush=True)
        if baseline and k in MEASURED:  # the export before warm starts: everything re-fitted and recomputed
            copy = tmp / "baseline" / f"run-{k}"
            shutil.copytree(run_dir, copy, ignore=shutil.ignore_patterns("cache"))
            start, cpu = time.perf_counter(), time.process_time()
            build_site_files(copy, methods=["joint", "pca"], flow=False, progress=False)
            base[k] = (time.perf_counter() - start, time.process_time() - cpu)
            print(json.dumps({"k": k, "baseline_seconds": base[k][0], "baseline_cpu_seconds": base[k][1]}),
                  flush=True)
    exporter.close()
    if exporter.failures:
        raise SystemExit(f"live exports failed: {exporter.failures}")
    shown = [k for k in MEASURED if k <= len(rows)]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nN={n}, {len(rows)} snapshots x {len(source.layers)} layers, methods joint + pca, load average now "
          f"{load:.1f}")
    print(f"{'live export':>12} {'wall s':>8} {'CPU s':>8} {'wall / 2nd':>10}" +
          (f" {'before: wall s':>15} {'CPU s':>8} {'wall / 2nd':>10}" if base else ""))
    second = rows[1]
    for k in shown:
        row = rows[k - 1]
        line = f"{k:>12} {row['seconds']:>8.2f} {row['cpu_seconds']:>8.2f} {row['seconds'] / second['seconds']:>10.2f}"
        if k in base:
            line += f" {base[k][0]:>15.2f} {base[k][1]:>8.2f} {base[k][0] / base[2][0]:>10.2f}"
        print(line)
    last = rows[shown[-1] - 1]
    result = (f"RESULT n={n} exports={len(rows)} live_k{shown[-1]}_s={last['seconds']:.2f} "
              f"live_k2_s={second['seconds']:.2f} live_ratio={last['seconds'] / second['seconds']:.2f} "
              f"live_cpu_ratio={last['cpu_seconds'] / second['cpu_seconds']:.2f}")
    if base:
        result += (f" before_ratio={base[shown[-1]][0] / base[2][0]:.2f}"
                   f" before_cpu_ratio={base[shown[-1]][1] / base[2][1]:.2f}")
    print(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--width", type=int, default=1024)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--repeats", type=int, default=5, help="exports of the finished run for the fixed cost (0: skip)"
    )
    parser.add_argument("--incremental", type=int, default=0, metavar="N",
                        help="measure the k-th live export's cost on a synthetic run of N samples (see above)")
    parser.add_argument("--snapshots", type=int, default=10, help="--incremental: snapshots of the run")
    parser.add_argument("--baseline", action="store_true",
                        help="--incremental: also time the export before warm starts at the 2nd, 5th, 10th")
    args = parser.parse_args()
    if args.incremental:
        with tempfile.TemporaryDirectory() as tmp:
            incremental(args.incremental, args.snapshots, args.baseline, Path(tmp))
        return
    with tempfile.TemporaryDirectory() as tmp:
        fit(Path(tmp) / "warm", live=False, epochs=1, width=args.width, seed=args.seed)  # imports, allocator
        off = fit(Path(tmp) / "off", live=False, epochs=args.epochs, width=args.width, seed=args.seed)
        on = fit(Path(tmp) / "on", live=True, epochs=args.epochs, width=args.width, seed=args.seed)
        cost = export_cost(Path(tmp) / "off", Path(tmp) / "cost-site", args.repeats) if args.repeats > 0 else None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    for row in (off, on) + ((cost,) if cost else ()):
        print(json.dumps(row))
    fixed = "" if not cost else (
        f"; unchanged-run export {cost['wall_s_median']:.2f} s wall median (in-process {cost['export_s_median']:.2f} "
        f"s), {cost['cpu_s_per_export']:.2f} CPU-s each over {cost['repeats']}")
    print(f"RESULT cores={cores} steps={on['steps']} step median live/off = {on['step_ms_median']:.2f}/"
          f"{off['step_ms_median']:.2f} ms = {on['step_ms_median'] / off['step_ms_median']:.2f}x, mean "
          f"{on['step_ms_mean'] / off['step_ms_mean']:.2f}x; fit {on['fit_s']:.1f}/{off['fit_s']:.1f} s; "
          f"{on['exports']} live exports for {args.epochs + 1} snapshots, median {on['export_s_median']:.1f} s each"
          f"{fixed}")


if __name__ == "__main__":
    main()
