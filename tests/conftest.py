import os
import sys
from pathlib import Path

# Qt tests run headless everywhere; set before any test imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))


import pytest  # noqa: E402 (after the environment above is set)


@pytest.fixture(autouse=True)
def own_facilitator_home(tmp_path, monkeypatch):
    """Signing identities and other app files go to the test's folder, never the user's."""
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "facilitator-home"))
