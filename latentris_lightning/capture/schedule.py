"""When to take snapshots: completed-epoch counts and, optionally, global steps within the first epochs.

Snapshot ``e`` is the model after ``e`` completed training epochs (``0``: before the first optimiser step). Step
snapshots catch the early epochs, where most change happens; they carry their global step.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from latentris_lightning.errors import MisconfigurationException

#: With ``epochs=None`` or ``"log"`` at most this many epoch snapshots are taken.
DEFAULT_MAX_SNAPSHOTS = 20
EPOCH_FORMS = 'a list of completed-epoch counts, an int n (every n epochs), "log" (log-spaced), "all", or None'


def _int_list(values: object, what: str) -> list[int]:
    items = list(values)  # type: ignore[call-overload]
    bad = [v for v in items if isinstance(v, bool) or not isinstance(v, int) or v < 0]
    if bad:
        raise MisconfigurationException(f"`{what}` must hold non-negative integers; got {bad[0]!r}.")
    return sorted(set(items))


def log_spaced(last: int, count: int = DEFAULT_MAX_SNAPSHOTS) -> list[int]:
    """``0``, then roughly geometrically spaced epochs up to and including ``last`` (dense early, sparse late)."""
    if last <= 0:
        return [0]
    if last + 1 <= count:
        return list(range(last + 1))
    epochs = {0, last}
    for i in range(count - 1):
        epochs.add(round(math.expm1(math.log1p(last) * i / (count - 2))))
    return sorted(e for e in epochs if 0 <= e <= last)


@dataclass(frozen=True)
class Schedule:
    """A validated snapshot schedule.

    Args:
        epochs: see :data:`EPOCH_FORMS`. ``None`` means every epoch when ``max_epochs`` ≤ 20, else ``"log"``.
        steps: global steps (optimiser steps) at which to snapshot in addition, e.g. ``[10, 25, 50, 100]``.
    """

    epochs: object = None
    steps: Sequence[int] | None = None

    def __post_init__(self) -> None:
        e = self.epochs
        if isinstance(e, str):
            if e not in ("log", "all"):
                raise MisconfigurationException(f"`epochs={e!r}` is not understood; pass {EPOCH_FORMS}.")
        elif isinstance(e, bool):
            raise MisconfigurationException(f"`epochs={e!r}` is not understood; pass {EPOCH_FORMS}.")
        elif isinstance(e, int):
            if e < 1:
                raise MisconfigurationException(f"`epochs={e}` (every n epochs) must be at least 1.")
        elif e is not None:
            if not hasattr(e, "__iter__"):
                raise MisconfigurationException(f"`epochs={e!r}` is not understood; pass {EPOCH_FORMS}.")
            if not _int_list(e, "epochs"):
                raise MisconfigurationException("`epochs` is empty; pass at least one epoch, e.g. [0, 1, 5], or None.")
        if self.steps is not None:
            if isinstance(self.steps, (str, bytes)) or not hasattr(self.steps, "__iter__"):
                raise MisconfigurationException(f"`steps` must be a list of global steps; got {self.steps!r}.")
            _int_list(self.steps, "steps")

    @property
    def step_set(self) -> frozenset[int]:
        """The step schedule as a set: checked after every training batch, so membership must be O(1)."""
        cached = self.__dict__.get("_step_set")
        if cached is None:
            cached = frozenset(_int_list(self.steps or [], "steps"))
            object.__setattr__(self, "_step_set", cached)
        return cached

    def resolve(self, max_epochs: int | None, max_steps: int | None = None) -> list[int]:
        """The concrete epochs for a Trainer with ``max_epochs`` (``None`` or ``-1``: unbounded).

        Raises:
            MisconfigurationException: for epochs beyond ``max_epochs``, steps beyond ``max_steps``, or a schedule
                that needs a bound the Trainer does not have.
        """
        bounded = max_epochs is not None and max_epochs >= 0
        if max_steps is not None and max_steps >= 0:
            beyond = sorted(s for s in self.step_set if s > max_steps)
            if beyond:
                raise MisconfigurationException(
                    f"`steps` {beyond} lie beyond the Trainer's max_steps={max_steps}; "
                    f"allowed values are 0..{max_steps}."
                )
        e = self.epochs
        if e is None or isinstance(e, (str, int)):
            if not bounded:
                raise MisconfigurationException(
                    f"`epochs={e!r}` needs a Trainer with a finite `max_epochs`; pass an explicit `epochs=[...]` list."
                )
            last = int(max_epochs)  # type: ignore[arg-type]
            if e == "all" or (e is None and last <= DEFAULT_MAX_SNAPSHOTS):
                return list(range(last + 1))
            if e is None or e == "log":
                return log_spaced(last)
            return sorted(set(range(0, last + 1, int(e))) | {last})  # every n epochs, and the end
        epochs = _int_list(e, "epochs")
        if bounded:
            beyond = [x for x in epochs if x > max_epochs]  # type: ignore[operator]
            if beyond:
                raise MisconfigurationException(
                    f"`epochs` {beyond} lie beyond the Trainer's max_epochs={max_epochs}; snapshot e is taken after e "
                    f"completed epochs, so allowed values are 0..{max_epochs}."
                )
        return epochs


def never_reached(
    epochs: Sequence[int], steps: frozenset[int], total_steps: float, steps_per_epoch: float
) -> str | None:
    """Why some scheduled snapshots will never be taken in a run of ``total_steps`` optimiser steps (the Trainer's
    ``estimated_stepping_batches``, ``inf`` when unbounded) of ``steps_per_epoch`` each; ``None`` when all will.

    Step ``s`` is taken after the ``s``-th optimiser step; epoch ``e`` when the ``e``-th epoch ends, which a run stopped
    by ``max_steps`` inside that epoch still reaches."""
    if not math.isfinite(total_steps):
        return None
    total = int(total_steps)
    parts = []
    late_steps = sorted(s for s in steps if s > total)
    if late_steps:
        parts.append(f"`steps` {late_steps} lie beyond the run's last optimiser step ({total})")
    if steps_per_epoch > 0 and math.isfinite(steps_per_epoch):
        last_epoch = math.ceil(total / steps_per_epoch)
        late_epochs = [e for e in epochs if e > last_epoch]
        if late_epochs:
            parts.append(f"`epochs` {late_epochs} lie beyond its last epoch ({last_epoch}: {total} steps at "
                         f"{steps_per_epoch:g} per epoch)")
    if not parts:
        return None
    return ("Latentris: " + "; ".join(parts) + f" (Trainer.estimated_stepping_batches={total}, from max_epochs, "
            "max_steps and the train batches per epoch): those snapshots will never be taken. Lower them or train "
            "longer.")
