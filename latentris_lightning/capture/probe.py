"""Turn what the user passes as ``probe=`` into a fixed set of labelled inputs.

The probe is materialised once (in the callback's ``__init__``; for ``probe="val"`` at ``setup``, once the
validation data exists), so bad input fails before any training happens and every snapshot sees exactly the same
samples in the same order: sample ``i`` keeps index ``i`` everywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, RandomSampler

from latentris_lightning.capture.inputs import (
    Inputs,
    as_inputs,
    check_mask,
    concat,
    contiguous,
    flat_features,
    items,
    n_rows,
    take,
    unsqueeze,
)
from latentris_lightning.capture.rng import preserved_rng
from latentris_lightning.errors import MisconfigurationException

ACCEPTED = (
    "a tuple (inputs, labels) of tensors or arrays, a torch Dataset or DataLoader yielding (x, y) pairs or dicts "
    '(with a labels entry), a Probe, or "val" (take samples from the validation dataloader)'
)
#: Where dict batches keep their labels when ``label_key`` is not given, tried in this order.
LABEL_KEYS = ("labels", "label")
SAMPLINGS = ("stratified", "density", "first")
#: What to do with a token-level task (per-token labels), said wherever one is recognised.
TOKEN_LEVEL = (
    "Token-level probes are not supported: each probe sample needs one class label (it colours the sample and groups "
    "it for class geometry). Pass per-sample labels (e.g. each sequence's class, or `label_key=` naming a per-sample "
    "entry of dict batches), and for a per-token output (N, T, V) pass `loss_fn(output, labels)` returning one loss "
    "per sample, shape (N,) (e.g. the mean of each sample's token losses)."
)
THUMBNAIL_SIZE = 32
_SKETCH_DIM = 128  # density sampling measures neighbourhoods in a seeded random projection of the inputs


@dataclass(frozen=True)
class Probe:
    """A fixed, labelled probe set, optionally with per-sample metadata carried to the site.

    Attributes:
        inputs: on the CPU, fed to the model batch by batch: a tensor ``(N, ...)`` (``model(x)``), a dict of tensors
            (``model(**x)``) or a tuple of tensors (``model(*x)``), every tensor with ``N`` rows.
        labels: integer class index of each sample, ``(N,)``.
        indices: position of each sample in the source it was taken from (``None``: ``0..N-1``).
        names: display name of each sample (shown in the viewer), or ``None``.
        thumbnails: uint8 ``(N, h, w, c)`` small images, or ``None``.
    """

    inputs: Inputs
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


def sample_hashes(inputs: Inputs) -> np.ndarray:
    """uint64 ``(N,)``: the first 8 bytes of BLAKE2b of each sample's input (its shape, dtype and values as stored;
    for dict or tuple inputs, every entry's name, shape, dtype and values).

    Two runs whose probes hold the same inputs in any order get the same hashes, so a comparison can match their
    samples (``docs/compare.md``); any change to a sample's values changes its hash. The bytes are read through torch,
    so dtypes numpy lacks (bfloat16, float8) hash too; the others hash exactly as they always did (run stores
    written before still match).
    """
    if isinstance(inputs, torch.Tensor):
        header, rows = _hash_parts(inputs)
        out = np.empty(rows.shape[0], dtype=np.uint64)
        for i, row in enumerate(rows):
            out[i] = int.from_bytes(hashlib.blake2b(header + row.tobytes(), digest_size=8).digest(), "little")
        return out
    parts = [(name, *_hash_parts(t)) for name, t in items(inputs)]
    header = "".join(f"{name}:{dtype_shape.decode()};" for name, dtype_shape, _ in parts).encode()
    out = np.empty(n_rows(inputs), dtype=np.uint64)
    for i in range(len(out)):
        digest = hashlib.blake2b(header, digest_size=8)
        for _, _, rows in parts:
            digest.update(rows[i].tobytes())
        out[i] = int.from_bytes(digest.digest(), "little")
    return out


def _hash_parts(tensor: torch.Tensor) -> tuple[bytes, np.ndarray]:
    """``(header, rows)``: the dtype and per-sample shape as numpy writes them (``<f4(1, 28, 28)``; a dtype numpy
    lacks by its torch name, ``bfloat16(12,)``), and each sample's raw bytes as a uint8 ``(N, bytes)`` array."""
    t = tensor.detach().cpu().contiguous()
    try:
        dtype = torch.empty(0, dtype=t.dtype).numpy().dtype.str
    except TypeError:  # bfloat16, float8_*: no numpy dtype
        dtype = str(t.dtype).removeprefix("torch.")
    n = int(t.shape[0]) if t.ndim else 0
    per_sample = math.prod(t.shape[1:])
    # reinterpret the bytes, in the order numpy's tobytes writes them
    raw = t.reshape(n, per_sample).view(torch.uint8) if per_sample else torch.zeros(n, 0, dtype=torch.uint8)
    return f"{dtype}{tuple(t.shape[1:])}".encode(), raw.numpy()


