"""Is a session held by another running Facilitator? Asked without leaving a trace in its folder.

A read-write connection in exclusive mode is how the app holds a file, and it is also the only
probe that cleans up after itself (SQLite removes the empty -wal it made). With a -wal already
beside the file that probe would replay it and, on closing, merge it into the file, so then a
read-only probe asks instead; it may create a -shm, which is removed again.
"""

import sqlite3
from pathlib import Path

from .errors import SessionInUseError, is_locked


def in_use_error(name: str) -> SessionInUseError:
    return SessionInUseError(
        f"{name} is open in another Facilitator window. Close it there, or open a copy of the file."
    )


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_of(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def refuse_if_in_use(path: Path) -> None:
    """Raise SessionInUseError if another connection holds ``path``; the folder stays as it was.

    Only for a file with a -wal beside it and a writable folder (elsewhere nobody can hold it).
    """
    shm = shm_of(path)
    had_shm = shm.exists()
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None,
                               timeout=0.25, check_same_thread=False)
    except sqlite3.Error:
        return  # cannot even open it read-only: the real open says why
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if is_locked(exc):
            raise in_use_error(path.name) from None
        # anything else (a damaged file, a foreign -wal) is judged on a private copy next
    finally:
        conn.close()
        if not had_shm:
            try:
                shm.unlink(missing_ok=True)  # ours: the app holds files in exclusive mode, without a -shm
            except OSError:
                pass
