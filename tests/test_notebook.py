"""A site in a Jupyter notebook, with the real clients: a notebook executed by ``jupyter nbconvert`` (nbclient and an
ipykernel), its converted HTML opened in Chromium, and a real Jupyter server serving the remote recipe's files.

What is checked: the display of a site survives saving and converting (the frame embeds the whole page, nothing it
needs lies elsewhere), still shows after ``%cd``, renders the viewer in a browser, and the remote recipe's path
(relative to the notebook) is served by Jupyter where the old ``files/…`` one is not.
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest
from helpers import make_run

import latentris_lightning
from latentris_lightning.site import notebook
from latentris_lightning.site.export import export_site
from latentris_lightning.site.notebook import SiteIndex

REPO = Path(latentris_lightning.__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "latentris-test-token"
LAUNCH_ARGS = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]

CELLS = [
    # 0: what export_site(...) returns, as the last expression of a cell
    'from latentris_lightning.site.notebook import SiteIndex\nSiteIndex("out/site/index.html")',
    # 1: show() on the callback's output_dir, relative to the notebook
    "from latentris_lightning import show\nindex = show('out')\nindex",
    # 2: change the working directory
    "%cd ../elsewhere",
    # 3: the same object still displays
    "index",
    # 4: show() of the run directory, relative to the new working directory
    "show('../nb/out/run')",
]


def _kernel_env() -> dict[str, str]:
    """The kernel imports this checkout's package (not an installed copy) wherever the notebook lies."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}


def _outputs_html(cell) -> str:
    return "".join(out.get("data", {}).get("text/html", "") for out in cell.outputs)


def _srcdoc(fragment: str) -> str:
    match = re.search(r'<iframe [^>]*srcdoc="([^"]*)"', fragment)
    assert match, f"no inline frame in {fragment[:300]!r}"
    return html.unescape(match.group(1))


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """A notebook executed by `jupyter nbconvert --execute` (saved with its outputs), and its HTML conversion."""
    root = tmp_path_factory.mktemp("notebook")
    make_run(root / "nb" / "out" / "run", epochs=(0, 1, 2), n=12, dims=(3, 4))
    export_site(root / "nb" / "out" / "run", root / "nb" / "out" / "site", methods=["pca"], flow=False, progress=False)
    (root / "elsewhere").mkdir()
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, root / "nb" / "nb.ipynb")
    run = [sys.executable, "-m", "jupyter", "nbconvert", "--ExecutePreprocessor.timeout=240", "--allow-errors"]
    subprocess.run([*run, "--to", "notebook", "--execute", "--output", "saved", "nb.ipynb"], cwd=root / "nb",
                   env=_kernel_env(), check=True, capture_output=True, timeout=300)
    subprocess.run([*run, "--to", "html", "saved.ipynb"], cwd=root / "nb", env=_kernel_env(), check=True,
                   capture_output=True, timeout=300)
    return root, nbformat.read(root / "nb" / "saved.ipynb", as_version=4), root / "nb" / "saved.html"


def _assert_self_contained(page: str, site: Path) -> None:
    markup = re.sub(r"<script\b[^>]*>.*?</script>", "<script></script>", page, flags=re.S)  # scripts' text aside
    page_scripts = (site / "index.html").read_text().count("<script")
    assert page_scripts >= 10
    assert markup.count("<script></script>") == page_scripts + 2  # the data table, the prelude and the page's scripts
    assert not re.search(r"\b(src|href)=\"(?!data:)", markup), "the page refers to other files"
    table = json.loads(re.search(r'<script type="application/json" id="latentris-inline-data">(.*?)</script>',
                                 page, flags=re.S).group(1))
    assert sorted(table) == sorted(p.relative_to(site).as_posix() for p in (site / "data").rglob("*.js"))
    assert "default-src 'none'" in page and "connect-src 'none'" in page


@pytest.mark.slow
def test_a_saved_notebook_embeds_the_whole_site(executed):
    """The old display framed a kernel-local server (http://127.0.0.1:PORT), dead in a saved notebook."""
    root, notebook, _ = executed
    fragment = _outputs_html(notebook.cells[0])
    assert 'sandbox="allow-scripts' in fragment and "127.0.0.1" not in fragment
    _assert_self_contained(_srcdoc(fragment), root / "nb" / "out" / "site")


@pytest.mark.slow
def test_show_resolves_the_site_and_survives_cd(executed):
    root, notebook, _ = executed
    site = (root / "nb" / "out" / "site").resolve()
    for i in (1, 3, 4):
        fragment = _outputs_html(notebook.cells[i])
        assert not [o for o in notebook.cells[i].outputs if o.output_type == "error"], notebook.cells[i].outputs
        assert html.escape(str(site / "index.html")) in fragment, f"cell {i}: {fragment[-300:]!r}"
        _assert_self_contained(_srcdoc(fragment), site)


