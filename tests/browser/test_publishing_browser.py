"""Publishing: the exported site works when served from a sub-path, as GitHub Pages serves a project site
(``https://<user>.github.io/<repo>/``), and asks for nothing outside it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from latentris_lightning.site.serve import serve_in_background


def test_site_works_served_from_a_sub_path(page_viewer, exported_site):
    server, url = serve_in_background(exported_site, prefix="/latentris-demo/")
    viewer = page_viewer
    page = viewer.page
    page.on("response", lambda r: r.status >= 400 and viewer.errors.append(f"HTTP {r.status}: {r.url}"))
    try:
        viewer.goto(url)
        n_layers = viewer.js("() => window.Latentris.app.manifest.layers.length")
        viewer.js("(i) => window.Latentris.app.setLayer(i)", n_layers - 1)  # a lazily loaded chunk
        viewer.settle()
    finally:
        server.shutdown()
        server.server_close()
    requested = viewer.requests  # every request but data: URLs
    base = urlsplit(url)
    outside = [u for u in requested
               if urlsplit(u).netloc != base.netloc or not urlsplit(u).path.startswith("/latentris-demo/")]
    assert not outside, f"requests outside the sub-path: {outside}"
    assert any("/latentris-demo/data/manifest.js" in u for u in requested)
    assert any(re.search(rf"/latentris-demo/data/\w+-{n_layers - 1}-0\.js", u) for u in requested)
