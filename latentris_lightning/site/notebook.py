"""Showing a site inline in Jupyter.

:class:`SiteIndex` is the path of a site's ``index.html`` (a :class:`pathlib.Path`, so existing code keeps working)
that Jupyter displays as an iframe of the site. A page served by Jupyter cannot frame ``file://`` URLs, so the first
display starts a small server for the site on ``127.0.0.1`` (:mod:`latentris_lightning.site.serve`, one per site folder,
in a daemon thread) and frames its URL; this works when the browser runs on the kernel's machine. Elsewhere (a remote
kernel) pass a URL the browser can reach: ``site.iframe(src="files/latentris/site/index.html")``.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

_servers: dict[Path, str] = {}
_lock = threading.Lock()


def site_url(site_dir: Path) -> str:
    """The URL of a background server for ``site_dir`` (started on first use)."""
    from latentris_lightning.site.serve import serve_in_background

    site = Path(site_dir).resolve()
    with _lock:
        if site not in _servers:
            _, url = serve_in_background(site)
            _servers[site] = url
        return _servers[site]


class SiteIndex(type(Path())):  # type: ignore[misc]  # Path subclasses must derive from the concrete flavour (3.10/3.11)
    """The ``index.html`` of an exported site; displays as the site itself in Jupyter."""

    def iframe(self, src: str | None = None, *, height: int = 640) -> str:
        """The HTML of an iframe showing the site (``src``: a URL to frame instead of the local server's)."""
        url = src if src is not None else site_url(self.parent) + self.name
        return (
            f'<iframe src="{html.escape(url, quote=True)}" width="100%" height="{int(height)}" '
            f'style="border:1px solid #ccc" title="Latentris site"></iframe>'
            f'<div><a href="{html.escape(url, quote=True)}" target="_blank">open in a new tab</a> · '
            f"{html.escape(str(self))}</div>"
        )

    def _repr_html_(self) -> str:
        if not self.name.endswith(".html") or not self.is_file():
            return f"<code>{html.escape(str(self))}</code>"
        return self.iframe()


def as_site_index(path: Path | str | None) -> SiteIndex | None:
    return None if path is None else SiteIndex(path)
