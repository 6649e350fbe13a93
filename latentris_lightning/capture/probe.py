"""Turn what the user passes as ``probe=`` into a fixed set of labelled inputs.

The probe is materialised once (in the callback's ``__init__``; for ``probe="val"`` at ``setup``, once the
validation data exists), so bad input fails before any training happens and every snapshot sees exactly the same
samples in the same order: sample ``i`` keeps index ``i`` everywhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, RandomSampler

from latentris_lightning.capture.rng import preserved_rng
from latentris_lightning.errors import MisconfigurationException

ACCEPTED = (
    'a tuple (inputs, labels) of tensors or arrays, a torch Dataset or DataLoader yielding (x, y), a Probe, or "val" '
    "(take samples from the validation dataloader)"
)
SAMPLINGS = ("stratified", "density", "first")
THUMBNAIL_SIZE = 32
_SKETCH_DIM = 128  # density sampling measures neighbourhoods in a seeded random projection of the inputs


@dataclass(frozen=True)
class Probe:
    """A fixed, labelled probe set, optionally with per-sample metadata carried to the site.

    Attributes:
        inputs: tensor ``(N, ...)`` on the CPU, fed to the model batch by batch.
        labels: integer class index of each sample, ``(N,)``.
        indices: position of each sample in the source it was taken from (``None``: ``0..N-1``).
        names: display name of each sample (shown in the viewer), or ``None``.
        thumbnails: uint8 ``(N, h, w, c)`` small images, or ``None``.
    """

    inputs: torch.Tensor
    labels: np.ndarray
    indices: np.ndarray | None = None
    names: Sequence[str] | None = None
    thumbnails: np.ndarray | None = None

    def __len__(self) -> int:
        return int(np.asarray(self.labels).shape[0])

    @property
    def n_classes(self) -> int:
        return int(np.max(self.labels)) + 1

    def metadata(self) -> dict[str, Any]:
        return {"indices": self.indices, "names": self.names, "thumbnails": self.thumbnails}

    def hashes(self) -> np.ndarray:
        """A content hash per sample (:func:`sample_hashes`): what lets runs check they watched the same samples."""
        return sample_hashes(self.inputs)


def sample_hashes(inputs: torch.Tensor) -> np.ndarray:
    """uint64 ``(N,)``: the first 8 bytes of BLAKE2b of each sample's input (its shape, dtype and values as stored).

    Two runs whose probes hold the same inputs in any order get the same hashes, so a comparison can match their
    samples (``docs/compare.md``); any change to a sample's values changes its hash.
    """
    array = np.ascontiguousarray(inputs.detach().cpu().numpy())
    header = f"{array.dtype.str}{array.shape[1:]}".encode()
    out = np.empty(array.shape[0], dtype=np.uint64)
    for i, row in enumerate(array):
        out[i] = int.from_bytes(hashlib.blake2b(header + row.tobytes(), digest_size=8).digest(), "little")
    return out


def make_probe(
    probe: Any,
    *,
    size: int | None = None,
    sampling: str = "stratified",
    seed: int = 0,
    thumbnails: bool = False,
) -> Probe:
    """Materialise ``probe`` into a :class:`Probe`, optionally taking ``size`` samples by ``sampling``.

    Raises:
        MisconfigurationException: if ``probe`` is of an unsupported kind, empty, has no labels, or its labels are not
            non-negative integers of the same length as its inputs; for a bad ``size`` or ``sampling``.
    """
    check_sampling(size, sampling)
    if probe is None:
        raise MisconfigurationException(f"`probe` is required: pass {ACCEPTED}.")
    if isinstance(probe, str):
        raise MisconfigurationException(f"`probe={probe!r}` is not understood; pass {ACCEPTED}.")
    # Iterating a DataLoader draws a base seed from torch's global generator; never let the probe perturb training.
    with preserved_rng():
        if isinstance(probe, Probe):
            result = _validated(probe.inputs, probe.labels, probe)
        elif isinstance(probe, (tuple, list)) and len(probe) == 2 and not isinstance(probe[0], (tuple, list)):
            result = _validated(*probe)
        elif isinstance(probe, (DataLoader, Dataset)):
            result = _from_source(probe, size, sampling, seed)
        else:
            raise MisconfigurationException(
                f"`probe` of type {type(probe).__name__} is not supported; pass {ACCEPTED}."
            )
    if size is not None and len(result) > size:
        result = subset(result, _choose(result.labels, size, sampling, seed, lambda: _sketch(result.inputs, seed)))
    if thumbnails and result.thumbnails is None:
        result = replace(result, thumbnails=make_thumbnails(result.inputs))
    return result


def check_sampling(size: object, sampling: object) -> None:
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 2):
        raise MisconfigurationException(f"`probe_size` must be an integer ≥ 2 or None; got {size!r}.")
    if sampling not in SAMPLINGS:
        raise MisconfigurationException(f"`probe_sampling={sampling!r}` is not supported; choose one of {SAMPLINGS}.")


def subset(probe: Probe, chosen: np.ndarray) -> Probe:
    """The samples at positions ``chosen`` (sorted), keeping their metadata and source indices."""
    chosen = np.sort(np.asarray(chosen, dtype=np.int64))
    source = probe.indices if probe.indices is not None else np.arange(len(probe))
    return Probe(
        inputs=probe.inputs[torch.from_numpy(chosen)],
        labels=probe.labels[chosen],
        indices=source[chosen],
        names=None if probe.names is None else [probe.names[i] for i in chosen],
        thumbnails=None if probe.thumbnails is None else probe.thumbnails[chosen],
    )


def _choose(labels: np.ndarray, size: int, sampling: str, seed: int, features: Any) -> np.ndarray:
    from latentris_lightning.sampling import choose_indices

    sketch = features() if sampling == "density" else None
    return choose_indices(labels, size, method=sampling, features=sketch, seed=seed)


def _sketch(inputs: torch.Tensor, seed: int) -> np.ndarray:
    """A seeded Gaussian random projection of the flattened inputs (its own generator: global RNG untouched)."""
    flat = inputs.reshape(len(inputs), -1).float()
    if flat.shape[1] <= _SKETCH_DIM:
        return flat.numpy()
    generator = torch.Generator().manual_seed(seed)
    projection = torch.randn(flat.shape[1], _SKETCH_DIM, generator=generator) / _SKETCH_DIM**0.5
    return (flat @ projection).numpy()


def _from_source(source: DataLoader | Dataset, size: int | None, sampling: str, seed: int) -> Probe:
    """Read (x, y) pairs from a Dataset or DataLoader; with ``size``, keep only the chosen samples in memory."""
    if isinstance(source, Dataset) and not isinstance(source, DataLoader):
        n = _len(source)
        if size is None or size >= n:
            return _validated(*_collect(_pairs(source[i] for i in range(n)), batched=False))
        labels = np.array([_label_of(source[i]) for i in range(n)])
        def features() -> np.ndarray:
            return _sketch(torch.stack([torch.as_tensor(source[i][0]) for i in range(n)]), seed)

        chosen = _choose(labels, size, sampling, seed, features)
        probe = _validated(*_collect(_pairs(source[int(i)] for i in chosen), batched=False))
        return replace(probe, indices=chosen)
    if size is None:
        return _validated(*_collect(_pairs(source, "DataLoader batch"), batched=True))
    if isinstance(getattr(source, "sampler", None), RandomSampler):
        raise MisconfigurationException(
            "Taking `probe_size` samples from a shuffled DataLoader would not give the same samples twice; "
            "pass a DataLoader with shuffle=False (or its Dataset)."
        )
    batch_labels: list[torch.Tensor] = []
    sketches: list[np.ndarray] = []
    for x, y in _pairs(source, "DataLoader batch"):
        batch_labels.append(torch.as_tensor(y).reshape(-1))
        if sampling == "density":
            sketches.append(_sketch(torch.as_tensor(x), seed))
    if not batch_labels:
        raise MisconfigurationException("`probe` is empty: it yielded no samples. Latentris needs at least 2 samples.")
    all_labels = _check_labels(np.asarray(torch.cat(batch_labels)))
    chosen = _choose(all_labels, size, sampling, seed, lambda: np.concatenate(sketches))
    wanted = set(chosen.tolist())
    xs, ys, position = [], [], 0
    for x, y in _pairs(source, "DataLoader batch"):
        x, y = torch.as_tensor(x), torch.as_tensor(y).reshape(-1)
        keep = [i for i in range(len(y)) if position + i in wanted]
        if keep:
            xs.append(x[keep])
            ys.append(y[keep])
        position += len(y)
    return replace(_validated(torch.cat(xs), torch.cat(ys)), indices=np.sort(chosen))


def _label_of(item: Any) -> int:
    _, y = _split_pair(item, "Dataset item")
    return int(torch.as_tensor(y).reshape(-1)[0])


def _len(dataset: Dataset) -> int:
    try:
        return len(dataset)  # type: ignore[arg-type]
    except TypeError:
        raise MisconfigurationException(
            "`probe` is a Dataset without __len__ (an IterableDataset?); wrap it in a DataLoader instead."
        ) from None


def _pairs(items: Iterable[Any], what: str = "Dataset item") -> Iterator[tuple[Any, Any]]:
    for item in items:
        yield _split_pair(item, what)


def _split_pair(item: Any, what: str) -> tuple[Any, Any]:
    if isinstance(item, (tuple, list)) and len(item) >= 2:
        return item[0], item[1]
    shape = f" of length {len(item)}" if isinstance(item, (tuple, list)) else ""
    raise MisconfigurationException(
        f"The probe needs labels: each {what} must be a pair (x, y) but got {type(item).__name__}{shape}. "
        "Latentris colours samples and computes class geometry from y."
    )


def _collect(pairs: Iterable[tuple[Any, Any]], *, batched: bool) -> tuple[torch.Tensor, torch.Tensor]:
    xs: list[torch.Tensor] = []
    ys: list[torch.Tensor] = []
    for x, y in pairs:
        x, y = torch.as_tensor(x), torch.as_tensor(y)
        xs.append(x if batched else x.unsqueeze(0))
        ys.append(y.reshape(-1))
    if not xs:
        raise MisconfigurationException("`probe` is empty: it yielded no samples. Latentris needs at least 2 samples.")
    return torch.cat(xs), torch.cat(ys)


def _validated(inputs: Any, labels: Any, template: Probe | None = None) -> Probe:
    try:
        x = torch.as_tensor(inputs).detach().cpu()
        y = np.asarray(torch.as_tensor(labels).detach().cpu()).reshape(-1) if labels is not None else None
    except (TypeError, ValueError, RuntimeError) as err:
        raise MisconfigurationException(f"`probe` could not be read as tensors ({err}); pass {ACCEPTED}.") from None
    if y is None:
        raise MisconfigurationException("The probe needs labels: pass probe=(inputs, labels).")
    if x.ndim == 0 or x.shape[0] == 0:
        raise MisconfigurationException("`probe` is empty: it has no samples. Latentris needs at least 2 samples.")
    if x.shape[0] < 2:
        raise MisconfigurationException(f"`probe` has {x.shape[0]} sample; Latentris needs at least 2 samples.")
    if y.shape[0] != x.shape[0]:
        raise MisconfigurationException(
            f"`probe` has {x.shape[0]} inputs but {y.shape[0]} labels; they must have the same length."
        )
    probe = Probe(inputs=x.contiguous(), labels=_check_labels(y))
    if template is not None:
        n = len(probe)
        for key in ("indices", "names", "thumbnails"):
            value = getattr(template, key)
            if value is not None and len(value) != n:
                raise MisconfigurationException(f"Probe {key} has {len(value)} entries for {n} samples.")
        probe = replace(probe, indices=template.indices, names=template.names, thumbnails=template.thumbnails)
    return probe


def _check_labels(y: np.ndarray) -> np.ndarray:
    if y.dtype.kind == "f" and np.all(np.isfinite(y)) and np.all(y == np.round(y)):
        y = y.astype(np.int64)
    if y.dtype.kind not in "iu" or (y.size and y.min() < 0):
        raise MisconfigurationException(
            f"Probe labels must be non-negative integer class indices; got dtype {y.dtype}"
            + (f" with minimum {y.min()}" if y.dtype.kind in "iu" else "")
            + ". Map class names to 0..C-1 and pass the names as `class_names`."
        )
    return y.astype(np.int64)


def make_thumbnails(inputs: torch.Tensor, size: int = THUMBNAIL_SIZE) -> np.ndarray | None:
    """uint8 ``(N, h, w, c)`` thumbnails (≤ ``size`` pixels a side) of image-like inputs, each scaled to 0..255.

    Inputs of shape ``(N, H, W)`` or ``(N, C, H, W)`` with ``C`` in 1, 3 are images; anything else gives ``None``.
    """
    x = inputs.float()
    if x.ndim == 3:
        x = x.unsqueeze(1)
    if x.ndim != 4 or x.shape[1] not in (1, 3) or min(x.shape[2:]) < 2:
        return None
    scale = min(1.0, size / max(x.shape[2:]))
    h, w = max(1, round(x.shape[2] * scale)), max(1, round(x.shape[3] * scale))
    small = torch.nn.functional.adaptive_avg_pool2d(x, (h, w))
    lo = small.amin(dim=(1, 2, 3), keepdim=True)
    hi = small.amax(dim=(1, 2, 3), keepdim=True)
    scaled = (small - lo) / (hi - lo).clamp_min(1e-12) * 255
    return scaled.round().clamp(0, 255).to(torch.uint8).permute(0, 2, 3, 1).numpy()


def validate_class_names(class_names: Sequence[str] | None, n_classes: int) -> list[str]:
    """Return one display name per class index ``0..n_classes-1``.

    Raises:
        MisconfigurationException: if fewer names than classes are given or a name is not a string.
    """
    if class_names is None:
        return [str(i) for i in range(n_classes)]
    names = list(class_names)
    bad = [n for n in names if not isinstance(n, str)]
    if bad:
        raise MisconfigurationException(f"`class_names` must be strings; got {bad[0]!r} ({type(bad[0]).__name__}).")
    if len(names) < n_classes:
        raise MisconfigurationException(
            f"`class_names` has {len(names)} names but the probe labels go up to {n_classes - 1}; "
            f"pass at least {n_classes} names (one per class index)."
        )
    return names
