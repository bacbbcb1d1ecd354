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
from .icon import app_icon
from .room_app import RoomApp

__all__ = ["RoomApp", "application", "run"]


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("facilitator")  # Linux desktops match the window to facilitator.desktop
    app.setWindowIcon(app_icon())
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
    if os.environ.get("FACILITATOR_EXIT_AFTER_PAINT"):  # start-up benchmarks and install smoke tests
        from .first_paint import exit_after_first_paint

        exit_after_first_paint(app, controller)
    code = app.exec()
    controller.quit()
    return code
