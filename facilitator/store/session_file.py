"""The session file: SQLite as an application file format, one file per workshop.

Every operation is committed in its own transaction the moment it is applied (WAL,
synchronous=FULL: survives a killed process and a dying battery). While a session is open, its
file is locked exclusively, so a second running instance is refused instead of sharing it.
"""

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..model.session import Session
from . import schema
from .checksum import record_checksum
from .damage import damage_report
from .errors import SessionFileError, SessionInUseError, is_locked, write_error
from .rows import all_rows, assemble, changed_rows, read_rows
from .sniff import check_version, read_header
from .validate import validated

if TYPE_CHECKING:  # the operations package is large; reading a file does not need it
    from ..model.operations import Touched

SUFFIX = ".session"
_UPSERT = ("INSERT INTO record(part, key, body, checksum) VALUES (?, ?, ?, ?)"
           " ON CONFLICT(part, key) DO UPDATE SET body = excluded.body, checksum = excluded.checksum")
_DELETE = "DELETE FROM record WHERE part = ? AND key = ?"


class SessionFile:
    """An open session file. Use ``open`` or ``create``; pass it to SessionDocument as journal."""

    def __init__(self, path: Path, conn: sqlite3.Connection, session: Session, readonly: bool) -> None:
        self.path = path
        self.session = session
        self.readonly = readonly
        self._conn: sqlite3.Connection | None = conn

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, readonly: bool = False) -> "SessionFile":
        path = Path(path)
        read_header(path)  # refuses foreign, empty and newer files untouched
        conn = _connect(path, readonly)
        try:
            version = _checked_version(conn, path)
            if version < schema.CURRENT_VERSION:
                if readonly:
                    raise SessionFileError(
                        f"{path.name} uses an older file format ({version}); open it normally once to upgrade it."
                    )
                _check_upgrade(conn, path, version)  # refuse a damaged file before changing it
                _upgrade(conn, path, version)
            session = _load(conn, path)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, session, readonly)

    @classmethod
    def create(cls, path: str | os.PathLike, session: Session, overwrite: bool = False) -> "SessionFile":
        """Write ``session`` as a new file; the file appears complete or not at all."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise SessionFileError(f"{path} already exists; choose another name.")
        if not path.parent.is_dir():
            raise SessionFileError(f"The folder {path.parent} does not exist.")
        if not os.access(path.parent, os.W_OK):
            raise SessionFileError(f"Cannot create {path.name}: the folder {path.parent} is not writable.")
        tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
        try:
            _write_new(tmp, session)
            if overwrite:
                os.replace(tmp, path)
            else:
                _link_no_clobber(tmp, path)
        except sqlite3.Error as exc:
            raise _create_error(path, exc) from None
        except OSError as exc:
            raise _create_error(path, exc) from None
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    pass  # e.g. a read-only disk: there is nothing to clean up there anyway
        return cls.open(path)

    # -- writing -------------------------------------------------------------------------------

    def write(self, session: Session, touched: "Touched") -> None:
        """Persist the touched parts of ``session`` in one transaction (the Journal protocol)."""
        if self.readonly:
            raise SessionFileError(f"{self.path.name} is open read-only; changes cannot be saved.")
        conn = self._require_open()
        upserts, deletes = changed_rows(session, touched)
        try:
            conn.execute("BEGIN")
            if upserts:
                conn.executemany(_UPSERT, upserts)
            if deletes:
                conn.executemany(_DELETE, deletes)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            _rollback(conn)
            raise write_error(self.path, exc) from None

    def save_copy(self, target: str | os.PathLike, overwrite: bool = False) -> Path:
        """Write a complete, consistent copy of this session to ``target`` (this file stays open)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise SessionFileError("A copy needs another name than the session itself.")
        if target.exists() and not overwrite:
            raise SessionFileError(f"{target} already exists; choose another name.")
        if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
            raise SessionFileError(f"Cannot write the copy: the folder {target.parent} is not writable.")
        tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            copy = sqlite3.connect(tmp)
            try:
                self._require_open().backup(copy)
                copy.execute("PRAGMA journal_mode = WAL")
            finally:
                copy.close()
            if overwrite:
                os.replace(tmp, target)
            else:
                _link_no_clobber(tmp, target)
        except (sqlite3.Error, OSError) as exc:
            raise _create_error(target, exc) from None
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    pass
        return target

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "SessionFile":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _require_open(self) -> sqlite3.Connection:
        if self._conn is None:
            raise SessionFileError(f"{self.path.name} has been closed.")
        return self._conn

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for benchmarks and fault-injection tests."""
        return self._require_open()


# -- helpers -----------------------------------------------------------------------------------

def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    name = path.name
    if not readonly and not os.access(path, os.W_OK):
        raise SessionFileError(f"{name} is read-only. Open it read-only, or copy it to a folder you can write to.")
    if not readonly and not os.access(path.parent, os.W_OK):
        raise SessionFileError(
            f"The folder of {name} is read-only, so changes could not be saved. "
            "Copy the file to a folder you can write to."
        )
    query = "?mode=rw"
    if readonly:
        query = "?mode=ro"
        if not os.access(path.parent, os.W_OK):
            # On read-only media SQLite cannot make its WAL index; nobody can change the file
            # there, so reading it as immutable is safe unless un-merged changes sit beside it.
            wal = path.with_name(path.name + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise SessionFileError(
                    f"{name} has changes kept in {wal.name} on a read-only disk; "
                    "copy both files to a writable folder and open it there."
                )
            query = "?mode=ro&immutable=1"
    uri = path.resolve().as_uri() + query
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0.25, check_same_thread=False)
    except sqlite3.Error as exc:
        raise SessionFileError(f"{name} cannot be opened: {exc}.") from None
    try:
        if not readonly:
            # Hold the file for as long as it is open: a second instance gets "locked", and the
            # operating system drops the lock by itself if this process dies.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        else:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.close()
        if is_locked(exc):
            raise SessionInUseError(
                f"{name} is open in another Facilitator window. Close it there, or open a copy of the file."
            ) from None
        raise _damaged(name, exc) from None
    return conn


def _checked_version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        (integrity,) = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.Error as exc:
        raise _damaged(path.name, exc) from None
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


def _load(conn: sqlite3.Connection, path: Path) -> Session:
    try:
        stored = read_rows(conn)
    except sqlite3.Error as exc:
        raise _damaged(path.name, exc) from None
    if stored.damaged:
        raise SessionFileError(damage_report(path.name, stored))
    return validated(path.name, lambda: Session.model_validate_json(assemble(stored.intact)))


def _check_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
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
        _load(copy, path)
    finally:
        copy.close()


def _upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Keep a copy of the file as it was, then migrate in one transaction."""
    backup = path.with_name(f"{path.name}.format{version}.bak")
    try:
        target = sqlite3.connect(backup)
        try:
            conn.backup(target)
        finally:
            target.close()
        conn.execute("BEGIN")
        schema.migrate(conn, version)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise SessionFileError(
            f"{path.name} could not be upgraded to the current format: {exc}. It was not changed."
        ) from None


