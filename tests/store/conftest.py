from pathlib import Path

import pytest
from factories import populated

from facilitator.store import SessionFile


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    """A real session file on disk with a few notes, closed."""
    path = tmp_path / "workshop.session"
    SessionFile.create(path, populated()).close()
    return path


