"""Exceptions raised by Latentris Lightning.

Configuration mistakes raise Lightning's ``MisconfigurationException`` (so they look like every other Lightning
argument error); problems with files on disk raise :class:`RunStoreError`.
"""

from __future__ import annotations

from lightning.pytorch.utilities.exceptions import MisconfigurationException


class RunStoreError(Exception):
    """A run directory is missing, incomplete, corrupt or written by an unsupported format version."""


class DiskFullError(RunStoreError, OSError):
    """Writing a file of the run store or the site failed for lack of space (or quota); the message names the file."""


__all__ = ["DiskFullError", "MisconfigurationException", "RunStoreError"]
