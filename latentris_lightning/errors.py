"""Exceptions raised by Latentris Lightning.

Configuration mistakes raise Lightning's ``MisconfigurationException`` (so they look like every other Lightning
argument error); problems with files on disk raise :class:`RunStoreError`.
"""

from __future__ import annotations

from lightning.pytorch.utilities.exceptions import MisconfigurationException


class RunStoreError(Exception):
    """A run directory is missing, incomplete, corrupt or written by an unsupported format version."""


__all__ = ["MisconfigurationException", "RunStoreError"]
