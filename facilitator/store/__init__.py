"""The session file (SQLite), its format versions and migrations, and the JSON interchange form."""

from .errors import (
           NewerVersionError,
           SessionFileError,
           SessionInUseError,
           WriteFailedError,
)
from .session_file import SUFFIX, SessionFile

__all__ = ["NewerVersionError", "SUFFIX", "SessionFile", "SessionFileError", "SessionInUseError",
           "WriteFailedError"]
