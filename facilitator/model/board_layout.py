"""Where notes go on a board: the next free spot, grouping, ungrouping, a ranking by votes.

Pure functions that return operations (a Batch is one undoable step), and every result keeps the
rule in ``board_geometry``: nothing overlaps and no note sits in a cluster it is not in.
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .board_geometry import (
    FRAME_SIDE,
    FRAME_TOP,
    GAP,
    NOTE_H,
    NOTE_W,
    STEP_X,
    STEP_Y,
    Occupancy,
    Rect,
    frame_around,
    grown,
    note_rect,
)
from .operations import Batch, GroupNotes, MoveNote, Operation, RenameGroup, SetNoteGroup
from .records import Note, NoteGroup
from .session import Session

__all__ = ["COLUMNS", "GAP", "NOTE_H", "NOTE_W", "by_clusters", "by_votes", "cell", "gather", "group_notes",
           "next_free_spot", "notes_on", "ungroup_notes"]

COLUMNS = 6
CLUSTER_COLUMNS = 3  # a freshly grouped cluster is a block this many notes wide
TOP = FRAME_TOP + 10.0  # arranged boards start this low, so the first row's titles stay on the board


def notes_on(session: Session, module_id: str) -> list[Note]:
    return sorted((n for n in session.notes.values() if n.module_id == module_id), key=lambda n: (n.created_at, n.id))


def cell(index: int, columns: int = COLUMNS, origin: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float]:
    row, column = divmod(index, columns)
    return origin[0] + column * STEP_X, origin[1] + row * STEP_Y


def _blocked_cells(rects: Iterable[Rect], columns: int) -> set[tuple[int, int]]:
    """The grid cells (column, row) a note could not take without touching one of ``rects``.

    Plain arithmetic per rectangle rather than a spatial index: this runs on every typed note,
    on boards of thousands."""
    blocked = set()
    for left, top, right, bottom in rects:
        # A note in cell (c, r) keeps half a gap around it: [c*STEP_X - GAP/2, (c+1)*STEP_X - GAP/2).
        first_column = max(0, math.floor((left - NOTE_W - GAP / 2) / STEP_X) + 1)
        last_column = min(columns - 1, math.ceil((right + GAP / 2) / STEP_X) - 1)
        first_row = max(0, math.floor((top - NOTE_H - GAP / 2) / STEP_Y) + 1)
        last_row = math.ceil((bottom + GAP / 2) / STEP_Y) - 1
        for column in range(first_column, last_column + 1):
            for row in range(first_row, last_row + 1):
                blocked.add((column, row))
    return blocked


def next_free_spot(session: Session, module_id: str) -> tuple[float, float]:
    """The first grid cell, in reading order, clear of every note and cluster frame (so new notes
    fill gaps left by deletions and never land on, or inside a cluster with, another note)."""
    blocked: set[tuple[int, int]] = set()
    add = blocked.add
    members: dict[str, list[tuple[float, float]]] = {}
    for note in session.notes.values():
        if note.module_id != module_id:
            continue
        # Cells are a note plus a gap apart, so a note blocks the one or two cells it straddles.
        column, row = note.x / STEP_X, note.y / STEP_Y
        left, top = math.floor(column), math.floor(row)
        add((left, top))
        if column != left:
            add((left + 1, top))
        if row != top:
            add((left, top + 1))
            if column != left:
                add((left + 1, top + 1))
        if note.group_id:
            members.setdefault(note.group_id, []).append((note.x, note.y))
    blocked |= _blocked_cells((grown(frame_around(at), GAP / 2) for at in members.values()), COLUMNS)
    index = 0
    while divmod(index, COLUMNS)[::-1] in blocked:
        index += 1
    return cell(index)


# -- planning moves on a copy of the positions --------------------------------------------------

@dataclass
class _Board:
    """One board's notes as positions and memberships that a layout may change before it is applied."""

    notes: dict[str, Note]
    at: dict[str, tuple[float, float]]
    group: dict[str, str | None]

    @classmethod
    def of(cls, session: Session, module_id: str, regroup: Mapping[str, str | None] | None = None) -> "_Board":
        notes = {n.id: n for n in notes_on(session, module_id)}
        group = {i: n.group_id for i, n in notes.items()}
        group.update({i: g for i, g in (regroup or {}).items() if i in notes})
        return cls(notes, {i: (n.x, n.y) for i, n in notes.items()}, group)

    def members(self, group_id: str) -> list[str]:
        return [i for i in self.notes if self.group[i] == group_id]  # notes are in the order typed

    def shapes(self) -> dict[object, list[str]]:
        """Clusters (by id) and loose notes (by ('note', id)): what moves as one piece."""
        shapes: dict[object, list[str]] = {}
        for note_id, group_id in self.group.items():
            shapes.setdefault(group_id if group_id else ("note", note_id), []).append(note_id)
        return shapes

    def footprint(self, ids: list[str]) -> tuple[float, float, float, float]:
        if len(ids) == 1 and not self.group[ids[0]]:
            return grown(note_rect(*self.at[ids[0]]), GAP / 2)
        return grown(frame_around(self.at[i] for i in ids), GAP / 2)

    def block(self, ids: list[str], origin: tuple[float, float], columns: int) -> None:
        for i, note_id in enumerate(ids):
            self.at[note_id] = cell(i, columns, origin)

    def moves(self) -> list[MoveNote]:
        return [MoveNote(note_id=i, x=x, y=y) for i, (x, y) in self.at.items()
                if (self.notes[i].x, self.notes[i].y) != (x, y)]

    def make_room(self, keep: Iterable[object]) -> None:
        """Leave the shapes in ``keep`` where they are and move every other shape that overlaps
        something already settled to the first free place, so nothing overlaps afterwards."""
        shapes = self.shapes()
        keep = [k for k in keep if k in shapes]
        occupied = Occupancy()
        for key, ids in shapes.items():
            occupied.add(key, self.footprint(ids))
        settled = set(keep)
        rest = sorted((k for k in shapes if k not in settled),
                      key=lambda k: (self.footprint(shapes[k])[1], self.footprint(shapes[k])[0]))
        span = max(COLUMNS * STEP_X, occupied.right_edge())
        for key in rest:
            ids = shapes[key]
            rect = self.footprint(ids)
            occupied.remove(key)
            if occupied.hits(rect, counts=settled.__contains__):
                x, y = occupied.free_spot(rect[2] - rect[0], rect[3] - rect[1], span)
                dx, dy = x - rect[0], y - rect[1]
                for note_id in ids:
                    self.at[note_id] = (self.at[note_id][0] + dx, self.at[note_id][1] + dy)
                rect = self.footprint(ids)
            occupied.add(key, rect)
            settled.add(key)


