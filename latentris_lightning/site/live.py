"""Live mode: the site follows the training run while it trains (``Latentris(..., live=True)``).

After every snapshot the callback asks a :class:`LiveExporter` for an export. Exports run in one long-lived, niced
worker process (``python -m latentris_lightning.site.live --worker``, started at the first snapshot) that imports torch
and the exporter once and then reads the run store from disk for each job, so training never waits for projection
and a failing export cannot disturb it. Requests are coalesced, latest wins: while an export runs, further snapshots
only mark the site stale, and one more job is handed over when the running one ends; it includes every snapshot
committed by then.

**Warm starts.** A live export fits only what its new snapshots change (:mod:`latentris_lightning.projection.warm`):
``joint`` optimises the last two snapshots from the previous live export's positions, holding the one before them
and every older one fixed; ``pca`` refits its shared basis from running sums and re-projects; the worker's metrics
grow by the new snapshots only (:class:`LiveMetrics`). So the cost of the k-th live export stays about flat in k
(``benchmarks/live.py``). The manifest records what was fitted (``live.warm_start``). Older snapshots do not move
when later evidence would move them: the export at the end of fit is the ordinary full export (with flow fields),
and the authoritative one. Live exports leave the flow fields out.

**Writing only what changed.** :func:`write_site_incremental` compares each file with the one on disk and replaces
(atomically, file by file) only those whose bytes differ; the viewer's assets are copied once; ``data/manifest.js``
is written last, so a viewer that sees a new manifest finds its chunks already in place; data files that the new
manifest no longer lists are removed after it. The manifest of a live export carries ``"live": {"revision": r,
"running": true}``; the viewer (``assets/js/live.js``) re-reads the manifest every few seconds while ``running`` is
true and swaps in new snapshots without a reload, keeping the method, layer, camera and classes shown.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import msgpack

from latentris_lightning.site.bundle import MANIFEST_PATH as MANIFEST_JS
from latentris_lightning.site.bundle import read_data_file
from latentris_lightning.site.write import write_site_incremental

#: the lock file a running live export keeps in the run directory (its process id inside)
LOCK = "live-export.pid"
#: one JSON line per finished live export (snapshots, seconds, files changed), in the run directory
LOG = "live-export.log"
#: environment variable: the live export worker's priority when the callback does not give one ("idle" or a niceness)
NICE_ENV = "LATENTRIS_LIVE_NICE"


def mark_live(files: dict[str, str], *, revision: int, running: bool = True) -> dict[str, str]:
    """Add ``"live": {"revision", "running"}`` to the manifest of ``files`` (in place; returned)."""
    from latentris_lightning.site.build import data_script

    manifest = _decode_manifest(files[MANIFEST_JS])
    if manifest is None:
        raise ValueError("data/manifest.js is not one latentrisReceive call")
    manifest["live"] = {**manifest.get("live", {}), "revision": int(revision), "running": bool(running)}
    files[MANIFEST_JS] = data_script("manifest", manifest)
    return files


def _decode_manifest(script: str) -> dict[str, Any] | None:
    try:
        key, manifest = read_data_file(script)
    except ValueError:
        return None
    return manifest if key == "manifest" else None


def _without_timing(script: str) -> bytes | None:
    """A manifest without its measured durations (which differ between two exports of the same data), packed (so
    NaN metrics compare equal)."""
    manifest = _decode_manifest(script)
    if manifest is None:
        return None
    manifest.pop("metrics_seconds", None)
    manifest.pop("stages", None)
    manifest.pop("threads", None)  # the torch threads the machine's load allowed, not what the site shows
    manifest.get("live", {}).pop("warm_start", None)  # what the fit did, not what it shows
    manifest["methods"] = [{k: v for k, v in m.items() if k != "seconds"} for m in manifest.get("methods", [])]
    return msgpack.packb(manifest, use_bin_type=True)


class LiveMetrics:
    """The run metrics of a live worker, grown by the new snapshots only (as
    :func:`~latentris_lightning.analysis.metrics.compute_run_metrics` computes them, one snapshot after another), so
    a live export's metrics cost one snapshot, not every snapshot so far. A run whose earlier snapshots changed
    (another run in the folder) starts again from its first."""

    def __init__(self) -> None:
        self.metrics: Any = None
        self._keys: list[tuple[int, int, int]] = []
        self._previous: Any = None

    def update(self, run: Any) -> Any:
        """The run's :class:`~latentris_lightning.analysis.metrics.RunMetrics` for every snapshot it holds now."""
        from latentris_lightning.analysis.metrics import RunMetrics, run_rules, snapshot_metrics

        keys = [(s.index, s.epoch, s.step) for s in run.snapshots]
        if self.metrics is None or keys[: len(self._keys)] != self._keys or self.metrics.layers != list(run.layers):
            self.metrics = RunMetrics(layers=list(run.layers), n_classes=len(run.class_names), rules=run_rules(run))
            self._keys, self._previous = [], None
        seed = int(run.manifest.get("config", {}).get("seed", 0))
        for info in run.snapshots[len(self._keys):]:
            activations = [run.stored_activations(layer, snapshot=info.index) for layer in run.layers]
            metrics, self._previous = snapshot_metrics(
                activations, run.labels, predictions=run.predictions(snapshot=info.index),
                losses=run.losses(snapshot=info.index), previous=self._previous, n_classes=len(run.class_names),
                seed=seed, snapshot_index=info.index)
            self.metrics.append(info, metrics)
            self._keys.append((info.index, info.epoch, info.step))
        return self.metrics


