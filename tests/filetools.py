"""Reading session files back the way a user's next launch would."""

import hashlib
from pathlib import Path

from facilitator.store import SessionFile


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reopen(path: Path):
    with SessionFile.open(path, readonly=True) as file:
        return file.session
