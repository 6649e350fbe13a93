"""Stage 2, the run store: the on-disk contract between training time and everything after it (``docs/run-store.md``).

:mod:`.atomic` is the one writer of durable files, :mod:`.schema` the format and its checks, :mod:`.writer` and
:mod:`.reader` write and read a run, :mod:`.view` gives part of a run, :mod:`.matching` puts several runs on one
footing. Any later stage can be re-run from a run store alone.
"""
