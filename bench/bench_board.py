"""The capture loop at scale (issue 4): Enter → note painted on the beamer with 1,000 and 5,000
notes on the board, the fit-all board painted, and resident memory with 1,000 notes.

Runs the real app (console + beamer windows, real session file) on the offscreen platform, or on
the X display in $DISPLAY if there is one."""

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.model import Note, new_id  # noqa: E402
from facilitator.model.board_layout import cell  # noqa: E402
from facilitator.qt.app import RoomApp, application  # noqa: E402
from facilitator.qt.i18n import UiLanguage  # noqa: E402
from facilitator.store import SessionFile  # noqa: E402
from workshops.demo import build_demo  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def session_with(notes: int, folder: Path) -> Path:
    session = build_demo("nl")
    board = session.agenda[2].id
    start = dt.datetime.now(dt.UTC)
    existing = sum(1 for n in session.notes.values() if n.module_id == board)
    for i in range(existing, notes):
        x, y = cell(i, columns=40)
        note = Note(id=new_id(), module_id=board, text=f"Geeltje {i}: leads van de beurs worden niet opgevolgd",
                    department=("marketing", "sales", "joint")[i % 3], x=x, y=y,
                    created_at=start + dt.timedelta(seconds=i))
        session.notes[note.id] = note
    path = folder / f"board{notes}.session"
    SessionFile.create(path, session).close()
    return path


def open_app(path: Path) -> RoomApp:
    language = UiLanguage()
    language.set("en")
    app = RoomApp(SessionFile.open(path), QSettings(), language)
    app.show()
    app.room.go_to(app.context.session.agenda[2].id)
    QApplication.processEvents()
    return app


def enter_to_beamer(app: RoomApp, count: int = 40) -> float:
    """Median ms from pressing Enter until the beamer has painted the new note."""
    painted = []
    app.beamer.board_view.painted.connect(lambda: painted.append(time.perf_counter()))
    samples = []
    for i in range(count):
        app.console.capture.field.setText(f"Nieuw geeltje {i}")
        painted.clear()
        start = time.perf_counter()
        app.console.capture.submit()
        deadline = start + 2
        while not painted and time.perf_counter() < deadline:
            QApplication.processEvents()
        samples.append((painted[0] if painted else deadline) - start)
    return statistics.median(samples) * 1000


def fit_all(app: RoomApp, runs: int = 9) -> tuple[float, float]:
    """Median ms to paint the whole board fitted: the console's view and the beamer's view."""
    samples: dict[str, list[float]] = {"console": [], "beamer": []}
    app.console.board.fit()
    app.beamer.board_view.refit()
    for _ in range(runs):
        for name, view in (("console", app.console.board), ("beamer", app.beamer.board_view)):
            image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
            start = time.perf_counter()
            painter = QPainter(image)
            view.render(painter)
            painter.end()
            samples[name].append(time.perf_counter() - start)
    return statistics.median(samples["console"]) * 1000, statistics.median(samples["beamer"]) * 1000


def main() -> None:
    QStandardPaths.setTestModeEnabled(True)
    application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        before = rss_mb()
        app = open_app(session_with(1000, folder))
        fit_console, fit_beamer = fit_all(app)
        memory = rss_mb()
        enter = enter_to_beamer(app)
        app.close()
        app5 = open_app(session_with(5000, folder))
        enter5 = enter_to_beamer(app5, count=15)
        fit5_console, fit5_beamer = fit_all(app5, runs=5)
        app5.close()
    platform = QApplication.platformName()
    print(f"Enter → note painted on the beamer, 1,000 notes: median {enter:6.1f} ms  (budget 16; {platform})")
    print(f"fit-all board painted, 1,000 notes: console {fit_console:6.1f} ms, beamer {fit_beamer:6.1f} ms "
          "(budget 33)")
    print(f"5,000 notes: Enter → beamer {enter5:6.1f} ms; fit-all console {fit5_console:6.1f} ms, "
          f"beamer {fit5_beamer:6.1f} ms")
    print(f"resident memory with 1,000 notes on the board: {memory:5.0f} MB (process before the app: "
          f"{before:.0f} MB; budget 250 MB)")


if __name__ == "__main__":
    main()
