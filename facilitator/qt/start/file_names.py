"""A sensible file name and folder for a new session."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ...safe_names import file_stem

FOLDER_KEY = "files/folder"


def suggested_name(company: str, day: dt.date, fallback: str = "session") -> str:
    """'Stroomhof Pomptechniek 2026-12-01.session': safe on Windows, macOS and Linux."""
    return file_stem("", company, day.isoformat(), fallback=fallback, limit=80, strip_dots=True) + ".session"


def default_folder(settings: QSettings) -> Path:
    stored = settings.value(FOLDER_KEY, "", type=str)
    if stored:
        return Path(stored)  # created when the first session is saved there
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Facilitator"
