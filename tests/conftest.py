import os
import sys
from pathlib import Path

# Qt tests run headless everywhere; set before any test imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may put a password into the developer's own keyring: keyring's "fail" backend is the
# honest "this computer has none". Tests of the keyring path choose keyrings.alt's file backend.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
sys.path.insert(0, str(Path(__file__).parent))
