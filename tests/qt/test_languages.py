"""The console follows the UI language; the beamer the session's language (Qt .ts/.qm files)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.model.operations import UpdateMeta
from facilitator.qt.i18n import RoomText, ensure_compiled, qm_path


def test_dutch_translation_is_compiled_and_complete():
    assert ensure_compiled("nl") and qm_path("nl").exists()
    ts = qm_path("nl").with_suffix(".ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts, "every string has a Dutch translation"


def test_room_text_uses_the_session_language():
    assert RoomText("nl")("Welcome") == "Welkom"
    assert RoomText("nl")("S") == "V"  # Verkoop
    assert RoomText("en")("Welcome") == "Welcome"


def test_switching_the_console_to_dutch_and_back(room_app, qtbot):
    room_app.show()
    console = room_app.console
    console.set_language("nl")
    QApplication.processEvents()  # Qt delivers LanguageChange to every widget as an event
    assert console.actions_by_name["next"].text() == "Volgend onderdeel"
    assert console.capture.field.placeholderText().startswith("Typ wat er gezegd wordt")
    assert console.agenda.model.headerData(0, Qt.Orientation.Horizontal) == "Onderdeel"
    assert room_app.context.settings.value("ui/language") == "nl"
    console.set_language("en")
    assert console.actions_by_name["next"].text() == "Next module"
    QApplication.processEvents()


def test_beamer_letters_follow_the_session_language(room_app, qtbot):
    room = room_app.room
    room.go_to(room.session.agenda[2].id)  # the friction board with the demo's notes
    letters = {item.letter for item in room_app.board.notes.values()}
    assert letters == {"M", "V", "G"}
    room.run(UpdateMeta(changes={"language": "en"}))
    assert {item.letter for item in room_app.board.notes.values()} == {"M", "S", "J"}
