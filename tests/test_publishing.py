"""Publishing: the exported folder is self-contained with relative paths and works when served from a sub-path, as
GitHub Pages serves a project site (``https://<user>.github.io/<repo>/``: tests/browser/test_publishing_browser.py);
the example workflow is sound."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
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
