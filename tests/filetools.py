"""Reading session files back the way a user's next launch would."""

import hashlib
from pathlib import Path

from facilitator.store import SessionFile


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reopen(path: Path):
    with SessionFile.open(path, readonly=True) as file:
        return file.session


def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in ``folder`` with its bytes' digest and mtime: what "left as it was" compares."""
    return {p.name: (digest(p), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


def crash_image(file: SessionFile, folder: Path) -> Path:
    """Copy an open session and its -wal as they are now: what a kill -9 at this moment leaves."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file.path.name
    target.write_bytes(file.path.read_bytes())
    wal = file.path.with_name(file.path.name + "-wal")
    (folder / wal.name).write_bytes(wal.read_bytes())
    return target
