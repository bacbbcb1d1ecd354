"""Start the app: the start screen, or straight into a session given on the command line."""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ..errors import FacilitatorError
from ..store import SessionFile
from .catalogue import Catalogue
from .controller import APP_NAME, AppController
from .fonts import family
from .i18n import UiLanguage, system_language
from .room_app import RoomApp

__all__ = ["RoomApp", "application", "run"]


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    family()  # register the bundled fonts before any window paints
    return app


def run(path: str | None, catalogue: Catalogue) -> int:
    app = application()
    settings = QSettings()
    ui_language = UiLanguage()
    ui_language.set(settings.value("ui/language", system_language(), type=str))
    controller = AppController(catalogue, settings, ui_language)
    if path:
        if not Path(path).exists() and not Path(path).parent.exists():
            raise FacilitatorError(f"There is no file {path}.")
        if not controller.open(Path(path)):
            SessionFile.open(path).close()  # raises the same refusal, so the command line says why too
            controller.show_start()
    else:
        controller.show_start()
    if os.environ.get("FACILITATOR_EXIT_AFTER_PAINT") and controller.room_app is not None:
        _exit_after_first_paint(app, controller.room_app)
    code = app.exec()
    controller.quit()
    return code


def _exit_after_first_paint(app: QApplication, room_app: RoomApp) -> None:
    """For the start-up benchmark: quit once both windows have painted."""
    painted = {"console": False, "beamer": False}

    def mark(which: str) -> None:
        painted[which] = True
        if all(painted.values()) and not painted.get("done"):
            painted["done"] = True
            launched = float(os.environ.get("FACILITATOR_BENCH_T0", "0") or 0)
            if launched:
                import time

                print(f"painted {time.time() - launched:.4f}", flush=True)
            app.quit()

    room_app.beamer.painted.connect(lambda: mark("beamer"))
    from PySide6.QtCore import QEvent, QObject

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                mark("console")
            return False

    watcher = PaintWatcher(room_app.console)
    room_app.console.preview.installEventFilter(watcher)
