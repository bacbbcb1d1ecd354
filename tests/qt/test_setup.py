"""Before and around the session: new session, participants, files, settings, help (issue 10)."""

import datetime as dt

import pytest
from dialogs import answer_dialog
from filetools import reopen
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox

from facilitator.qt import palette
from facilitator.qt.help_dialog import help_html
from facilitator.qt.participants.paste_dialog import PasteDialog
from facilitator.qt.settings_dialog import SettingsDialog
from facilitator.qt.start.file_names import suggested_name
from facilitator.store import SessionFile
from workshops.demo import build_demo


def test_suggested_file_names_are_safe_and_speak_for_themselves():
    assert suggested_name("Stroomhof Pomptechniek B.V.", dt.date(2026, 12, 1)) == \
        "Stroomhof Pomptechniek B.V 2026-12-01.session"
    assert suggested_name('A/B: "C"?', dt.date(2026, 12, 1)) == "A B C 2026-12-01.session"
    assert suggested_name("", dt.date(2026, 12, 1)) == "session 2026-12-01.session"


def test_new_session_flow_by_keyboard(controller, qtbot, tmp_path):
    start = controller.show_start()
    qtbot.keyClicks(start.company, "Brouwer Pompen B.V.")
    qtbot.keyClicks(start.place, "Apeldoorn")
    qtbot.keyClicks(start.facilitator, "Karin Smits")
    start.language.setCurrentIndex(start.language.findData("en"))
    assert start.agenda.currentText() == "Marketing & sales alignment, half day"
    assert start.file_name.text().startswith("Brouwer Pompen B.V")
    start.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is start, timeout=2000)
    with qtbot.waitSignal(start.create_requested):
        qtbot.keyClick(start.company, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    room_app = controller.room_app
    assert room_app is not None and not start.isVisible()
    session = room_app.context.session
    assert (session.meta.company, session.meta.place, session.meta.language) == ("Brouwer Pompen B.V.", "Apeldoorn", "en")
    assert session.meta.title == "Marketing & sales alignment" and len(session.agenda) == 8
    assert room_app.participants_dialog.isVisible(), "the next step, participants, opens by itself"
    assert controller.settings.value("new/facilitator") == "Karin Smits"
    path = room_app.context.file.path
    assert path.parent == tmp_path / "sessions" and path.exists()
    assert controller.recent.entries()[0].company == "Brouwer Pompen B.V."


def test_participants_by_keyboard_with_warnings(controller, qtbot, tmp_path):
    path = tmp_path / "p.session"
    from workshops.new_session import new_session

    SessionFile.create(path, new_session("nl", company="Acme")).close()
    controller.open(path)
    controller.participants()
    dialog = controller.room_app.participants_dialog
    qtbot.keyClicks(dialog.name, "Femke Schouten")
    dialog.department.setCurrentIndex(dialog.department.findData("marketing"))
    qtbot.keyClicks(dialog.role, "Head of marketing")
    dialog.signs.setChecked(True)
    qtbot.keyClick(dialog.role, Qt.Key.Key_Return)
    for name in ("Ruud Bakker", "Pieter Mulder", "ruud  bakker"):
        dialog.department.setCurrentIndex(dialog.department.findData("sales"))
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    people = controller.room_app.context.session.participants
    assert [p.name for p in people] == ["Femke Schouten", "Ruud Bakker", "Pieter Mulder", "ruud bakker"]
    assert people[0].signs and people[0].department == "marketing" and people[0].role == "Head of marketing"
    warnings = dialog.warnings.text()
    assert "Listed twice: Ruud Bakker" in warnings and "Nobody from sales signs" in warnings
    assert "marketing signs" not in warnings
    # reorder, edit in place, remove: all by keyboard
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    dialog.table.setFocus()
    dialog.table.selectRow(2)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.name for p in controller.room_app.context.session.participants][1] == "Pieter Mulder"
    dialog.table.selectRow(3)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(controller.room_app.context.session.participants) == 3
    dialog.table.setCurrentIndex(dialog.model.index(1, 2))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), type(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "Account manager")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits; QTest's Return never reaches an item editor's delegate
    assert controller.room_app.context.session.participants[1].role == "Account manager"
    controller.room_app.close()
    assert [p.name for p in reopen(path).participants] == ["Femke Schouten", "Pieter Mulder", "Ruud Bakker"]


def test_a_whole_line_in_the_name_field_fills_all_columns(controller, qtbot, tmp_path):
    path = tmp_path / "line.session"
    SessionFile.create(path, build_demo("nl", signed=False)).close()
    controller.open(path)
    controller.participants()
    dialog = controller.room_app.participants_dialog
    qtbot.keyClicks(dialog.name, "Sanne Visser; verkoop; Inside sales; ja")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    added = controller.room_app.context.session.participants[-1]
    assert (added.name, added.department, added.role, added.signs) == ("Sanne Visser", "sales", "Inside sales", True)


