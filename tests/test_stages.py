"""An export's stages: `latentris export --profile` (seconds per stage), the manifest's `stages`, progress bars."""

from __future__ import annotations

import re
import time

import pytest
from helpers import make_run

from latentris_lightning import stages
from latentris_lightning.cli import main
from latentris_lightning.site.bundle import read_data_file
from latentris_lightning.stages import StageTimer, stage

BUILT = ["projection · pca", "faithfulness scores", "bundle", "run metrics", "dynamics"]  # flow left out: fast


def _export(tmp_path, *flags):
    make_run(tmp_path / "run", epochs=(0, 1, 2), n=24, dims=(3, 4))
    start = time.perf_counter()
    rc = main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site"), "--methods", "pca", "--no-flow",
               *flags])
    wall = time.perf_counter() - start
    assert rc == 0
    return wall


def _manifest(tmp_path):
    key, manifest = read_data_file((tmp_path / "site" / "data" / "manifest.js").read_text(encoding="utf-8"))
    assert key == "manifest"
    return manifest


@pytest.mark.slow
def test_profile_prints_every_stage_with_seconds_within_the_wall_time(tmp_path, capsys):
    wall = _export(tmp_path, "--profile")
    out = capsys.readouterr().out
    rows = dict(re.findall(r"^(\S.*?)\s{2,}(\d+\.\d+)\s+\d+\.\d%$", out, flags=re.MULTILINE))
    stages = {name: float(s) for name, s in rows.items() if name != "total"}
    assert list(stages) == [*BUILT, "writing the site"]
    assert all(s >= 0 for s in stages.values())
    # each stage's own seconds: disjoint parts of the call (consistency); the table rounds each to 0.01 s
    assert sum(stages.values()) <= wall + 0.005 * len(stages)
    assert float(rows["total"]) == pytest.approx(sum(stages.values()), abs=0.01 * len(stages))
    # the manifest lists the same stages (writing the site comes after the manifest is packed)
    recorded = _manifest(tmp_path)["stages"]
    assert [entry["name"] for entry in recorded] == BUILT
    assert all(entry["seconds"] >= 0 for entry in recorded)
    assert sum(entry["seconds"] for entry in recorded) <= wall


def test_without_profile_no_table_but_the_manifest_still_lists_the_stages(tmp_path, capsys):
    _export(tmp_path)
    assert "Seconds per stage" not in capsys.readouterr().out
    assert [entry["name"] for entry in _manifest(tmp_path)["stages"]] == BUILT


@pytest.mark.slow
def test_progress_bars_only_with_progress_when_stderr_is_not_a_terminal(tmp_path, capfd):
    _export(tmp_path / "quiet")
    assert "latentris:" not in capfd.readouterr().err
    _export(tmp_path / "shown", "--progress")
    err = capfd.readouterr().err
    for name, unit in [("projection · pca", "layers"), ("faithfulness scores · pca", "cells"),
                       ("run metrics", "snapshots"), ("dynamics", "runs"), ("bundle", "files"),
                       ("writing the site", "files")]:
        assert re.search(rf"latentris: {re.escape(name)}:.*{unit}/s", err), (name, err[-2000:])
    assert "<" in err  # tqdm's elapsed<remaining: the ETA
    _export(tmp_path / "off", "--no-progress")
    assert "latentris:" not in capfd.readouterr().err


def test_a_nested_stage_is_taken_out_of_its_parent(monkeypatch):
    now = [0.0]
    monkeypatch.setattr(stages.time, "perf_counter", lambda: now[0])  # a clock the test moves: exact seconds
    timer = StageTimer(progress=False)
    with timer.stage("outer"):
        now[0] += 2.0
        with stage("inner"):  # code below the site stage reports to the timer of the stage it runs in
            now[0] += 5.0
        now[0] += 1.0
        assert timer.snapshot() == {"outer": 3.0, "inner": 5.0}  # under way: outer so far
        with stage("inner"):  # entered again: adds up
            now[0] += 1.0
            assert timer.snapshot() == {"outer": 3.0, "inner": 6.0}
    assert timer.seconds == {"outer": 3.0, "inner": 6.0}
    with stage("outside an export"):  # no timer active: nothing recorded anywhere
        now[0] += 1.0
    assert stages.current() is None and "outside an export" not in timer.seconds
    table = timer.table(wall=10.0)
    assert re.search(r"^outer\s+3\.00\s+30\.0%$", table, flags=re.MULTILINE), table
    assert re.search(r"^total\s+9\.00\s+90\.0%$", table, flags=re.MULTILINE), table
