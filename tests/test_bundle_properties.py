"""Hypothesis: the bundle's packer and its unpacker agree on any payload, and quantisation stays within half a step."""

from __future__ import annotations

import base64
import json
import math
import re

import msgpack
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from latentris_lightning.export import QUANT_MAX, build_chunk, data_script, dequantize, quantize

def decode_data_file(text: str):
    """The unpacker: the one call's JSON key and base64 msgpack payload (as the viewer's data module reads them)."""
    match = re.fullmatch(r'latentrisReceive\(("(?:[^"\\]|\\.)*"), "([A-Za-z0-9+/=]*)"\);\n', text)
    assert match, text[:120]
    return json.loads(match.group(1)), msgpack.unpackb(base64.b64decode(match.group(2)), raw=False)


leaves = (st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.floats(allow_nan=False)
          | st.text() | st.binary(max_size=64))
payloads = st.dictionaries(
    st.text(), st.recursive(leaves, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(), c, max_size=4),
                            max_leaves=12),
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(key=st.text(), payload=payloads)
def test_data_files_round_trip_any_payload_and_key(key, payload):
    text = data_script(key, payload)
    assert text.count("\n") == 1 and "<" not in text and "\u2028" not in text, "a data file is one plain line"
    decoded_key, decoded = decode_data_file(text)
    assert decoded_key == key and decoded == payload


finite = st.floats(-1e6, 1e6, allow_nan=False, width=32)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_quantisation_round_trips_within_half_a_step(data):
    s, n = data.draw(st.integers(1, 4)), data.draw(st.integers(1, 20))
    series = data.draw(hnp.arrays(np.float32, (s, n, 3), elements=finite))
    q, lo, hi = quantize(list(series))
    assert q.dtype == np.dtype("<u2") and q.max() <= QUANT_MAX
    step = (np.asarray(hi) - np.asarray(lo)) / QUANT_MAX
    error = np.abs(dequantize(q, lo, hi) - series.astype(np.float64))
    assert np.all(error <= step / 2 + 1e-9 * np.maximum(1, np.abs(series)))
    chunk = build_chunk("pca", 0, list(series), [np.isfinite(m).all(axis=1) for m in series])
    assert "invalid" not in chunk and chunk["n_snapshots"] == s and all(math.isfinite(v) for v in chunk["bbox_max"])
    _, decoded = decode_data_file(data_script("data/pca-0.js", chunk))
    np.testing.assert_array_equal(np.frombuffer(decoded["positions"], "<u2").reshape(s, n, 3), q)
