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
from .errors import SessionFileError, write_error
from .foreign_wal import ignored_notice, judge, set_aside, set_aside_notice
from .in_use import refuse_if_in_use, wal_of
from .leftovers import partial_name, remove_quietly, sweep_partials
from .opening import (
    checked_version,
    connect_exclusive,
    connect_immutable,
    load,
    refuse_unwritable,
    rollback,
    upgrade,
)
from .rows import all_rows, changed_rows
from .sniff import read_header

if TYPE_CHECKING:  # the operations package is large; reading a file does not need it
    from ..model.operations import Touched

SUFFIX = ".session"
_UPSERT = ("INSERT INTO record(part, key, body, checksum) VALUES (?, ?, ?, ?)"
           " ON CONFLICT(part, key) DO UPDATE SET body = excluded.body, checksum = excluded.checksum")
_DELETE = "DELETE FROM record WHERE part = ? AND key = ?"


class SessionFile:
    """An open session file. Use ``open`` or ``create``; pass it to SessionDocument as journal."""

    def __init__(self, path: Path, conn: sqlite3.Connection | None, session: Session, readonly: bool) -> None:
        self.path = path
        self.session = session
        self.readonly = readonly
        self.notice: str | None = None  # one sentence for the user about what opening set aside
        self._conn = conn

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, readonly: bool = False) -> "SessionFile":
        """Open ``path``; a refused file and its -wal are left exactly as they were.

        ``notice`` then holds one sentence for the user if something beside the file was set
        aside (a -wal that belongs to another session), else None.
        """
        path = Path(path)
        read_header(path)  # refuses foreign, empty and newer files untouched
        if readonly:
            return cls._open_readonly(path)
        refuse_unwritable(path)
        notice = None
        wal = wal_of(path)
        if wal.exists() and wal.stat().st_size > 0:
            refuse_if_in_use(path)
            if not judge(path).belongs:
                notice = set_aside_notice(path, set_aside(path))
        sweep_partials(path)
        conn = connect_exclusive(path)
        try:
            version = checked_version(conn, path)
            if version < schema.CURRENT_VERSION:
                upgrade(conn, path, version)
            session = load(conn, path)
        except BaseException:
            conn.close()
            raise
        file = cls(path, conn, session, readonly=False)
        file.notice = notice
        return file

    @classmethod
    def _open_readonly(cls, path: Path) -> "SessionFile":
        """Read the session into memory and let go of the file; its folder is left as it was."""
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        if wal_of(path).exists():
            # Read through private copies: SQLite would leave a -shm here, or merge the -wal in.
            if writable:
                refuse_if_in_use(path)
            judgement = judge(path)
            file = cls(path, None, judgement.session, readonly=True)
            file.notice = None if judgement.belongs else ignored_notice(path)
            return file
        # A read-write probe cleans up after itself; on read-only media nobody can change the file.
        conn = connect_exclusive(path) if writable else connect_immutable(path)
        try:
            version = checked_version(conn, path)
            if version < schema.CURRENT_VERSION:
                raise SessionFileError(
                    f"{path.name} uses an older file format ({version}); open it normally once to upgrade it."
                )
            session = load(conn, path)
        finally:
            conn.close()
        return cls(path, None, session, readonly=True)

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
        sweep_partials(path)
        tmp = partial_name(path)
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
            remove_quietly(tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal"))
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
            rollback(conn)
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
        sweep_partials(target)
        tmp = partial_name(target)
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
            remove_quietly(tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal"))
        return target

    def checkpoint(self) -> bool:
        """Move every committed edit from the -wal into the file itself and empty the -wal.

        Called when the room goes quiet, so a copy of the .session file alone (a USB stick, a
        synced folder) is complete. Returns False if it could not run now; nothing is lost then,
        the edits stay in the -wal until the next try.
        """
        if self._conn is None or self.readonly:
            return False
        try:
            busy, _, _ = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            return False
        return busy == 0

    def close(self) -> None:
        if self._conn is not None:
            self.checkpoint()  # leave the file complete on its own, the -wal empty
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


def _create_error(path: Path, exc: BaseException) -> SessionFileError:
    text = str(exc).lower()
    if isinstance(exc, PermissionError) or "readonly" in text or "unable to open" in text:
        return SessionFileError(f"Cannot create {path.name}: the folder {path.parent} is not writable.")
    if "full" in text or getattr(exc, "errno", None) == 28:
        return SessionFileError(f"Cannot create {path.name}: the disk is full.")
    return SessionFileError(f"Cannot create {path.name}: {exc}.")