def live_export(
    run_dir: str | os.PathLike,
    site_dir: str | os.PathLike,
    *,
    methods: Sequence[str] = ("joint", "pca"),
    seed: int = 0,
    title: str | None = None,
    running: bool = True,
    metrics: LiveMetrics | None = None,
) -> dict[str, Any]:
    """One live export of the run as it is now; returns what it did (snapshots, seconds, changed files).

    Projections start from the previous live export's (``warm_start``, :mod:`latentris_lightning.projection.warm`),
    except in the export that marks the site finished (``running=False``), which is the full fit;
    ``metrics``: the worker's metrics so far, extended by the new snapshots (``None``: all computed here)."""
    from latentris_lightning.site.build import build_site_files
    from latentris_lightning.store.reader import load_run

    start, cpu = time.perf_counter(), time.process_time()
    run = load_run(run_dir)
    run_metrics = None if metrics is None else metrics.update(run)
    files = build_site_files(run, methods=methods, title=title, seed=seed, progress=False, flow=False,
                             warm_start=running, run_metrics=run_metrics)  # a finishing export: the full fit
    mark_live(files, revision=len(run.snapshots), running=running)
    previous = Path(site_dir) / MANIFEST_JS
    if previous.is_file() and _without_timing(previous.read_text(encoding="utf-8")) == _without_timing(
        files[MANIFEST_JS]
    ):
        files[MANIFEST_JS] = previous.read_text(encoding="utf-8")  # only timings differ: keep it, viewers stay idle
    changed = write_site_incremental(files, site_dir)
    manifest = _decode_manifest(files[MANIFEST_JS]) or {}
    return {"snapshots": len(run.snapshots), "seconds": time.perf_counter() - start,
            "cpu_seconds": time.process_time() - cpu, "changed": len(changed),
            "files": len(files), "time": time.time(), "warm_start": manifest.get("live", {}).get("warm_start")}



def _pipe(stream: IO[str] | None) -> IO[str]:
    """A worker's pipe (always opened by :meth:`LiveExporter._spawn`)."""
    if stream is None:
        raise RuntimeError("the live export worker was started without its pipes")
    return stream

