"""How many torch threads an export computes with: the cores this process may use, less those others keep busy.

More intra-op threads than free cores is far slower, not a little: on the 2-core development machine with other
jobs running, the joint fit of 3,000 samples x 8 snapshots took 10.3 s with one thread and 67.8 s with two
(docs/benchmarks.md). So an export counts the cores of its CPU affinity mask (``os.sched_getaffinity``), subtracts
the 1-minute load average (the processes already running), rounded, and uses what is left, at least one thread.
``LATENTRIS_THREADS=<n>`` sets the count instead. The choice is recorded in the site's manifest (``threads``).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

ENV = "LATENTRIS_THREADS"


def available_cores() -> int:
    """The cores this process may run on (its affinity mask; ``os.cpu_count()`` where there is none)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # macOS / Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def choose_threads(environ: dict[str, str] | None = None, load: float | None = None) -> dict[str, Any]:
    """The thread plan of an export: ``{"threads", "cores", "load", "source"}``.

    ``source`` is ``"env"`` when :data:`ENV` gives the count, else ``"auto"``: ``cores - round(load)``, clamped to
    ``[1, cores]`` (``load``: the 1-minute load average, read when not given; ``None`` in the plan where the
    platform has none).

    Raises:
        ValueError: when :data:`ENV` is set to anything but a positive integer.
    """
    environ = dict(os.environ) if environ is None else environ
    cores = available_cores()
    given = environ.get(ENV, "").strip()
    if given:
        if not given.isdigit() or int(given) < 1:
            raise ValueError(f"{ENV}={given!r} is not a positive integer; set it to a thread count such as 1 or "
                             f"{cores}, or unset it to choose from the free cores.")
        return {"threads": int(given), "cores": cores, "load": _load(load), "source": "env"}
    measured = _load(load)
    busy = 0 if measured is None else math.floor(measured + 0.5)
    return {"threads": max(1, min(cores, cores - busy)), "cores": cores, "load": measured, "source": "auto"}


def _load(load: float | None) -> float | None:
    if load is not None:
        return round(float(load), 2)
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


@contextmanager
def torch_threads(count: int) -> Iterator[None]:
    """Run the block with ``count`` torch intra-op threads, then restore the previous count."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(int(count))
    try:
        yield
    finally:
        torch.set_num_threads(before)
