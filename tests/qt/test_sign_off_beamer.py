"""The sign-off module puts the agreement itself on the beamer: every result, action (owner, date),
the review plan and who signed, legible from the back row, page by page with Ctrl+PgDn."""

import pytest
from painted import painted_texts
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from facilitator.model import ActionItem
from facilitator.model.operations import AddAction
from facilitator.qt.app import RoomApp, application
from facilitator.qt.beamer.agreement_lines import agreement_lines
from facilitator.qt.beamer.pages import paginate
from facilitator.qt.beamer.painter import layout, paint_room
from facilitator.qt.console.keys_overlay import KeysOverlay
from facilitator.qt.i18n import RoomText, UiLanguage
from facilitator.store import SessionFile
from workshops.catalogue import alignment_catalogue
from workshops.demo import build_demo

LEGIBLE = 0.026  # of the beamer's height: 28 px at 1080 lines (design.md, "Legible from the back")


def open_app(path, session, clock):
    application()
    SessionFile.create(path, session).close()
    language = UiLanguage()
    language.set("en")
    catalogue = alignment_catalogue()
    app = RoomApp(SessionFile.open(path), QSettings(), language, clock=clock, views=catalogue.module_views,
                  sections=catalogue.sections)
    app.show()
    module = next(m for m in app.context.session.agenda if m.kind == "sign_off")
    app.room.go_to(module.id)
    return app, catalogue.module_views


@pytest.fixture
def sign_off(qtbot, tmp_path, clock):
    app, views = open_app(tmp_path / "demo.session", build_demo("nl"), clock)
    yield app, views
    app.close()


@pytest.fixture
def unsigned(qtbot, tmp_path, clock):
    app, views = open_app(tmp_path / "unsigned.session", build_demo("nl", signed=False), clock)
    yield app, views
    app.close()


def press(qtbot, app, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    if QApplication.activeWindow() is not app.console:
        app.console.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is app.console, timeout=3000)
    qtbot.keyClick(app.console.capture.field, key, modifier)


def beamer(app, width=1024, height=768) -> QImage:
    """The beamer's content area as painted (the ticking timer above it left out)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    box = paint_room(painter, width, height, app.room, None, app.beamer.views)
    painter.end()
    return image.copy(box.content.toRect())


def pages_at(app, width, height):
    frame = app.room.frame()
    box = layout(width, height, with_timer=bool(frame.timer_text))
    return paginate(frame.lines, box.content, box.px["body"], frame.page_of), box


def test_the_sign_off_beamer_shows_the_agreement_not_an_empty_board(sign_off):
    app, views = sign_off
    frame = app.room.frame()
    assert not frame.board and frame.placeholder == "", "no empty board"
    text = "\n".join(frame.lines)
    session = app.context.session
    for action in session.actions:
        assert action.what in text
    for expected in ("Marketing 58 (Gedefinieerd)", "Verkoop 39 (Ongedefinieerd)", "Joris Peeters, 17 december 2026",
                     "4 maart 2027", "Femke Schouten, Ruud Bakker", "Hans van den Berg"):
        assert expected in text, expected
    assert frame.lines == agreement_lines(session, RoomText("nl"), views.summary_for)
    # A Dutch session's figures and dates read Dutch: no "€2,400,000", "32%" or "2027-12-31".
    assert "€\u00a02.400.000" in text and "31 december 2027" in text and "2027-12-31" not in text
    assert "€2,400,000" not in text


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)])
def test_every_line_is_legible_whole_and_on_a_page(sign_off, size):
    app, _views = sign_off
    width, height = size
    pages, box = pages_at(app, width, height)
    assert len(pages) > 1, "the demo's agreement does not fit one screen: it is paged"
    shown = [p for page in pages for p in page if not p.muted]
    for placed in (p for page in pages for p in page):
        assert placed.px >= LEGIBLE * height, (placed.text, placed.px)
        assert box.content.contains(placed.rect), (placed.text, placed.rect)
        assert "…" not in placed.text
    for page in pages:
        rects = [p.rect for p in page]
        assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:]), "lines overlap"
    counted = [p.text for p in (page[-1] for page in pages)]
    assert counted == [app.room.frame().page_of.format(n, len(pages)) for n in range(1, len(pages) + 1)]
    words = " ".join(p.text for p in shown).split()
    expected = " ".join(line.removeprefix("## ") for line in app.room.frame().lines).split()
    assert words == expected, "every word of the agreement is on some page, in order"


def test_ctrl_page_down_pages_through_and_wraps_around(sign_off, qtbot):
    app, _views = sign_off
    pages, _box = pages_at(app, 1024, 768)
    first = beamer(app)
    press(qtbot, app, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert app.context.session.current_module.kind == "sign_off", "Ctrl+PgDn pages; it does not leave the module"
    second = beamer(app)
    assert second != first
    press(qtbot, app, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert beamer(app) == first
    for _ in range(len(pages)):
        press(qtbot, app, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert beamer(app) == first, "after the last page comes the first"


def test_a_long_action_is_wrapped_whole_never_cut(unsigned):
    app, _views = unsigned
    long = "Elke week " + "samen de leads doorlopen en de afspraken bijwerken " * 12
    assert app.room.run(AddAction(action=ActionItem(id="long", what=long.strip())))
    pages, _box = pages_at(app, 1024, 768)
    text = " ".join(p.text for page in pages for p in page if not p.muted)
    assert " ".join(long.split()) in " ".join(text.split())


def test_the_page_keys_are_listed_under_question_mark(sign_off, qtbot):
    app, _views = sign_off
    seen = []

    def read_and_close():
        overlay = next(w for w in QApplication.topLevelWidgets() if isinstance(w, KeysOverlay) and w.isVisible())
        seen.append(" ".join(label.text() for label in overlay.findChildren(QLabel)))
        overlay.reject()

    QTimer.singleShot(100, read_and_close)
    app.console.actions_by_name["keys"].trigger()  # what "?" does
    assert seen and "Ctrl+PgDown" in seen[0] and "next page" in seen[0]
    beamer_menu = next(m for m in app.console.menuBar().findChildren(QMenu) if "Beamer" in m.title())
    assert app.console.actions_by_name["page_next"] in beamer_menu.actions()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)])
def test_what_is_painted_in_the_content_area_meets_the_back_row_rule(sign_off, size):
    app, _views = sign_off
    width, height = size
    drawn, box = painted_texts(lambda p, w, h: paint_room(p, w, h, app.room, None, app.beamer.views), width, height)
    inside = [d for d in drawn if box.content.contains(d.rect)]
    assert len(inside) > 5
    for d in inside:
        assert d.px >= LEGIBLE * height and "…" not in d.text, d