# -- what the board's keys do ------------------------------------------------------------------

def group_notes(session: Session, module_id: str, note_ids: list[str], group: NoteGroup) -> Batch:
    """G: the notes (and every cluster they are in) become one cluster, gathered as a block where
    the first of them was; whatever that block now covers moves out of its way."""
    chosen = [session.notes[i] for i in note_ids]
    merged = {n.group_id for n in chosen if n.group_id}
    joining = {i for i in note_ids} | {n.id for n in session.notes.values() if n.group_id in merged}
    ops: list[Operation] = [GroupNotes(group=group, note_ids=note_ids)]
    old = session.groups.get(group.id)
    if old is not None and old.name != group.name:
        ops.append(RenameGroup(group_id=group.id, name=group.name))
    board = _Board.of(session, module_id, {i: group.id for i in joining})
    members = board.members(group.id)
    board.block(members, (chosen[0].x, chosen[0].y), min(CLUSTER_COLUMNS, len(members)))
    board.make_room([group.id])
    return Batch(ops=ops + board.moves(), name="group notes")


def ungroup_notes(session: Session, note_ids: list[str]) -> Batch:
    """U: the notes leave their clusters; the clusters stay put and the freed notes that are
    still inside a frame move out to the first free place."""
    leaving = [session.notes[i] for i in note_ids if session.notes[i].group_id]
    ops: list[Operation] = [SetNoteGroup(note_id=n.id, group_id=None) for n in leaving]
    if not leaving:
        return Batch(ops=[], name="ungroup")
    board = _Board.of(session, leaving[0].module_id, {n.id: None for n in leaving})
    board.make_room({n.group_id for n in leaving})
    return Batch(ops=ops + board.moves(), name="ungroup")


def gather(notes: list[Note], origin: tuple[float, float], columns: int = 3) -> Batch:
    """Put ``notes`` together in a block starting at ``origin``."""
    moves = [MoveNote(note_id=n.id, x=x, y=y) for i, n in enumerate(notes)
             for x, y in [cell(i, columns, origin)] if (n.x, n.y) != (x, y)]
    return Batch(ops=moves, name="arrange")


def _rank(notes: list[Note]) -> list[Note]:
    return sorted(notes, key=lambda n: (-n.votes.total, n.created_at, n.id))


def by_votes(session: Session, module_id: str) -> Batch:
    """V: most dots first, ties by when they were said. On a board with clusters the clusters stay
    together, ranked by their dots (the notes inside ranked too), with loose notes after them."""
    board = _Board.of(session, module_id)
    if not any(board.group.values()):
        board.block([n.id for n in _rank(list(board.notes.values()))], (0.0, 0.0), COLUMNS)
        return Batch(ops=board.moves(), name="sort by votes")
    return _side_by_side(board, ranked=True, name="sort by votes")


def _columns_for(sizes: list[int], aspect: float) -> int:
    """The column count per cluster that makes clusters side by side come closest to ``aspect``."""
    def shape(columns: int) -> float:
        width = sum(min(columns, n) for n in sizes) * STEP_X + 2 * GAP * len(sizes)
        height = max(-(-n // columns) for n in sizes) * STEP_Y
        return width / height
    return min(range(1, max(sizes) + 1), key=lambda c: abs(shape(c) / aspect - 1))


def by_clusters(session: Session, module_id: str, aspect: float = 2.6) -> Batch:
    """C: clusters side by side (ungrouped notes last), shaped to fill a beamer of ``aspect``."""
    return _side_by_side(_Board.of(session, module_id), ranked=False, name="arrange clusters", aspect=aspect)


def _side_by_side(board: _Board, ranked: bool, name: str, aspect: float = 2.6) -> Batch:
    notes = list(board.notes.values())
    clusters: dict[str, list[Note]] = {}
    for note in notes:
        if note.group_id:
            clusters.setdefault(note.group_id, []).append(note)
    blocks = list(clusters.values())
    loose = [n for n in notes if not n.group_id]
    if ranked:
        blocks = [_rank(b) for b in sorted(blocks, key=lambda b: (-sum(n.votes.total for n in b), b[0].created_at))]
        loose = _rank(loose)
    blocks = [b for b in [*blocks, loose] if b]
    if not blocks:
        return Batch(ops=[], name=name)
    columns = _columns_for([len(b) for b in blocks], aspect)
    x = 0.0
    for members in blocks:
        used = min(columns, len(members))
        board.block([n.id for n in members], (x + FRAME_SIDE, TOP), used)
        x += used * STEP_X + 2 * FRAME_SIDE + GAP
    return Batch(ops=board.moves(), name=name)
