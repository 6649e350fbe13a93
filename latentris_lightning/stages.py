"""An export's stages: each one timed and, when progress is on, shown as a progress bar on stderr.

A :class:`StageTimer` is made once per export; ``with timer.stage("run metrics", total=S, unit="snapshots") as bar``
times the block with :func:`time.perf_counter` and shows a bar (with its unit and an ETA) while it runs. A stage
entered inside another (the faithfulness scores inside a projection) is *nested*: its seconds are its own and are
taken out of the enclosing stage's, so the seconds of all stages never add up to more than the wall time. A stage
entered twice adds up. Code below the site stage marks its part with the module-level :func:`stage`, which times
into the timer the current export activated and does nothing outside an export.

Progress: ``progress=None`` shows bars only when stderr is a terminal, ``True`` always, ``False`` never. Bars go to
stderr, leave no line behind when done, and never touch the logging module (the callback's rank-zero messages).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

_ACTIVE: ContextVar[StageTimer | None] = ContextVar("latentris_stage_timer", default=None)


@dataclass
class _Open:
    """A stage under way: its name, when it began, the seconds of the stages nested in it that have ended."""

    name: str
    start: float
    nested: float = 0.0


class _NoBar:
    """Stands in for a bar when none is shown."""

    def update(self, n: float = 1) -> None:
        pass

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        pass


def show_progress(progress: bool | None) -> bool:
    """Whether bars are shown: ``progress`` when given, else whether stderr is a terminal."""
    if progress is not None:
        return bool(progress)
    isatty = getattr(sys.stderr, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except (ValueError, OSError):  # a closed or detached stream
        return False


class StageTimer:
    """Seconds per stage of one export (nested stages' own seconds taken out of their parent's), and its bars.

    Attributes:
        progress: whether bars are shown (resolved from the ``progress`` argument when made).
        seconds: stage name → seconds spent in it and not in a stage nested in it, in the order stages first began.
    """

    def __init__(self, progress: bool | None = None) -> None:
        self.progress = show_progress(progress)
        self.seconds: dict[str, float] = {}
        self._open: list[_Open] = []  # a stack: each open stage's nested stage under way is the next

    @contextmanager
    def active(self) -> Iterator[StageTimer]:
        """Make this the timer that :func:`stage` (code below the site stage) reports to, inside the block."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)

    @contextmanager
    def stage(self, name: str, *, total: int | None = None, unit: str = "it") -> Iterator[Any]:
        """Time the block as stage ``name``; yields its bar (``update(n)``, ``set_postfix_str``). A bar is shown
        only with progress on and a ``total`` (its count of ``unit``); a stage without one is timed only."""
        self.seconds.setdefault(name, 0.0)
        frame = _Open(name, time.perf_counter())
        self._open.append(frame)
        try:
            with self.bar(name, total=total, unit=unit) as bar, self.active():
                yield bar
        finally:
            elapsed = time.perf_counter() - frame.start
            self._open.remove(frame)
            if self._open:
                self._open[-1].nested += elapsed
            self.seconds[name] += max(elapsed - frame.nested, 0.0)

    @contextmanager
    def bar(self, name: str, *, total: int | None, unit: str) -> Iterator[Any]:
        """A progress bar on stderr (``latentris: <name>``, its unit, rate and ETA) without timing, or a stand-in
        that shows nothing when progress is off or ``total`` is ``None``."""
        if not self.progress or total is None:
            yield _NoBar()
            return
        from tqdm.auto import tqdm

        with tqdm(total=total, desc=f"latentris: {name}", unit=f" {unit}", file=sys.stderr, leave=False,
                  dynamic_ncols=True) as shown:
            yield shown

    def snapshot(self) -> dict[str, float]:
        """The seconds per stage so far, open stages included up to now (their nested stages' taken out)."""
        now = time.perf_counter()
        out = dict(self.seconds)
        for i, frame in enumerate(self._open):
            child = now - self._open[i + 1].start if i + 1 < len(self._open) else 0.0
            out[frame.name] += max(now - frame.start - frame.nested - child, 0.0)
        return out

    def table(self, wall: float | None = None) -> str:
        """A plain-text table: stage, seconds, share of the total (of ``wall`` when given)."""
        seconds = self.snapshot()
        total = sum(seconds.values())
        base = wall if wall is not None and wall > 0 else total
        width = max([len("stage"), *map(len, seconds)])
        lines = [f"{'stage':<{width}}  {'seconds':>8}  {'share':>6}"]
        for name, s in seconds.items():
            share = s / base if base > 0 else 0.0
            lines.append(f"{name:<{width}}  {s:8.2f}  {share:6.1%}")
        lines.append(f"{'total':<{width}}  {total:8.2f}  {(total / base if base > 0 else 0.0):6.1%}")
        if wall is not None:
            lines.append(f"{'wall':<{width}}  {wall:8.2f}")
        return "\n".join(lines)


@contextmanager
def stage(name: str, *, total: int | None = None, unit: str = "it") -> Iterator[Any]:
    """:meth:`StageTimer.stage` of the timer the current export activated; outside an export, nothing."""
    timer = _ACTIVE.get()
    if timer is None:
        yield _NoBar()
        return
    with timer.stage(name, total=total, unit=unit) as bar:
        yield bar


def current() -> StageTimer | None:
    """The timer the current export activated, if any."""
    return _ACTIVE.get()