def test_late_arrival_is_added_without_leaving_the_module(controller, qtbot, tmp_path):
    path = tmp_path / "demo.session"
    SessionFile.create(path, build_demo("nl", signed=False)).close()
    controller.open(path)
    room = controller.room_app.room
    room.go_to(room.session.agenda[2].id)
    controller.participants()
    dialog = controller.room_app.participants_dialog
    assert not dialog.isModal()
    qtbot.keyClicks(dialog.name, "Laatkomer Jansen")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert room.session.room.current_module_id == room.session.agenda[2].id
    assert room.session.participants[-1].name == "Laatkomer Jansen"


MESSY = "Naam\tAfdeling\tFunctie\n Zoë de Bruijn \tMarketing\tContent\n\nRuud Bakker;verkoop;Directeur;ja\r\n" \
        "noel.wouters@stroomhof.be\n   \nHans van den Berg | directie\n"


def test_paste_a_messy_list_with_preview(controller, qtbot, tmp_path):
    path = tmp_path / "paste.session"
    from workshops.new_session import new_session

    SessionFile.create(path, new_session("nl")).close()
    controller.open(path)
    controller.participants()
    dialog = controller.room_app.participants_dialog

    def fill(paste: QDialog):
        assert isinstance(paste, PasteDialog)
        paste.text.setPlainText(MESSY)
        assert paste.preview.rowCount() == 4
        assert paste.summary.text().startswith("4")
        paste.accept()

    answer_dialog(fill)
    dialog.paste()
    people = {p.name: p for p in controller.room_app.context.session.participants}
    assert set(people) == {"Zoë de Bruijn", "Ruud Bakker", "Noel Wouters", "Hans van den Berg"}
    assert people["Zoë de Bruijn"].department == "marketing" and people["Zoë de Bruijn"].role == "Content"
    assert people["Ruud Bakker"].department == "sales" and people["Ruud Bakker"].signs
    assert people["Hans van den Berg"].department == "other"
    history = controller.room_app.context.history
    assert history.undo_label == "add participants" and history.undo()
    assert controller.room_app.context.session.participants == [], "one undo takes the whole pasted list back"


def test_recent_sessions_show_company_date_and_last_change(controller, qtbot, tmp_path):
    paths = []
    for company in ("Acme", "Brouwer"):
        path = tmp_path / f"{company}.session"
        from workshops.new_session import new_session

        SessionFile.create(path, new_session("en", company=company, day=dt.date(2026, 12, 3))).close()
        controller.open(path)
        paths.append(path)
    controller.close_session()
    start = controller.start
    assert start.isVisible() and controller.room_app is None
    first = start.recent_list.item(0).text()
    assert first.startswith("Brouwer") and "2026-12-03" in first and "last change" in first
    paths[0].unlink()
    start.refresh_recent()
    missing = start.recent_list.item(1)
    assert "file missing" in missing.text() and not missing.flags() & Qt.ItemFlag.ItemIsEnabled


@pytest.mark.parametrize("content,message", [(b"", "empty"), (b"%PDF-1.4", "PDF")])
def test_opening_a_bad_file_shows_the_clear_message(controller, qtbot, tmp_path, content, message):
    path = tmp_path / "bad.session"
    path.write_bytes(content)
    controller.show_start()
    seen = []

    def read(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    answer_dialog(read)
    assert controller.open(path) is False
    assert message in seen[0] and "\n" not in seen[0]
    assert path.read_bytes() == content


def test_a_session_open_elsewhere_is_refused_in_a_dialog(controller, qtbot, tmp_path):
    path = tmp_path / "busy.session"
    SessionFile.create(path, build_demo("en")).close()
    holder = SessionFile.open(path)
    try:
        seen = []
        answer_dialog(lambda box: (seen.append(box.text()), box.accept()))
        assert controller.open(path) is False
        assert "open in another Facilitator window" in seen[0]
    finally:
        holder.close()


def test_settings_are_kept_and_applied(controller, qtbot, tmp_path):
    path = tmp_path / "s.session"
    SessionFile.create(path, build_demo("en")).close()
    controller.open(path)

    def choose(dialog):
        assert isinstance(dialog, SettingsDialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData("contrast"))
        dialog.chime.setChecked(False)
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.accept()

    answer_dialog(choose)
    try:
        controller.settings_dialog()
        s = controller.settings
        assert s.value("beamer/theme") == "contrast" and s.value("chime/muted", type=bool) is True
        assert s.value("ui/language") == "nl"
        assert palette.current().name == "contrast" and controller.room_app.room.chime.muted
        QApplication.processEvents()
        assert controller.room_app.console.actions_by_name["next"].text() == "Volgend onderdeel"
    finally:
        palette.use("light")
        controller.ui_language.set("en")


def test_save_a_copy_from_the_console(controller, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "orig.session"
    SessionFile.create(path, build_demo("en")).close()
    controller.open(path)
    target = tmp_path / "copy.session"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))  # Qt's picker
    controller.save_copy()
    assert reopen(target).meta == controller.room_app.context.session.meta


@pytest.mark.parametrize("language,phrase", [("en", "F9"), ("nl", "geeltjes")])
def test_help_page_in_both_languages(language, phrase):
    html = help_html(language)
    assert phrase in html and "<script" not in html.lower()