class LiveExporter:
    """Runs :func:`live_export` in a long-lived background worker process after each :meth:`request`, latest wins (see
    the module).

    The worker (``python -c _BOOT ... --worker``) lowers its priority, imports torch and the exporter once, then
    waits on its stdin for jobs: one line per export, answered with one JSON line on its stdout. Only one job is ever
    queued: a request while the worker is busy marks the site stale, and one more job is sent when the running one
    ends (it reads the run as it is then, so it includes every snapshot committed by then). A worker that dies is
    replaced at the next job. If the training process dies, the worker finishes its job, sees its stdin close and
    exits.

    Args:
        run_dir, site_dir: the run store and the site folder.
        methods, seed, title: as for the final export.
        nice: ``"idle"`` (Linux ``SCHED_IDLE``: the export only uses CPU time training leaves unused; elsewhere
            niceness 19) or a niceness to add (POSIX), so the export yields the CPU to training. ``None``: the
            environment variable ``LATENTRIS_LIVE_NICE`` if set, else ``"idle"``.
        threads: torch/BLAS threads of the export process.
    """

    def __init__(self, run_dir: str | os.PathLike, site_dir: str | os.PathLike, *, methods: Sequence[str],
                 seed: int = 0, title: str | None = None, nice: int | str | None = None, threads: int = 1) -> None:
        self.run_dir, self.site_dir = Path(run_dir), Path(site_dir)
        self.methods, self.seed, self.title, self.threads = list(methods), seed, title, threads
        self.nice = check_nice(os.environ.get(NICE_ENV, "idle") if nice is None else nice)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._worker: subprocess.Popen | None = None
        self._threads: list[threading.Thread] = []
        self._stderr: deque[str] = deque(maxlen=20)
        self._busy = False
        self._pending = False
        self._closed = False
        self._sent_at = 0.0
        self.exports = 0
        self.failures: list[str] = []
        self.workers = 0
        #: close(cancel=True) stopped an export in flight
        self.cancelled = False
        #: seconds from each job's hand-over to the worker to its answer (the site is up to date then)
        self.latencies: list[float] = []

    def command(self) -> list[str]:
        # lower the priority before anything is imported: importing torch is a good part of a worker's CPU time
        command = [sys.executable, "-c", _BOOT, str(self.run_dir), str(self.site_dir), "--worker", "--seed",
                   str(self.seed), "--nice", str(self.nice), "--methods", *self.methods]
        if self.title:
            command += ["--title", self.title]
        return command

    def request(self) -> None:
        """A snapshot was committed: export now if the worker is idle, else once its running export ends."""
        with self._lock:
            if self._closed:
                return
            if self._busy:
                self._pending = True
                return
            self._send()

    def _spawn(self) -> subprocess.Popen[str]:  # with self._lock held
        env = {**os.environ, "OMP_NUM_THREADS": str(self.threads), "MKL_NUM_THREADS": str(self.threads),
               "LATENTRIS_LIVE_THREADS": str(self.threads), "LATENTRIS_THREADS": str(self.threads)}
        worker = subprocess.Popen(self.command(), env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, bufsize=1)
        self.workers += 1
        self._stderr.clear()
        self._threads = [
            threading.Thread(target=self._read_answers, args=(worker,), name="latentris-live", daemon=True),
            threading.Thread(target=self._read_stderr, args=(worker,), name="latentris-live-err", daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        return worker

    def _send(self, running: bool = True) -> None:  # with self._lock held
        if self._worker is None or self._worker.poll() is not None:
            self._worker = self._spawn()
        self._pending = False
        self._busy = True
        self._sent_at = time.perf_counter()
        try:
            stdin = _pipe(self._worker.stdin)
            stdin.write(json.dumps({"running": running}) + "\n")
            stdin.flush()
        except OSError:
            pass  # the worker died: _read_answers sees its end and reports the job as failed

    def _finished(self, failure: str | None) -> None:  # with self._lock held
        self.exports += 1
        self.latencies.append(time.perf_counter() - self._sent_at)
        if failure is not None:
            self.failures.append(failure)
        self._busy = False
        if self._pending and not self._closed:
            self._send()
        self._idle.notify_all()

    def _wait_idle(self, deadline: float | None) -> None:  # with self._lock held
        while self._busy:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return
            self._idle.wait(left)

    def _read_answers(self, worker: subprocess.Popen[str]) -> None:
        for line in _pipe(worker.stdout):
            try:
                answer = json.loads(line)
            except ValueError:
                continue  # not an answer (the worker routes stray output to stderr, but be safe)
            with self._lock:
                if self._busy:
                    self._finished(None if answer.get("ok") else str(answer.get("error")))
        worker.wait()
        with self._lock:
            if self._busy and self._worker is worker:  # died during a job
                tail = [line for line in self._stderr if line.strip()]
                self._worker = None
                self._finished(tail[-1].strip() if tail else f"the live export worker exited with status "
                               f"{worker.returncode}")
            elif self._worker is worker:
                self._worker = None
            self._idle.notify_all()

    def _read_stderr(self, worker: subprocess.Popen[str]) -> None:
        for line in _pipe(worker.stderr):
            self._stderr.append(line)

    @property
    def busy(self) -> bool:
        """An export is running or queued."""
        with self._lock:
            return self._busy or self._pending

    def close(self, timeout: float | None = None, cancel: bool = False, final: bool = False) -> None:
        """Start no new export; wait (up to ``timeout`` seconds) for the running one, then stop the worker.

        ``cancel``: do not wait; stop an export in flight at once (its lock file is removed; files it already replaced
        stay) and count it neither as done nor as failed. For when a full export of the site follows anyway.
        ``final``: after the running export, one last export of every snapshot that marks the site finished
        (``running: false``, so open pages stop polling), waited for within the same ``timeout``. For when no full
        export follows.
        """
        with self._lock:
            self._closed = True
            self._pending = False
            deadline = time.monotonic() if cancel else None if timeout is None else time.monotonic() + timeout
            self._wait_idle(deadline)
            if final and not cancel and not self._busy and self.exports > 0:
                self._send(running=False)
                self._wait_idle(deadline)
            worker, threads, stuck = self._worker, list(self._threads), self._busy
            if stuck and cancel:
                self._busy = False  # cancelled, not failed
                self.cancelled = True
        if worker is None:
            return
        if stuck:
            worker.terminate()
        else:
            with contextlib.suppress(OSError):
                _pipe(worker.stdin).close()  # the worker's end of jobs: it exits
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
        for thread in threads:
            thread.join(timeout=10)


def check_nice(nice: int | str) -> int | str:
    """``"idle"`` or an integer niceness (as int or text); anything else is an error naming the allowed values."""
    if nice == "idle":
        return nice
    try:
        value = int(nice)
    except (TypeError, ValueError):
        value = -1
    if not 0 <= value <= 19:
        raise ValueError(f"live export priority {nice!r} is neither 'idle' nor an integer niceness from 0 to 19; "
                         f"check {NICE_ENV} or the nice argument")
    return value


def lower_priority(nice: int | str) -> None:
    """``"idle"``: Linux's idle scheduling class (else niceness 19); an int: that much niceness (POSIX only)."""
    if nice == "idle" and hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
            return
        except OSError:
            pass
    amount = 19 if nice == "idle" else int(nice)
    if amount and hasattr(os, "nice"):
        os.nice(amount)


#: the worker's entry point: lowers its priority as lower_priority does, before importing anything heavy
_BOOT = ("import os, sys\n"
         "nice = sys.argv[sys.argv.index('--nice') + 1] if '--nice' in sys.argv else 'idle'\n"
         "if nice == 'idle' and hasattr(os, 'SCHED_IDLE'):\n"
         "    try: os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))\n"
         "    except OSError: os.nice(19)\n"
         "elif hasattr(os, 'nice'): os.nice(19 if nice == 'idle' else int(nice))\n"
         "from latentris_lightning.site.live import _main\n"
         "sys.exit(_main(sys.argv[1:], prioritised=True))\n")


def _export_once(args: argparse.Namespace, running: bool, metrics: LiveMetrics | None = None) -> dict[str, Any]:
    """One live export with the lock file held and its line appended to the log."""
    lock = Path(args.run_dir) / LOCK
    if not lock.parent.is_dir():
        lock = Path(args.run_dir) / "run" / LOCK
    lock.write_text(str(os.getpid()))
    try:
        result = live_export(args.run_dir, args.site_dir, methods=args.methods, seed=args.seed, title=args.title,
                             running=running, metrics=metrics)
        result["pid"] = os.getpid()
        with open(lock.parent / LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps(result) + "\n")
    finally:
        lock.unlink(missing_ok=True)
    return result


def _stop(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


def _serve_jobs(args: argparse.Namespace) -> int:
    """The worker loop: one export per line on stdin, one JSON answer per export on stdout; ends at end of input."""
    signal.signal(signal.SIGTERM, _stop)  # stopped mid-export: unwind, so the lock file goes
    answers = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # anything else printed, by Python or by native code, goes to stderr, never into the answers
    sys.stdout = sys.stderr
    metrics = LiveMetrics()  # grown by each job's new snapshots
    while True:
        line = sys.stdin.readline()
        if not line:
            return 0  # the trainer closed the pipe (or died): no more jobs
        if not line.strip():
            continue
        try:
            job = json.loads(line)
            answer = {"ok": True, **_export_once(args, running=bool(job.get("running", True)), metrics=metrics)}
        except Exception as err:  # noqa: BLE001 (reported to the trainer, which warns; the worker stays up)
            traceback.print_exc()
            answer = {"ok": False, "error": f"{type(err).__name__}: {err}"}
        finally:
            gc.collect()
        with contextlib.suppress(OSError):  # nobody is listening any more; the end of stdin follows
            answers.write(json.dumps(answer) + "\n")


def _main(argv: Sequence[str] | None = None, prioritised: bool = False) -> int:
    parser = argparse.ArgumentParser(prog="python -m latentris_lightning.site.live",
                                     description="One live export of a run, or (--worker) one per line read on stdin "
                                                 "(started by the callback with live=True).")
    parser.add_argument("run_dir")
    parser.add_argument("site_dir")
    parser.add_argument("--methods", nargs="+", default=["joint", "pca"])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--title", default=None)
    parser.add_argument("--nice", default="idle", help='"idle" (default) or a niceness')
    parser.add_argument("--final", action="store_true", help="mark the site as no longer running")
    parser.add_argument("--worker", action="store_true",
                        help='stay up: export once per line on stdin ({"running": true}), answer one JSON line each')
    args = parser.parse_args(argv)
    if not prioritised:
        lower_priority(check_nice(args.nice))
    import torch

    torch.set_num_threads(max(1, int(os.environ.get("LATENTRIS_LIVE_THREADS", "1"))))
    if args.worker:
        return _serve_jobs(args)
    _export_once(args, running=not args.final)
    return 0


if __name__ == "__main__":
    sys.exit(_main())
