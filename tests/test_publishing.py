"""Publishing: the exported folder is self-contained with relative paths and works when served from a sub-path, as
GitHub Pages serves a project site (``https://<user>.github.io/<repo>/``); the example workflow is sound."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright
from test_viewer_browser import CHROMIUM, LAUNCH_ARGS, READY_TIMEOUT_MS, VIEWPORT

from latentris_lightning.site.serve import serve_in_background

ROOT = Path(__file__).resolve().parents[1]


def test_every_reference_in_the_site_is_relative(exported_site):
    html = (exported_site / "index.html").read_text()
    references = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert references, "no references found in index.html"
    for ref in references:
        assert not ref.startswith(("/", "http:", "https:", "//")), f"index.html refers to {ref!r}"
        assert ref.startswith("data:") or (exported_site / ref).is_file(), f"{ref} is not in the site"
    for script in (exported_site / "assets" / "js").glob("*.js"):
        text = script.read_text().replace('"http://www.w3.org/2000/svg"', "")  # an XML namespace name, never fetched
        assert not re.search(r"""["'](?:https?:)?//""", text), f"{script.name} names an absolute URL"
    assert (exported_site / ".nojekyll").is_file()


def test_site_works_served_from_a_sub_path(exported_site, tmp_path):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: the browser tests need Debian's chromium")
    server, url = serve_in_background(exported_site, prefix="/latentris-demo/")
    errors: list[str] = []
    requested: list[str] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
            page = browser.new_page(viewport=VIEWPORT)
            page.on("console", lambda m: m.type == "error" and errors.append(f"console error: {m.text}"))
            page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
            page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url} {r.failure}"))
            page.on("response", lambda r: r.status >= 400 and errors.append(f"HTTP {r.status}: {r.url}"))
            page.on("request", lambda r: requested.append(r.url))
            page.goto(url)
            page.wait_for_function("() => window.Latentris?.app?.isReady === true", timeout=READY_TIMEOUT_MS)
            n_layers = page.evaluate("() => window.Latentris.app.manifest.layers.length")
            page.evaluate("(i) => window.Latentris.app.setLayer(i)", n_layers - 1)  # a lazily loaded chunk
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    assert not errors, "\n".join(errors)
    base = urlsplit(url)
    outside = [u for u in requested if not u.startswith("data:")
               and (urlsplit(u).netloc != base.netloc or not urlsplit(u).path.startswith("/latentris-demo/"))]
    assert not outside, f"requests outside the sub-path: {outside}"
    assert any("/latentris-demo/data/manifest.js" in u for u in requested)
    assert any(re.search(rf"/latentris-demo/data/\w+-{n_layers - 1}-0\.js", u) for u in requested)


def test_example_workflow_trains_exports_and_deploys():
    text = (ROOT / "examples" / "github-pages.yml").read_text()
    for needed in ("actions/upload-pages-artifact", "actions/deploy-pages", "pages: write", "id-token: write",
                   "latentris export", "path: _site"):
        assert needed in text, needed
    script = re.search(r"run: python (examples/\S+\.py)", text).group(1)
    assert (ROOT / script).is_file()
    yaml = pytest.importorskip("yaml", reason="PyYAML checks the workflow's syntax when installed")
    workflow = yaml.safe_load(text)
    assert set(workflow["jobs"]) == {"build", "deploy"} and workflow["jobs"]["deploy"]["needs"] == "build"
