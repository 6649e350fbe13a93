"""The samples-to-review table of a run's training dynamics: rows in a chosen order, as CSV or as text
(``latentris samples``; columns in ``docs/dynamics.md#csv-columns``).

Names and labels are data: in CSV a text cell that a spreadsheet would read as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) gets a leading ``'``; in the terminal, control characters are escaped.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from latentris_lightning.analysis.dynamics import FIELDS, SampleDynamics
from latentris_lightning.store.reader import Run

#: Fields one can sort by, and whether the most interesting samples come first in descending order.
SORT_DESCENDING = {
    "mislabel": True, "forgetting": True, "variability": True, "first_learned": True, "centroid_layer": True,
    "confidence": False, "correctness": False, "aum": False,
}
#: Columns before the dynamics fields.
ID_COLUMNS = ("index", "dataset_index", "name", "label", "label_name", "most_frequent_name")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text, never evaluates: formula starts get a leading quote."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def printable(text: str, width: int | None = None) -> str:
    """``text`` with control and other non-printable characters escaped, cut to ``width`` characters."""
    out = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return out if width is None or len(out) <= width else out[: max(width - 1, 0)] + "…"


def review_order(dynamics: SampleDynamics, sort: str, *, reverse: bool = False) -> np.ndarray:
    """Sample indices, most interesting first by ``sort`` (see :data:`SORT_DESCENDING`); ``reverse`` flips it.

    ``first_learned`` and ``centroid_layer`` of ``-1`` (never) sort as the latest."""
    if sort not in SORT_DESCENDING:
        raise ValueError(f"cannot sort by {sort!r}; choose one of {sorted(SORT_DESCENDING)}.")
    descending = SORT_DESCENDING[sort] != reverse
    if sort in ("first_learned", "centroid_layer"):
        values = getattr(dynamics, sort).astype(np.float64)
        values = np.where(values < 0, np.inf, values)
        keys = np.where(np.isnan(values), -np.inf if descending else np.inf, values)
        return np.argsort(-keys if descending else keys, kind="stable")
    return dynamics.order(sort, descending=descending)


def _value(values: np.ndarray, i: int) -> Any:
    v = values[i]
    if np.issubdtype(values.dtype, np.integer):
        return int(v)
    f = float(v)
    return "" if math.isnan(f) else round(f, 6)


def review_rows(
    run: Run, dynamics: SampleDynamics, order: Sequence[int] | np.ndarray
) -> tuple[list[str], list[list[Any]]]:
    """The header and one row per sample of ``order``: ids, label, most frequent prediction, every derived field."""
    names = run.sample_names
    indices = run.sample_metadata("indices")
    classes = run.class_names
    columns = dynamics.columns()
    header = [c for c in ID_COLUMNS if (c != "name" or names is not None) and (c != "dataset_index"
                                                                            or indices is not None)]
    header += [c for c in FIELDS if c in columns]
    rows = []
    for i in order:
        i = int(i)
        predicted = int(dynamics.most_frequent[i])
        row: dict[str, Any] = {
            "index": i,
            "dataset_index": None if indices is None else int(indices[i]),
            "name": None if names is None else names[i],
            "label": int(run.labels[i]),
            "label_name": classes[int(run.labels[i])],
            "most_frequent_name": classes[predicted] if 0 <= predicted < len(classes) else "",
        }
        row.update({key: _value(values, i) for key, values in columns.items()})
        rows.append([row[c] for c in header])
    return header, rows


def to_csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """CSV text (RFC 4180 quoting, ``\\r\\n`` rows); text cells made formula-safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) if isinstance(v, str) else v for v in row])
    return buffer.getvalue()


def to_table(header: Sequence[str], rows: Sequence[Sequence[Any]], *, name_width: int = 24) -> str:
    """A fixed-width text table; text cells escaped and cut to ``name_width``."""
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.3f}"
        return printable(str(v), name_width) if isinstance(v, str) else str(v)

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[k]) for r in cells]) for k, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)
