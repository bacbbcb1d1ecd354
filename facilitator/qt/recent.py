"""Recently opened sessions, remembered in QSettings with what the start screen shows about them."""

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "files/recent"
LIMIT = 10


@dataclass(frozen=True)
class RecentSession:
    path: Path
    title: str
    company: str
    date: str                      # the workshop's date, ISO
    last_change: dt.datetime | None  # None when the file is gone

    @property
    def exists(self) -> bool:
        return self.last_change is not None


def last_change(path: Path) -> dt.datetime | None:
    """When the session last changed on disk (its write-ahead log counts too)."""
    times = [p.stat().st_mtime for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
    return dt.datetime.fromtimestamp(max(times)) if times else None


class RecentSessions:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _load(self) -> list[dict]:
        try:
            data = json.loads(self.settings.value(KEY, "[]", type=str))
        except (TypeError, ValueError):
            return []  # a damaged settings value is not worth an error: start a fresh list
        return [d for d in data if isinstance(d, dict) and isinstance(d.get("path"), str)]

    def add(self, path: Path, title: str, company: str, date: str) -> None:
        entry = {"path": str(Path(path).resolve()), "title": title, "company": company, "date": date}
        items = [entry] + [d for d in self._load() if d["path"] != entry["path"]]
        self.settings.setValue(KEY, json.dumps(items[:LIMIT], ensure_ascii=False))

    def remove(self, path: Path) -> None:
        target = str(Path(path).resolve())
        self.settings.setValue(KEY, json.dumps([d for d in self._load() if d["path"] != target], ensure_ascii=False))

    def entries(self) -> list[RecentSession]:
        return [RecentSession(Path(d["path"]), str(d.get("title", "")), str(d.get("company", "")),
                              str(d.get("date", "")), last_change(Path(d["path"]))) for d in self._load()]