def make_probe(
    probe: Any,
    *,
    size: int | None = None,
    sampling: str = "stratified",
    seed: int = 0,
    thumbnails: bool = False,
    label_key: str | None = None,
) -> Probe:
    """Materialise ``probe`` into a :class:`Probe`, optionally taking ``size`` samples by ``sampling``.

    Batches (or Dataset items) are ``(x, y)`` pairs, whose ``x`` is a tensor, a dict or a tuple of tensors, or dicts
    whose ``label_key`` entry (default ``"labels"``, then ``"label"``) holds the labels and whose other entries are
    the inputs (``model(**x)``).

    Raises:
        MisconfigurationException: if ``probe`` is of an unsupported kind, empty, has no labels, or its labels are not
            non-negative integers of the same length as its inputs; for a bad ``size``, ``sampling`` or ``label_key``.
    """
    check_sampling(size, sampling)
    check_label_key(label_key)
    if probe is None:
        raise MisconfigurationException(f"`probe` is required: pass {ACCEPTED}.")
    if isinstance(probe, str):
        raise MisconfigurationException(f"`probe={probe!r}` is not understood; pass {ACCEPTED}.")
    # Iterating a DataLoader draws a base seed from torch's global generator; never let the probe perturb training.
    with preserved_rng():
        if isinstance(probe, Probe):
            _no_label_key(label_key, "a Probe")
            result = _validated(probe.inputs, probe.labels, probe)
        elif isinstance(probe, Mapping) or (isinstance(probe, (tuple, list)) and len(probe) == 2):
            result = _validated(*_split(probe, "probe", label_key))
        elif isinstance(probe, (DataLoader, Dataset)):
            result = _from_source(probe, size, sampling, seed, label_key)
        else:
            raise MisconfigurationException(
                f"`probe` of type {type(probe).__name__} is not supported; pass {ACCEPTED}."
            )
    if size is not None and len(result) > size:
        result = subset(result, _choose(result.labels, size, sampling, seed, lambda: _sketch(result.inputs, seed)))
    if thumbnails and result.thumbnails is None:
        result = replace(result, thumbnails=make_thumbnails(result.inputs))
    return result


def check_label_key(label_key: object) -> None:
    if label_key is not None and (not isinstance(label_key, str) or not label_key):
        raise MisconfigurationException(
            f"`label_key` must be the name of the labels' entry in dict batches (a non-empty string) or None "
            f"(try {LABEL_KEYS}); got {label_key!r}."
        )


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
        inputs=take(probe.inputs, torch.from_numpy(chosen)),
        labels=probe.labels[chosen],
        indices=source[chosen],
        names=None if probe.names is None else [probe.names[i] for i in chosen],
        thumbnails=None if probe.thumbnails is None else probe.thumbnails[chosen],
    )


def _choose(labels: np.ndarray, size: int, sampling: str, seed: int, features: Any) -> np.ndarray:
    from latentris_lightning.sampling import choose_indices

    sketch = features() if sampling == "density" else None
    return choose_indices(labels, size, method=sampling, features=sketch, seed=seed)


def _sketch(inputs: Inputs, seed: int) -> np.ndarray:
    """A seeded Gaussian random projection of the flattened inputs, every entry of dict or tuple inputs side by side
    (its own generator: global RNG untouched)."""
    flat = flat_features(inputs)
    if flat.shape[1] <= _SKETCH_DIM:
        return flat.numpy()
    generator = torch.Generator().manual_seed(seed)
    projection = torch.randn(flat.shape[1], _SKETCH_DIM, generator=generator) / _SKETCH_DIM**0.5
    return (flat @ projection).numpy()


