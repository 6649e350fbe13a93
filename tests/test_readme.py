"""The README's examples run as written: its Python snippet trains with the callback, then its shell block's
`latentris` commands work on the run that snippet wrote."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
# commands that serve forever or belong to another tool; `latentris demo` has its own test (test_cli.py)
NOT_RUN = ("latentris serve", "latentris demo", "tensorboard")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def _commands() -> list[str]:
    """The `latentris ...` lines of the README's shell blocks, comments stripped."""
    found = []
    for block in _blocks("bash"):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if command.startswith("latentris ") and not command.startswith(NOT_RUN):
                found.append(command)
    return found


def test_the_readme_has_the_examples_this_test_runs():
    assert len(_blocks("python")) == 1
    commands = _commands()
    assert len(commands) == 6, commands
    assert {c.split()[1] for c in commands} == {"export", "info", "projector", "samples"}


# the snippet's placeholders, filled with the digits example it is written for
PRELUDE = f"""
import sys
sys.path.insert(0, {str(ROOT / "examples")!r})
import torch
from digits_mlp import MLP, DigitsDataModule
datamodule = DigitsDataModule()
x_probe, y_probe = datamodule.val_set.tensors
model = MLP()
"""


@pytest.mark.slow
def test_readme_examples_run_as_written(tmp_path):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    snippet = PRELUDE + _blocks("python")[0]
    trained = subprocess.run([sys.executable, "-c", snippet], cwd=tmp_path, capture_output=True, text=True,
                             timeout=600, env=env)
    assert trained.returncode == 0, trained.stderr[-3000:]
    assert (tmp_path / "latentris" / "site" / "index.html").is_file()

    for command in _commands():
        result = subprocess.run([sys.executable, "-m", "latentris_lightning", *shlex.split(command)[1:]],
                                cwd=tmp_path, capture_output=True, text=True, timeout=600, env=env)
        assert result.returncode == 0, f"{command}\n{result.stderr[-3000:]}"
    assert (tmp_path / "small" / "index.html").is_file()
    assert any((tmp_path / "tb").rglob("projector_config.pbtxt"))
