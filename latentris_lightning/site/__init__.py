"""Stage 4, the site: a run store (or several) becomes a static site that opens from ``file://``.

:mod:`.bundle` encodes data files, :mod:`.chunks` and :mod:`.manifest` pack the bundle's parts
(``docs/site-bundle.md``), :mod:`.build` computes projections, metrics and flow fields and returns a site's files,
:mod:`.write` is the one site writer, :mod:`.export` joins them; :mod:`.live` exports while training runs,
:mod:`.serve` serves a site, :mod:`.notebook` shows one in Jupyter, :mod:`.projector` writes TensorBoard projector
files.
"""
