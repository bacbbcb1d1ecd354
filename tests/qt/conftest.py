import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from facilitator.model.clock import ManualClock
from facilitator.qt.app import RoomApp, application
from facilitator.qt.i18n import UiLanguage
from facilitator.store import SessionFile
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