def _pyproject_version() -> str:
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _close_about(seen: dict):
    def read(dialog):
        seen["title"] = dialog.windowTitle()
        seen["version"] = dialog.findChild(QLabel, "aboutVersion").text()
        seen["details"] = dialog.findChild(QLabel, "aboutDetails").text()
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        seen["close"] = close.text().replace("&", "")
        QTest.mouseClick(close, Qt.MouseButton.LeftButton)
    return read


def test_about_from_the_start_screen_shows_the_one_version(controller, qtbot):
    start = controller.show_start()
    qtbot.waitExposed(start)
    seen: dict = {}
    answer_dialog(_close_about(seen))
    qtbot.mouseClick(start.about_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == "About Facilitator"
    assert f"Facilitator {_pyproject_version()}" in seen["version"]
    assert "Session file format" in seen["details"] and "PySide6" in seen["details"]
    assert QApplication.activeModalWidget() is None


def test_about_from_the_console_help_menu_in_dutch(controller, qtbot, tmp_path):
    path = tmp_path / "s.session"
    SessionFile.create(path, build_demo("nl", signed=False)).close()
    controller.ui_language.set("nl")
    try:
        controller.open(path)
        console = controller.room_app.console
        qtbot.waitExposed(console)
        bar = console.menuBar()
        about = console.actions_by_name["about"]
        help_menu = next(a.menu() for a in bar.actions() if a.menu() and about in a.menu().actions())
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(help_menu.menuAction()).center())
        qtbot.waitUntil(help_menu.isVisible)
        seen: dict = {}
        answer_dialog(_close_about(seen))
        qtbot.mouseClick(help_menu, Qt.MouseButton.LeftButton, pos=help_menu.actionGeometry(about).center())
        qtbot.waitUntil(lambda: "title" in seen)
        assert seen["title"] == "Over Facilitator" and seen["close"] == "Sluiten", "Qt's own buttons in Dutch too"
        assert _pyproject_version() in seen["version"]
    finally:
        controller.ui_language.set("en")


def test_the_version_is_written_into_every_new_session_file(tmp_path):
    path = tmp_path / "v.session"
    SessionFile.create(path, build_demo("en", signed=False)).close()
    assert reopen(path).meta.created_with == _pyproject_version()


def test_settings_choose_the_identity_that_seals(controller, qtbot, tmp_path):
    from facilitator.export import identities, signing

    path = tmp_path / "s.session"
    SessionFile.create(path, build_demo("en", signed=False)).close()
    for name in ("Anna Jansen", "Bram Peeters"):
        signing.credentials(name)
    controller.open(path)
    console = controller.room_app.console

    def pick_the_second(dialog):
        combo = dialog.findChild(QComboBox, "sealIdentity")
        assert [combo.itemText(i).split(" — ")[0] for i in range(1, combo.count())] == ["Anna Jansen", "Bram Peeters"]
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answer_dialog(pick_the_second)
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=5000)
    qtbot.keyClick(console.capture.field, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: identities.chosen() is not None, timeout=10000)
    assert identities.chosen().name == "Bram Peeters"
    session = controller.room_app.context.session
    assert signing.holder(identities.for_session(session)).name == "Bram Peeters"


def test_emails_in_the_name_field_the_table_and_a_pasted_list(controller, qtbot, tmp_path):
    path = tmp_path / "mail.session"
    from workshops.new_session import new_session

    SessionFile.create(path, new_session("nl")).close()
    controller.open(path)
    controller.participants()
    dialog = controller.room_app.participants_dialog
    session = lambda: controller.room_app.context.session  # noqa: E731
    qtbot.keyClicks(dialog.name, "Sanne Visser <Sanne.Visser@Brouwer.example>; verkoop")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert session().participants[-1].email == "Sanne.Visser@brouwer.example"
    # Edited in the table's e-mail column; a wrong address is refused with a message.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    column = dialog.model.columnCount() - 1
    assert dialog.model.headerData(column, Qt.Orientation.Horizontal) == "E-mail"
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, column))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), type(editor)
    editor.selectAll()
    with qtbot.waitSignal(controller.room_app.room.error) as error:
        qtbot.keyClicks(editor, "sanne@brouwer")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert "not an e-mail address" in error.args[0]
    assert session().participants[0].email == "Sanne.Visser@brouwer.example"
    dialog.table.setCurrentIndex(dialog.model.index(0, column))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert session().participants[0].email is None, "an emptied cell removes the address"

    def fill(paste: QDialog):
        paste.text.setPlainText("Ruud Bakker <ruud.bakker@brouwer.example>; verkoop\nHans Berg; hans@nowhere\n")
        assert paste.preview.item(0, 5).text() == "ruud.bakker@brouwer.example"
        paste.accept()

    answer_dialog(fill)
    dialog.paste()
    people = {p.name: p.email for p in session().participants}
    assert people["Ruud Bakker"] == "ruud.bakker@brouwer.example" and people["Hans Berg"] is None
    controller.room_app.close()
    assert {p.name: p.email for p in reopen(path).participants} == people