def _write_new(tmp: Path, session: Session) -> None:
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.execute("BEGIN")
        schema.migrate(conn, 0)
        conn.executemany(_UPSERT, all_rows(session))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _link_no_clobber(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # atomic and never replaces a file that appeared meanwhile
    except FileExistsError:
        raise SessionFileError(f"{path} already exists; choose another name.") from None
    except OSError:
        if path.exists():  # file systems without hard links (FAT on a USB stick)
            raise SessionFileError(f"{path} already exists; choose another name.") from None
        os.replace(tmp, path)


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # the transaction is gone either way; the file keeps its last committed state


def _damaged(name: str, exc: sqlite3.Error) -> SessionFileError:
    text = str(exc)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return SessionFileError(f"{name} is damaged and cannot be read. Restore it from a backup copy.")
    if "disk i/o" in text or "unable to open" in text:
        return SessionFileError(
            f"{name} cannot be opened: the disk could not be read or written (is it full, or removed?)."
        )
    return SessionFileError(f"{name} cannot be opened: {text}.")


def _create_error(path: Path, exc: BaseException) -> SessionFileError:
    text = str(exc).lower()
    if isinstance(exc, PermissionError) or "readonly" in text or "unable to open" in text:
        return SessionFileError(f"Cannot create {path.name}: the folder {path.parent} is not writable.")
    if "full" in text or getattr(exc, "errno", None) == 28:
        return SessionFileError(f"Cannot create {path.name}: the disk is full.")
    return SessionFileError(f"Cannot create {path.name}: {exc}.")
