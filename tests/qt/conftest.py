import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from facilitator.model.clock import ManualClock
from facilitator.qt.app import RoomApp, application
from facilitator.qt.controller import AppController
from facilitator.qt.i18n import UiLanguage
from facilitator.qt.start.file_names import FOLDER_KEY
from facilitator.store import SessionFile
from workshops.catalogue import alignment_catalogue
from workshops.demo import build_demo


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Never touch the user's real settings or caches."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def room_app(qtbot, tmp_path, clock):
    """The real app on a real session file (the Dutch demo), driven by a manual clock."""
    application()
    path = tmp_path / "room.session"
    SessionFile.create(path, build_demo("nl", signed=False)).close()
    settings = QSettings()
    settings.clear()
    language = UiLanguage()
    language.set("en")
    app = RoomApp(SessionFile.open(path), settings, language, clock=clock)
    qtbot.addWidget(app.console)
    qtbot.addWidget(app.beamer)
    app.path = path
    yield app
    app.close()


@pytest.fixture
def controller(qtbot, tmp_path):
    """The whole app as launched (start screen, sessions folder in the test's folder), in English."""
    application()
    settings = QSettings()
    settings.clear()
    settings.setValue(FOLDER_KEY, str(tmp_path / "sessions"))
    language = UiLanguage()
    language.set("en")
    ctrl = AppController(alignment_catalogue(), settings, language)
    yield ctrl
    ctrl._close_room()
    if ctrl.start is not None:
        ctrl.start.close()
