"""Does the -wal beside a session belong to it? Decided on private copies, before SQLite replays it.

SQLite replays any valid WAL it finds next to a database, even one from another session or one
older than a backup that was put back. So the file and its -wal are first copied to a private
folder and opened there: the -wal belongs if the two together read as a sound session that
continues the file (it shares the file's records), or if the file cannot be read without it (a
checkpoint cut short). Otherwise the -wal is set aside under a clear name and the file opened alone.
"""

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..model.session import Session
from .errors import NewerVersionError, SessionFileError
from .in_use import wal_of
from .opening import read_copy
from .scratch import Scratch, copy_stable
from .sniff import read_header

_WAL_MAGIC = (0x377F0682, 0x377F0683)  # SQLite's WAL header, big- or little-endian checksums

# Every id a session is made of: the keys of the keyed parts and the ids inside the listed parts.
_IDENTITY = (
    "SELECT part || ':' || key FROM record WHERE key != ''"
    " UNION SELECT record.part || ':' || json_extract(item.value, '$.id')"
    " FROM record, json_each(record.body) AS item"
    " WHERE record.key = '' AND json_type(record.body) = 'array'"
)


@dataclass(frozen=True)
class Judgement:
    belongs: bool
    session: Session  # what the file reads as: with the -wal if it belongs, else without it


def _identity(path: Path) -> set[str] | None:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            return {row[0] for row in conn.execute(_IDENTITY) if row[0] is not None}
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # unreadable alone


def _is_a_wal_for(path: Path) -> bool:
    """A SQLite WAL header for the file's page size; SQLite would quietly discard anything else."""
    try:
        with wal_of(path).open("rb") as fh:
            head = fh.read(32)
    except OSError:
        return False
    if len(head) < 32:
        return False
    magic = int.from_bytes(head[0:4], "big")
    page_size = int.from_bytes(head[8:12], "big")
    return magic in _WAL_MAGIC and page_size == read_header(path).page_size


def _is_empty(wal: Path) -> bool:
    try:
        return wal.stat().st_size == 0
    except OSError:
        return True


def judge(path: Path) -> Judgement:
    """Read ``path`` with and without its -wal on copies; raise if neither reads (nothing changed)."""
    with Scratch() as scratch:
        if not _is_a_wal_for(path):
            alone = scratch.folder("alone")
            copy_stable([path], alone)
            # An empty -wal (left by an older version's read-only commands) holds nothing to replay.
            return Judgement(_is_empty(wal_of(path)), read_copy(alone / path.name))
        both = scratch.folder("with-wal")
        alone = scratch.folder("alone")
        copy_stable([path, wal_of(path)], both)
        shutil.copyfile(both / path.name, alone / path.name)
        alone_ids = _identity(alone / path.name)
        try:
            merged = read_copy(both / path.name)
        except NewerVersionError:
            raise  # a newer Facilitator's changes: never set those aside
        except SessionFileError as merged_error:
            try:
                return Judgement(False, read_copy(alone / path.name))
            except SessionFileError:
                raise merged_error from None
        if not alone_ids or alone_ids & _ids(merged):
            return Judgement(True, merged)
        try:
            return Judgement(False, read_copy(alone / path.name))
        except SessionFileError:
            return Judgement(True, merged)


def _ids(session: Session) -> set[str]:
    ids = {f"{part}:{key}" for part in ("notes", "groups", "artefacts") for key in getattr(session, part)}
    for part in ("participants", "agenda", "actions"):
        ids |= {f"{part}:{item.id}" for item in getattr(session, part)}
    return ids


def set_aside(path: Path) -> Path:
    """Rename the -wal of ``path`` to ``<name>-wal.set-aside-<time>``; returns the new name."""
    wal = wal_of(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = wal.with_name(f"{wal.name}.set-aside-{stamp}")
    counter = 2
    while target.exists():
        target = wal.with_name(f"{wal.name}.set-aside-{stamp}-{counter}")
        counter += 1
    os.rename(wal, target)
    return target


def set_aside_notice(path: Path, aside: Path) -> str:
    return (f"{wal_of(path).name} did not belong to {path.name} (it is from another session, or older than "
            f"the file); it was set aside as {aside.name} and the session opened without it.")


def ignored_notice(path: Path) -> str:
    return (f"{wal_of(path).name} does not belong to {path.name} (it is from another session, or older than "
            "the file), so it was left alone and the session read without it.")
