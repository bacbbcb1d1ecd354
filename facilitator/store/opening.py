"""Connecting to a session file and reading it: the steps every way of opening shares."""

import os
import sqlite3
from pathlib import Path

from ..model.session import Session
from . import schema
from .checksum import record_checksum
from .damage import damage_report
from .errors import SessionFileError, is_locked
from .in_use import in_use_error
from .leftovers import write_backup
from .rows import assemble, read_rows
from .sniff import check_version
from .validate import validated


def refuse_unwritable(path: Path) -> None:
    name = path.name
    if not os.access(path, os.W_OK):
        raise SessionFileError(f"{name} is read-only. Open it read-only, or copy it to a folder you can write to.")
    if not os.access(path.parent, os.W_OK):
        raise SessionFileError(
            f"The folder of {name} is read-only, so changes could not be saved. "
            "Copy the file to a folder you can write to."
        )


def _sqlite(uri: str, name: str) -> sqlite3.Connection:
    try:
        return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0.25, check_same_thread=False)
    except sqlite3.Error as exc:
        raise SessionFileError(f"{name} cannot be opened: {exc}.") from None


def connect_exclusive(path: Path) -> sqlite3.Connection:
    """Read-write, holding the file for as long as the connection is open.

    A second instance gets "locked", and the operating system drops the lock by itself if this
    process dies. Exclusive mode also keeps SQLite's WAL index in memory: no -shm file.
    """
    conn = _sqlite(path.resolve().as_uri() + "?mode=rw", path.name)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.close()
        if is_locked(exc):
            raise in_use_error(path.name) from None
        raise damaged(path.name, exc) from None
    return conn


def connect_immutable(path: Path) -> sqlite3.Connection:
    """Read-only media: nobody can change the file there, and SQLite cannot make its WAL index."""
    conn = _sqlite(path.resolve().as_uri() + "?mode=ro&immutable=1", path.name)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        raise damaged(path.name, exc) from None
    return conn


def checked_version(conn: sqlite3.Connection, path: Path, thorough: bool = False) -> int:
    check = "PRAGMA integrity_check(1)" if thorough else "PRAGMA quick_check(1)"
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        (integrity,) = conn.execute(check).fetchone()
    except sqlite3.Error as exc:
        raise damaged(path.name, exc) from None
    if app_id != schema.APPLICATION_ID:
        raise SessionFileError(f"{path.name} is a database from another program, not a Facilitator session.")
    check_version(path.name, version)
    if integrity != "ok":
        raise SessionFileError(f"{path.name} is damaged and cannot be read safely{_salvageable(conn)}. "
                               "Restore it from a backup copy.")
    return version


def _salvageable(conn: sqlite3.Connection) -> str:
    """How much a structurally damaged file still yields, for the message (nothing is trusted from it)."""
    intact = 0
    try:
        for part, key, body, stored in conn.execute("SELECT part, key, body, checksum FROM record"):
            if isinstance(body, str) and record_checksum(str(part), str(key), body) == stored:
                intact += 1
    except sqlite3.Error:
        pass  # read up to the damage
    if not intact:
        return ""
    return f" ({intact:,} records could still be read intact, the rest is lost or unreachable)"


def load(conn: sqlite3.Connection, path: Path) -> Session:
    """The session, every record's checksum verified; damage is named, never loaded."""
    try:
        stored = read_rows(conn)
    except sqlite3.Error as exc:
        raise damaged(path.name, exc) from None
    if stored.damaged:
        raise SessionFileError(damage_report(path.name, stored))
    return validated(path.name, lambda: Session.model_validate_json(assemble(stored.intact)))


def check_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Upgrade a copy of an older file in memory and load it: the real file is changed only if it opens."""
    copy = sqlite3.connect(":memory:", isolation_level=None)
    try:
        try:
            conn.backup(copy)
            copy.execute("BEGIN")
            schema.migrate(copy, version)
            copy.execute("COMMIT")
        except sqlite3.Error as exc:
            raise SessionFileError(
                f"{path.name} could not be upgraded to the current format: {exc}. It was not changed."
            ) from None
        load(copy, path)
    finally:
        copy.close()


def upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse a file that would not open once upgraded; else keep a copy as it was, then migrate
    in one transaction."""
    check_upgrade(conn, path, version)
    try:
        write_backup(conn, path, version)
        conn.execute("BEGIN")
        schema.migrate(conn, version)
        conn.execute("COMMIT")
    except (sqlite3.Error, OSError) as exc:
        rollback(conn)
        raise SessionFileError(
            f"{path.name} could not be upgraded to the current format: {exc}. It was not changed."
        ) from None


def read_copy(path: Path) -> Session:
    """Open a private copy (``path`` and any -wal beside it) the way the app would, thoroughly."""
    conn = connect_exclusive(path)
    try:
        version = checked_version(conn, path, thorough=True)
        if version < schema.CURRENT_VERSION:
            upgrade(conn, path, version)
        return load(conn, path)
    finally:
        conn.close()


def rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # the transaction is gone either way; the file keeps its last committed state


def damaged(name: str, exc: sqlite3.Error) -> SessionFileError:
    text = str(exc)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return SessionFileError(f"{name} is damaged and cannot be read. Restore it from a backup copy.")
    if "disk i/o" in text or "unable to open" in text:
        return SessionFileError(
            f"{name} cannot be opened: the disk could not be read or written (is it full, or removed?)."
        )
    return SessionFileError(f"{name} cannot be opened: {text}.")
