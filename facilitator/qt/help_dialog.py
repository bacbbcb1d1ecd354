"""'How to run the session': a short page in the console's language."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import HELP


def help_html(language: str) -> str:
    for code in (language, "en"):
        page = HELP / f"how_to_run.{code}.html"
        if page.exists():
            return page.read_text(encoding="utf-8")
    return "<p>Help is not installed.</p>"


class HelpDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        self.setWindowTitle(self.tr("How to run the session"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
