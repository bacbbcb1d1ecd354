"""The board of the current module as a graphics scene, kept in step with the session.

Console and beamer show this one scene: the console through an interactive view, the beamer by
rendering it into its content area. The scene only reads the session; every change goes through
operations, and the scene follows the announced changes record by record.
"""

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene

from ...model.board_geometry import frame_around
from ...model.document import Change
from ...model.records import Note
from ..beamer.frame_builder import LETTERS, OTHER_LETTER, initials
from ..room import RoomController
from .cluster_item import ClusterItem
from .note_item import NoteItem

MARGIN = 40.0


class BoardScene(QGraphicsScene):
    board_changed = Signal()  # something visible on the board changed (for the beamer's cache)

    def __init__(self, room: RoomController) -> None:
        super().__init__()
        self.room = room
        self.module_id: str | None = None
        self.notes: dict[str, NoteItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.hidden_departments: set[str] = set()
        self.focus: QRectF | None = None  # the part the console zoomed to; None: the whole board
        self._content: QRectF | None = None  # cached content_rect; None when it must be recomputed
        room.context.document.changed.connect(self._on_change)
        self.show_module(room.session.room.current_module_id)

    # -- building ------------------------------------------------------------------------------

    def _labels(self, note: Note) -> tuple[str, str, str]:
        text = self.room.room_text
        names = {p.id: p.name for p in self.room.session.participants}
        who = initials(names.get(note.speaker_id, "")) if note.speaker_id else ""
        votes = note.votes
        votes_text = ""
        if votes.total:
            parts = [f"{text(LETTERS['marketing'])}{votes.marketing}" if votes.marketing else "",
                     f"{text(LETTERS['sales'])}{votes.sales}" if votes.sales else "",
                     f"{text(OTHER_LETTER)}{votes.other}" if votes.other else ""]
            votes_text = f"● {votes.total}  " + " ".join(p for p in parts if p)
        return text(LETTERS[note.department.value]), who, votes_text

    def set_focus(self, rect: QRectF | None) -> None:
        """What the room sees follows the facilitator's zoom: a region, or None for everything."""
        if rect != self.focus:
            self.focus = rect
            self.board_changed.emit()

    def show_module(self, module_id: str | None) -> None:
        self.focus = None
        self._content = None
        self.clear()
        self.notes.clear()
        self.clusters.clear()
        self.module_id = module_id
        if module_id is None:
            self.board_changed.emit()
            return
        session = self.room.session
        for group in session.groups.values():
            if group.module_id == module_id:
                self._add_cluster(group.id, group.name)
        for note in session.notes.values():
            if note.module_id == module_id:
                self._put_note(note)
        self._refresh_clusters()
        self.board_changed.emit()

    def _add_cluster(self, group_id: str, name: str) -> ClusterItem:
        item = ClusterItem(group_id, name)
        self.clusters[group_id] = item
        self.addItem(item)
        return item

    def _put_note(self, note: Note) -> None:
        item = self.notes.get(note.id)
        if item is None:
            item = NoteItem(note, *self._labels(note))
            self.notes[note.id] = item
            self.addItem(item)
        else:
            item.update_note(note, *self._labels(note))
        item.setVisible(note.department.value not in self.hidden_departments)

    def _refresh_clusters(self, only: set[str] | None = None) -> None:
        groups = self.room.session.groups
        for group_id, cluster in list(self.clusters.items()):
            if only is not None and group_id not in only:
                continue
            if group_id not in groups:
                self.removeItem(cluster)
                del self.clusters[group_id]
                continue
            # The frame the core computes (and keeps clear), around the members on show.
            frame = frame_around((item.note.x, item.note.y) for item in self.notes.values()
                                 if item.note.group_id == group_id and item.isVisible())
            cluster.set_frame(QRectF(frame[0], frame[1], frame[2] - frame[0], frame[3] - frame[1])
                              if frame else None, groups[group_id].name)

    # -- following the session -----------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        session = self.room.session
        if session.room.current_module_id != self.module_id or ("meta", None) in change.touched \
                or ("participants", None) in change.touched:
            self.show_module(session.room.current_module_id)
            return
        if self.module_id is None:
            return
        touched_notes = [key for part, key in change.touched if part == "notes"]
        touched_groups = [key for part, key in change.touched if part == "groups"]
        # Clusters whose frame may change: those the touched notes were in, or are in now.
        affected = set(touched_groups)
        for note_id in touched_notes:
            if note_id in self.notes and self.notes[note_id].note.group_id:
                affected.add(self.notes[note_id].note.group_id)
            note = session.notes.get(note_id)
            if note is not None and note.group_id:
                affected.add(note.group_id)
        added_only = all(note_id not in self.notes for note_id in touched_notes) and not touched_groups
        for note_id in touched_notes:
            note = session.notes.get(note_id)
            if note is not None and note.module_id == self.module_id:
                self._put_note(note)
            elif note_id in self.notes:
                self.removeItem(self.notes.pop(note_id))
        if added_only and self._content is not None and not self._content.isEmpty():
            for note_id in touched_notes:  # the usual case, a typed note: grow the cached extent
                if note_id in self.notes and self.notes[note_id].isVisible():
                    rect = self.notes[note_id].sceneBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
                    self._content = self._content.united(rect)
        else:
            self._content = None
        for group_id in touched_groups:
            group = session.groups.get(group_id)
            if group is not None and group.module_id == self.module_id and group_id not in self.clusters:
                self._add_cluster(group_id, group.name)
        if touched_notes or touched_groups:
            self._refresh_clusters(affected)
            self.board_changed.emit()

    # -- views ---------------------------------------------------------------------------------

    def set_filter(self, hidden_departments: set[str]) -> None:
        """Show only some departments (a view setting; nothing is stored)."""
        self.hidden_departments = set(hidden_departments)
        self._content = None
        for item in self.notes.values():
            item.setVisible(item.note.department.value not in self.hidden_departments)
        self._refresh_clusters()
        self.board_changed.emit()

    def content_rect(self) -> QRectF:
        """The extent of everything visible on the board, plus a margin (cached between changes)."""
        if self._content is None:
            rect = QRectF()
            for item in list(self.notes.values()) + list(self.clusters.values()):
                if item.isVisible():
                    rect = rect.united(item.sceneBoundingRect())
            self._content = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN) if not rect.isEmpty() else rect
        return QRectF(self._content)

    def visible_count(self) -> int:
        return sum(1 for item in self.notes.values() if item.isVisible())

    def render_for_beamer(self, painter: QPainter, target: QRectF, max_scale: float = 1.6) -> None:
        """Fit the whole board into ``target`` (never blown up past ``max_scale``), no selection marks."""
        source = self.focus if self.focus is not None else self.content_rect()
        if source.isEmpty():
            return
        # Grow the source to the target's shape so the board is centred, not stretched.
        wanted = target.width() / target.height()
        if source.width() / source.height() < wanted:
            grow = source.height() * wanted - source.width()
            source = source.adjusted(-grow / 2, 0, grow / 2, 0)
        scale = min(target.width() / source.width(), target.height() / source.height(), max_scale)
        width, height = source.width() * scale, source.height() * scale
        fitted = QRectF(target.left() + (target.width() - width) / 2, target.top(), width, height)
        if self.focus is None and scale < max_scale:
            fitted.moveTop(target.top())
        for item in self.notes.values():
            item.beamer_mode = True
        try:
            self.render(painter, fitted, source)
        finally:
            for item in self.notes.values():
                item.beamer_mode = False
