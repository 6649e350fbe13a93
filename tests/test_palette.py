"""The viewer's class colours stay distinguishable for colour-blind readers.

The palette is parsed from site_assets/js/constants.js (the one the viewer uses). Colour-vision deficiencies are
simulated with the matrices of Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of
Color Vision Deficiency", IEEE TVCG 15(6), severity 1.0, applied to linear sRGB; distances are CIE76 (Euclidean in
CIELAB, D65)."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import numpy as np
import pytest

CONSTANTS = Path(__file__).resolve().parents[1] / "site_assets" / "js" / "constants.js"
MACHADO_2009 = {  # severity 1.0
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}
FIRST = 10        # the classes of most labelled data sets (digits, CIFAR-10, ...)
MIN_DELTA_E = 15  # CIE76 between any two of them, and between each and the background


def js_constant_list(name: str) -> list[str]:
    block = re.search(rf"\b{name}:\s*\[(.*?)\]", CONSTANTS.read_text(), re.S)
    assert block, f"{name} not found in {CONSTANTS}"
    return re.findall(r'"(#[0-9a-fA-F]{6})"', block.group(1))


def js_constant_string(name: str) -> str:
    m = re.search(rf'\b{name}:\s*"(#[0-9a-fA-F]{{6}})"', CONSTANTS.read_text())
    assert m, f"{name} not found in {CONSTANTS}"
    return m.group(1)


def linear_rgb(hex_colour: str) -> np.ndarray:
    c = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(rgb_linear: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ rgb_linear
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > (6 / 29) ** 3, np.cbrt(t), t / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def simulate(hex_colour: str, matrix) -> np.ndarray:
    return lab(np.clip(np.asarray(matrix) @ linear_rgb(hex_colour), 0.0, 1.0))


def closest_pair(colours: list[str], matrix) -> tuple[float, str, str]:
    labs = [simulate(c, matrix) for c in colours]
    return min((float(np.linalg.norm(labs[i] - labs[j])), colours[i], colours[j])
               for i, j in itertools.combinations(range(len(colours)), 2))


def test_palette_is_parsed():
    palette = js_constant_list("PALETTE")
    assert len(palette) == 20 and len(set(palette)) == 20


@pytest.mark.parametrize("vision", ["normal"] + list(MACHADO_2009))
def test_first_classes_stay_apart(vision):
    matrix = np.eye(3) if vision == "normal" else MACHADO_2009[vision]
    colours = js_constant_list("PALETTE")[:FIRST] + [js_constant_string("BACKGROUND")]
    distance, a, b = closest_pair(colours, matrix)
    assert distance >= MIN_DELTA_E, f"{vision}: {a} and {b} are only {distance:.1f} CIE76 apart"


def test_the_simulation_separates_what_it_should():
    """The check can fail: red and green, far apart in normal vision, merge for a deuteranope."""
    red, green = "#d62728", "#2ca02c"
    assert closest_pair([red, green], np.eye(3))[0] > 60
    assert closest_pair([red, green], MACHADO_2009["deuteranopia"])[0] < 0.5 * closest_pair([red, green], np.eye(3))[0]
