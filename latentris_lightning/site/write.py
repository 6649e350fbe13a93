"""Writes a site folder, all or nothing (staging folder, then a rename).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from latentris_lightning.errors import DiskFullError
from latentris_lightning.site import assets
from latentris_lightning.site.bundle import MANIFEST_PATH
from latentris_lightning.store.atomic import atomic_write, raise_if_full


# --------------------------------------------------------------------------------------------------- writing
def is_site(path: Path) -> bool:
    return (path / MANIFEST_PATH).is_file() and (path / "index.html").is_file()


def check_site_folder(out: Path) -> None:
    """Refuse to write a site over a folder that holds something else (missing, empty or a Latentris site is fine).

    Raises:
        FileExistsError: naming the folder.
    """
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not is_site(out))):
        raise FileExistsError(
            f"{out} exists and is not a Latentris site; refusing to overwrite it. Choose an empty or new folder."
        )


def _stale_siblings(out: Path) -> list[Path]:
    """Staging and retired folders of ``out`` left by an export that was killed (its process no longer runs)."""
    stale = []
    for sibling in out.parent.glob(f".{out.name}.*-*"):
        match = re.fullmatch(rf"\.{re.escape(out.name)}\.(building|old)-(\d+)-.*", sibling.name)
        if match and sibling.is_dir() and not _process_alive(int(match.group(2))):
            stale.append(sibling)
    return stale


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_site(
    files: Mapping[str, str], out_dir: str | os.PathLike, *, on_file: Callable[[str], None] | None = None
) -> Path:
    """Write ``files`` and the viewer assets into ``out_dir``, all or nothing.

    The site is assembled in a temporary sibling folder and moved into place, so a failure leaves any previous site
    untouched. An existing ``out_dir`` is replaced only if it is empty or an earlier Latentris site. Leftovers of an
    export that was killed (hidden ``.<name>.building-<pid>-*`` / ``.<name>.old-<pid>-*`` folders of a process that no
    longer runs) are removed; if one was killed between retiring the old site and moving the new one in, the old site
    is put back first. No path in ``files`` may point outside the site; a full disk raises
    :class:`~latentris_lightning.errors.DiskFullError` naming the file. ``on_file`` is called with each file's
    relative path once it is written (progress).
    """
    out = Path(out_dir).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in _stale_siblings(out):
        if not out.exists() and ".old-" in stale.name and is_site(stale / "site"):
            os.replace(stale / "site", out)  # killed between the two renames below: the old site comes back
        shutil.rmtree(stale, ignore_errors=True)
    check_site_folder(out)
    staging = None
    target = out
    try:
        staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.building-{os.getpid()}-"))
        source = assets.site_assets_dir()
        for folder in assets.SITE_ASSET_FOLDERS:
            target = staging / "assets" / folder
            shutil.copytree(source / folder, target)
        for relative, content in files.items():
            target = (staging / relative).resolve()
            if staging.resolve() not in target.parents:
                raise ValueError(f"refusing to write {relative!r}: it points outside the site folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
            if on_file is not None:
                on_file(relative)
        target = out
        if out.exists():
            retired = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-{os.getpid()}-"))
            os.replace(out, retired / "site")
            os.replace(staging, out)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, out)
    except BaseException as err:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if isinstance(err, shutil.Error):  # copytree gathers its failures: report the first
            first = err.args[0][0] if err.args and err.args[0] else None
            if first is not None and isinstance(first[2], str) and "No space left" in first[2]:
                raise DiskFullError(f"cannot write {first[1]}: {first[2]}. Free some space and export again.") from err
        if isinstance(err, OSError):
            raise_if_full(err, Path(getattr(err, "filename", None) or target))
        raise
    return out


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def write_site_incremental(files: Mapping[str, str], out_dir: str | os.PathLike) -> list[str]:
    """Bring the site in ``out_dir`` up to ``files`` (as :func:`~latentris_lightning.site.build.build_site_files` gives
    them), touching only files whose content differs; returns the relative paths written or removed.

    The assets are copied when missing or different, the data files next, ``data/manifest.js`` last; data files the
    new site no longer has are removed after that. ``out_dir`` must be missing, empty or a Latentris site.
    """
    out = Path(out_dir).resolve()
    check_site_folder(out)
    changed: list[str] = []
    source = assets.site_assets_dir()
    for folder in assets.SITE_ASSET_FOLDERS:
        for file in sorted(p for p in (source / folder).rglob("*") if p.is_file()):
            relative = f"assets/{file.relative_to(source).as_posix()}"
            data = file.read_bytes()
            if not _same(out / relative, data):
                atomic_write(out / relative, data)
                changed.append(relative)
    ordered = sorted(files, key=lambda p: (p == MANIFEST_PATH, p == "index.html", p))
    for relative in ordered:
        target = (out / relative).resolve()
        if out not in target.parents:
            raise ValueError(f"refusing to write {relative!r}: it points outside the site folder")
        data = files[relative].encode("utf-8")
        if not _same(target, data):
            atomic_write(target, data)
            changed.append(relative)
    data_dir = out / "data"
    for stale in sorted(data_dir.glob("*.js")) if data_dir.is_dir() else []:
        relative = f"data/{stale.name}"
        if relative not in files:
            stale.unlink(missing_ok=True)
            changed.append(relative)
    return changed
