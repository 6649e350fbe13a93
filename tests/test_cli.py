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


# ------------------------------------------------------------------------------------------- latentris samples
def _fit_tiny_run(tmp_path, names):
    """A real tiny run: TinyNet trained 3 epochs on blobs with a quarter of the probe's labels flipped."""
    from helpers import TinyNet, make_blobs, make_trainer, train_loader

    from latentris_lightning import Latentris, Probe

    x, y = make_blobs(n=24, seed=1)
    y = y.clone()
    y[:6] = (y[:6] + 1) % 3
    cb = Latentris(probe=Probe(inputs=x, labels=y.numpy(), names=names), layers=["net.4", "net.6"],
                   epochs=[0, 1, 2, 3], output_dir=tmp_path / "out", export_on_fit_end=False)
    make_trainer([cb], max_epochs=3).fit(TinyNet(), train_loader())
    return tmp_path / "out" / "run"


@pytest.mark.slow
def test_samples_table_and_csv_of_a_real_run(tmp_path, capsys):
    import csv

    names = [f"s{i}" for i in range(24)]
    names[0], names[1], names[2] = "=HYPERLINK(\"http://x\")", "<b>bold</b>", "tab\tand\x1b[31mred"
    run_dir = _fit_tiny_run(tmp_path, names)
    assert main(["samples", str(run_dir), "--sort", "mislabel", "--top", "5"]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0].startswith("5 of 24 samples by mislabel") and len(lines) == 2 + 5
    assert lines[1].split()[:6] == ["index", "name", "label", "label_name", "most_frequent_name", "confidence"]
    assert "\x1b" not in out.out and "\t" not in out.out  # control characters are escaped in the terminal
    assert "missing" not in out.err  # the head (net.6) is captured: aum comes from its logits
    assert main(["samples", str(run_dir), "--csv", str(tmp_path / "r.csv")]) == 0
    with open(tmp_path / "r.csv", newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 24 and sorted(int(r["index"]) for r in table) == list(range(24))
    assert list(table[0]) == ["index", "name", "label", "label_name", "most_frequent_name", "confidence",
                              "variability", "correctness", "first_learned", "forgetting", "aum", "centroid_layer",
                              "most_frequent", "mislabel"]
    scores = [float(r["mislabel"]) for r in table]
    assert scores == sorted(scores, reverse=True)
    by_index = {int(r["index"]): r for r in table}
    assert by_index[0]["name"] == "'=HYPERLINK(\"http://x\")"  # never a formula
    assert by_index[1]["name"] == "<b>bold</b>" and by_index[2]["name"] == "tab\tand\x1b[31mred"  # data, as is
    assert all(by_index[i]["label_name"] in ("0", "1", "2") for i in range(24))


def test_samples_errors_are_one_clear_line(tmp_path, capsys):
    make_run(tmp_path / "run")
    assert main(["samples", str(tmp_path / "run"), "--top", "0"]) == 2
    assert "--top must be a positive number" in capsys.readouterr().err
    assert main(["samples", str(tmp_path / "run"), "--sort", "confidence"]) == 2
    err = capsys.readouterr().err
    assert "cannot sort by 'confidence'" in err and "no per-sample losses" in err and "Traceback" not in err


def test_samples_without_losses_ranks_by_correctness(tmp_path, capsys):
    make_run(tmp_path / "run", epochs=(0, 1, 2))
    assert main(["samples", str(tmp_path / "run"), "--csv", "-"]) == 0
    out = capsys.readouterr()
    rows = out.out.strip().splitlines()
    assert rows[0] == "index,label,label_name,most_frequent_name,correctness,first_learned,forgetting," \
                      "centroid_layer,most_frequent,mislabel"
    assert len(rows) == 6 and "missing confidence: the run recorded no per-sample losses" in out.err
