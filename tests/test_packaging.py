"""The wheel carries the templates and viewer assets, and the package finds them both installed and editable."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_templates_and_site_assets(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    wheel = next(tmp_path.glob("latentris_lightning-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "latentris_lightning/templates/index.html.j2",
        "latentris_lightning/site_assets/vendor/latentris-vendor.js",
        "latentris_lightning/site_assets/js/main.js",
        "latentris_lightning/site_assets/css/viewer.css",
        "latentris_lightning/site/export.py",
        "latentris_lightning/capture/callback.py",
        "latentris_lightning/store/reader.py",
    }
    assert expected <= names, sorted(expected - names)
    assert not any("node_modules" in n for n in names)
    assert any(n.endswith("entry_points.txt") for n in names)


def test_assets_found_from_this_install():
    from latentris_lightning.site import assets

    assert (assets.templates_dir() / "index.html.j2").is_file()
    assert (assets.site_assets_dir() / "vendor" / "latentris-vendor.js").is_file()
