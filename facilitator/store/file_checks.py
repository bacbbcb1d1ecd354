"""What kind of thing a path is, asked with os.stat before anything is opened.

Opening a FIFO blocks until someone writes to it and a device may never end, so a path that is
not an ordinary file is refused at once, in one sentence. Output paths get the same care: an
existing file is replaced only when it is an ordinary file that is not a session.
"""

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from ..printable import shown
from .errors import SessionFileError

_KINDS = [
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
]


def kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words; None for an ordinary file."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not an ordinary file"


def stat_error(path: Path, exc: OSError) -> SessionFileError:
    name = shown(path)
    if exc.errno == errno.ENOENT:
        return SessionFileError(f"There is no file {name}.")
    if exc.errno == errno.ELOOP:
        return SessionFileError(f"{name} is a symbolic link that loops back on itself, not a file.")
    if exc.errno == errno.ENAMETOOLONG:
        return SessionFileError(f"The file name {name} is too long for this disk.")
    if exc.errno == errno.ENOTDIR:
        return SessionFileError(f"There is no file {name}: part of the path is not a folder.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return SessionFileError(f"{name} cannot be read: permission denied.")
    return SessionFileError(f"{name} cannot be read: {exc.strerror or exc}.")


def require_regular_file(path: Path, what: str = "a session file") -> os.stat_result:
    """The file's stat, or a one-sentence refusal when it is missing or not an ordinary file."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise stat_error(path, exc) from None
    kind = kind_of(info.st_mode)
    if kind is not None:
        raise SessionFileError(f"{shown(path)} is {kind}, not {what}.")
    return info


def is_session_file(path: Path) -> bool:
    """Does this ordinary file start like a Facilitator session (SQLite header with our id)?"""
    from . import schema
    from .sniff import HEADER_SIZE, SQLITE_MAGIC

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        head = os.read(fd, HEADER_SIZE)
    finally:
        os.close(fd)
    return head.startswith(SQLITE_MAGIC) and int.from_bytes(head[68:72], "big") == schema.APPLICATION_ID


def check_output(path: Path, force: bool, inputs: Iterable[Path] = ()) -> None:
    """Refuse, before anything is written, an output that must not be replaced.

    ``--force`` replaces only an ordinary file that is neither one of ``inputs`` nor a session:
    never a symbolic link, folder, pipe or device, and never the file being read.
    """
    name = shown(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise SessionFileError(f"Cannot write {name}: the file name is too long for this disk.") from None
        if exc.errno == errno.ENOTDIR:
            raise SessionFileError(f"Cannot write {name}: part of the path is not a folder.") from None
        raise SessionFileError(f"Cannot write {name}: {exc.strerror or exc}.") from None
    if stat.S_ISLNK(info.st_mode):
        raise SessionFileError(f"{name} is a symbolic link; it is never replaced, so choose another name.")
    kind = kind_of(info.st_mode)
    if kind is not None:
        raise SessionFileError(f"{name} is {kind}; only an ordinary file can be replaced, so choose another name.")
    for source in inputs:
        try:
            same = os.path.samestat(info, os.stat(source))
        except OSError:
            same = False
        if same:
            raise SessionFileError(f"{name} is the file being read; choose another name for the output.")
    if is_session_file(path):
        raise SessionFileError(f"{name} already exists and is a Facilitator session, which is never replaced; "
                               "choose another name.")
    if not force:
        raise SessionFileError(f"{name} already exists; use --force to replace it.")
