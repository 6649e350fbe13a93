"""Where an export's peak memory goes: peak RSS per stage of ``export_site`` on the synthetic run of ``scale.py``.

    PYTHONPATH=. NUMBA_CACHE_DIR=/tmp/numba-cache .venv/bin/python benchmarks/export_memory.py --n 3000

Writes (or reuses) the run of ``benchmarks/scale.py`` (``--n`` samples x 10 snapshots x 4 layers of 64..512 dims),
removes its projection cache, and exports it with the defaults in this process while a sampling thread reads the
process's resident set size (``/proc/self/statm``, every 5 ms). The stages of ``site/build.py`` are wrapped by name:
each method's projection (its fit and its faithfulness scores apart), the run metrics, the flow fields, the sample
dynamics, the bundle packing and the site writing. For each stage it prints the peak RSS while the stage ran (its
nested stages included) and how far above the RSS at its start that peak was. Ends with one line:

    RESULT peak_rss_mb=<x> stage_of_peak=<name>
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".numba_cache"))

from scale import DIMS, RUNS, write_synthetic_run  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE / 2**20


class Sampler:
    """A thread that keeps the peak RSS of each open stage."""

    def __init__(self, every: float = 0.005) -> None:
        self.every = every
        self.open: dict[str, float] = {}  # stage -> peak while open
        self.rows: dict[str, list[float]] = {}  # stage -> [peak, rise above start, calls]
        self.lock = threading.Lock()
        self.peak = 0.0
        self.stage_of_peak = ""
        self.stack: list[str] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.tick()
            time.sleep(self.every)

    def tick(self) -> None:
        now = rss_mb()
        with self.lock:
            for name, peak in self.open.items():
                self.open[name] = max(peak, now)
            if now > self.peak:
                self.peak, self.stage_of_peak = now, " > ".join(self.stack)

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        self.tick()
        start = rss_mb()
        with self.lock:
            self.open[name] = max(self.open.get(name, start), start)
            self.stack.append(name)
        try:
            yield
        finally:
            self.tick()
            with self.lock:
                peak = self.open.pop(name)
                self.stack.remove(name)
                row = self.rows.setdefault(name, [0.0, 0.0, 0])
                row[0] = max(row[0], peak)
                row[1] = max(row[1], peak - start)
                row[2] += 1

    def stop(self) -> None:
        self._stop.set()
        self.thread.join()


def wrap(sampler: Sampler, module: Any, attr: str, name: Callable[..., str] | str) -> None:
    original = getattr(module, attr)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        label = name(*args, **kwargs) if callable(name) else name
        with sampler.stage(label):
            return original(*args, **kwargs)

    setattr(module, attr, wrapped)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=3000, help="probe samples (default: %(default)s)")
    parser.add_argument("--snapshots", type=int, default=10)
    parser.add_argument("--layers", type=int, default=4)
    args = parser.parse_args()
    dims = tuple(DIMS[i % len(DIMS)] for i in range(args.layers))
    tag = f"scale-{args.n}x{args.snapshots}x{args.layers}"
    RUNS.mkdir(parents=True, exist_ok=True)
    run_path = write_synthetic_run(RUNS / tag, args.n, args.snapshots, dims)
    shutil.rmtree(run_path / "cache", ignore_errors=True)
    site = RUNS / f"{tag}-memsite"
    shutil.rmtree(site, ignore_errors=True)

    from latentris_lightning.projection import pipeline
    from latentris_lightning.site import build, export

    sampler = Sampler()
    base = rss_mb()
    wrap(sampler, build, "project_run", lambda run, method, **_: f"project {method}")
    wrap(sampler, pipeline, "fit_holding_invalid", lambda method, *a, **k: f"  fit {method}")
    wrap(sampler, pipeline, "score_valid_samples", "  faithfulness scores")
    wrap(sampler, build, "compute_run_metrics", "run metrics (dynamics incl.)")
    wrap(sampler, build, "build_flow_files", "flow fields")
    wrap(sampler, build, "position_files", "bundle: positions")
    wrap(sampler, build, "data_script", "bundle: data scripts")
    wrap(sampler, export, "write_site", "write site")
    start = time.perf_counter()
    with sampler.stage("export (all)"):
        export.export_site(run_path, site, progress=False)
    wall = time.perf_counter() - start
    sampler.stop()
    print(f"N={args.n}, {args.snapshots} snapshots, layers {dims}; RSS before the export {base:.0f} MB; "
          f"export {wall:.1f} s")
    print("\n| stage | calls | peak RSS (MB) | peak above the stage's start (MB) |")
    print("|---|---|---|---|")
    for name, (peak, rise, calls) in sampler.rows.items():
        print(f"| {name.strip()} | {calls} | {peak:.0f} | {rise:.0f} |")
    print(f"\npeak {sampler.peak:.0f} MB in: {sampler.stage_of_peak}")
    print(f"RESULT peak_rss_mb={sampler.peak:.0f} stage_of_peak={sampler.stage_of_peak.split(' > ')[-1].strip()!r}")


if __name__ == "__main__":
    main()
