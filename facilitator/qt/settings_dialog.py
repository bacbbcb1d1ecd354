"""Settings kept with QSettings: language, default folder, beamer screen, chime, beamer theme; and
the signing identity that seals agreements (kept with the identities, so the command line uses it too)."""

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..export import identities
from ..export.identity import protection
from .start.file_names import FOLDER_KEY, default_folder

KEYS = {"language": "ui/language", "folder": FOLDER_KEY, "screen": "beamer/screen", "muted": "chime/muted",
        "theme": "beamer/theme"}


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.language = QComboBox()
        for code, name in (("en", "English"), ("nl", "Nederlands")):
            self.language.addItem(name, code)
        self.folder = QLineEdit(str(default_folder(settings)))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.screen = QComboBox()
        self.screen.addItem(self.tr("Automatic (the screen that is not the laptop's)"), "")
        for screen in QGuiApplication.screens():
            geometry = screen.geometry()
            self.screen.addItem(f"{screen.name()} ({geometry.width()}×{geometry.height()})", screen.name())
        self.chime = QCheckBox(self.tr("Play a chime when time is up"))
        self.theme = QComboBox()
        for code, name in (("light", self.tr("Light (bright rooms)")), ("dark", self.tr("Dark (dim rooms)")),
                           ("contrast", self.tr("High contrast (weak projectors)"))):
            self.theme.addItem(name, code)
        self.identity = QComboBox()
        self.identity.setObjectName("sealIdentity")
        self.identity.addItem(self.tr("The session's facilitator (made on first use)"), "")
        for identity in identities.listed():
            self.identity.addItem(identity.label(), identity.folder.name)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Language of the app"), self.language)
        form.addRow(self.tr("Folder for new sessions"), folder_row)
        form.addRow(self.tr("Beamer screen"), self.screen)
        form.addRow(self.tr("Sound"), self.chime)
        form.addRow(self.tr("Beamer theme"), self.theme)
        form.addRow(self.tr("Seal agreements as"), self.identity)
        self.signing = QLabel(self._protection_text())
        self.signing.setObjectName("signingProtection")
        self.signing.setWordWrap(True)
        form.addRow(self.tr("Signing key"), self.signing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._load()

    def _load(self) -> None:
        s = self.settings
        self.language.setCurrentIndex(max(0, self.language.findData(s.value(KEYS["language"], "en", type=str))))
        self.screen.setCurrentIndex(max(0, self.screen.findData(s.value(KEYS["screen"], "", type=str))))
        self.chime.setChecked(not s.value(KEYS["muted"], False, type=bool))
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.value(KEYS["theme"], "light", type=str))))
        picked = identities.chosen()
        self.identity.setCurrentIndex(max(0, self.identity.findData(picked.folder.name if picked else "")))

    def _protection_text(self) -> str:
        """How the key that signs the agreement PDFs is protected on this computer."""
        shown = identities.chosen() or next(iter(identities.listed()), None)
        state = protection(shown.folder if shown else None)
        if state.kind == "keyring":
            if state.made:
                return self.tr("Encrypted; its password is kept in the system keyring ({0}).").format(state.keyring)
            return self.tr("Made with the first PDF, encrypted with a password kept in the system keyring ({0})."
                           ).format(state.keyring)
        if state.made:
            return self.tr("Not encrypted: an owner-only file, because this computer offers no system keyring "
                           "(or the key was made before it did).")
        return self.tr("Made with the first PDF as an owner-only file, not encrypted: this computer offers no "
                       "system keyring.")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for new sessions"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        s = self.settings
        s.setValue(KEYS["language"], self.language.currentData())
        s.setValue(KEYS["folder"], self.folder.text().strip())
        s.setValue(KEYS["screen"], self.screen.currentData())
        s.setValue(KEYS["muted"], not self.chime.isChecked())
        s.setValue(KEYS["theme"], self.theme.currentData())
        folder = self.identity.currentData()
        identities.choose(next((i for i in identities.listed() if i.folder.name == folder), None))
