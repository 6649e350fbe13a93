"""Locate the packaged ``templates/`` and ``site_assets/`` folders.

In a wheel they live inside the package (hatch ``force-include``); in an editable install or a source checkout they
are the top-level folders of the repository. Both layouts are found the same way.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # the package folder (this module is in its site/)


def _find(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"Latentris Lightning could not find its '{name}' folder next to {_PACKAGE_DIR}; "
        "the installation is incomplete. Reinstall the package (pip install --force-reinstall latentris-lightning)."
    )


def templates_dir() -> Path:
    """Folder holding the Jinja templates of the site."""
    return _find("templates")


def site_assets_dir() -> Path:
    """Folder holding the viewer's static assets (``vendor/``, ``js/``, ``css/``)."""
    return _find("site_assets")


#: Sub-folders of ``site_assets/`` copied into every exported site (under ``assets/``).
SITE_ASSET_FOLDERS = ("vendor", "js", "css")
