"""Glob patterns over dotted module names (``"encoder.layer.*.output"``), the one rule every layer pattern follows.

The name and the pattern are split at dots into segments and matched segment by segment:

- ``*`` matches within one segment, never across a dot: ``"features.*"`` matches ``features.0`` but not
  ``features.0.conv``; ``"layer*"`` matches ``layer1`` and ``layer1:input`` (``:input`` is part of its segment).
- ``?`` and ``[...]`` match one character of a segment, as in :mod:`fnmatch` (``"features.[01]"``).
- ``**`` as a whole segment matches any depth: zero or more segments before a further segment (``"**.output"``
  matches ``output`` and ``encoder.layer.0.output``; ``"a.**.b"`` matches ``a.b``), one or more at the end
  (``"encoder.**"`` matches everything inside ``encoder`` but not ``encoder`` itself). Elsewhere in a segment
  (``"enc**"``) it acts as ``*``.

Matching is case-sensitive and costs ``O(len(pattern segments) * len(name segments))`` per name.
"""

from __future__ import annotations

import fnmatch

__all__ = ["glob_match"]

_ANY_DEPTH = "**"


def glob_match(name: str, pattern: str) -> bool:
    """Whether the dotted ``name`` matches the glob ``pattern`` (rules in the module docstring)."""
    if "*" not in pattern and "?" not in pattern and "[" not in pattern:
        return name == pattern
    segs = name.split(".")
    pats = pattern.split(".")
    n = len(segs)
    # reach[j]: the first i pattern segments can consume exactly the first j name segments
    reach = [True] + [False] * n
    for i, pat in enumerate(pats):
        last = i == len(pats) - 1
        if pat == _ANY_DEPTH:
            # zero or more segments (one or more when it ends the pattern): every j at or after a reachable one
            nxt = [False] * (n + 1)
            seen = False
            for j in range(n + 1):
                if seen or (reach[j] and not last):
                    nxt[j] = True
                seen = seen or reach[j]
            reach = nxt
        else:
            reach = [False] + [reach[j] and fnmatch.fnmatchcase(segs[j], pat) for j in range(n)]
        if not any(reach):
            return False
    return reach[n]
