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


def reseal(conn: sqlite3.Connection) -> None:
    """Give every record a matching checksum again, as a program writing bad data would."""
    rows = conn.execute("SELECT part, key, body FROM record").fetchall()
    conn.executemany("UPDATE record SET checksum = ? WHERE part = ? AND key = ?",
                     [(record_checksum(part, key, body), part, key) for part, key, body in rows])
