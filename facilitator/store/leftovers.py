"""Files we write under a temporary name first: their names, and sweeping up after a killed process.

A file appears under its final name only once it is complete (written, fsynced, renamed). A
process killed halfway leaves its ``.partial`` behind; the next open or write of that session
removes the ones whose process is gone.
"""

import os
import re
import sqlite3
import time
from pathlib import Path

from .scratch import fsync_file, fsync_folder

_PARTIAL = re.compile(r"(?:format\d+\.bak\.)?(\d+)\.partial(?:-wal|-shm|-journal)?")
_WINDOWS_AGE = 3600.0  # without a cheap "is this process alive?", an hour-old partial is abandoned


def partial_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def _abandoned(pid: int, path: Path) -> bool:
    if pid == os.getpid():
        return False
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False  # alive, someone else's
        return False
    try:
        return time.time() - path.stat().st_mtime > _WINDOWS_AGE
    except OSError:
        return False


def sweep_partials(target: Path) -> None:
    """Remove temporary files of ours for ``target`` left by a process that no longer runs."""
    prefix = f".{target.name}."
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        match = _PARTIAL.fullmatch(entry.name[len(prefix):])
        if match and _abandoned(int(match.group(1)), Path(entry.path)):
            try:
                os.unlink(entry.path)
            except OSError:
                pass  # a read-only folder: nothing to tidy there


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # e.g. a read-only disk: there is nothing to clean up there anyway


def write_backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A copy of the open file as ``<name>.format<version>.bak``, complete or not there at all."""
    final = path.with_name(f"{path.name}.format{version}.bak")
    tmp = partial_name(final)
    try:
        target = sqlite3.connect(tmp)
        try:
            conn.backup(target)
        finally:
            target.close()
        fsync_file(tmp)
        os.replace(tmp, final)
        fsync_folder(path.parent)
    finally:
        remove_quietly(tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm"))
    return final
