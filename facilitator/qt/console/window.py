"""The facilitator's console: agenda, current module and script, capture, beamer preview."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...model import NoteDepartment
from ...model.operations import AddModule
from ..beamer.preview import BeamerPreview
from ..board.note_actions import NoteActions
from ..board.scene import BoardScene
from ..board.view import BoardView
from ..module_views import ModuleViews
from ..retranslate import Retranslating
from ..room import RoomController
from ..screens import ScreenPlacer
from .agenda_panel import AgendaPanel
from .board_bar import BoardBar
from .capture_bar import CaptureBar
from .module_panel import ModulePanel
from .script_panel import ScriptPanel

WINDOW_TITLE = "Facilitator — console"
APP_WIDE = {"write_agreement", "start", "next", "previous", "beamer", "swap", "blackout", "mute", "plus1", "plus5",
            "undo", "redo", "page_next", "page_previous"}

# Keys handled inside the capture field and the board (not menu actions), for the overlay.
CAPTURE_KEYS = [
    ("@name", QT_TRANSLATE_NOOP("ConsoleWindow", "In the text: the speaker, by the first letters of a name")),
    ("m: s: j:", QT_TRANSLATE_NOOP("ConsoleWindow", "At the start: this note's department")),
    ("!", QT_TRANSLATE_NOOP("ConsoleWindow", "At the start: an action item instead of a note")),
    ("Tab", QT_TRANSLATE_NOOP("ConsoleWindow", "From typing to the board")),
]
BOARD_KEYS = [
    ("← → ↑ ↓", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: select the nearest note that way")),
    ("Ctrl+arrows / Space", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: move the cursor / add it to the selection")),
    ("Shift+arrows", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: move the selected notes")),
    ("Enter", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: edit the note (Enter keeps, Esc cancels)")),
    ("Del", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: delete the selected notes")),
    ("G / U / N", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: group (merges clusters) / ungroup / rename cluster")),
    ("M / S / O",
     QT_TRANSLATE_NOOP("ConsoleWindow", "Board: a dot from marketing / sales / others (Shift: take one away)")),
    ("T", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: next department")),
    ("A", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: make action items of the selected notes")),
    ("V / C", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: sort by dots / arrange clusters")),
    ("Z", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: zoom to the selection; the beamer follows")),
    ("Ctrl+0, Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: fit / zoom")),
    ("Esc", QT_TRANSLATE_NOOP("ConsoleWindow", "Board: back to typing")),
]


class ConsoleWindow(Retranslating, QMainWindow):
    closing = Signal()  # the facilitator closed the console: the session ends

    def __init__(self, room: RoomController, board: BoardScene, note_actions: NoteActions | None = None,
                 files=None, sections=None, views: ModuleViews | None = None) -> None:
        super().__init__()
        self.setObjectName("console")
        self.room = room
        self.files = files  # the app controller: new, open, recent, copy, close, participants, settings
        self.sections = sections  # module pages for the agreement PDF
        self.agreement_dialog = None
        self.placer: ScreenPlacer | None = None
        self.agenda = AgendaPanel(room)
        self.module_panel = ModulePanel(room)
        self.board = BoardView(room, board, note_actions)
        self.board_bar = BoardBar(room, board, self.board)
        self.capture = CaptureBar(room)
        self.capture.to_board.connect(self.board.setFocus)
        self.board.back_to_capture.connect(lambda: self.capture.field.setFocus())
        self.script = ScriptPanel(room)
        self.preview = BeamerPreview(room, board, views=views)
        self.views = views or ModuleViews()
        self._module_widgets: dict[str, QWidget] = {}
        self.preview_box = QGroupBox()
        self.beamer_buttons = {name: QPushButton() for name in ("toggle", "swap", "blackout", "mute")}
        for button in self.beamer_buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.beamer_buttons["blackout"].setCheckable(True)
        self.beamer_buttons["mute"].setCheckable(True)

        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview)
        row = QHBoxLayout()
        for button in self.beamer_buttons.values():
            row.addWidget(button)
        preview_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_box)
        right_layout.addWidget(self.script, 1)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.module_panel)
        board_area = QWidget()
        board_layout = QVBoxLayout(board_area)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.board, 1)
        board_layout.addWidget(self.board_bar)
        self.work_area = QStackedWidget()  # the board, or the current module's own work area
        self.work_area.addWidget(board_area)
        middle_layout.addWidget(self.work_area, 1)
        middle_layout.addWidget(self.capture)

        splitter = QSplitter()
        splitter.addWidget(self.agenda)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 6)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([330, 1000, 520])
        self.setCentralWidget(splitter)

        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self.beamer_buttons["toggle"].clicked.connect(lambda: self.actions_by_name["beamer"].trigger())
        self.beamer_buttons["swap"].clicked.connect(lambda: self.actions_by_name["swap"].trigger())
        self.beamer_buttons["blackout"].clicked.connect(lambda: self.actions_by_name["blackout"].trigger())
        self.beamer_buttons["mute"].clicked.connect(lambda: self.actions_by_name["mute"].trigger())
        self.agenda.add_requested.connect(self.add_module)
        room.error.connect(self.show_error)
        room.time_up.connect(lambda title: self.statusBar().showMessage(self.tr("Time is up: {0}").format(title), 8000))
        room.context.document.changed.connect(lambda _c: self._update_title())
        room.context.document.changed.connect(lambda _c: self._show_work_area())
        self.retranslate()
        self.resize(1280, 800)
        self.capture.field.setFocus()

    # -- actions -------------------------------------------------------------------------------

    def _action(self, name: str, handler: Callable[[], None], keys: list[str], checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        # Presenter keys work from the beamer window too (a remote sends keys to whichever window
        # has focus); the rest belong to the console, so dialogs can use the same keys.
        context = Qt.ShortcutContext.ApplicationShortcut if name in APP_WIDE else Qt.ShortcutContext.WindowShortcut
        action.setShortcutContext(context)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: handler())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        room = self.room
        a = self._action
        a("undo", self.undo, ["Ctrl+Z"])
        a("redo", self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        a("start", room.start_pause, ["F9", "Ctrl+Space"])  # plain Space selects on the board
        a("plus1", lambda: room.add_minutes(1), ["Ctrl+1"])
        a("plus5", lambda: room.add_minutes(5), ["Ctrl+5"])
        a("reset", room.reset_timer, ["Ctrl+R"])
        a("mute", self.toggle_mute, ["Ctrl+M"], checkable=True)
        a("next", lambda: room.step(1), ["PgDown"])
        a("previous", lambda: room.step(-1), ["PgUp"])
        a("up", lambda: self.agenda.move_selected(-1), ["Alt+Up"])
        a("down", lambda: self.agenda.move_selected(1), ["Alt+Down"])
        a("skip", self.agenda.toggle_skip_selected, ["Ctrl+K"])
        a("add", self.add_module, ["Ctrl+Shift+N"])
        a("beamer", self.toggle_beamer, ["F5"])
        a("swap", self.swap_screens, ["F6"])
        a("blackout", self.toggle_blackout, ["B", "Ctrl+B", "."], checkable=True)
        a("page_next", lambda: room.turn_page(1), ["Ctrl+PgDown"])
        a("page_previous", lambda: room.turn_page(-1), ["Ctrl+PgUp"])
        a("keys", self.show_keys, ["?"])
        a("marketing", lambda: self.capture.set_department(NoteDepartment.MARKETING), ["F2"])
        a("sales", lambda: self.capture.set_department(NoteDepartment.SALES), ["F3"])
        a("joint", lambda: self.capture.set_department(NoteDepartment.JOINT), ["F4"])
        a("capture", lambda: self.capture.field.setFocus(), ["Ctrl+L"])
        a("board", self.board.setFocus, ["Ctrl+J"])
        a("hide", self.board_bar.toggle_hidden, ["Ctrl+H"])
        a("filter_marketing", lambda: self.board_bar.toggle_filter("marketing"), ["Alt+1"])
        a("filter_sales", lambda: self.board_bar.toggle_filter("sales"), ["Alt+2"])
        a("filter_joint", lambda: self.board_bar.toggle_filter("joint"), ["Alt+3"])
        a("quit", self.quit, ["Ctrl+Q"])
        files = self.files
        a("new", lambda: files and files.new_session(), ["Ctrl+N"])
        a("open", lambda: files and files.open_dialog(), ["Ctrl+O"])
        a("copy", lambda: files and files.save_copy(), ["Ctrl+Shift+S"])
        a("close", lambda: files.close_session() if files else self.close(), ["Ctrl+W"])
        a("participants", lambda: files and files.participants(), ["Ctrl+P"])
        a("settings", lambda: files and files.settings_dialog(), ["Ctrl+,"])
        a("help", self.show_help, ["F1"])
        a("about", self.show_about, [])
        a("agreement", self.show_agreement, ["Ctrl+E"])
        a("write_agreement", self.write_agreement, ["Ctrl+Shift+E"])
        for name in ("new", "open", "copy", "participants", "settings"):
            self.actions_by_name[name].setEnabled(files is not None)
        self.language_group = QActionGroup(self)
        for code in ("en", "nl"):
            action = QAction(self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, lang=code: self.set_language(lang))
            self.language_group.addAction(action)
            self.actions_by_name[f"lang_{code}"] = action

    def _menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        texts = self._action_texts()
        for name, action in self.actions_by_name.items():
            action.setText(texts.get(name, name))
        layout = [
            (self.tr("&Session"), ["new", "open", "recent", "copy", None, "participants", "agreement",
                                   "write_agreement", "settings", None, "undo", "redo", None, "close", "quit"]),
            (self.tr("&Agenda"), ["next", "previous", None, "up", "down", "skip", "add"]),
            (self.tr("&Timer"), ["start", "plus1", "plus5", "reset", None, "mute"]),
            (self.tr("&Board"), ["board", "capture", None, "hide", "filter_marketing", "filter_sales",
                                 "filter_joint"]),
            (self.tr("&Beamer"), ["beamer", "swap", "blackout", None, "page_next", "page_previous"]),
            (self.tr("&Language"), ["lang_en", "lang_nl"]),
            (self.tr("&Help"), ["help", "keys", None, "about"]),
        ]
        for title, names in layout:
            menu = QMenu(title, bar)
            for name in names:
                if name is None:
                    menu.addSeparator()
                elif name == "recent":
                    self._recent_menu(menu)
                else:
                    menu.addAction(self.actions_by_name[name])
            bar.addMenu(menu)
        language = self.room.context.ui_language.language
        self.actions_by_name[f"lang_{language}"].setChecked(True)

    def _recent_menu(self, parent: QMenu) -> None:
        recent = parent.addMenu(self.tr("Recent sessions"))
        entries = self.files.recent_entries() if self.files else []
        current = self.room.context.file.path.resolve()
        for entry in entries:
            if entry.path == current:
                continue
            label = " — ".join(part for part in (entry.company, entry.title, entry.date) if part) or entry.path.name
            action = recent.addAction(label, lambda p=entry.path: self.files.open(p))
            action.setEnabled(entry.exists)
        recent.setEnabled(bool(recent.actions()))

    def _action_texts(self) -> dict[str, str]:
        return {
            "undo": self.tr("Undo"), "redo": self.tr("Redo"), "start": self.tr("Start / pause timer"),
            "plus1": self.tr("Add one minute"), "plus5": self.tr("Add five minutes"),
            "reset": self.tr("Reset timer"), "mute": self.tr("Mute the chime"),
            "next": self.tr("Next module"), "previous": self.tr("Previous module"),
            "up": self.tr("Move module up"), "down": self.tr("Move module down"),
            "skip": self.tr("Skip or restore module"), "add": self.tr("Add module…"),
            "beamer": self.tr("Show or hide the beamer"), "swap": self.tr("Swap screens"),
            "blackout": self.tr("Black out the beamer"), "keys": self.tr("Keyboard shortcuts"),
            "marketing": self.tr("Note from marketing"), "sales": self.tr("Note from sales"),
            "joint": self.tr("Joint note"), "capture": self.tr("Back to typing"), "quit": self.tr("Quit"),
            "board": self.tr("Go to the board"), "hide": self.tr("Silent writing: hide notes on the beamer"),
            "filter_marketing": self.tr("Show or hide marketing notes"),
            "filter_sales": self.tr("Show or hide sales notes"), "filter_joint": self.tr("Show or hide joint notes"),
            "lang_en": "English", "lang_nl": "Nederlands",
            "new": self.tr("New session…"), "open": self.tr("Open…"), "copy": self.tr("Save a copy as…"),
            "close": self.tr("Close session"), "participants": self.tr("Participants…"),
            "settings": self.tr("Settings…"), "help": self.tr("How to run the session"),
            "about": self.tr("About Facilitator"),
            "agreement": self.tr("Agreement and sign-off…"),
            "page_next": self.tr("Agreement on the beamer: next page"),
            "page_previous": self.tr("Agreement on the beamer: previous page"),
            "write_agreement": self.tr("Write the agreement PDF and invitation into the session's folder"),
        }

    def retranslate(self) -> None:
        self._menus()
        self.preview_box.setTitle(self.tr("On the beamer"))
        labels = {"toggle": self.tr("Beamer on/off (F5)"), "swap": self.tr("Swap screens (F6)"),
                  "blackout": self.tr("Black out (B)"), "mute": self.tr("Mute (Ctrl+M)")}
        for name, button in self.beamer_buttons.items():
            button.setText(labels[name])
        self._update_title()


    def _show_work_area(self) -> None:
        """Modules with a view of their own (the maturity scan, …) replace the board in the console."""
        module = self.room.session.current_module
        view = self.views.get(module.kind) if module is not None else None
        if view is None:
            self.work_area.setCurrentIndex(0)
            return
        widget = self._module_widgets.get(module.id)
        if widget is None:
            widget = view.console(self.room)
            self._module_widgets[module.id] = widget
            self.work_area.addWidget(widget)
        self.work_area.setCurrentWidget(widget)

    def _update_title(self) -> None:
        saved = self.tr("all changes saved")
        self.setWindowTitle(f"{WINDOW_TITLE} — {self.room.session.meta.title} — {saved}")

    # -- handlers ------------------------------------------------------------------------------

    def undo(self) -> None:
        try:
            if not self.room.context.history.undo():
                self.statusBar().showMessage(self.tr("Nothing to undo"), 3000)
        except Exception as exc:  # a refused undo (e.g. disk full) keeps both stacks intact
            self.show_error(getattr(exc, "message", str(exc)))

    def redo(self) -> None:
        try:
            if not self.room.context.history.redo():
                self.statusBar().showMessage(self.tr("Nothing to redo"), 3000)
        except Exception as exc:
            self.show_error(getattr(exc, "message", str(exc)))

    def toggle_mute(self) -> None:
        muted = not self.room.chime.muted
        self.room.chime.muted = muted
        self.actions_by_name["mute"].setChecked(muted)
        self.beamer_buttons["mute"].setChecked(muted)
        self.room.context.settings.setValue("chime/muted", muted)

    def toggle_blackout(self) -> None:
        self.room.toggle_blackout()
        self.actions_by_name["blackout"].setChecked(self.room.blackout)
        self.beamer_buttons["blackout"].setChecked(self.room.blackout)

    def toggle_beamer(self) -> None:
        if self.placer:
            self.placer.toggle()

    def swap_screens(self) -> None:
        if self.placer:
            self.placer.swap()

    def add_module(self) -> None:
        from .add_module_dialog import AddModuleDialog  # only when asked: keeps start-up short

        dialog = AddModuleDialog(self)
        if dialog.exec():
            agenda = self.room.session.agenda
            ids = [m.id for m in agenda]
            current = self.room.session.room.current_module_id
            index = ids.index(current) + 1 if current in ids else len(ids)
            self.room.run(AddModule(module=dialog.module(), index=index))

    def set_language(self, language: str) -> None:
        self.room.context.ui_language.set(language)
        self.room.context.settings.setValue("ui/language", language)
        self.retranslate()

    def show_keys(self) -> None:
        from .keys_overlay import KeysOverlay

        texts = self._action_texts()
        rows = [(" / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()),
                 texts[name]) for name, action in self.actions_by_name.items() if action.shortcuts()]
        rows += [(keys, self.tr(what)) for keys, what in BOARD_KEYS]
        rows += [(keys, self.tr(what)) for keys, what in CAPTURE_KEYS]
        KeysOverlay(rows, self).exec()

    def quit(self) -> None:
        if self.files is not None:
            self.files.quit()
        else:
            self.close()

    def show_agreement(self) -> None:
        from ..agreement.dialog import AgreementDialog

        if self.agreement_dialog is None:
            self.agreement_dialog = AgreementDialog(self.room, self.sections, self)
        self.agreement_dialog.show()
        self.agreement_dialog.raise_()
        self.agreement_dialog.activateWindow()

    def write_agreement(self) -> None:
        from ..agreement.writing import write_agreement, written_text

        written = write_agreement(self, self.room, self.room.context.file.path.parent, self.sections)
        if written is not None:
            self.statusBar().showMessage(written_text(written), 15000)

    def show_about(self) -> None:
        from ..about_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_help(self) -> None:
        from ..help_dialog import HelpDialog

        HelpDialog(self.room.context.ui_language.language, self).exec()

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        if "could not save" in message.lower() or "disk" in message.lower():
            QMessageBox.warning(self, self.tr("Not saved"), message)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.closing.emit()
        super().closeEvent(event)
