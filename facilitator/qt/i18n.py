"""Languages: the console follows the UI language, the room (beamer) the session's language.

Both come from the same Qt translation files (facilitator/assets/translations/*.ts, compiled to .qm during
set-up). English is the source language and needs no file.
"""

import shutil
import subprocess

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import TRANSLATIONS

LANGUAGES = ("en", "nl")
ROOM = "Room"  # translation context of everything the room sees


def qm_path(language: str):
    return TRANSLATIONS / f"facilitator_{language}.qm"


def ensure_compiled(language: str) -> bool:
    """Build the .qm from its .ts if set-up did not (e.g. a plain pip install); True if usable."""
    qm, ts = qm_path(language), TRANSLATIONS / f"facilitator_{language}.ts"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return True
    tool = shutil.which("pyside6-lrelease")
    if not ts.exists() or tool is None:
        return qm.exists()
    try:
        subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return qm.exists()
    return True


def translator(language: str) -> QTranslator | None:
    if language == "en" or not ensure_compiled(language):
        return None
    t = QTranslator()
    return t if t.load(str(qm_path(language))) else None


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own texts (Close, Cancel, Yes in dialog buttons), shipped with Qt in every language."""
    t = QTranslator()
    return t if t.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) else None


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


class UiLanguage:
    """Installs the console's language; switching sends Qt's LanguageChange to every widget."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def set(self, language: str) -> None:
        app = QCoreApplication.instance()
        for old in self._installed:
            app.removeTranslator(old)
        self._installed = []
        new = translator(language)
        for t in (new, qt_translator(language) if new is not None else None):
            if t is not None:
                app.installTranslator(t)
                self._installed.append(t)
        self.language = language if (new is not None or language == "en") else "en"


class RoomText:
    """Texts for the room, in the session's language regardless of the console's."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = translator(language)

    def __call__(self, text: str) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(ROOM, text) or text
