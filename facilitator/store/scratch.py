"""Private copies of a session (and its -wal) to try things on, so the originals are only read."""

import os
import shutil
import tempfile
from pathlib import Path

from .errors import SessionFileError

_ATTEMPTS = 5


def _state(paths: list[Path]) -> list[tuple[int, int] | None]:
    result = []
    for p in paths:
        try:
            st = p.stat()
            result.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            result.append(None)
    return result


def copy_stable(sources: list[Path], folder: Path) -> list[Path]:
    """Copy ``sources`` into ``folder`` under their own names, as one consistent snapshot.

    A copy taken while another program changes the files is retried: it would mix two moments.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for _ in range(_ATTEMPTS):
        before = _state(sources)
        copies = []
        for source in sources:
            target = folder / source.name
            try:
                shutil.copyfile(source, target)
            except FileNotFoundError:
                target.unlink(missing_ok=True)
                continue
            except OSError as exc:
                if Path(str(exc.filename)) == source:
                    raise SessionFileError(f"{source.name} cannot be read: {exc.strerror or exc}.") from None
                raise SessionFileError(
                    f"{source.name} could not be checked in a temporary folder ({folder.parent}): "
                    f"{exc.strerror or exc}."
                ) from None
            copies.append(target)
        if _state(sources) == before:
            return copies
    raise SessionFileError(
        f"{sources[0].name} keeps changing while it is read; close the program using it and try again."
    )


class Scratch:
    """A private temporary folder, removed with everything in it when the block ends."""

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="facilitator-"))

    def folder(self, name: str) -> Path:
        sub = self.path / name
        sub.mkdir(exist_ok=True)
        return sub

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> "Scratch":
        return self

    def __exit__(self, *exc_info) -> None:
        self.remove()


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
