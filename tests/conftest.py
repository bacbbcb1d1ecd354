import os
import sys
from pathlib import Path

# Qt tests run headless everywhere; set before any test imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may put a password into the developer's own keyring: keyring's "fail" backend is the
# honest "this computer has none". Tests of the keyring path choose keyrings.alt's file backend.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402 (after the environment above is set)

import workshops  # noqa: E402, F401  (as the app and the command line do: module results are validated)


@pytest.fixture(autouse=True)
def own_facilitator_home(tmp_path, monkeypatch):
    """Signing identities and other app files go to the test's folder, never the user's."""
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "facilitator-home"))
