"""Faults while writing: full disks (a real, tiny tmpfs), processes killed during export, names that look like paths.

The full-disk tests mount a tmpfs and therefore need root (CAP_SYS_ADMIN); elsewhere they are skipped.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from helpers import decode_data_file, make_run

from latentris_lightning import load_run
from latentris_lightning.cli import main
from latentris_lightning.errors import DiskFullError
from latentris_lightning.site.build import build_site_files
from latentris_lightning.site.export import export_site
from latentris_lightning.site.write import write_site
from latentris_lightning.store.writer import RunWriter

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tiny_disk(tmp_path):
    """A real file system of 256 KiB (tmpfs), unmounted afterwards."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


FILL_RUN = """
import sys, numpy as np
from latentris_lightning.store.writer import RunWriter
from latentris_lightning.errors import DiskFullError
n = 1000
writer = RunWriter(sys.argv[1], labels=np.arange(n) % 2, class_names=["a", "b"], layers=[{"name": "x"}])
writer.write_snapshot(0, 0, {"x": np.ones((n, 4))}, np.zeros(n))
try:
    writer.write_snapshot(1, 5, {"x": np.ones((n, 256))}, np.zeros(n))  # 512 KB of float16 > the disk
except DiskFullError as err:
    print("DiskFullError:", err)
    sys.exit(3)
"""


def test_a_full_disk_during_capture_is_a_clear_error_and_keeps_the_run(tiny_disk):
    # in a subprocess: without reserving the blocks first, writing the memory map of a full disk kills it (SIGBUS)
    result = subprocess.run([sys.executable, "-c", FILL_RUN, str(tiny_disk / "run")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 3, f"rc={result.returncode}: {result.stdout}{result.stderr[-2000:]}"
    assert f"cannot write {tiny_disk / 'run'}" in result.stdout and "layer-000.npy" in result.stdout
    assert "No space left on device" in result.stdout
    run = load_run(tiny_disk / "run")
    assert run.epochs == [0] and run.activations("x", epoch=0).shape == (1000, 4)
    assert not [p for p in (tiny_disk / "run").iterdir() if p.name.startswith(".")], "staging leftovers"


def test_a_full_disk_during_a_manifest_write_is_a_clear_error(tiny_disk):
    with open(tiny_disk / "ballast", "wb", buffering=0) as handle:  # fill the disk to the last block
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    with pytest.raises(DiskFullError, match=r"cannot write .*(labels.npy|manifest.json|run).*No space left"):
        RunWriter(tiny_disk / "run", labels=np.zeros(50, int), class_names=["a"], layers=[{"name": "x"}])


def test_a_full_disk_during_export_is_a_clear_error_and_leaves_nothing_behind(tmp_path, tiny_disk, capsys):
    make_run(tmp_path / "run", epochs=(0, 1), n=12)
    site = tiny_disk / "site"
    with pytest.raises(DiskFullError, match=rf"cannot write {tiny_disk}/\.site\.building-.*No space left"):
        export_site(tmp_path / "run", site, methods=["pca"], progress=False, flow=False)
    assert not site.exists() and list(tiny_disk.iterdir()) == []
    assert main(["export", str(tmp_path / "run"), "--out", str(site), "--methods", "pca", "--no-flow"]) == 2
    assert "cannot write" in capsys.readouterr().err


def _complete_site(site: Path) -> bool:
    """index.html, the manifest and every chunk the manifest lists are present."""
    if not (site / "index.html").is_file() or not (site / "data" / "manifest.js").is_file():
        return False
    _, manifest = decode_data_file((site / "data" / "manifest.js").read_text())
    chunks = [p for layers in manifest["chunks"].values() for blocks in layers for p in blocks] + [manifest["samples"]]
    return all((site / p).is_file() for p in chunks)


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["start", "projecting", "writing"])
def test_an_export_killed_at_any_moment_leaves_the_run_and_a_working_site(tmp_path, moment):
    make_run(tmp_path / "run", epochs=(0, 1, 2), n=120, dims=(8, 12))
    site = tmp_path / "site"
    assert main(["export", str(tmp_path / "run"), "--out", str(site), "--methods", "pca", "--no-flow"]) == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "latentris_lightning", "export", str(tmp_path / "run"), "--out", str(site),
         "--methods", "joint", "pca", "--no-flow"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
    )
    cache = tmp_path / "run" / "cache" / "projections"
    known = set(cache.iterdir())
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if moment == "start":
                time.sleep(0.5)
                break
            if moment == "projecting" and set(cache.iterdir()) - known:
                break
            if moment == "writing" and any(p.name.startswith(".site.building-") for p in tmp_path.iterdir()):
                break
            time.sleep(0.002)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    run = load_run(tmp_path / "run")
    assert len(run.snapshots) == 3
    assert _complete_site(site), "the killed export left no complete site"
    assert main(["export", str(tmp_path / "run"), "--out", str(site), "--methods", "joint", "pca", "--no-flow"]) == 0
    assert _complete_site(site)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == [], f"the next export did not clear the killed one's leftovers: {leftovers}"


def test_a_site_retired_by_a_killed_export_is_put_back(tmp_path):
    make_run(tmp_path / "run", n=8)
    site = tmp_path / "site"
    export_site(tmp_path / "run", site, methods=["pca"], progress=False, flow=False)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    retired = tmp_path / f".site.old-{int(dead.stdout)}-abc"
    retired.mkdir()
    os.replace(site, retired / "site")  # the state a kill between write_site's two renames leaves
    with pytest.raises(ValueError, match="outside the site folder"):
        write_site({"../evil.js": "alert(1)"}, site)
    assert _complete_site(site), "the retired site was not restored"
    assert not retired.exists() and not (tmp_path / "evil.js").exists()


def test_names_that_look_like_paths_stay_inside_the_site(tmp_path):
    hostile = ["../../x", "/etc/passwd", "..\\..\\y", "data/../../z"]
    writer = RunWriter(tmp_path / "out" / "run", labels=np.arange(20) % 2, class_names=["../a", "/b"],
                       layers=[{"name": name} for name in hostile], metadata={"names": [f"../s{i}" for i in range(20)]})
    rng = np.random.default_rng(0)
    for epoch in range(2):
        writer.write_snapshot(epoch, epoch, {name: rng.normal(size=(20, 3)) for name in hostile}, np.zeros(20))
    files = build_site_files(load_run(tmp_path / "out" / "run"), methods=["pca"], progress=False, flow=False)
    assert all(".." not in path and not path.startswith("/") for path in files)
    site = write_site(files, tmp_path / "out" / "site")
    written = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert all(site in p.parents or tmp_path / "out" / "run" in p.parents for p in written)
    _, manifest = decode_data_file((site / "data" / "manifest.js").read_text())
    assert [layer["name"] for layer in manifest["layers"]] == hostile
    assert json.loads((tmp_path / "out" / "run" / "manifest.json").read_text())["layers"][0]["file"] == "layer-000.npy"
