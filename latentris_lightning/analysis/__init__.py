"""Stage 3b, analysis: science on the original activations (``docs/metrics.md``, ``docs/flow.md``).

Class geometry (:mod:`.geometry`), representation health and CKA (:mod:`.health`), every metric of a run
(:mod:`.metrics`), alert rules over their series (:mod:`.alerts`), flow fields of a projection's trajectories
(:mod:`.flow`) and CKA across runs (:mod:`.compare`). Reads the run store; knows nothing of projections or sites.
"""
