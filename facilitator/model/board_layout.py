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
    taken = {(round(n.x / (NOTE_W + GAP)), round(n.y / (NOTE_H + GAP))) for n in notes_on(session, module_id)}
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


def by_clusters(session: Session, module_id: str) -> Batch:
    """Lay clusters out side by side (ungrouped notes last), each cluster a column block."""
    notes = notes_on(session, module_id)
    groups = [g for g in session.groups.values() if g.module_id == module_id]
    ops: list[MoveNote] = []
    x = 0.0
    for members in [[n for n in notes if n.group_id == g.id] for g in groups] + [[n for n in notes if not n.group_id]]:
        if not members:
            continue
        columns = 1 if len(members) <= 4 else 2
        ops += _moves(members, (x, 60.0), columns)
        x += columns * (NOTE_W + GAP) + 2 * GAP
    return Batch(ops=ops, name="arrange clusters")
