"""Start-up: `facilitator SESSION` until console and beamer have painted, against a bare PySide6
window on the same machine in the same run (issue 3: at most 2x). Both are whole processes,
measured from launch until the child reports its first paint; medians over alternating runs."""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.resize(800, 600)
import os, time
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time() - float(os.environ['FACILITATOR_BENCH_T0']):.4f}", flush=True)
            app.quit()
        return False
q = Quit()
w.installEventFilter(q)
w.show()
app.exec()
"""


def timed(args: list[str], env: dict[str, str]) -> float:
    """Seconds from launch until the child reports its first paint (its own exit is not counted)."""
    env = {**env, "FACILITATOR_BENCH_T0": repr(time.time())}
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True, timeout=120).stdout
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("painted ")))


def main(runs: int = 11) -> None:
    platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    with tempfile.TemporaryDirectory() as tmp:
        session = Path(tmp) / "demo.session"
        subprocess.run([sys.executable, "-m", "facilitator", "demo", str(session)], check=True, capture_output=True)
        app_env = {**env, "FACILITATOR_EXIT_AFTER_PAINT": "1", "XDG_CONFIG_HOME": str(Path(tmp) / "cfg"),
                   "XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        timed([sys.executable, "-c", BARE], env)  # warm the file cache for both
        timed([sys.executable, "-m", "facilitator", str(session)], app_env)
        bare, app = [], []
        for _ in range(runs):
            bare.append(timed([sys.executable, "-c", BARE], env))
            app.append(timed([sys.executable, "-m", "facilitator", str(session)], app_env))
    b, a = statistics.median(bare) * 1000, statistics.median(app) * 1000
    print(f"bare PySide6 window, launch to first paint:      median {b:6.0f} ms  ({platform})")
    print(f"facilitator SESSION, console + beamer painted:   median {a:6.0f} ms")
    print(f"ratio: {a / b:.2f}x   (budget 2x)")


if __name__ == "__main__":
    main()
