"""The console's view of the board: select, move, edit, group, vote, filter, zoom, by keyboard first.

Keys (board focused; Tab from the capture field, Esc back):
  arrows select the nearest note that way   Ctrl+arrows move the cursor only   Space (de)select
  Shift+arrows move the selection           Enter edit                        Delete remove
  G group (merges clusters)                 U ungroup                         N rename cluster
  M / S / O add a dot for marketing / sales / others, with Shift take one away
  T next department                         V sort by votes                   C arrange clusters
  (G, U, V, C and typed notes never stack notes or clusters: the core's board_layout places them)
  A make action items of the selected notes
  Z zoom to the selection (the beamer follows)  Ctrl+0 fit      Ctrl++ / Ctrl+- zoom
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QGraphicsView, QInputDialog, QMenu

from ...model import ActionItem, NoteGroup, new_id
from ...model.board_layout import GAP, NOTE_H, NOTE_W, by_clusters, by_votes, group_notes, ungroup_notes
from ...model.operations import (
    AddAction,
    Batch,
    DeleteNote,
    EditNote,
    MoveNote,
    RenameGroup,
    SetNoteDepartment,
    VoteNote,
)
from ...model.types import one_line
from ..room import RoomController
from .editor import NoteEditor
from .note_actions import NoteActions
from .note_item import NoteItem
from .scene import BoardScene

DIRECTIONS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
VOTE_KEYS = {Qt.Key.Key_M: "marketing", Qt.Key.Key_S: "sales", Qt.Key.Key_O: "other"}
CYCLE = {"marketing": "sales", "sales": "joint", "joint": "marketing"}


class BoardView(QGraphicsView):
    back_to_capture = Signal()

    def __init__(self, room: RoomController, scene: BoardScene, actions: NoteActions | None = None) -> None:
        super().__init__(scene)
        self.setObjectName("boardView")
        self.room = room
        self.board = scene
        self.note_actions = actions or NoteActions()
        self.cursor_id: str | None = None
        self.editor: NoteEditor | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._auto_fit = True
        scene.board_changed.connect(self._after_board_change)
        self.horizontalScrollBar().valueChanged.connect(self._share_focus)
        self.verticalScrollBar().valueChanged.connect(self._share_focus)

    # -- helpers -------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        ids = [item.note_id for item in self.board.selectedItems() if isinstance(item, NoteItem)]
        return sorted(ids, key=lambda i: (self.board.notes[i].note.y, self.board.notes[i].note.x))

    def _run(self, op) -> bool:
        return self.room.run(op)

    def _after_board_change(self) -> None:
        if self.cursor_id not in self.board.notes:
            self.cursor_id = None
        if self._auto_fit and self.board.focus is None:
            # Refit only when something fell outside the view: a repaint of the whole board per
            # typed note would be wasted work (the new note usually lands in view).
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            if not visible.contains(self.board.content_rect()):
                self.fit()

    def _share_focus(self) -> None:
        """The beamer shows what the facilitator zoomed to; fit-all shows the whole board."""
        if self._auto_fit:
            self.board.set_focus(None)
        else:
            self.board.set_focus(self.mapToScene(self.viewport().rect()).boundingRect())

    def fit(self) -> None:
        rect = self.board.content_rect()
        self.board.set_focus(None)
        if rect.isEmpty():
            self.resetTransform()
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:  # never blow notes up past their real size
            self.resetTransform()
            self.centerOn(rect.center())

    def zoom(self, factor: float) -> None:
        self._auto_fit = False
        self.scale(factor, factor)
        self._share_focus()

    def zoom_to_selection(self) -> None:
        """Z: zoom console and beamer to the selected notes (or their cluster)."""
        items = [self.board.notes[i] for i in self.selected_ids()]
        if not items:
            return
        rect = items[0].sceneBoundingRect()
        for item in items[1:]:
            rect = rect.united(item.sceneBoundingRect())
        # Keep some context around a single note: at least three notes wide, two high.
        grow_w = max(0.0, 3 * (NOTE_W + GAP) - rect.width()) / 2
        grow_h = max(0.0, 2 * (NOTE_H + GAP) - rect.height()) / 2
        rect = rect.adjusted(-grow_w - 40, -grow_h - 60, grow_w + 40, grow_h + 40)
        bounds = self.board.content_rect()  # slide the region back onto the board, not into empty space
        rect.moveLeft(max(bounds.left(), min(rect.left(), bounds.right() - rect.width())))
        rect.moveTop(max(bounds.top(), min(rect.top(), bounds.bottom() - rect.height())))
        self._auto_fit = False
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.board.set_focus(rect)  # the beamer shows exactly this region, in its own shape

    def set_cursor(self, note_id: str | None, select_only: bool = True) -> None:
        self.cursor_id = note_id
        if note_id is None:
            return
        item = self.board.notes[note_id]
        if select_only:
            self.board.clearSelection()
            item.setSelected(True)
        self.ensureVisible(item, 40, 40)

    def _nearest(self, dx: int, dy: int) -> str | None:
        items = [i for i in self.board.notes.values() if i.isVisible()]
        if not items:
            return None
        current = self.board.notes.get(self.cursor_id) if self.cursor_id else None
        if current is None:
            return min(items, key=lambda i: (i.note.y, i.note.x)).note_id
        origin = current.pos()
        best, best_score = None, None
        for item in items:
            if item is current:
                continue
            delta = item.pos() - origin
            along = delta.x() * dx + delta.y() * dy
            if along <= 0:
                continue
            across = abs(delta.x() * dy) + abs(delta.y() * dx)
            score = along + 2 * across
            if best_score is None or score < best_score:
                best, best_score = item, score
        return best.note_id if best else None

    # -- commands ------------------------------------------------------------------------------

    def move_selection(self, dx: int, dy: int) -> None:
        ops = [MoveNote(note_id=i, x=self.board.notes[i].note.x + dx * (NOTE_W + GAP),
                        y=self.board.notes[i].note.y + dy * (NOTE_H + GAP)) for i in self.selected_ids()]
        if ops:
            self._run(Batch(ops=ops, name="move notes"))

    def delete_selection(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._run(Batch(ops=[DeleteNote(note_id=i) for i in ids], name="delete notes"))

    def vote(self, department: str, delta: int) -> None:
        ids = self.selected_ids()
        ops = [VoteNote(note_id=i, department=department, delta=delta) for i in ids
               if delta > 0 or getattr(self.board.notes[i].note.votes, department) > 0]
        if ops:
            self._run(Batch(ops=ops, name="vote"))

    def cycle_department(self) -> None:
        ids = self.selected_ids()
        if ids:
            ops = [SetNoteDepartment(note_id=i, department=CYCLE[self.board.notes[i].note.department.value])
                   for i in ids]
            self._run(Batch(ops=ops, name="change department"))

    def group_selection(self, name: str | None = None) -> None:
        ids = self.selected_ids()
        module_id = self.board.module_id
        if not ids or module_id is None:
            return
        session = self.room.session
        existing = next((session.groups[session.notes[i].group_id] for i in ids if session.notes[i].group_id), None)
        if name is None:
            default = existing.name if existing else self.tr("Cluster {0}").format(len(self.board.clusters) + 1)
            name, ok = QInputDialog.getText(self, self.tr("Group notes"), self.tr("Name of the cluster:"), text=default)
            if not ok or not name.strip():
                return
        group = NoteGroup(id=existing.id if existing else new_id(), module_id=module_id, name=name.strip()[:200])
        self._run(group_notes(session, module_id, ids, group))

    def ungroup_selection(self) -> None:
        ids = [i for i in self.selected_ids() if self.board.notes[i].note.group_id]
        if ids:
            self._run(ungroup_notes(self.room.session, ids))

    def rename_cluster(self) -> None:
        ids = self.selected_ids()
        group_id = next((self.board.notes[i].note.group_id for i in ids if self.board.notes[i].note.group_id), None)
        if group_id is None:
            return
        old = self.room.session.groups[group_id].name
        name, ok = QInputDialog.getText(self, self.tr("Rename cluster"), self.tr("Name of the cluster:"), text=old)
        name = one_line(name).strip()
        if ok and name:
            self._run(RenameGroup(group_id=group_id, name=name[:200]))

    def make_actions(self) -> None:
        """A: each selected note becomes an action item (its speaker the owner), edited in the agreement."""
        notes = [self.board.notes[i].note for i in self.selected_ids()]
        if notes:
            ops = [AddAction(action=ActionItem(id=new_id(), what=n.text, owner_id=n.speaker_id,
                                               module_id=n.module_id)) for n in notes]
            if self._run(Batch(ops=ops, name="make action items")):
                self.room.error.emit(self.tr("{0} action item(s) added; edit them in the agreement (Ctrl+E).")
                                     .format(len(ops)))

    def sort_by_votes(self) -> None:
        if self.board.module_id:
            self._run(by_votes(self.room.session, self.board.module_id))

    def arrange_clusters(self) -> None:
        if self.board.module_id:
            self._run(by_clusters(self.room.session, self.board.module_id))

    def edit(self, note_id: str | None = None) -> None:
        note_id = note_id or self.cursor_id or next(iter(self.selected_ids()), None)
        if note_id is None or note_id not in self.board.notes:
            return
        item = self.board.notes[note_id]
        rect = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        editor = NoteEditor(self.viewport(), note_id, item.note.text)
        editor.setGeometry(rect.adjusted(0, 0, 0, 0).intersected(self.viewport().rect()))
        editor.finished.connect(lambda nid, text: self._run(EditNote(note_id=nid, text=text)))
        editor.finished.connect(lambda *_: self.setFocus())
        editor.cancelled.connect(self.setFocus)
        editor.show()
        editor.setFocus()
        self.editor = editor

    # -- events --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in DIRECTIONS:
            dx, dy = DIRECTIONS[key]
            if shift:
                self.move_selection(dx, dy)
            else:
                target = self._nearest(dx, dy)
                if target:
                    self.set_cursor(target, select_only=not ctrl)
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif ctrl and key == Qt.Key.Key_0:
            self._auto_fit = True
            self.fit()
        elif ctrl:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Space and self.cursor_id:
            item = self.board.notes[self.cursor_id]
            item.setSelected(not item.isSelected())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key in VOTE_KEYS:
            self.vote(VOTE_KEYS[key], -1 if shift else 1)
        elif key == Qt.Key.Key_G:
            self.group_selection()
        elif key == Qt.Key.Key_U:
            self.ungroup_selection()
        elif key == Qt.Key.Key_N:
            self.rename_cluster()
        elif key == Qt.Key.Key_T:
            self.cycle_department()
        elif key == Qt.Key.Key_V:
            self.sort_by_votes()
        elif key == Qt.Key.Key_C:
            self.arrange_clusters()
        elif key == Qt.Key.Key_Z:
            self.zoom_to_selection()
        elif key == Qt.Key.Key_A:
            self.make_actions()
        elif key == Qt.Key.Key_Escape:
            self.back_to_capture.emit()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        if self.cursor_id is None and not self.selected_ids():
            self.set_cursor(self._nearest(1, 0))
        super().focusInEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NoteItem):
            self.cursor_id = item.note_id
            item.setFlag(NoteItem.GraphicsItemFlag.ItemIsMovable, True)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        moved = [MoveNote(note_id=i.note_id, x=i.pos().x(), y=i.pos().y()) for i in self.board.notes.values()
                 if (i.pos().x(), i.pos().y()) != (i.note.x, i.note.y)]
        for item in self.board.notes.values():
            item.setFlag(NoteItem.GraphicsItemFlag.ItemIsMovable, False)
        if moved and not self._run(Batch(ops=moved, name="move notes")):
            self.board.show_module(self.board.module_id)  # refused: put them back where the file has them

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NoteItem):
            self.edit(item.note_id)
        else:
            super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        item = self.itemAt(event.pos())
        if isinstance(item, NoteItem) and not item.isSelected():
            self.set_cursor(item.note_id)
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit (Enter)"), self.edit)
        menu.addAction(self.tr("Group (G)"), self.group_selection)
        menu.addAction(self.tr("Ungroup (U)"), self.ungroup_selection)
        menu.addAction(self.tr("Next department (T)"), self.cycle_department)
        menu.addAction(self.tr("Delete (Del)"), self.delete_selection)
        module = self.room.session.module(self.board.module_id) if self.board.module_id else None
        actions = self.note_actions.for_kind(module.kind) if module else []
        if actions:
            use = menu.addMenu(self.tr("Use as…"))
            for action in actions:
                use.addAction(action.label(), lambda a=action: self._use(a))
        menu.exec(event.globalPos())

    def _use(self, action) -> None:
        op = action.run(self.room.session, self.selected_ids())
        if op is not None:
            self._run(op)

