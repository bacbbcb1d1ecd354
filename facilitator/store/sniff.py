"""Recognise a session file from its first bytes, before SQLite ever touches it.

Reading the 100-byte SQLite header ourselves means a foreign, empty or future file is refused
without being opened for writing, so it can never be modified.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from ..printable import shown
from . import schema
from .errors import NewerVersionError, SessionFileError
from .file_checks import kind_of, require_regular_file

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

_FOREIGN = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"BEGIN:VCALENDAR", "a calendar file"),
]


@dataclass(frozen=True)
class Header:
    schema_version: int
    page_size: int


def _what_is(head: bytes) -> str:
    for magic, name in _FOREIGN:
        if head.startswith(magic):
            return name
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return "a JSON file (use 'facilitator import-json' to turn a JSON export into a session)"
    return "not a Facilitator session"


def read_header(path: Path) -> Header:
    """Return the header of a session file, or raise a SessionFileError saying what the file is."""
    name = shown(path.name)
    require_regular_file(path)  # a FIFO or device would block the open below for ever
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            if kind_of(os.fstat(fd).st_mode) is not None:  # swapped for something else meanwhile
                raise SessionFileError(f"{shown(path)} is not an ordinary file, not a session file.")
            head = os.read(fd, HEADER_SIZE)
        finally:
            os.close(fd)
    except PermissionError:
        raise SessionFileError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise SessionFileError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if not head:
        raise SessionFileError(f"{name} is empty, so it is not a session (perhaps an interrupted copy).")
    if not head.startswith(SQLITE_MAGIC):
        what = _what_is(head)
        if what.startswith("not "):
            raise SessionFileError(f"{name} is not a Facilitator session file.")
        raise SessionFileError(f"{name} is {what}, not a Facilitator session file.")
    if len(head) < HEADER_SIZE:
        raise SessionFileError(f"{name} is damaged: the file is cut off.")
    app_id = int.from_bytes(head[68:72], "big")
    if app_id != schema.APPLICATION_ID:
        raise SessionFileError(f"{name} is a database from another program, not a Facilitator session.")
    version = int.from_bytes(head[60:64], "big")
    check_version(name, version)
    page_size = int.from_bytes(head[16:18], "big")
    return Header(schema_version=version, page_size=65536 if page_size == 1 else page_size)


def check_version(name: str, version: int) -> None:
    if version > schema.CURRENT_VERSION:
        raise NewerVersionError(
            f"{name} was saved by a newer version of Facilitator (file format {version}; this "
            f"version reads up to {schema.CURRENT_VERSION}). Update Facilitator to open it; the file was not changed."
        )
    if version < 1:
        raise SessionFileError(f"{name} is damaged: it has no file format version.")
