"""The board's overlap rule under random use: whatever a facilitator does with add, group, ungroup,
sort, arrange, delete, undo and redo, no notes overlap, no note sits in a cluster it is not in,
and no two cluster frames or titles overlap. Driven through the real document and history."""

import datetime as dt

from factories import T0, populated
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.model import History, Note, NoteGroup, SessionDocument
from facilitator.model.board_geometry import problems
from facilitator.model.board_layout import by_clusters, by_votes, group_notes, next_free_spot, ungroup_notes
from facilitator.model.operations import AddNote, Batch, DeleteNote, VoteNote
from workshops.demo import build_demo

BOARD = "m0"
picks = st.lists(st.integers(0, 10_000), min_size=1, max_size=5)  # which notes, by position on the board
steps = st.lists(st.one_of(
    st.tuples(st.just("add"), st.integers(1, 4)),
    st.tuples(st.just("group"), picks, st.booleans()),
    st.tuples(st.just("ungroup"), picks),
    st.tuples(st.just("vote"), picks),
    st.tuples(st.just("sort")),
    st.tuples(st.just("arrange")),
    st.tuples(st.just("delete"), picks),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
), max_size=30)


class Facilitator:
    """Does to the session what the board's keys do (the same core calls the Qt board makes)."""

    def __init__(self) -> None:
        session = populated(notes=0)
        self.doc = SessionDocument(session)
        self.history = History(self.doc)
        self.typed = 0
        self.clusters_made = 0

    @property
    def session(self):
        return self.doc.session

    def board(self) -> list[str]:
        # As the board view orders a selection: top to bottom, left to right.
        notes = [n for n in self.session.notes.values() if n.module_id == BOARD]
        return [n.id for n in sorted(notes, key=lambda n: (n.y, n.x, n.id))]

    def pick(self, indexes: list[int]) -> list[str]:
        ids = self.board()
        return list(dict.fromkeys(ids[i % len(ids)] for i in indexes)) if ids else []

    def add(self, count: int) -> None:
        for _ in range(count):
            self.typed += 1
            x, y = next_free_spot(self.session, BOARD)
            note = Note(id=f"t{self.typed}", module_id=BOARD, text=f"note {self.typed}", department="sales",
                        x=x, y=y, created_at=T0 + dt.timedelta(seconds=self.typed))
            self.history.do(AddNote(note=note))

    def group(self, indexes: list[int], rename: bool) -> None:
        # As the G key: into the first cluster among the chosen notes (maybe renamed), or a new one.
        ids = self.pick(indexes)
        if not ids:
            return
        existing = next((self.session.notes[i].group_id for i in ids if self.session.notes[i].group_id), None)
        self.clusters_made += existing is None
        group_id = existing or f"c{self.clusters_made}"
        name = "Renamed" if rename else (self.session.groups[existing].name if existing else "Cluster")
        self.history.do(group_notes(self.session, BOARD, ids, NoteGroup(id=group_id, module_id=BOARD, name=name)))

    def step(self, action: tuple) -> None:
        kind, *args = action
        if kind == "add":
            self.add(*args)
        elif kind == "group":
            self.group(*args)
        elif kind == "ungroup":
            ids = self.pick(args[0])
            if ids:
                self.history.do(ungroup_notes(self.session, ids))
        elif kind == "vote":
            for note_id in self.pick(args[0]):
                self.history.do(VoteNote(note_id=note_id, department="sales", delta=1))
        elif kind == "sort":
            self.history.do(by_votes(self.session, BOARD))
        elif kind == "arrange":
            self.history.do(by_clusters(self.session, BOARD))
        elif kind == "delete":
            ids = self.pick(args[0])
            if ids:
                self.history.do(Batch(ops=[DeleteNote(note_id=i) for i in ids], name="delete notes"))
        elif kind == "undo":
            self.history.undo()
        elif kind == "redo":
            self.history.redo()


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 12), steps)
def test_no_sequence_of_board_keys_makes_anything_overlap(start, sequence):
    room = Facilitator()
    room.add(start)
    assert problems(room.session, BOARD) == []
    for action in sequence:
        room.step(action)
        assert problems(room.session, BOARD) == [], f"after {action}"


def test_grouping_a_scattered_selection_clears_the_new_frame():
    # Six notes in a row; grouping the first and the last gathers them where the first was,
    # and the notes that frame now covers move out of it.
    room = Facilitator()
    room.add(6)
    ids = room.board()
    room.history.do(group_notes(room.session, BOARD, [ids[0], ids[5]], NoteGroup(id="g1", module_id=BOARD, name="x")))
    s = room.session
    assert (s.notes[ids[0]].x, s.notes[ids[0]].y) == (0.0, 0.0) and (s.notes[ids[5]].x, s.notes[ids[5]].y) == (260.0, 0.0)
    assert problems(s, BOARD) == []
    assert room.history.undo() and all((s.notes[i].x, s.notes[i].y) == (260.0 * k, 0.0) for k, i in enumerate(ids))


def test_a_new_note_never_lands_in_a_cluster_frame():
    room = Facilitator()
    room.add(3)
    ids = room.board()
    room.history.do(group_notes(room.session, BOARD, ids[:2], NoteGroup(id="g1", module_id=BOARD, name="x")))
    room.add(5)
    assert problems(room.session, BOARD) == []


def test_the_demo_boards_open_tidy():
    for language in ("nl", "en"):
        for notes in (None, 400):
            session = build_demo(language, notes=notes)
            for module in session.agenda:
                assert problems(session, module.id) == [], (language, notes, module.kind)