def _from_source(
    source: DataLoader | Dataset, size: int | None, sampling: str, seed: int, label_key: str | None
) -> Probe:
    """Read (x, y) pairs or dict batches from a Dataset or DataLoader; with ``size``, keep only the chosen samples in
    memory."""
    if isinstance(source, Dataset) and not isinstance(source, DataLoader):
        n = _len(source)
        if size is None or size >= n:
            return _validated(*_collect((_item(source, i, label_key) for i in range(n)), "probe samples"))
        labels = np.concatenate([_item(source, i, label_key)[1] for i in range(n)]) if n else np.zeros(0, np.int64)

        def features() -> np.ndarray:
            return _sketch(concat([_item(source, i, label_key)[0] for i in range(n)], "probe samples"), seed)

        chosen = _choose(_check_labels(labels), size, sampling, seed, features)
        probe = _validated(*_collect((_item(source, int(i), label_key) for i in chosen), "probe samples"))
        return replace(probe, indices=chosen)
    if size is None:
        return _validated(*_collect(_batches(source, label_key), "probe batches"))
    if isinstance(getattr(source, "sampler", None), RandomSampler):
        raise MisconfigurationException(
            "Taking `probe_size` samples from a shuffled DataLoader would not give the same samples twice; "
            "pass a DataLoader with shuffle=False (or its Dataset)."
        )
    batch_labels: list[np.ndarray] = []
    sketches: list[np.ndarray] = []
    for x, y in _batches(source, label_key):
        batch_labels.append(y)
        if sampling == "density":
            sketches.append(_sketch(x, seed))
    if not batch_labels:
        raise MisconfigurationException("`probe` is empty: it yielded no samples. Latentris needs at least 2 samples.")
    all_labels = _check_labels(np.concatenate(batch_labels))
    chosen = _choose(all_labels, size, sampling, seed, lambda: np.concatenate(sketches))
    wanted = set(chosen.tolist())
    xs: list[Inputs] = []
    ys: list[np.ndarray] = []
    position = 0
    for x, y in _batches(source, label_key):
        keep = [i for i in range(len(y)) if position + i in wanted]
        if keep:
            xs.append(take(x, keep))
            ys.append(y[keep])
        position += len(y)
    return replace(_validated(concat(xs), np.concatenate(ys)), indices=np.sort(chosen))


def _len(dataset: Dataset) -> int:
    try:
        return len(dataset)  # type: ignore[arg-type]
    except TypeError:
        raise MisconfigurationException(
            "`probe` is a Dataset without __len__ (an IterableDataset?); wrap it in a DataLoader instead."
        ) from None


def _batches(loader: Iterable[Any], label_key: str | None) -> Iterator[tuple[Inputs, np.ndarray]]:
    """Each DataLoader batch as (inputs, class indices), their lengths checked."""
    for number, batch in enumerate(loader):
        x, y = _split(batch, "DataLoader batch", label_key)
        yield _checked_pair(as_inputs(x), class_indices(y, f"The labels of DataLoader batch {number}"),
                            f"DataLoader batch {number}")


def _item(source: Dataset, index: int, label_key: str | None) -> tuple[Inputs, np.ndarray]:
    """Dataset item ``index`` as a batch of one: (inputs, class index)."""
    x, y = _split(source[index], "Dataset item", label_key)
    with contextlib.suppress(TypeError, ValueError, RuntimeError):  # class_indices names what it could not read
        y = torch.as_tensor(y).unsqueeze(0)
    return unsqueeze(as_inputs(x)), class_indices(y, f"The label of Dataset item {index}")


def _checked_pair(x: Inputs, y: np.ndarray, what: str) -> tuple[Inputs, np.ndarray]:
    if n_rows(x) != len(y):
        raise MisconfigurationException(
            f"{what} has {n_rows(x)} inputs but {len(y)} labels; they must have the same length."
        )
    return x, y


def _split(item: Any, what: str, label_key: str | None) -> tuple[Any, Any]:
    """``(x, y)`` of a pair, or of a dict: its labels entry and the rest."""
    if isinstance(item, Mapping):
        keys = list(item)
        wanted = [label_key] if label_key is not None else list(LABEL_KEYS)
        key = next((k for k in wanted if k in item), None)
        if key is None:
            raise MisconfigurationException(
                f"The probe needs labels: each {what} is a dict with keys {keys}, none of which is "
                f"{' or '.join(repr(k) for k in wanted)}. Pass `label_key=` naming the entry that holds the class "
                "indices."
            )
        return {k: v for k, v in item.items() if k != key}, item[key]
    _no_label_key(label_key, f"each {what} is a {type(item).__name__}")
    if isinstance(item, (tuple, list)) and len(item) >= 2:
        return item[0], item[1]
    shape = f" of length {len(item)}" if isinstance(item, (tuple, list)) else ""
    raise MisconfigurationException(
        f"The probe needs labels: each {what} must be a pair (x, y) or a dict with a {LABEL_KEYS[0]!r} entry, but got "
        f"{type(item).__name__}{shape}. Latentris colours samples and computes class geometry from y."
    )


