import os
import sys
from pathlib import Path

# Qt tests run headless everywhere; set before any test imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import workshops  # noqa: E402, F401  (as the app and the command line do: module results are validated)
