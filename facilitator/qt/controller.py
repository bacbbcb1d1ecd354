"""The app between sessions: the start screen, opening and creating sessions, recent files, settings."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ..errors import FacilitatorError
from ..printable import shown
from ..store import SessionFile
from .catalogue import Catalogue
from .i18n import UiLanguage
from .participants.dialog import ParticipantsDialog
from .recent import RecentSessions
from .room_app import RoomApp
from .settings_dialog import SettingsDialog
from .start.file_names import default_folder, suggested_name
from .start.start_window import StartWindow

APP_NAME = "Facilitator"


class AppController(QObject):
    def __init__(self, catalogue: Catalogue, settings: QSettings, ui_language: UiLanguage, clock=None) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.settings = settings
        self.ui_language = ui_language
        self.clock = clock
        self.recent = RecentSessions(settings)
        self.start: StartWindow | None = None
        self.room_app: RoomApp | None = None

    # -- windows -------------------------------------------------------------------------------

    def _parent(self) -> QWidget | None:
        if self.room_app and not self.room_app.closed:
            return self.room_app.console
        return self.start

    def show_start(self) -> StartWindow:
        if self.start is None:
            self.start = StartWindow(self.catalogue, self.settings, self.recent)
            self.start.create_requested.connect(self.create)
            self.start.open_requested.connect(self.open)
            self.start.demo_requested.connect(self.demo)
        self.start.refresh_recent()
        self.start.show()
        self.start.raise_()
        self.start.activateWindow()
        return self.start

    def _error(self, message: str) -> None:
        QMessageBox.critical(self._parent(), APP_NAME, shown(message))  # a name's newline or escape stays visible

    # -- sessions ------------------------------------------------------------------------------

    def open(self, path: Path) -> bool:
        path = Path(path)
        try:
            file = SessionFile.open(path)
        except FacilitatorError as exc:
            self._error(exc.message)
            return False
        self._close_room()
        self.room_app = RoomApp(file, self.settings, self.ui_language, clock=self.clock,
                                note_actions=self.catalogue.note_actions, files=self,
                                sections=self.catalogue.sections, views=self.catalogue.module_views)
        meta = file.session.meta
        self.recent.add(path, meta.title, meta.company, meta.date.isoformat())
        self.room_app.show()
        if self.start is not None:
            self.start.hide()
        if file.notice:  # e.g. a -wal from another session was set aside: the facilitator must know
            QMessageBox.information(self.room_app.console, APP_NAME, file.notice)
        return True

    def create(self, target: Path, fields: dict) -> bool:
        target = Path(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._error(self.tr("Cannot create the folder {0}: {1}.").format(target.parent, exc.strerror or exc))
            return False
        try:
            SessionFile.create(target, self.catalogue.new_session(**fields)).close()
        except FacilitatorError as exc:
            self._error(exc.message)
            return False
        if not self.open(target):
            return False
        self.participants()  # the evening before: who is coming is the next thing to fill in
        return True

    def demo(self, language: str) -> bool:
        folder = default_folder(self.settings)
        name = suggested_name("Demo", dt.date.today())
        target = folder / name
        counter = 2
        while target.exists():
            target = folder / name.replace(".session", f" ({counter}).session")
            counter += 1
        try:
            folder.mkdir(parents=True, exist_ok=True)
            from ..export.identities import pinned_if_signed

            SessionFile.create(target, pinned_if_signed(self.catalogue.demo(language))).close()
        except (FacilitatorError, OSError) as exc:
            self._error(getattr(exc, "message", str(exc)))
            return False
        return self.open(target)

    def _close_room(self) -> None:
        if self.room_app is not None and not self.room_app.closed:
            self.room_app.close()
        self.room_app = None

    # -- what the console asks for -------------------------------------------------------------

    def new_session(self) -> None:
        self.show_start()
        self._close_room()

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._parent(), self.tr("Open a session"),
                                              str(default_folder(self.settings)),
                                              self.tr("Facilitator sessions (*.session);;All files (*)"))
        if path:
            self.open(Path(path))

    def recent_entries(self):
        return self.recent.entries()

    def save_copy(self) -> None:
        if self.room_app is None:
            return
        current = self.room_app.context.file.path
        suggestion = current.with_name(current.stem + self.tr(" (copy)") + ".session")
        path, _ = QFileDialog.getSaveFileName(self._parent(), self.tr("Save a copy as"), str(suggestion),
                                              self.tr("Facilitator sessions (*.session)"))
        if not path:
            return
        try:
            self.room_app.context.file.save_copy(Path(path), overwrite=Path(path).exists())
        except FacilitatorError as exc:
            self._error(exc.message)
            return
        self.room_app.console.statusBar().showMessage(self.tr("Copy saved: {0}").format(path), 8000)

    def close_session(self) -> None:
        self.show_start()  # first, so closing the console does not end the app
        self._close_room()

    def quit(self) -> None:
        self._close_room()
        QApplication.instance().quit()

    def participants(self) -> None:
        if self.room_app is None:
            return
        dialog = getattr(self.room_app, "participants_dialog", None)
        if dialog is None:
            dialog = ParticipantsDialog(self.room_app.room, self.room_app.console)
            self.room_app.participants_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def settings_dialog(self) -> None:
        dialog = SettingsDialog(self.settings, self._parent())
        if dialog.exec():
            dialog.save()
            self.ui_language.set(self.settings.value("ui/language", "en", type=str))
            if self.room_app is not None:
                self.room_app.apply_settings()
