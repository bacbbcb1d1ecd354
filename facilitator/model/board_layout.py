"""Where notes go on a board: the next free spot, a cluster's block, a ranking by votes.

Pure functions that return MoveNote operations, so every rearrangement is one undoable step.
"""

from .operations import Batch, MoveNote
from .records import Note
from .session import Session

NOTE_W, NOTE_H = 240.0, 150.0   # scene units of one note
GAP = 20.0
COLUMNS = 6


def notes_on(session: Session, module_id: str) -> list[Note]:
    return sorted((n for n in session.notes.values() if n.module_id == module_id), key=lambda n: n.created_at)


def cell(index: int, columns: int = COLUMNS, origin: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float]:
    row, column = divmod(index, columns)
    return origin[0] + column * (NOTE_W + GAP), origin[1] + row * (NOTE_H + GAP)


def next_free_spot(session: Session, module_id: str) -> tuple[float, float]:
    """The first grid cell no note on this board covers (new notes fill gaps left by deletions)."""
    taken = {(round(n.x / (NOTE_W + GAP)), round(n.y / (NOTE_H + GAP)))
             for n in session.notes.values() if n.module_id == module_id}
    index = 0
    while True:
        x, y = cell(index)
        if (round(x / (NOTE_W + GAP)), round(y / (NOTE_H + GAP))) not in taken:
            return x, y
        index += 1


def _moves(notes: list[Note], origin: tuple[float, float], columns: int) -> list[MoveNote]:
    ops = []
    for i, note in enumerate(notes):
        x, y = cell(i, columns, origin)
        if (note.x, note.y) != (x, y):
            ops.append(MoveNote(note_id=note.id, x=x, y=y))
    return ops


def gather(notes: list[Note], origin: tuple[float, float], columns: int = 3) -> Batch:
    """Put ``notes`` together in a block starting at ``origin`` (used when grouping)."""
    return Batch(ops=_moves(notes, origin, columns), name="arrange")


def by_votes(session: Session, module_id: str) -> Batch:
    """Rank the board: most dots first, ties by when they were said."""
    ranked = sorted(notes_on(session, module_id), key=lambda n: (-n.votes.total, n.created_at))
    return Batch(ops=_moves(ranked, (0.0, 0.0), COLUMNS), name="sort by votes")


def _columns_for(sizes: list[int], aspect: float) -> int:
    """The column count per cluster that makes clusters side by side come closest to ``aspect``."""
    def shape(columns: int) -> float:
        width = sum(min(columns, n) for n in sizes) * (NOTE_W + GAP) + 2 * GAP * len(sizes)
        height = max(-(-n // columns) for n in sizes) * (NOTE_H + GAP)
        return width / height
    return min(range(1, max(sizes) + 1), key=lambda c: abs(shape(c) / aspect - 1))


def by_clusters(session: Session, module_id: str, aspect: float = 2.6) -> Batch:
    """Lay clusters out side by side (ungrouped notes last), shaped to fill a beamer of ``aspect``."""
    notes = notes_on(session, module_id)
    groups = [g for g in session.groups.values() if g.module_id == module_id]
    blocks = [[n for n in notes if n.group_id == g.id] for g in groups] + [[n for n in notes if not n.group_id]]
    blocks = [b for b in blocks if b]
    if not blocks:
        return Batch(ops=[], name="arrange clusters")
    columns = _columns_for([len(b) for b in blocks], aspect)
    ops: list[MoveNote] = []
    x = 0.0
    for members in blocks:
        used = min(columns, len(members))
        ops += _moves(members, (x, 60.0), used)
        x += used * (NOTE_W + GAP) + 2 * GAP
    return Batch(ops=ops, name="arrange clusters")
