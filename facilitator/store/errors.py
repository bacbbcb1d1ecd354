"""Why a session file could not be opened, created or written, in words for the user."""

import sqlite3
from pathlib import Path

from ..errors import FacilitatorError


class SessionFileError(FacilitatorError):
    """The file was left exactly as it was; the message says why and what to do."""


class SessionInUseError(SessionFileError):
    """Another running Facilitator holds the file."""


class NewerVersionError(SessionFileError):
    """The file was written by a newer Facilitator than this one."""


class WriteFailedError(SessionFileError):
    """A change could not be saved; it was not applied, everything before it is safe."""


def write_error(path: Path, exc: BaseException) -> WriteFailedError:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        reason = "the disk is full"
    elif "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        reason = "the file or its folder has become read-only"
    elif "unable to open" in text or "disk i/o" in text or isinstance(exc, OSError):
        reason = "the disk could not be written (was it removed?)"
    elif "locked" in text or "busy" in text:
        reason = "another program is holding the file"
    else:
        reason = f"the file could not be written ({exc})"
    return WriteFailedError(
        f"Could not save the last change to {path.name}: {reason}. "
        "It was not applied; everything before it is safely stored."
    )


def is_locked(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text
