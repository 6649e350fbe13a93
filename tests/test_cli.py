"""The ``latentris`` command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_run

from latentris_lightning import load_run
from latentris_lightning.cli import main


@pytest.mark.slow
def test_export_and_info(tmp_path, capsys):
    make_run(tmp_path / "run")
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site"), "--title", "Mine"]) == 0
    assert (tmp_path / "site" / "index.html").is_file()
    assert "<title>Mine</title>" in (tmp_path / "site" / "index.html").read_text()
    assert "Site written: file://" in capsys.readouterr().out
    assert main(["info", str(tmp_path / "run")]) == 0
    out = capsys.readouterr().out
    assert "5 in 2 classes: cat, dog" in out and "block1" in out and "epochs [0, 1]" in out


def test_export_flow_options(tmp_path):
    make_run(tmp_path / "run")
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "a"), "--methods", "pca",
                 "--flow-smoothing", "0.3"]) == 0
    assert (tmp_path / "a" / "data" / "flow-pca-1.js").is_file()
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "b"), "--methods", "pca", "--no-flow"]) == 0
    assert not list((tmp_path / "b" / "data").glob("flow-*"))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["info", "{tmp}/missing"], "is not a directory"),
        (["export", "{tmp}/run/samples", "--out", "{tmp}/site"], "holds no manifest.json"),
        (["export", "{tmp}/run", "--out", "{tmp}/site", "--methods", "umapp"], "Unknown projection method 'umapp'"),
        (["export", "{tmp}/run", "--out", "{tmp}/site", "--flow-smoothing", "1.5"], "smoothing=1.5 is not allowed"),
    ],
)
def test_errors_are_one_clear_line(tmp_path, capsys, argv, message):
    make_run(tmp_path / "run")
    code = main([a.format(tmp=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err


@pytest.mark.slow
def test_demo_command_trains_and_exports(tmp_path):
    """The README's demo path, through the installed console script's module."""
    result = subprocess.run(
        [sys.executable, "-m", "latentris_lightning", "demo", "--epochs", "2", "--out", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    index = tmp_path / "demo" / "site" / "index.html"
    assert index.is_file()
    assert index.resolve().as_uri() in result.stdout
    assert (tmp_path / "demo" / "run" / "manifest.json").is_file()


@pytest.mark.slow
def test_failed_export_at_fit_end_keeps_the_run_and_cli_re_exports_it(tmp_path, monkeypatch):
    from helpers import TinyNet, make_blobs, make_trainer, train_loader

    from latentris_lightning import Latentris

    def broken(*args, **kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr("latentris_lightning.site.export.write_site", broken)
    callback = Latentris(probe=make_blobs(n=12), epochs=[0, 1], output_dir=tmp_path)
    with pytest.warns(UserWarning, match=r"activations are intact.*latentris export .*run --out .*site"):
        make_trainer([callback], max_epochs=1).fit(TinyNet(), train_loader())
    assert load_run(tmp_path).epochs == [0, 1]
    assert not (tmp_path / "site").exists()
    monkeypatch.undo()
    assert main(["export", str(tmp_path / "run"), "--out", str(tmp_path / "site")]) == 0
    assert Path(tmp_path / "site" / "index.html").is_file()


@pytest.mark.slow
def test_example_script_runs(tmp_path):
    example = Path(__file__).resolve().parents[1] / "examples" / "digits_mlp.py"
    result = subprocess.run(
        [sys.executable, str(example), "--epochs", "2", "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "out" / "site" / "index.html").is_file()
    assert load_run(tmp_path / "out").epochs == [0, 1, 2]
