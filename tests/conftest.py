"""Shared fixtures: a probe for TinyNet (tests/helpers.py) and an exported demo site.

Helpers that are not fixtures are in tests/helpers.py; the browser fixtures are in tests/browser/conftest.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_blobs


@pytest.fixture
def probe_blobs():
    """A 30-sample probe (x, y) for TinyNet."""
    return make_blobs(n=30, seed=1)


@pytest.fixture(scope="session")
def demo_output(tmp_path_factory) -> Path:
    """The real demo pipeline (digits MLP, callback, export), shortened to 6 epochs."""
    from latentris_lightning.demo import run_demo

    out = tmp_path_factory.mktemp("demo") / "latentris"
    run_demo(out, max_epochs=6, progress=False)
    return out


@pytest.fixture(scope="session")
def exported_site(demo_output) -> Path:
    site = demo_output / "site"
    assert (site / "index.html").is_file(), "the demo did not export its site"
    return site
