"""A writer process for the kill -9 test: applies a deterministic stream of edits to a session
file and prints the number of each edit once ``apply`` has returned (i.e. once it is committed)."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factories import T0, note  # noqa: E402

from facilitator.model import SessionDocument  # noqa: E402
from facilitator.model.operations import AddNote, Batch, DeleteNote, EditNote, MoveNote, Operation, UpdateMeta, VoteNote  # noqa: E402
from facilitator.store import SessionFile  # noqa: E402

TEXTS = ["Leads van de beurs <3 & R&D", "😀 sales says: \"call within 1h\"", "עברית", "nul\x00byte", "é" * 300]


def op_for(i: int, session, rng: random.Random) -> Operation:
    """The i-th edit; depends only on i, the seeded rng and the session state, so it replays exactly."""
    ids = sorted(session.notes)
    roll = rng.random()
    if roll < 0.45 or not ids:
        return AddNote(note=note(f"k{i}", module=f"m{i % 2}", text=f"{i}: {TEXTS[i % len(TEXTS)]}"))
    target = rng.choice(ids)
    if roll < 0.6:
        return MoveNote(note_id=target, x=i * 1.5, y=-i)
    if roll < 0.72:
        return EditNote(note_id=target, text=f"edited {i} {TEXTS[(i + 1) % len(TEXTS)]}", at=T0)
    if roll < 0.8:
        return DeleteNote(note_id=target)
    if roll < 0.9:
        return VoteNote(note_id=target, department="marketing", delta=1)
    if roll < 0.97:
        return Batch(ops=[AddNote(note=note(f"b{i}", module="m1")), MoveNote(note_id=target, x=0, y=i)])
    return UpdateMeta(changes={"title": f"Title {i}"})


def main(path: str, seed: int, count: int) -> None:
    rng = random.Random(seed)
    with SessionFile.open(path) as file:
        doc = SessionDocument(file.session, file)
        for i in range(count):
            doc.apply(op_for(i, file.session, rng))
            sys.stdout.write(f"{i}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
