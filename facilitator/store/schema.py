"""The session file's table layout, its version, and the migrations between versions.

A file records its format in SQLite's ``user_version``; ``MIGRATIONS[n]`` upgrades a file from
version n to n+1 inside the caller's transaction. A new file is made by running every migration
from 0, so the upgrade path is exercised from day one. Never edit a released migration: add one.
"""

import json
import sqlite3
from collections.abc import Callable

from ..model.types import laptop_zone
from .checksum import record_checksum

APPLICATION_ID = int.from_bytes(b"FCLT", "big")  # marks the file as ours in the SQLite header
CURRENT_VERSION = 6


def _create_v1(conn: sqlite3.Connection) -> None:
    # One row per whole part (meta, participants, agenda, actions) with an empty key, and one row
    # per record of the keyed parts (notes, groups, artefacts). Bodies are the records' JSON.
    conn.execute(
        "CREATE TABLE record ("
        " part TEXT NOT NULL,"
        " key TEXT NOT NULL DEFAULT '',"
        " body TEXT NOT NULL,"
        " PRIMARY KEY (part, key)"
        ") WITHOUT ROWID"
    )


def _add_room_v2(conn: sqlite3.Connection) -> None:
    # Version 2 records where the session stands (the current module); defaults fill the rest.
    conn.execute("INSERT OR IGNORE INTO record(part, key, body) VALUES ('room', '', '{}')")


def _board_settings_v3(conn: sqlite3.Connection) -> None:
    # Version 3 adds per-module board settings (silent writing, dot budget) and when the session
    # started. Every new field has a default, so no data changes; the version bump makes older
    # apps refuse these files clearly instead of failing on unknown fields.
    return None


def _agreement_v4(conn: sqlite3.Connection) -> None:
    # Version 4 records the agreement (exclusions, review plan, signatures); an empty one to start.
    conn.execute("INSERT OR IGNORE INTO record(part, key, body) VALUES ('agreement', '', '{}')")


def _checksums_v5(conn: sqlite3.Connection) -> None:
    # Version 5 gives every record a CRC-32 of its part, key and body, checked whenever the file is
    # read: SQLite has no content checksums, so a flipped bit in a note's text would go unseen.
    conn.execute("ALTER TABLE record ADD COLUMN checksum INTEGER NOT NULL DEFAULT -1")
    rows = conn.execute("SELECT part, key, body FROM record").fetchall()
    conn.executemany("UPDATE record SET checksum = ? WHERE part = ? AND key = ?",
                     [(record_checksum(part, key, body), part, key) for part, key, body in rows])


def _time_zone_v6(conn: sqlite3.Connection) -> None:
    # Version 6 records the session's time zone (and participants' optional e-mail). Older files
    # meant the laptop's zone, which is what earlier versions used for the review invitation; the
    # zone is written now, once, so the file says the same on every laptop from here on.
    row = conn.execute("SELECT body FROM record WHERE part = 'meta' AND key = ''").fetchone()
    if row is None:
        return
    try:
        meta = json.loads(row[0])
    except ValueError:  # a damaged body: loading names it, the migration has nothing to add
        return
    if isinstance(meta, dict) and "time_zone" not in meta:
        meta["time_zone"] = laptop_zone()
        body = json.dumps(meta, ensure_ascii=False)
        conn.execute("UPDATE record SET body = ?, checksum = ? WHERE part = 'meta' AND key = ''",
                     (body, record_checksum("meta", "", body)))


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _create_v1,
    1: _add_room_v2,
    2: _board_settings_v3,
    3: _agreement_v4,
    4: _checksums_v5,
    5: _time_zone_v6,
}


def migrate(conn: sqlite3.Connection, from_version: int,
            migrations: dict[int, Callable[[sqlite3.Connection], None]] | None = None,
            to_version: int | None = None) -> int:
    """Run the migrations from ``from_version`` up to ``to_version``; returns the new version."""
    steps = MIGRATIONS if migrations is None else migrations
    to_version = CURRENT_VERSION if to_version is None else to_version
    version = from_version
    while version < to_version:
        steps[version](conn)
        version += 1
    conn.execute(f"PRAGMA user_version = {int(version)}")
    return version
