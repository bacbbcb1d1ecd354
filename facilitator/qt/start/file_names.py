"""A sensible file name and folder for a new session."""

import datetime as dt
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

FOLDER_KEY = "files/folder"


def suggested_name(company: str, day: dt.date, fallback: str = "session") -> str:
    """'Stroomhof Pomptechniek 2026-12-01.session': safe on Windows, macOS and Linux."""
    text = unicodedata.normalize("NFC", company).strip()
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", text)  # characters Windows forbids in names
    text = re.sub(r"\s+", " ", text).strip(" .")[:60] or fallback
    return f"{text} {day.isoformat()}.session"


def default_folder(settings: QSettings) -> Path:
    stored = settings.value(FOLDER_KEY, "", type=str)
    if stored:
        return Path(stored)  # created when the first session is saved there
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Facilitator"
