"""Atomic file writes: the one writer of durable files (run store and site), flushed to disk, with
a full disk reported as :class:`~latentris_lightning.errors.DiskFullError` naming the file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import numpy as np

from latentris_lightning.errors import DiskFullError

FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def raise_if_full(err: OSError, path: Path) -> None:
    """Turn a write failure for lack of space into a :class:`DiskFullError` naming ``path``."""
    if isinstance(err, DiskFullError):
        raise err
    if err.errno in FULL_ERRNOS:
        raise DiskFullError(
            f"cannot write {path}: {err.strerror or 'no space left on device'}. Free some space (or choose another "
            "folder) and try again; files written before are intact."
        ) from err


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it over ``path``."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as err:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise_if_full(err, path)
        raise
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise


def save_npy(path: Path, array: np.ndarray) -> None:
    buffer = npy_bytes(array)
    atomic_write(path, buffer)


def npy_bytes(array: np.ndarray) -> bytes:
    import io

    handle = io.BytesIO()
    np.save(handle, array, allow_pickle=False)
    return handle.getvalue()


def open_memmap(path: Path, dtype: str, shape: tuple[int, int]) -> np.memmap:
    """A new ``.npy`` file mapped for writing, its blocks reserved first: a full disk raises :class:`DiskFullError`
    here instead of killing the process with SIGBUS when a page of the mapping is first written."""
    try:
        target = np.lib.format.open_memmap(path, mode="w+", dtype=dtype, shape=shape)
        with open(path, "r+b") as handle:
            try:
                os.posix_fallocate(handle.fileno(), 0, os.fstat(handle.fileno()).st_size)
            except OSError as err:
                if err.errno in FULL_ERRNOS:
                    raise
                # EOPNOTSUPP/EINVAL: a file system without fallocate; the mapping still works
        return target
    except OSError as err:
        raise_if_full(err, path)
        raise
