"""FACILITATOR_EXIT_AFTER_PAINT: quit once the first screen has painted.

Used by the start-up benchmarks and by the smoke tests of an installed wheel or a bundle, which
have no person to close the window. With a session that is console and beamer; otherwise the start
screen. Prints "painted SECONDS" (since FACILITATOR_BENCH_T0, when given) and the window's title.
"""

import os
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class _PaintWatcher(QObject):
    def __init__(self, parent: QObject, on_paint) -> None:
        super().__init__(parent)
        self._on_paint = on_paint

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self._on_paint()
        return False


def exit_after_first_paint(app: QApplication, controller) -> None:
    room_app = controller.room_app
    first: QWidget = room_app.console if room_app is not None else controller.start
    waiting = {"console"} | ({"beamer"} if room_app is not None else set())

    def mark(which: str) -> None:
        if which not in waiting:
            return
        waiting.discard(which)
        if waiting:
            return
        launched = float(os.environ.get("FACILITATOR_BENCH_T0", "0") or 0)
        print(f"painted {time.time() - launched if launched else 0:.4f}", flush=True)
        print(f"window {first.windowTitle()}", flush=True)
        app.quit()

    if room_app is not None:
        room_app.beamer.painted.connect(lambda: mark("beamer"))
        target = room_app.console.preview
    else:
        target = first
    target.installEventFilter(_PaintWatcher(first, lambda: mark("console")))
