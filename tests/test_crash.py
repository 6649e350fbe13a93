"""A training run killed at an arbitrary moment keeps every completed snapshot, and the CLI exports them."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from latentris_lightning import load_run
from latentris_lightning.cli import main


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.11, 0.37])
def test_a_killed_run_keeps_its_snapshots_and_exports(tmp_path, delay):
    script = Path(__file__).resolve().parent / "slow_fit.py"
    process = subprocess.Popen([sys.executable, str(script), str(tmp_path)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    manifest = tmp_path / "run" / "manifest.json"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if manifest.exists() and len(json.loads(manifest.read_text())["snapshots"]) >= 3:
                break
            time.sleep(0.05)
        else:
            raise AssertionError("the training run never reached 3 snapshots")
        time.sleep(delay)  # somewhere in an epoch, a capture or a manifest write
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    run = load_run(tmp_path)
    assert len(run.snapshots) >= 3
    assert run.epochs == list(range(len(run.epochs)))
    assert run.layers
    for layer in run.layers:
        assert all(a.shape == (40, run.layer_info(layer)["dim"]) for a in run.layer_series(layer))
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "index.html").is_file()
