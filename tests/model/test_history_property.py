"""Random edit sequences: undoing everything restores the start, redoing everything the end."""

from factories import T0, note, populated
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.errors import OperationError
from facilitator.model import History, SessionDocument
from facilitator.model.operations import (
    AddNote,
    DeleteNote,
    EditNote,
    MoveNote,
    SetNoteDepartment,
    SetNoteGroup,
    VoteNote,
)

texts = st.text(max_size=40)  # any unicode, including markup characters, emoji and NUL
note_ids = st.sampled_from([f"n{i}" for i in range(12)])
ops = st.one_of(
    st.builds(lambda i, t: AddNote(note=note(i, text=t)), st.integers(10, 30), texts),
    st.builds(lambda i: DeleteNote(note_id=i), note_ids),
    st.builds(lambda i, t: EditNote(note_id=i, text=t, at=T0), note_ids, texts),
    st.builds(lambda i, x, y: MoveNote(note_id=i, x=x, y=y), note_ids,
              st.floats(-1e6, 1e6), st.floats(-1e6, 1e6)),
    st.builds(lambda i, d: SetNoteDepartment(note_id=i, department=d), note_ids,
              st.sampled_from(["marketing", "sales", "joint"])),
    st.builds(lambda i, g: SetNoteGroup(note_id=i, group_id=g), note_ids, st.sampled_from(["g0", None])),
    st.builds(lambda i, d: VoteNote(note_id=i, department="sales", delta=d), note_ids, st.integers(-2, 3)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ops, max_size=25))
def test_undo_all_then_redo_all_round_trips(sequence):
    doc = SessionDocument(populated())
    history = History(doc)
    start = doc.session.model_copy(deep=True)
    for op in sequence:
        try:
            history.do(op)
        except OperationError:
            pass  # refused operations must leave no trace; checked by the final comparison
    end = doc.session.model_copy(deep=True)
    while history.undo():
        pass
    assert doc.session == start
    while history.redo():
        pass
    assert doc.session == end


def test_history_labels_and_empty_stacks():
    doc = SessionDocument(populated())
    history = History(doc)
    assert history.undo() is False and history.undo_label is None
    history.do(MoveNote(note_id="n1", x=3, y=4))
    assert history.undo_label == "move note"
    assert history.undo() and history.redo_label == "move note"
    history.do(MoveNote(note_id="n2", x=3, y=4))
    assert history.redo_label is None, "a new edit clears the redo stack"


def test_document_announces_each_applied_change_once():
    doc = SessionDocument(populated())
    seen = []
    doc.changed.connect(seen.append)
    inverse = doc.apply(MoveNote(note_id="n1", x=1, y=1))
    assert len(seen) == 1 and seen[0].touched == {("notes", "n1")} and seen[0].inverse == inverse
    try:
        doc.apply(MoveNote(note_id="missing", x=1, y=1))
    except OperationError:
        pass
    assert len(seen) == 1, "a refused operation is not announced"
