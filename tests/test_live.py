"""Live mode: incremental site writes, the background exporter, the callback with live=True, and a training
subprocess killed mid-run. The viewer's side (a live site gaining snapshots in Chromium) is in
tests/browser/test_live_browser.py."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import lightning.pytorch as pl
import numpy as np
import pytest
from helpers import (
    TinyNet,
    live_exports,
    make_blobs,
    make_run,
    make_trainer,
    read_data_file,
    train_loader,
    wait_until,
)

from latentris_lightning import Latentris, load_run
from latentris_lightning.cli import main
from latentris_lightning.site.build import build_site_files
from latentris_lightning.site.live import LOCK, LOG, LiveExporter, live_export, mark_live, write_site_incremental
from latentris_lightning.store.writer import RunWriter


def _mtimes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}


def test_a_live_export_under_another_load_rewrites_nothing(tmp_path, monkeypatch):
    """The manifest's thread plan follows the machine's load (threads.py); two live exports of the same run on a
    machine whose load changed in between show the same site, so the second writes nothing."""
    make_run(tmp_path / "run", epochs=(0, 1), n=8, dims=(3, 4))
    plans = []
    for threads in ("1", "2"):
        monkeypatch.setenv("LATENTRIS_THREADS", threads)
        done = live_export(tmp_path / "run", tmp_path / "site", methods=["pca"])
        plans.append(read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]["threads"])
    assert plans[0]["threads"] == 1 and done["changed"] == 0  # the plan of the first export stays: nothing written


def test_incremental_writes_only_what_changed(tmp_path):
    make_run(tmp_path / "run", epochs=(0, 1), n=8, dims=(3, 4))
    run = load_run(tmp_path / "run")
    files = build_site_files(run, methods=["pca"], progress=False, flow=False)
    first = write_site_incremental(files, tmp_path / "site")
    assert "data/manifest.js" in first and "index.html" in first and "assets/js/main.js" in first
    assert first[-1] == "data/manifest.js" or first.index("data/manifest.js") > first.index("data/pca-0-0.js")
    before = _mtimes(tmp_path / "site")
    time.sleep(0.01)
    assert write_site_incremental(files, tmp_path / "site") == []  # nothing changed: nothing touched
    assert _mtimes(tmp_path / "site") == before
    # one more snapshot: the chunks and the manifest change, the assets and the page do not
    writer = RunWriter.reopen(tmp_path / "run")
    rng = np.random.default_rng(1)
    writer.write_snapshot(2, 20, {"block0": rng.normal(size=(8, 3)), "block1": rng.normal(size=(8, 4))},
                          np.arange(8) % 2)
    files2 = build_site_files(load_run(tmp_path / "run"), methods=["pca"], progress=False, flow=False)
    changed = write_site_incremental(files2, tmp_path / "site")
    assert changed[-1] == "data/manifest.js" or "data/manifest.js" in changed
    assert not any(p.startswith("assets/") for p in changed) and "index.html" not in changed
    assert {"data/pca-0-0.js", "data/pca-1-0.js", "data/manifest.js"} <= set(changed)
    assert read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]["snapshots"][-1]["epoch"] == 2
    # a data file the new site lacks is removed
    (tmp_path / "site" / "data" / "pca-9-0.js").write_text("old")
    assert "data/pca-9-0.js" in write_site_incremental(files2, tmp_path / "site")
    assert not (tmp_path / "site" / "data" / "pca-9-0.js").exists()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "mine.txt").write_text("keep")
    with pytest.raises(FileExistsError, match="not a Latentris site"):
        write_site_incremental(files2, tmp_path / "other")


def test_live_export_marks_the_manifest(tmp_path):
    make_run(tmp_path / "run", epochs=(0, 1, 2), n=8)
    result = live_export(tmp_path / "run", tmp_path / "site", methods=["pca"])
    assert result["snapshots"] == 3 and result["changed"] > 0
    manifest = read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]
    assert {k: v for k, v in manifest["live"].items() if k != "warm_start"} == {"revision": 3, "running": True}
    assert manifest["live"]["warm_start"]["methods"]["pca"]["fit"] == "full"  # the first live export: no state yet
    assert "flow" not in manifest  # live exports leave the flow fields to the final export
    assert manifest["dynamics"]["chunks"] == ["data/dynamics-0.js"]  # per-sample dynamics, as in a full export
    dynamics = read_data_file(tmp_path / "site" / "data" / "dynamics-0.js")[1]
    assert dynamics["snapshots"] == [1, 2] and len(np.frombuffer(dynamics["correctness"], "<f4")) == 8
    files = mark_live({"data/manifest.js": (tmp_path / "site" / "data" / "manifest.js").read_text()}, revision=4,
                      running=False)
    assert '"manifest"' in files["data/manifest.js"]


@pytest.mark.slow
def test_live_exporter_coalesces_requests(tmp_path):
    make_run(tmp_path / "run", epochs=(0, 1), n=8)
    exporter = LiveExporter(tmp_path / "run", tmp_path / "site", methods=["pca"])
    exporter.request()
    exporter.request()  # while the first runs: one more export afterwards, not two
    exporter.request()
    deadline = time.monotonic() + 120
    while exporter.busy and time.monotonic() < deadline:
        time.sleep(0.05)
    exporter.close()
    assert exporter.failures == []
    assert exporter.exports == 2 and exporter.workers == 1
    log = [json.loads(line) for line in (tmp_path / "run" / LOG).read_text().splitlines()]
    assert len(log) == 2 and log[1]["changed"] == 0  # same run twice: the second export wrote nothing
    assert log[0]["pid"] == log[1]["pid"]  # one long-lived worker did both
    assert not (tmp_path / "run" / LOCK).exists()
    assert (tmp_path / "site" / "index.html").is_file()


@pytest.mark.slow
def test_live_exporter_reports_failures(tmp_path):
    (tmp_path / "run").mkdir()
    exporter = LiveExporter(tmp_path / "run", tmp_path / "site", methods=["pca"])
    exporter.request()
    exporter.close(timeout=120)
    assert exporter.exports == 1 and "holds no manifest.json" in exporter.failures[0]


def _wait_idle(exporter: LiveExporter, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while exporter.busy:
        assert time.monotonic() < deadline, "the live export did not finish"
        time.sleep(0.05)


@pytest.mark.slow
def test_live_worker_runs_at_idle_priority_and_is_replaced_when_it_dies(tmp_path):
    make_run(tmp_path / "run", epochs=(0, 1), n=8)
    exporter = LiveExporter(tmp_path / "run", tmp_path / "site", methods=["pca"], nice="idle")
    try:
        exporter.request()
        _wait_idle(exporter)
        worker = exporter._worker
        assert worker is not None and worker.poll() is None  # stays up between exports
        if hasattr(os, "SCHED_IDLE"):
            assert os.sched_getscheduler(worker.pid) == os.SCHED_IDLE
        worker.kill()
        worker.wait(timeout=30)
        exporter.request()  # a new worker takes the job
        _wait_idle(exporter)
        assert exporter.exports == 2 and exporter.workers == 2 and exporter.failures == []
        pids = [e["pid"] for e in live_exports(tmp_path / "run")]
        assert len(pids) == 2 and pids[0] != pids[1] and pids[0] == worker.pid
    finally:
        exporter.close()
    assert exporter._worker is None or exporter._worker.poll() is not None  # closing ends the worker


def test_live_export_priority_is_checked(tmp_path, monkeypatch):
    with pytest.raises(ValueError, match=r"'fast' is neither 'idle' nor an integer niceness from 0 to 19"):
        LiveExporter(tmp_path / "run", tmp_path / "site", methods=["pca"], nice="fast")
    monkeypatch.setenv("LATENTRIS_LIVE_NICE", "-3")
    with pytest.raises(ValueError, match="LATENTRIS_LIVE_NICE"):
        LiveExporter(tmp_path / "run", tmp_path / "site", methods=["pca"])
    with pytest.raises(ValueError, match="LATENTRIS_LIVE_NICE"):  # the callback says so before training starts
        Latentris(probe=make_blobs(n=8), output_dir=tmp_path, live=True)
    monkeypatch.setenv("LATENTRIS_LIVE_NICE", "7")
    assert LiveExporter(tmp_path / "run", tmp_path / "site", methods=["pca"]).nice == 7


class WaitForLiveExport(pl.Callback):
    """Holds training at the end of epoch ``epoch`` until a live export is logged, so one surely happens during fit."""

    def __init__(self, log: Path, epoch: int) -> None:
        self.path, self.epoch = log, epoch

    def on_train_epoch_end(self, trainer, pl_module):
        if trainer.current_epoch == self.epoch:
            wait_until(lambda: self.path.is_file() and self.path.read_text().strip() != "", 120,
                       "a live export during fit")


@pytest.mark.slow
def test_callback_live_exports_during_fit_and_the_final_export_is_complete(tmp_path):
    callback = Latentris(probe=make_blobs(n=24), epochs="all", output_dir=tmp_path, live=True, methods=["pca"])
    make_trainer([callback, WaitForLiveExport(tmp_path / "run" / LOG, 1)], max_epochs=3).fit(TinyNet(), train_loader())
    log = [json.loads(line) for line in (tmp_path / "run" / LOG).read_text().splitlines()]
    assert 1 <= len(log) <= 4 and log[0]["snapshots"] >= 1
    assert not (tmp_path / "run" / LOCK).exists()  # an export still in flight at fit end was stopped cleanly
    manifest = read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]
    assert len(manifest["snapshots"]) == 4
    assert "live" not in manifest and "flow" in manifest  # the final export: a finished, complete site
    assert callback.show().name == "index.html"


@pytest.mark.slow
def test_callback_live_without_final_export_ends_with_a_complete_finished_live_site(tmp_path):
    """export_on_fit_end=False: no full export follows, so fit end brings the live site up to the last snapshot and
    marks it finished (open pages stop polling) instead of dropping the request made while the last live export
    ran."""
    callback = Latentris(probe=make_blobs(n=24), epochs="all", output_dir=tmp_path, live=True, methods=["pca"],
                         export_on_fit_end=False)
    make_trainer([callback], max_epochs=3).fit(TinyNet(), train_loader())
    manifest = read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]
    assert len(manifest["snapshots"]) == 4 and manifest["live"]["running"] is False
    assert "flow" not in manifest  # a live export, not the full one
    assert not (tmp_path / "run" / LOCK).exists()


@pytest.mark.slow
def test_closing_with_cancel_stops_the_export_in_flight(tmp_path):
    make_run(tmp_path / "run", epochs=tuple(range(24)), n=400, dims=(48, 48))  # an export that takes a while
    exporter = LiveExporter(tmp_path / "run", tmp_path / "site", methods=["joint", "pca"])
    exporter.request()
    wait_until(lambda: (tmp_path / "run" / LOCK).exists(), 120, "the export to start")
    worker = exporter._worker
    start = time.monotonic()
    exporter.close(cancel=True)
    assert time.monotonic() - start < 30
    assert exporter.cancelled and exporter.exports == 0 and exporter.failures == []
    assert worker.poll() is not None  # stopped
    assert not (tmp_path / "run" / LOCK).exists()  # the lock went with it
    assert not (tmp_path / "run" / LOG).exists()  # that export never finished


@pytest.mark.slow
def test_a_live_run_killed_mid_training_keeps_its_site_and_exports_all_it_had(tmp_path):
    script = Path(__file__).resolve().parent / "slow_fit.py"
    process = subprocess.Popen([sys.executable, str(script), str(tmp_path), "--live"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: any(e["snapshots"] >= 2 for e in live_exports(tmp_path / "run")), 900,
                   "a live export of 2 snapshots", process)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    lock = tmp_path / "run" / LOCK
    wait_until(lambda: not lock.exists(), 600, "the live export in flight to finish")  # it outlives the killed trainer
    site = read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]
    assert site["live"]["running"] is True and len(site["snapshots"]) >= 2
    assert len(site["snapshots"]) == live_exports(tmp_path / "run")[-1]["snapshots"]
    run = load_run(tmp_path)
    assert len(run.snapshots) >= len(site["snapshots"])
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site"), "--methods", "pca",
                 "--no-flow"]) == 0
    final = read_data_file(tmp_path / "site" / "data" / "manifest.js")[1]
    assert len(final["snapshots"]) == len(run.snapshots) and "live" not in final
