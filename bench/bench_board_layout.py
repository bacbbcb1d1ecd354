"""Board layout (issue 14): arranging a board of 500 notes in 20 clusters, and what the other
layout keys and a typed note cost on that board. Medians over repeated runs, measured side by
side in one run; every key's change is applied through the real document and history, then undone."""

import datetime as dt
import random
import statistics
import time

from facilitator.model import History, Note, NoteGroup, SessionDocument, Votes
from facilitator.model.board_geometry import problems
from facilitator.model.board_layout import by_clusters, by_votes, group_notes, next_free_spot, ungroup_notes
from workshops.demo import build_demo

NOTES, CLUSTERS, RUNS = 500, 20, 15


def messy_board() -> tuple[History, str]:
    """The demo session whose brainstorm board holds 500 notes in 20 clusters, strewn about."""
    session = build_demo("nl", signed=False)
    board = session.agenda[2].id
    for note_id in [i for i, n in session.notes.items() if n.module_id == board]:
        del session.notes[note_id]
    for group_id in [i for i, g in session.groups.items() if g.module_id == board]:
        del session.groups[group_id]
    rng = random.Random(14)
    groups = [NoteGroup(id=f"cluster{i}", module_id=board, name=f"Cluster {i + 1}") for i in range(CLUSTERS)]
    session.groups.update({g.id: g for g in groups})
    start = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)
    for i in range(NOTES):
        note = Note(id=f"note{i}", module_id=board, text=f"Geeltje {i}", department=rng.choice(["marketing", "sales"]),
                    group_id=groups[i % CLUSTERS].id, x=rng.uniform(0, 8000), y=rng.uniform(0, 4000),
                    votes=Votes(sales=rng.randint(0, 3)), created_at=start + dt.timedelta(seconds=i))
        session.notes[note.id] = note
    return History(SessionDocument(session)), board


def timed(history: History, make) -> tuple[float, float]:
    """Median ms to work out the key's change, and to apply it (each run undone afterwards)."""
    plan, apply = [], []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        op = make()
        t1 = time.perf_counter()
        history.do(op)
        t2 = time.perf_counter()
        history.undo()
        plan.append(t1 - t0)
        apply.append(t2 - t1)
    return statistics.median(plan) * 1000, statistics.median(apply) * 1000


def main() -> None:
    history, board = messy_board()
    session = history.document.session
    arrange = timed(history, lambda: by_clusters(session, board))
    history.do(by_clusters(session, board))  # the other keys run on the arranged board
    assert problems(session, board) == []
    sort = timed(history, lambda: by_votes(session, board))
    pair = ["note0", "note1"]  # two notes of two clusters: G merges them
    merge = timed(history, lambda: group_notes(session, board, pair, session.groups["cluster0"]))
    ungroup = timed(history, lambda: ungroup_notes(session, ["note5", "note47"]))
    spots = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        next_free_spot(session, board)
        spots.append(time.perf_counter() - t0)
    spot = statistics.median(spots) * 1000
    print(f"board of {NOTES} notes in {CLUSTERS} clusters, medians of {RUNS} (plan + apply through the document):")
    print(f"  arrange clusters (C), from a strewn board: {arrange[0]:6.1f} + {arrange[1]:6.1f} ms")
    print(f"  sort by dots (V):                          {sort[0]:6.1f} + {sort[1]:6.1f} ms")
    print(f"  group two clusters' notes (G):             {merge[0]:6.1f} + {merge[1]:6.1f} ms")
    print(f"  ungroup two notes (U):                     {ungroup[0]:6.1f} + {ungroup[1]:6.1f} ms")
    print(f"  where a typed note goes (next free spot):  {spot:6.2f} ms")


if __name__ == "__main__":
    main()
