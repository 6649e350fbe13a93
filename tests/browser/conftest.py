"""Fixtures of the browser tests: Debian's chromium driven by playwright (file:// or a local server, software WebGL),
and pages that fail their test on any console error, page error, failed request or dialog.

Every test in this folder is marked ``browser`` (``pytest -m "not browser"`` leaves them out). A missing
/usr/bin/chromium fails them rather than skipping them: ``make test`` installs it (``make chromium``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_helpers import CHROMIUM, LAUNCH_ARGS, VIEWPORT, Viewer
from helpers import read_data_file
from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: the browser tests need Debian's chromium (make chromium)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_viewer(browser):
    """Makes pages (``new_viewer()``, or ``new_viewer(served=True)`` for a site served over HTTP). Once the test's
    body has passed, any error they logged fails it (and, unless served, any request a file:// site must not make:
    see pytest_runtest_call below); they are closed when it ends."""
    made: list[tuple[Viewer, bool]] = []

    def make(served: bool = False) -> Viewer:
        viewer = Viewer(browser.new_page(viewport=VIEWPORT))
        made.append((viewer, served))
        return viewer

    def problems() -> list[str]:
        found = []
        for viewer, served in made:
            found += viewer.errors
            if viewer.requests and not served:
                found.append(f"the viewer made network requests: {viewer.requests}")
        return found

    make.problems = problems
    yield make
    for viewer, _ in made:
        viewer.page.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """A test whose pages logged an error fails (as the test, not as its teardown)."""
    result = yield
    make = item.funcargs.get("new_viewer")
    if make is not None:
        problems = make.problems()
        assert not problems, "the page logged errors or made requests:\n" + "\n".join(problems)
    return result


@pytest.fixture
def viewer(new_viewer) -> Viewer:
    """A page for a file:// site."""
    return new_viewer()


@pytest.fixture
def page_viewer(new_viewer) -> Viewer:
    """A page for a site served over HTTP (its requests are recorded, not refused)."""
    return new_viewer(served=True)


@pytest.fixture(scope="module")
def manifest(exported_site: Path) -> dict:
    """The demo site's manifest."""
    return read_data_file(exported_site / "data" / "manifest.js")[1]
