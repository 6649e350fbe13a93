"""Hypothesis: the bundle's packer and its unpacker agree on any payload, and quantisation stays within half a step."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest
from helpers import decode_data_file
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from latentris_lightning.site.bundle import (
    BASE85_ALPHABET,
    build_chunk_blocks,
    data_script,
    decode_base85,
    dequantize,
    encode_base85,
    pack_bits,
    quantize,
    unpack_bits,
)

leaves = (st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.floats(allow_nan=False)
          | st.text() | st.binary(max_size=64))
payloads = st.dictionaries(
    st.text(), st.recursive(leaves, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(), c, max_size=4),
                            max_leaves=12),
    max_size=6,
)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(key=st.text(), payload=payloads, encoding=st.sampled_from(["base64", "b85"]))
def test_data_files_round_trip_any_payload_and_key(key, payload, encoding):
    text = data_script(key, payload, encoding)
    assert text.count("\n") == 1 and "<" not in text and "\u2028" not in text, "a data file is one plain line"
    decoded_key, decoded = decode_data_file(text)
    assert decoded_key == key and decoded == payload


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=64))
def test_base85_round_trips_and_stays_in_its_alphabet(data):
    text = encode_base85(data)
    assert len(text) == math.ceil(len(data) * 5 / 4) and set(text.encode()) <= set(BASE85_ALPHABET)
    assert decode_base85(text) == data


def test_base85_alphabet_is_the_viewers_and_holds_no_quote_escape_or_markup():
    constants = (Path(__file__).parents[1] / "site_assets" / "js" / "constants.js").read_text()
    js = re.search(r'BASE85_ALPHABET: "([^"]*)"', constants).group(1)
    assert js.encode() == BASE85_ALPHABET and len(set(BASE85_ALPHABET)) == 85
    assert not set(BASE85_ALPHABET) & set(b"\"'\\<>&`")


def test_base85_rejects_foreign_characters_and_impossible_lengths():
    for bad, message in (("ab\"cd", "not a base85 digit"), ("abcdef", "cannot be decoded"), ("|||||", "out of range")):
        try:
            decode_base85(bad)
        except ValueError as err:
            assert message in str(err)
        else:
            raise AssertionError(f"{bad!r} decoded")


@settings(max_examples=200, deadline=None)
@given(bits=st.sampled_from([12, 16]), data=st.data())
def test_packed_bits_round_trip(bits, data):
    values = data.draw(hnp.arrays(np.uint16, st.integers(0, 40), elements=st.integers(0, (1 << bits) - 1)))
    packed = pack_bits(values, bits)
    assert len(packed) == (values.size * 2 if bits == 16 else math.ceil(values.size / 2) * 3)
    np.testing.assert_array_equal(unpack_bits(packed, values.size, bits), values)


finite = st.floats(-1e6, 1e6, allow_nan=False, width=32)


@settings(max_examples=100, deadline=None)
@given(data=st.data(), bits=st.sampled_from([12, 16]))
def test_quantisation_round_trips_within_half_a_step(data, bits):
    s, n = data.draw(st.integers(1, 4)), data.draw(st.integers(1, 20))
    series = data.draw(hnp.arrays(np.float32, (s, n, 3), elements=finite))
    q, lo, hi = quantize(list(series), bits)
    assert q.dtype == np.dtype("<u2") and q.max() <= (1 << bits) - 1
    step = (np.asarray(hi) - np.asarray(lo)) / ((1 << bits) - 1)
    error = np.abs(dequantize(q, lo, hi, bits) - series.astype(np.float64))
    assert np.all(error <= step / 2 + 1e-9 * np.maximum(1, np.abs(series)))
    per_block = data.draw(st.integers(1, 5))
    blocks = build_chunk_blocks("pca", 0, list(series), [np.isfinite(m).all(axis=1) for m in series],
                                per_block=per_block, bits=bits)
    assert len(blocks) == math.ceil(s / per_block)
    decoded = [decode_data_file(data_script(f"data/pca-0-{b['block']}.js", b, "b85"))[1] for b in blocks]
    assert all("invalid" not in b and b["n_snapshots"] == s and all(map(math.isfinite, b["bbox_max"])) for b in decoded)
    assert sum(b["snapshot_count"] for b in decoded) == s
    back = np.concatenate([
        unpack_bits(b["positions"], b["snapshot_count"] * n * 3, bits).reshape(-1, n, 3) for b in decoded])
    np.testing.assert_array_equal(back, q)