def _no_label_key(label_key: str | None, what: str) -> None:
    if label_key is not None:
        raise MisconfigurationException(
            f"`label_key={label_key!r}` names the labels' entry of dict batches, but {what}: it cannot take effect. "
            "Drop `label_key` (the labels of a pair (x, y) are y)."
        )


def _collect(pairs: Iterable[tuple[Inputs, np.ndarray]], what: str) -> tuple[Inputs, np.ndarray]:
    xs: list[Inputs] = []
    ys: list[np.ndarray] = []
    for x, y in pairs:
        xs.append(x)
        ys.append(y)
    if not xs:
        raise MisconfigurationException("`probe` is empty: it yielded no samples. Latentris needs at least 2 samples.")
    return concat(xs, what), np.concatenate(ys)


def _validated(inputs: Any, labels: Any, template: Probe | None = None) -> Probe:
    if labels is None:
        raise MisconfigurationException("The probe needs labels: pass probe=(inputs, labels).")
    x = as_inputs(inputs)
    y = class_indices(labels)
    n = n_rows(x)
    if n == 0:
        raise MisconfigurationException("`probe` is empty: it has no samples. Latentris needs at least 2 samples.")
    if n < 2:
        raise MisconfigurationException(f"`probe` has {n} sample; Latentris needs at least 2 samples.")
    if y.shape[0] != n:
        raise MisconfigurationException(
            f"`probe` has {n} inputs but {y.shape[0]} labels; they must have the same length."
        )
    check_mask(x)
    probe = Probe(inputs=contiguous(x), labels=y)
    if template is not None:
        for key in ("indices", "names", "thumbnails"):
            value = getattr(template, key)
            if value is not None and len(value) != n:
                raise MisconfigurationException(f"Probe {key} has {len(value)} entries for {n} samples.")
        probe = replace(probe, indices=template.indices, names=template.names, thumbnails=template.thumbnails)
    return probe


def class_indices(labels: Any, what: str = "Probe labels") -> np.ndarray:
    """int64 ``(N,)`` class indices from ``(N,)`` indices, ``(N, 1)`` (squeezed), one-hot ``(N, C)`` (each row a
    single 1; checked) or bool ``(N,)`` (0/1).

    Raises:
        MisconfigurationException: for any other shape, rows that are not one-hot, or non-integer or negative values.
    """
    try:
        y = torch.as_tensor(labels).detach().cpu()
    except (TypeError, ValueError, RuntimeError) as err:
        raise MisconfigurationException(
            f"{what} could not be read as a tensor ({type(labels).__name__}: {err}); pass integer class indices."
        ) from None
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    elif y.ndim == 2:
        values = y.double()
        one_hot = ((values == 0) | (values == 1)).all(dim=1) & (values.sum(dim=1) == 1)
        if not bool(one_hot.all()):
            row = int(torch.nonzero(~one_hot)[0, 0])
            more = "…" if y.shape[1] > 12 else ""
            if bool((values == values.round()).all()) and not bool(((values == 0) | (values == 1)).all()):
                raise MisconfigurationException(
                    f"{what} of shape {list(y.shape)} hold an integer per position (row {row} is "
                    f"{values[row, :12].long().tolist()}{more}): per-token labels (N, T) of a token-level task. "
                    f"{TOKEN_LEVEL}"
                )
            shown = f"{[round(v, 4) for v in values[row, :12].tolist()]}{more}"
            raise MisconfigurationException(
                f"{what} of shape {list(y.shape)} are read as one-hot rows (N, C), but row {row} is {shown} (each row "
                "must hold a single 1 and zeros; soft or multi-label targets are not class indices). Pass one class "
                f"index per sample. If these are per-token labels (N, T): {TOKEN_LEVEL}"
            )
        y = values.argmax(dim=1)
    elif y.ndim != 1:
        raise MisconfigurationException(
            f"{what} must be class indices of shape (N,), (N, 1) or one-hot (N, C); got shape {list(y.shape)}."
        )
    if y.dtype == torch.bool:
        y = y.long()
    return _check_labels(y.numpy())


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


def make_thumbnails(inputs: Inputs, size: int = THUMBNAIL_SIZE) -> np.ndarray | None:
    """uint8 ``(N, h, w, c)`` thumbnails (≤ ``size`` pixels a side) of image-like inputs, each scaled to 0..255.

    Inputs of shape ``(N, H, W)`` or ``(N, C, H, W)`` with ``C`` in 1, 3 are images; of dict or tuple inputs, the
    first such entry (``pixel_values``, say); anything else gives ``None``.
    """
    if not isinstance(inputs, torch.Tensor):
        return next((t for t in (make_thumbnails(v, size) for _, v in items(inputs)) if t is not None), None)
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
