"""Reading session files back the way a user's next launch would."""

import hashlib
import sqlite3
from pathlib import Path

from facilitator.store import SessionFile
from facilitator.store.checksum import record_checksum


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


def reseal(conn: sqlite3.Connection) -> None:
    """Give every record a matching checksum again, as a program writing bad data would."""
    rows = conn.execute("SELECT part, key, body FROM record").fetchall()
    conn.executemany("UPDATE record SET checksum = ? WHERE part = ? AND key = ?",
                     [(record_checksum(part, key, body), part, key) for part, key, body in rows])
