"""The site bundle's encoding (``docs/site-bundle.md``): quantised positions, packed bits, data files, and reading
them back.

Everything here is pure: functions from arrays to strings and back. :mod:`latentris_lightning.export` decides what
goes into a site and writes it.

A data file is one classic-script call, ``latentrisReceive(key, text[, encoding])``, handing the viewer a msgpack
payload as text: base64 (the default; the browser decodes it natively) or base85 (``"b85"``: 5 characters per 4
bytes instead of base64's 4 per 3, used for the position blocks, which are most of a site's bytes).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import msgpack
import numpy as np

BUNDLE_FORMAT = "latentris-site"
BUNDLE_VERSION = 2
RECEIVER = "latentrisReceive"
#: the manifest's data file, written last (the viewer reads it first)
MANIFEST_PATH = "data/manifest.js"

POSITION_BITS = 12
"""Default bits per quantised coordinate: 4,096 steps across the (method, layer)'s bounding box, a quarter of a pixel
on a 1,000-pixel view. 12 bits packs two coordinates in 3 bytes (4.5 bytes per 3D point, 5.6 as base85 text)."""
ALLOWED_POSITION_BITS = (12, 16)
BLOCK_TARGET_BYTES = 1 << 19
"""Packed position bytes per block file, at most (unless one snapshot alone is bigger). Small blocks let the viewer
draw the first snapshot long before the last has arrived."""
QUANT_MAX = (1 << 16) - 1  # the viewer's normalised range: 12-bit values are widened to 16 bits on decoding

# 85 printable ASCII characters that need no escaping in a JavaScript string literal and are never markup.
BASE85_ALPHABET = bytes(c for c in range(33, 127) if chr(c) not in "\"'\\<>&`")[:85]
_BASE85_VALUES = np.full(256, 255, dtype=np.uint8)
_BASE85_VALUES[np.frombuffer(BASE85_ALPHABET, np.uint8)] = np.arange(85, dtype=np.uint8)
ENCODINGS = {"base64": None, "b85": "b85"}


# --------------------------------------------------------------------------------------------------- text encodings
def encode_base85(data: bytes) -> str:
    """Base85 of ``data``: each 4 bytes (big-endian, zero-padded at the end) as 5 digits, most significant first; a
    final group of ``r`` bytes keeps its first ``r + 1`` digits (as Ascii85 does, without its ``z`` shortcut)."""
    pad = (-len(data)) % 4
    words = np.frombuffer(data + b"\0" * pad, dtype=">u4").astype(np.uint64)
    digits = np.empty((words.size, 5), dtype=np.uint8)
    for k in range(4, -1, -1):
        digits[:, k] = words % 85
        words //= 85
    text = np.frombuffer(BASE85_ALPHABET, np.uint8)[digits].tobytes()
    return text[: len(text) - pad].decode("ascii")


def decode_base85(text: str) -> bytes:
    """Inverse of :func:`encode_base85`; raises ``ValueError`` on a character outside the alphabet or a bad length."""
    raw = text.encode("ascii")
    if len(raw) % 5 == 1:
        raise ValueError(f"base85 text of length {len(raw)} cannot be decoded (a final group needs 2 to 5 digits)")
    pad = (-len(raw)) % 5
    values = _BASE85_VALUES[np.frombuffer(raw + BASE85_ALPHABET[-1:] * pad, np.uint8)]
    if (values == 255).any():
        bad = raw[int(np.argmax(values == 255))]
        raise ValueError(f"{chr(bad)!r} is not a base85 digit of this bundle")
    words = np.zeros(values.size // 5, dtype=np.uint64)
    for k in range(5):
        words = words * 85 + values[k::5]
    if (words > 0xFFFFFFFF).any():
        raise ValueError("base85 group out of range")
    out = words.astype(">u4").tobytes()
    return out[: len(out) - pad]


def data_script(key: str, payload: Mapping[str, Any], encoding: str = "base64") -> str:
    """A data file: one call handing the msgpack of ``payload`` to the viewer's global receiver as text.

    Args:
        key: what the viewer waits for (a site-relative path, or ``"manifest"``); written so it holds no markup.
        payload: a map of plain values; ``bytes`` become msgpack ``bin``.
        encoding: ``"base64"`` or ``"b85"``.

    Raises:
        ValueError: for another ``encoding``.
    """
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding={encoding!r} is not allowed; choose one of {sorted(ENCODINGS)}.")
    packed = msgpack.packb(payload, use_bin_type=True)
    quoted = json.dumps(key).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")  # markup-free
    if encoding == "b85":
        return f'{RECEIVER}({quoted}, "{encode_base85(packed)}", "b85");\n'
    return f"{RECEIVER}({quoted}, \"{base64.b64encode(packed).decode('ascii')}\");\n"


_DATA_FILE = re.compile(r'latentrisReceive\(("(?:[^"\\]|\\.)*"), "([^"]*)"(?:, "(b85)")?\);\n')


def read_data_file(text: str) -> tuple[str, dict[str, Any]]:
    """Read a data file back: its key and decoded payload (as the viewer's data module does).

    Raises:
        ValueError: when ``text`` is not exactly one receiver call.
    """
    match = _DATA_FILE.fullmatch(text)
    if match is None:
        raise ValueError(f"not a Latentris data file: {text[:80]!r}")
    raw = decode_base85(match.group(2)) if match.group(3) else base64.b64decode(match.group(2), validate=True)
    return json.loads(match.group(1)), msgpack.unpackb(raw, raw=False)


# --------------------------------------------------------------------------------------------------- positions
def quantize(series: Sequence[np.ndarray], bits: int = 16) -> tuple[np.ndarray, list[float], list[float]]:
    """Quantise positions of all snapshots to ``bits``-bit integers against one shared bounding box.

    Returns ``(q, bbox_min, bbox_max)`` with ``q`` uint16 of shape ``(S, N, dims)``, at most ``2**bits - 1``.
    """
    qmax = (1 << bits) - 1
    stacked = np.stack([np.asarray(s, dtype=np.float64) for s in series])
    lo = stacked.min(axis=(0, 1))
    hi = stacked.max(axis=(0, 1))
    extent = np.where(hi > lo, hi - lo, 1.0)
    q = np.rint((stacked - lo) / extent * qmax).astype("<u2")
    return q, lo.tolist(), (lo + extent).tolist()


def dequantize(q: np.ndarray, bbox_min: Sequence[float], bbox_max: Sequence[float], bits: int = 16) -> np.ndarray:
    """Positions from quantised values: ``bbox_min + q / (2**bits - 1) × (bbox_max − bbox_min)``."""
    lo, hi = np.asarray(bbox_min), np.asarray(bbox_max)
    return lo + q.astype(np.float64) / ((1 << bits) - 1) * (hi - lo)


def pack_bits(values: np.ndarray, bits: int) -> bytes:
    """Flat unsigned values as bytes: 16 bits little-endian, or 12 bits two per 3 bytes (``b0 = v0 & 0xff``,
    ``b1 = v0 >> 8 | (v1 & 0xf) << 4``, ``b2 = v1 >> 4``; an odd count is padded with one zero value)."""
    flat = np.ascontiguousarray(values, dtype=np.uint16).ravel()
    if bits == 16:
        return flat.astype("<u2").tobytes()
    if bits != 12:
        raise ValueError(f"bits={bits} is not allowed; choose one of {ALLOWED_POSITION_BITS}.")
    if flat.size and int(flat.max()) > 0xFFF:
        raise ValueError("a value does not fit in 12 bits")
    if flat.size % 2:
        flat = np.append(flat, np.uint16(0))
    v0, v1 = flat[0::2], flat[1::2]
    out = np.empty((v0.size, 3), dtype=np.uint8)
    out[:, 0] = v0 & 0xFF
    out[:, 1] = (v0 >> 8) | ((v1 & 0xF) << 4)
    out[:, 2] = v1 >> 4
    return out.tobytes()


def unpack_bits(data: bytes, count: int, bits: int) -> np.ndarray:
    """Inverse of :func:`pack_bits`: ``count`` values as uint16."""
    if bits == 16:
        values = np.frombuffer(data, dtype="<u2")
    elif bits == 12:
        triples = np.frombuffer(data, dtype=np.uint8).reshape(-1, 3).astype(np.uint16)
        values = np.empty(triples.shape[0] * 2, dtype=np.uint16)
        values[0::2] = triples[:, 0] | ((triples[:, 1] & 0xF) << 8)
        values[1::2] = (triples[:, 1] >> 4) | (triples[:, 2] << 4)
    else:
        raise ValueError(f"bits={bits} is not allowed; choose one of {ALLOWED_POSITION_BITS}.")
    if values.size < count:
        raise ValueError(f"{len(data)} bytes hold {values.size} values of {bits} bits, not {count}")
    return values[:count]


def snapshots_per_block(n_samples: int, dims: int = 3, bits: int = POSITION_BITS) -> int:
    """How many snapshots one position block holds: as many as fit in :data:`BLOCK_TARGET_BYTES`, at least one."""
    per_snapshot = max(1, n_samples * dims * bits // 8)
    return max(1, BLOCK_TARGET_BYTES // per_snapshot)


def chunk_path(method: str, layer_index: int, block: int) -> str:
    """Path of position block ``block`` of (``method``, ``layer_index``) in a site."""
    return f"data/{method}-{layer_index}-{block}.js"


def block_paths(method: str, layer_index: int, n_snapshots: int, per_block: int) -> list[str]:
    """Paths of all position blocks of (``method``, ``layer_index``), in snapshot order."""
    return [chunk_path(method, layer_index, b) for b in range(-(-n_snapshots // per_block))]


def positions_manifest(
    methods: Sequence[Mapping[str, Any]], n_layers: int, n_snapshots: int, n_samples: int, bits: int = POSITION_BITS
) -> dict[str, Any]:
    """The manifest keys that say where the positions are: ``position_bits``, ``snapshots_per_block`` and
    ``chunks`` (block paths per method and layer; a method entry's ``slug``, if any, names its files)."""
    per_block = snapshots_per_block(n_samples, 3, bits)
    return {
        "position_bits": bits,
        "snapshots_per_block": per_block,
        "chunks": {
            m["name"]: [block_paths(m.get("slug", m["name"]), i, n_snapshots, per_block) for i in range(n_layers)]
            for m in methods
        },
    }


def build_chunk_blocks(
    method: str,
    layer_index: int,
    embeddings: Sequence[np.ndarray],
    valid: Sequence[np.ndarray] | None = None,
    *,
    per_block: int,
    bits: int = POSITION_BITS,
) -> list[dict[str, Any]]:
    """The position blocks of one (method, layer): snapshots ``[b × per_block, (b + 1) × per_block)`` each, all
    quantised against one bounding box over every snapshot.

    ``valid`` (per snapshot, boolean ``(N,)``) marks positions computed from finite activations; when any is False,
    each block carries ``invalid`` (uint8 ``count × N``, 1 = held position).
    """
    if bits not in ALLOWED_POSITION_BITS:
        raise ValueError(f"position_bits={bits} is not allowed; choose one of {ALLOWED_POSITION_BITS}.")
    if per_block < 1:
        raise ValueError(f"per_block={per_block} must be at least 1")
    q, lo, hi = quantize(embeddings, bits)
    n_snapshots, n_samples, dims = q.shape
    invalid = None
    if valid is not None and not all(np.all(v) for v in valid):
        invalid = ~np.stack([np.asarray(v, dtype=bool) for v in valid])
    blocks = []
    for b, start in enumerate(range(0, n_snapshots, per_block)):
        stop = min(start + per_block, n_snapshots)
        block = {
            "method": method,
            "layer": layer_index,
            "block": b,
            "snapshot_start": start,
            "snapshot_count": stop - start,
            "n_snapshots": int(n_snapshots),
            "n_samples": int(n_samples),
            "dims": int(dims),
            "bits": bits,
            "bbox_min": lo,
            "bbox_max": hi,
            "positions": pack_bits(q[start:stop], bits),
        }
        if invalid is not None:
            block["invalid"] = invalid[start:stop].astype(np.uint8).tobytes()
        blocks.append(block)
    return blocks


def position_files(
    method: str,
    layer_index: int,
    embeddings: Sequence[np.ndarray],
    valid: Sequence[np.ndarray] | None = None,
    *,
    per_block: int,
    bits: int = POSITION_BITS,
    stem: str | None = None,
) -> dict[str, str]:
    """The data files of one (method, layer)'s position blocks, by path (base85 text); ``stem`` names the files
    (default: the method; a variant's slug keeps its name out of file names)."""
    files = {}
    for block in build_chunk_blocks(method, layer_index, embeddings, valid, per_block=per_block, bits=bits):
        path = chunk_path(stem or method, layer_index, block["block"])
        files[path] = data_script(path, block, encoding="b85")
    return files


def read_positions(
    site: str | Path | Mapping[str, str], method: str, layer_index: int
) -> tuple[np.ndarray, np.ndarray | None, list[float], list[float]]:
    """Positions of one (method, layer) read back from an exported site (its folder, or its files by relative path
    as :func:`latentris_lightning.site.build.build_site_files` returns them).

    Returns ``(positions, invalid, bbox_min, bbox_max)``: float64 ``(S, N, dims)`` dequantised positions, the
    boolean ``(S, N)`` held-position mask (``None`` when every position was computed), and the bounding box.
    """
    if isinstance(site, Mapping):
        text = site.__getitem__
    else:
        folder = Path(site)

        def text(relative: str) -> str:
            return (folder / relative).read_text(encoding="utf-8")

    _, manifest = read_data_file(text(MANIFEST_PATH))
    paths = manifest["chunks"][method][layer_index]
    parts, masks = [], []
    for path in paths:
        _, block = read_data_file(text(path))
        shape = (block["snapshot_count"], block["n_samples"], block["dims"])
        q = unpack_bits(block["positions"], int(np.prod(shape)), block["bits"]).reshape(shape)
        parts.append(dequantize(q, block["bbox_min"], block["bbox_max"], block["bits"]))
        if "invalid" in block:
            masks.append(np.frombuffer(block["invalid"], np.uint8).reshape(shape[:2]).astype(bool))
    positions = np.concatenate(parts)
    invalid = np.concatenate(masks) if masks else None
    return positions, invalid, block["bbox_min"], block["bbox_max"]
