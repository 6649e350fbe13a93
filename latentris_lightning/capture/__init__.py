"""Stage 1, capture: during ``fit``, run a fixed probe set through the model at chosen snapshots and record what
chosen layers make of it.

The :class:`~latentris_lightning.capture.callback.Latentris` callback decides *when*; :mod:`.probe` fixes the probe
samples, :mod:`.schedule` the snapshots, :mod:`.layers` which modules, :mod:`.reduction` how an output becomes one
vector per sample, and :mod:`.probe_pass` runs the pass with training state restored (:mod:`.rng`). What it records
goes to the run store (:mod:`latentris_lightning.store`).
"""
