"""Serve an exported site over HTTP on this machine (``latentris serve SITE_DIR``).

A static file server from the standard library: bound to ``127.0.0.1`` by default, files only from the site folder
(``..`` in a path is dropped, as :class:`http.server.SimpleHTTPRequestHandler` does), ``Cache-Control: no-store`` so a
live site's new data files are never served stale. ``prefix`` serves the site under a sub-path, as GitHub Pages does
(``/<repo>/``), to check a site before publishing it.
"""

from __future__ import annotations

import functools
import os
import threading
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


class SiteRequestHandler(SimpleHTTPRequestHandler):
    """Static files of one folder, optionally under ``prefix``; nothing cached by the browser."""

    prefix = "/"

    def __init__(self, *args, prefix: str = "/", quiet: bool = True, **kwargs) -> None:
        self.prefix, self.quiet = prefix, quiet
        super().__init__(*args, **kwargs)

    def _strip_prefix(self) -> bool:
        path = urlsplit(self.path).path
        if self.prefix == "/":
            return True
        if path == self.prefix.rstrip("/"):
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", self.prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return False
        if not path.startswith(self.prefix):
            self.send_error(HTTPStatus.NOT_FOUND, f"this server serves the site under {self.prefix}")
            return False
        self.path = "/" + self.path[len(self.prefix):]
        return True

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self._strip_prefix():
            super().do_GET()

    def do_HEAD(self) -> None:  # noqa: N802
        if self._strip_prefix():
            super().do_HEAD()

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        if not self.quiet:
            super().log_message(format, *args)


def normalise_prefix(prefix: str) -> str:
    """``"repo"``, ``"/repo"``, ``"/repo/"`` → ``"/repo/"``; ``""`` or ``"/"`` → ``"/"``."""
    parts = [p for p in prefix.strip().split("/") if p]
    if any(p in (".", "..") for p in parts):
        raise ValueError(f"prefix {prefix!r} may not contain '.' or '..'")
    return "/" + "".join(f"{p}/" for p in parts)


def make_server(
    site_dir: str | os.PathLike,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    prefix: str = "/",
    quiet: bool = True,
) -> ThreadingHTTPServer:
    """An HTTP server for ``site_dir`` (not started; call ``serve_forever``). ``port=0`` picks a free port.

    Raises:
        FileNotFoundError: if ``site_dir`` is not a folder.
        OSError: if the address is taken.
    """
    site = Path(site_dir).resolve()
    if not site.is_dir():
        raise FileNotFoundError(f"{site} is not a folder; pass the exported site folder (the one holding index.html).")
    handler = functools.partial(SiteRequestHandler, directory=str(site), prefix=normalise_prefix(prefix), quiet=quiet)
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def server_url(server: ThreadingHTTPServer, prefix: str = "/") -> str:
    host, port = server.server_address[:2]
    host = host.decode() if isinstance(host, bytes) else host
    return f"http://{host}:{port}{normalise_prefix(prefix)}"


def serve_in_background(site_dir: str | os.PathLike, *, host: str = DEFAULT_HOST, port: int = 0,
                        prefix: str = "/") -> tuple[ThreadingHTTPServer, str]:
    """Start serving ``site_dir`` in a daemon thread; returns the server (``shutdown()`` stops it) and its URL."""
    server = make_server(site_dir, host=host, port=port, prefix=prefix)
    threading.Thread(target=server.serve_forever, name=f"latentris-serve-{site_dir}", daemon=True).start()
    return server, server_url(server, prefix)
