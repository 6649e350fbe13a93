"""Showing a site inline in Jupyter.

:func:`show` (also ``latentris_lightning.show`` and the callback's ``Latentris.show()``) finds a site from a path
(the site folder, its ``index.html``, the run directory or the callback's ``output_dir``) and returns it as a
:class:`SiteIndex`: the absolute path of ``index.html`` (a :class:`pathlib.Path`, so existing code keeps working)
that Jupyter displays as the viewer itself.

The display is one self-contained page in an ``<iframe srcdoc=…>``: the viewer's scripts, styles and every data file
of the site inlined (:func:`inline_page`), in a sandbox (``allow-scripts``: an opaque origin, no access to the
notebook). It needs no server and no file next to the notebook, so it keeps working in a saved notebook, in HTML
converted by ``jupyter nbconvert``, with a remote kernel and offline. The notebook grows by about the site's size
(the digits demo: 2.2 MB); a site over ``max_inline_bytes`` (default :data:`MAX_INLINE_BYTES`) is framed from a local
server instead (:meth:`SiteIndex.iframe` with ``server=True``, which only works while the kernel runs, on the
browser's machine) and the output says so.

Framing the site's files instead (a large site, a notebook that should stay small): ``index.iframe(src=PATH)`` with
``PATH`` the site's ``index.html`` relative to the notebook's folder, e.g. ``"latentris/site/index.html"``. JupyterLab
4 and Notebook 7 resolve a relative ``src`` against the notebook's folder into ``/files/…``; the classic Notebook
(6, nbclassic) redirects it from ``/notebooks/…`` to ``/files/…``. Both serve the site from the Jupyter server, so
this works with a remote kernel too, as long as the notebook is open in Jupyter (not in a converted HTML).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import threading
from pathlib import Path

from latentris_lightning.site.bundle import _DATA_FILE

#: a site bigger than this (bytes of its inlined page) is framed from a local server rather than inlined
MAX_INLINE_BYTES = 32 * 1024 * 1024
DEFAULT_HEIGHT = 640

_servers: dict[Path, str] = {}
_lock = threading.Lock()

_STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)">')
_SCRIPT = re.compile(r'<script defer src="([^"]+)"></script>\n?')
_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')

# Runs first in the inlined page: a data file the viewer asks for (<script src="data/…">, optionally "?query") is
# handed over from the inlined table instead of being loaded, asynchronously like a real load; nothing is fetched.
# The page's URL is about:srcdoc in an opaque origin, where the view state cannot go into the URL hash (replaceState
# throws, and the viewer's fallback would navigate the frame to the notebook's URL): that becomes a no-op.
_PRELUDE = """(function () {
  "use strict";
  History.prototype.replaceState = function () {};
  var files = JSON.parse(document.getElementById("latentris-inline-data").textContent);
  var append = Node.prototype.appendChild;
  var head = document.head;
  head.appendChild = function (node) {
    var src = node && node.tagName === "SCRIPT" ? node.getAttribute("src") : null;
    var file = src === null ? undefined : files[src.split("?")[0]];
    if (file === undefined) return append.call(this, node);
    setTimeout(function () {
      if (file[2]) window.latentrisReceive(file[0], file[1], file[2]); else window.latentrisReceive(file[0], file[1]);
      if (node.onload) node.onload();
    }, 0);
    return node;
  };
})();
"""


def site_url(site_dir: Path) -> str:
    """The URL of a background server for ``site_dir`` (started on first use)."""
    from latentris_lightning.site.serve import serve_in_background

    site = Path(site_dir).resolve()
    with _lock:
        if site not in _servers:
            _, url = serve_in_background(site)
            _servers[site] = url
        return _servers[site]


def _script_text(text: str) -> str:
    """Script source safe inside ``<script>…</script>`` (the sequences only occur in strings and regexes)."""
    return text.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def inline_page(site_dir: str | os.PathLike) -> str:
    """The site's ``index.html`` with its styles, scripts and data files inlined: one self-contained page.

    Its Content-Security-Policy allows exactly its own scripts (by hash) and no request of any kind.
    """
    site = Path(site_dir)
    page = (site / "index.html").read_text(encoding="utf-8")

    def style(match: re.Match[str]) -> str:
        css = (site / match.group(1)).read_text(encoding="utf-8").replace("</style", "<\\/style")
        return f"<style>{css}</style>"

    page = _STYLESHEET.sub(style, page)
    scripts = [_script_text((site / src).read_text(encoding="utf-8")) for src in _SCRIPT.findall(page)]
    page = _SCRIPT.sub("", page)
    files: dict[str, list[str | None]] = {}
    for path in sorted((site / "data").rglob("*.js")):
        match = _DATA_FILE.fullmatch(path.read_text(encoding="utf-8"))
        if match is None:
            raise ValueError(f"{path} is not a Latentris data file; re-export the site")
        files[path.relative_to(site).as_posix()] = [json.loads(match.group(1)), match.group(2), match.group(3)]
    table = json.dumps(files, separators=(",", ":")).replace("<", "\\u003c")
    scripts.insert(0, _PRELUDE)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'" for s in scripts
    )
    csp = (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data: blob:; "
        "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )
    page, replaced = _CSP.subn(lambda _: f'<meta http-equiv="Content-Security-Policy" content="{csp}">', page)
    if replaced != 1:
        raise ValueError(f"{site / 'index.html'} is not a Latentris site page (no Content-Security-Policy)")
    body = (
        f'<script type="application/json" id="latentris-inline-data">{table}</script>\n'
        + "".join(f"<script>{s}</script>\n" for s in scripts)
    )
    head, end, tail = page.rpartition("</body>")
    if not end:
        raise ValueError(f"{site / 'index.html'} has no </body>")
    return head + body + end + tail


def _frame(attributes: str, link: str | None, caption: str, height: int) -> str:
    opener = (f'<a href="{html.escape(link, quote=True)}" target="_blank">open in a new tab</a> · ' if link else "")
    return (
        f'<iframe {attributes} width="100%" height="{int(height)}" style="border:1px solid #ccc" '
        f'title="Latentris site"></iframe><div>{opener}{html.escape(caption)}</div>'
    )


class SiteIndex(type(Path())):  # type: ignore[misc]  # Path subclasses must derive from the concrete flavour (3.10/3.11)
    """The ``index.html`` of an exported site; displays as the site itself in Jupyter (inlined, see the module)."""

    height: int = DEFAULT_HEIGHT
    max_inline_bytes: int = MAX_INLINE_BYTES

    def iframe(self, src: str | None = None, *, height: int | None = None, server: bool = False,
               max_inline_bytes: int | None = None) -> str:
        """The HTML of an iframe showing the site.

        Args:
            src: a URL to frame (e.g. the site's ``index.html`` relative to the notebook's folder).
            height: in pixels.
            server: frame the site from a local background server (the browser must run on this machine, and the
                frame is dead once the kernel stops).
            max_inline_bytes: without ``src`` or ``server``, the inlined page's size limit; over it, a server.
        """
        height = self.height if height is None else height
        if src is not None:
            return _frame(f'src="{html.escape(src, quote=True)}"', src, str(self), height)
        limit = self.max_inline_bytes if max_inline_bytes is None else max_inline_bytes
        if not server:
            page = inline_page(self.parent)
            size = len(page.encode("utf-8"))
            if size <= limit:
                srcdoc = html.escape(page, quote=True)
                return _frame(f'sandbox="allow-scripts allow-downloads" srcdoc="{srcdoc}"', None,
                              f"{self} (inlined, {size / 1e6:.1f} MB)", height)
            note = (f" (the site is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB to inline: framed from a local "
                    "server, which a saved notebook does not keep; see docs/publishing.md#notebooks)")
        else:
            note = ""
        url = site_url(self.parent) + self.name
        return _frame(f'src="{html.escape(url, quote=True)}"', url, f"{self}{note}", height)

    def _repr_html_(self) -> str:
        if not self.name.endswith(".html") or not self.is_file():
            return f"<code>{html.escape(str(self))}</code> (no site here)"
        return self.iframe()


def find_site(path: str | os.PathLike) -> Path:
    """The absolute path of the site ``index.html`` that ``path`` names: the file itself, a site folder, the
    callback's ``output_dir`` (holding ``site/``) or a run directory (its sibling ``site/``).

    Raises:
        FileNotFoundError: when there is no site there (with the command that exports one).
    """
    given = Path(path).expanduser()
    target = given.resolve()
    candidates = [target] if target.suffix == ".html" else [target / "index.html", target / "site" / "index.html"]
    if (target / "manifest.json").is_file():  # a run directory: the callback writes its site next to it
        candidates.append(target.parent / "site" / "index.html")
    for index in candidates:
        if index.is_file():
            return index
    run = target if (target / "manifest.json").is_file() else target / "run"
    site = target.parent / "site" if run == target else target / "site"
    hint = f"; export one with: latentris export {run} --out {site}" if (run / "manifest.json").is_file() else ""
    raise FileNotFoundError(f"no Latentris site at {given} (looked for {', '.join(map(str, candidates))}){hint}")


def show(path: str | os.PathLike, *, height: int = DEFAULT_HEIGHT,
         max_inline_bytes: int = MAX_INLINE_BYTES) -> SiteIndex:
    """The site at ``path`` for a Jupyter cell (see :func:`find_site` for what ``path`` may be): an absolute
    :class:`SiteIndex`, so it still displays after ``%cd``. As the cell's last expression it shows the viewer inline.

    Example::

        from latentris_lightning import show
        show("latentris")                       # the callback's output_dir
    """
    index = SiteIndex(find_site(path))
    index.height, index.max_inline_bytes = int(height), int(max_inline_bytes)
    return index


def as_site_index(path: Path | str | None) -> SiteIndex | None:
    return None if path is None else SiteIndex(path)