@pytest.mark.slow
@pytest.mark.browser
def test_the_converted_html_renders_the_viewer(executed):
    from playwright.sync_api import sync_playwright

    _, _, converted = executed
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: the browser tests need Debian's chromium (apt-get install chromium)")
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda m: m.type == "error" and errors.append(f"console error: {m.text}"))
            page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
            viewer_requests: list[str] = []
            page.on("request", lambda r: r.frame != page.main_frame and viewer_requests.append(r.url))
            # nbconvert's template loads MathJax/require.js from CDNs: offline here, answered empty
            page.route(re.compile(r"^https?://"), lambda route: route.fulfill(status=200, body=""))
            page.goto(converted.as_uri())
            frames = [f for f in page.frames if f.url == "about:srcdoc"]
            assert len(frames) == 4  # cells 0, 1, 3, 4
            for frame in frames:
                frame.wait_for_function("() => window.Latentris?.app?.isReady === true", timeout=60_000)
                assert frame.evaluate("() => Latentris.app.manifest.n_samples") == 12
        finally:
            browser.close()
    assert not errors, "\n".join(errors)
    assert not viewer_requests, f"the inlined viewer made requests: {viewer_requests}"


def test_a_site_too_big_to_inline_is_framed_from_a_server(tmp_path):
    make_run(tmp_path / "run")
    export_site(tmp_path / "run", tmp_path / "site", methods=["pca"], flow=False, progress=False)
    index = notebook.show(tmp_path, max_inline_bytes=1000)
    fragment = index._repr_html_()
    src = re.search(r'<iframe src="([^"]+)"', fragment).group(1)
    assert src.startswith("http://127.0.0.1:") and "over the 0.0 MB to inline" in fragment
    with urllib.request.urlopen(src, timeout=10) as response:
        assert response.read() == (tmp_path / "site" / "index.html").read_bytes()
    assert notebook.show(tmp_path / "site" / "index.html") == notebook.show(tmp_path / "site") == index


def test_show_names_what_is_missing(tmp_path):
    make_run(tmp_path / "out" / "run")
    with pytest.raises(FileNotFoundError, match=r"latentris export .*out/run --out .*out/site"):
        notebook.show(tmp_path / "out")
    with pytest.raises(FileNotFoundError, match=r"no Latentris site at"):
        notebook.show(tmp_path / "nothing")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, token: str | None = None) -> tuple[int, bytes, dict]:
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"} if token else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as err:
        return err.code, b"", dict(err.headers)


@pytest.mark.slow
def test_the_remote_recipe_is_served_by_jupyter(executed):
    """``index.iframe(src="out/site/index.html")`` in a notebook at nb/: JupyterLab 4 and Notebook 7 resolve the
    relative src into /files/nb/out/site/index.html. The old recipe's "files/out/site/index.html" became
    /files/nb/files/out/site/index.html: 404."""
    root, _, _ = executed
    site = root / "nb" / "out" / "site"
    assert 'src="out/site/index.html"' in SiteIndex(site / "index.html").iframe(src="out/site/index.html")
    port = _free_port()
    get = functools.partial(_get, token=TOKEN)  # what the browser's session cookie does
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "server", f"--ServerApp.root_dir={root}", f"--ServerApp.port={port}",
         "--ServerApp.open_browser=False", f"--IdentityProvider.token={TOKEN}",
         "--ServerApp.allow_root=True"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(base + "/api/status")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            assert server.poll() is None and time.monotonic() < deadline, "jupyter server did not start"
            time.sleep(0.3)
        status, body, headers = get(base + "/files/nb/out/site/index.html")
        assert status == 200 and body == (site / "index.html").read_bytes()
        assert "sandbox allow-scripts" in headers["Content-Security-Policy"]  # the viewer runs in a sandbox there
        for data in sorted((site / "data").glob("*.js")) + sorted((site / "assets").rglob("*.js")):
            status, body, _ = get(f"{base}/files/nb/out/site/{data.relative_to(site).as_posix()}")
            assert status == 200 and body == data.read_bytes()
        assert get(base + "/files/nb/files/out/site/index.html")[0] == 404
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_callbacks_show_after_a_change_of_directory(tmp_path, monkeypatch):
    """Before: output_dir stayed relative, so after `%cd` show() found no site, tried to export a run it could not
    find either and raised "no site to show"."""
    from helpers import TinyNet, make_blobs, make_trainer, train_loader

    from latentris_lightning import Latentris

    monkeypatch.chdir(tmp_path)
    callback = Latentris(probe=make_blobs(n=12), epochs=[0, 1], output_dir="latentris", methods=["pca"])
    make_trainer([callback], max_epochs=1).fit(TinyNet(), train_loader())
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    index = callback.show()
    assert index == tmp_path / "latentris" / "site" / "index.html" and index.is_absolute()
    assert "srcdoc=" in index._repr_html_()
