"""The package's layout holds: the top-level package imports nothing heavy, and no stage reaches back into it.

The one-way imports between the stages are checked by import-linter (``[tool.importlinter]`` in pyproject.toml,
run by ``make lint``); these tests cover what it cannot express."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "latentris_lightning"


def _modules_imported_by(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True, timeout=120)
    return set(out.stdout.split())


def test_importing_the_package_does_not_import_torch():
    modules = _modules_imported_by("import latentris_lightning")
    assert "latentris_lightning" in modules
    assert not {"torch", "lightning", "sklearn"} & modules


def test_serve_help_does_not_import_torch():
    modules = _modules_imported_by(
        "import sys\nfrom latentris_lightning.cli import main\nsys.argv = ['latentris', 'serve', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert "latentris_lightning.cli" in modules
    assert "torch" not in modules


def test_public_names_resolve_lazily():
    import latentris_lightning

    for name in latentris_lightning.__all__:
        assert getattr(latentris_lightning, name) is not None, name
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        latentris_lightning.nope  # noqa: B018


@pytest.mark.parametrize("path",
                         sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_the_top_level_package(path):
    """``from latentris_lightning import …`` inside the package would load every stage through ``__init__``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = [node.lineno for node in ast.walk(tree)
           if (isinstance(node, ast.ImportFrom) and node.module == "latentris_lightning" and node.level == 0)
           or (isinstance(node, ast.Import) and any(a.name == "latentris_lightning" for a in node.names))]
    assert bad == [], f"{path.name} imports the top-level package at lines {bad}"
