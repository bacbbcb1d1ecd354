"""The first screen: start a new session (the evening before) or open one (in the room)."""

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...model.types import FIRST_YEAR, LAST_YEAR
from ..catalogue import Catalogue
from ..one_line import keep_one_line
from ..recent import RecentSessions
from ..retranslate import Retranslating
from .file_names import FOLDER_KEY, default_folder, suggested_name

WINDOW_TITLE = "Facilitator"
LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


class StartWindow(Retranslating, QWidget):
    create_requested = Signal(object, object)   # target path, kwargs for Catalogue.new_session
    open_requested = Signal(object)             # a path
    demo_requested = Signal(str)                # language

    def __init__(self, catalogue: Catalogue, settings, recent: RecentSessions) -> None:
        super().__init__()
        self.setObjectName("start")
        self.setWindowTitle(WINDOW_TITLE)
        self.catalogue = catalogue
        self.settings = settings
        self.recent = recent
        self._name_edited = False

        self.title = QLineEdit()
        self.title.setObjectName("newTitle")
        self.company = QLineEdit()
        self.company.setObjectName("newCompany")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))  # what a session accepts
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.agenda = QComboBox()
        self.agenda.setObjectName("newAgenda")
        self.facilitator = QLineEdit(settings.value("new/facilitator", "", type=str))
        self.folder = QLineEdit(str(default_folder(settings)))
        self.browse = QPushButton()
        self.file_name = QLineEdit()
        self.file_name.setObjectName("newFileName")
        self.create = QPushButton()
        self.create.setObjectName("createSession")
        self.create.setDefault(True)
        for field in (self.title, self.company, self.place, self.facilitator, self.file_name):
            field.setMaxLength(200)
        keep_one_line(self.title, self.company, self.place, self.facilitator, self.file_name)

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.labels = {name: QLabel() for name in ("title", "company", "date", "place", "language", "agenda",
                                                  "facilitator", "folder", "file")}
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        for name, widget in (("title", self.title), ("company", self.company), ("date", self.day),
                             ("place", self.place), ("language", self.language), ("agenda", self.agenda),
                             ("facilitator", self.facilitator), ("folder", folder_row), ("file", self.file_name)):
            form.addRow(self.labels[name], widget)
        form.addRow(self.create)

        self.open_box = QGroupBox()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentSessions")
        self.recent_label = QLabel()
        self.about_button = QPushButton()
        self.about_button.setObjectName("about")
        open_layout = QVBoxLayout(self.open_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        open_layout.addLayout(buttons)
        open_layout.addWidget(self.recent_label)
        open_layout.addWidget(self.recent_list, 1)
        open_layout.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignRight)

        left = QVBoxLayout()
        left.addWidget(self.form_box)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.open_box, 2)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.company.textChanged.connect(self._suggest_file_name)
        self.day.dateChanged.connect(self._suggest_file_name)
        self.file_name.textEdited.connect(lambda _t: setattr(self, "_name_edited", True))
        self.browse.clicked.connect(self._browse)
        self.create.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        self.open_button.clicked.connect(self._open_dialog)
        self.demo_button.clicked.connect(lambda: self.demo_requested.emit(self.language.currentData()))
        self.recent_list.itemActivated.connect(self._open_recent)
        self.about_button.clicked.connect(self._about)
        index = self.language.findData(settings.value("new/language", "nl", type=str))
        self.language.setCurrentIndex(max(0, index))
        self._language_changed()
        self.retranslate()
        self.refresh_recent()
        self.resize(1100, 640)
        self.company.setFocus()

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("New session"))
        self.open_box.setTitle(self.tr("Open a session"))
        texts = {"title": self.tr("Workshop title"), "company": self.tr("Company"), "date": self.tr("Date"),
                 "place": self.tr("Place"), "language": self.tr("Language of the workshop"),
                 "agenda": self.tr("Agenda"), "facilitator": self.tr("Facilitator"), "folder": self.tr("Folder"),
                 "file": self.tr("File name")}
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.browse.setText(self.tr("Browse…"))
        self.create.setText(self.tr("Create session (Ctrl+Enter)"))
        self.open_button.setText(self.tr("Open…"))
        self.demo_button.setText(self.tr("Try the demo session"))
        self.recent_label.setText(self.tr("Recent sessions (Enter or double-click to open)"))
        self.about_button.setText(self.tr("About Facilitator"))
        self.refresh_recent()

    def _about(self) -> None:
        from ..about_dialog import AboutDialog

        AboutDialog(self).exec()

    # -- the form ------------------------------------------------------------------------------

    def _language_changed(self) -> None:
        language = self.language.currentData()
        current = self.agenda.currentData()
        self.agenda.clear()
        for key, name in self.catalogue.agendas(language):
            self.agenda.addItem(name, key)
        if current:
            self.agenda.setCurrentIndex(max(0, self.agenda.findData(current)))
        self.title.setPlaceholderText(self.catalogue.default_title(language))

    def _suggest_file_name(self) -> None:
        if not self._name_edited:
            self.file_name.setText(suggested_name(self.company.text(), self.day.date().toPython()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where should the session file go?"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def target(self) -> Path:
        name = self.file_name.text().strip() or suggested_name(self.company.text(), self.day.date().toPython())
        if not name.endswith(".session"):
            name += ".session"
        return Path(self.folder.text().strip() or ".").expanduser() / name

    def session_fields(self) -> dict:
        return {"language": self.language.currentData(), "title": self.title.text().strip(),
                "company": self.company.text().strip(), "place": self.place.text().strip(),
                "facilitator": self.facilitator.text().strip(), "day": self.day.date().toPython(),
                "agenda": self.agenda.currentData() or ""}

    def submit(self) -> None:
        self.settings.setValue("new/facilitator", self.facilitator.text().strip())
        self.settings.setValue("new/language", self.language.currentData())
        self.settings.setValue(FOLDER_KEY, self.folder.text().strip())
        self.create_requested.emit(self.target(), self.session_fields())

    # -- opening -------------------------------------------------------------------------------

    def _open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a session"), self.folder.text(),
                                              self.tr("Facilitator sessions (*.session);;All files (*)"))
        if path:
            self.open_requested.emit(Path(path))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def refresh_recent(self) -> None:
        self.recent_list.clear()
        changed_label = self.tr("last change")
        for entry in self.recent.entries():
            changed = entry.last_change.strftime("%Y-%m-%d %H:%M") if entry.last_change else self.tr("file missing")
            heading = " — ".join(part for part in (entry.company, entry.title) if part) or entry.path.name
            item = QListWidgetItem(f"{heading}\n{entry.date} · {changed_label} {changed} · {entry.path}")
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            if not entry.exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent_list.addItem(item)
        if self.recent_list.count():
            self.recent_list.setCurrentRow(0)


