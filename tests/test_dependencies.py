"""Every third-party package the library imports is declared in pyproject.toml (directly, or by an extra's package)."""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _imported_modules() -> dict[str, tuple[str, bool]]:
    """top-level module -> (first file importing it, whether any import of it sits at module level)."""
    found: dict[str, tuple[str, bool]] = {}
    for path in sorted((ROOT / "latentris_lightning").rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        top_level = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                root = name.split(".")[0]
                eager = id(node) in top_level
                where, was_eager = found.get(root, (str(path.relative_to(ROOT)), False))
                found[root] = (where, was_eager or eager)
    return found


def _requires(dist: str) -> list[str]:
    try:
        return metadata.requires(dist) or []
    except metadata.PackageNotFoundError:  # an extra not installed here (e.g. the benchmarks' mnist1d)
        return []


def test_every_imported_package_is_declared():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    required = {_name(r) for r in project["dependencies"]}
    extras = {_name(r) for reqs in project["optional-dependencies"].values() for r in reqs}
    # what a declared extra's package brings along (umap-learn brings numba)
    brought = {_name(r) for dist in extras for r in _requires(dist) if "extra ==" not in r}
    distributions = metadata.packages_distributions()
    imported = _imported_modules()
    assert {"torch", "numpy", "tqdm", "scipy"} <= set(imported), sorted(imported)  # the scan sees imports at all
    problems = []
    for module, (where, eager) in sorted(imported.items()):
        if module in sys.stdlib_module_names or module in ("latentris_lightning", "__future__"):
            continue
        dists = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        if eager and not dists & required:
            problems.append(f"{module} ({where}) is imported at module level but not in [project] dependencies")
        elif not dists & (required | extras | brought):
            problems.append(f"{module} ({where}) is imported but declared nowhere")
    assert not problems, "\n".join(problems)
