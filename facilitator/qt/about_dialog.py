"""About Facilitator: the version (one number, from pyproject.toml) and where the app keeps things."""

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..export.signing import home
from ..store.schema import CURRENT_VERSION
from ..version import app_version
from .icon import app_icon


def running_from() -> str:
    """How this copy was installed, for support questions."""
    if getattr(sys, "frozen", False):
        return "bundle"
    return "Python " + platform.python_version()


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About Facilitator"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        title = QLabel(f"<h2>Facilitator {app_version()}</h2>")
        title.setObjectName("aboutVersion")
        purpose = QLabel(self.tr("Runs a marketing and sales alignment workshop from one laptop and a beamer, "
                                 "offline, and turns it into a signed agreement."))
        purpose.setWordWrap(True)
        details = QLabel(self.tr("Session file format {format} · {runtime} · Qt {qt} (PySide6 {pyside})<br>"
                                 "Signing certificate and app data: {folder}<br>"
                                 "PDF and beamer font: DejaVu Sans (free licence)")
                         .format(format=CURRENT_VERSION, runtime=running_from(), qt=qVersion(),
                                 pyside=pyside_version, folder=home()))
        details.setObjectName("aboutDetails")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        for label in (title, purpose, details):
            text.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, 260)
