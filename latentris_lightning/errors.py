"""Exceptions raised by Latentris Lightning.

Configuration mistakes raise Lightning's ``MisconfigurationException`` (so they look like every other Lightning
argument error); problems with files on disk raise :class:`RunStoreError`.
"""

from __future__ import annotations

from typing import Any


class RunStoreError(Exception):
    """A run directory is missing, incomplete, corrupt or written by an unsupported format version."""


class DiskFullError(RunStoreError, OSError):
    """Writing a file of the run store or the site failed for lack of space (or quota); the message names the file."""


def __getattr__(name: str) -> Any:
    # Lightning's exception, imported on first use: the stages that raise it need lightning anyway, and the run
    # store, the site and ``latentris serve`` stay free of torch
    if name == "MisconfigurationException":
        from lightning.pytorch.utilities.exceptions import MisconfigurationException

        return MisconfigurationException
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DiskFullError", "MisconfigurationException", "RunStoreError"]  # noqa: F822 (lazy, above)
