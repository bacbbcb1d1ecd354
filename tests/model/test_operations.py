"""Every operation validates, applies, and is undone exactly by its inverse."""


import pytest
from factories import action, group, note, populated
from operation_cases import CASES, T1

from facilitator.errors import OperationError
from facilitator.model.operations import (
    AddGroup,
    AddNote,
    Batch,
    DeleteNote,
    EditNote,
    MoveNote,
    RemoveArtefact,
    RemoveModule,
    RemoveParticipant,
    SetNoteSpeaker,
    UpdateAction,
    UpdateMeta,
    UpdateModule,
    UpdateParticipant,
    VoteNote,
)


@pytest.mark.parametrize("name", CASES)
def test_operation_changes_the_session_and_its_inverse_restores_it(name):
    s = populated()
    before = s.model_copy(deep=True)
    applied = CASES[name].apply(s)
    assert s != before, "the operation changed nothing"
    assert applied.touched, "the operation reported no touched parts, so nothing would be saved"
    again = applied.inverse.apply(s)
    assert s == before
    again.inverse.apply(s)  # redo of the undo gives the same state as the first apply
    assert s != before


def test_touched_parts_name_exactly_what_changed():
    s = populated()
    assert MoveNote(note_id="n1", x=5, y=5).apply(s).touched == {("notes", "n1")}
    assert RemoveModule(module_id="m0").apply(s).touched >= {("agenda", None), ("notes", "n0"), ("groups", "g0")}


def test_edit_records_the_time_and_undo_restores_the_old_time():
    s = populated()
    inverse = EditNote(note_id="n1", text="new", at=T1).apply(s).inverse
    assert s.notes["n1"].edited_at == T1
    inverse.apply(s)
    assert s.notes["n1"].edited_at is None and s.notes["n1"].text == "note 1"


def test_remove_module_takes_its_board_and_keeps_actions_unlinked():
    s = populated()
    s.actions.append(action(1, module_id="m0"))
    RemoveModule(module_id="m0").apply(s)
    assert not s.notes and not s.groups
    assert s.action("a1").module_id is None


def test_remove_participant_keeps_their_notes_without_a_speaker():
    s = populated()
    RemoveParticipant(participant_id="p0").apply(s)
    assert len(s.notes) == 10 and all(n.speaker_id is None for n in s.notes.values())


REFUSED = [
    (AddNote(note=note(1)), "already exists"),
    (AddNote(note=note(50, module="nope")), "not on the agenda"),
    (AddNote(note=note(50, speaker_id="ghost")), "not a participant"),
    (AddNote(note=note(50, module="m1", group_id="g0")), "not on the same board"),
    (MoveNote(note_id="missing", x=0, y=0), "no note"),
    (SetNoteSpeaker(note_id="n1", speaker_id="ghost"), "not a participant"),
    (VoteNote(note_id="n1", department="sales", delta=-1), "fewer than zero"),
    (UpdateParticipant(participant_id="p0", changes={"name": ""}), "name"),
    (UpdateParticipant(participant_id="p0", changes={"id": "x"}), "identifier"),
    (UpdateParticipant(participant_id="p0", changes={"shoe_size": 44}), "Unknown field"),
    (UpdateModule(module_id="m0", changes={"timebox_seconds": -5}), "timebox_seconds"),
    (UpdateMeta(changes={"language": "de"}), "language"),
    (AddGroup(group=group(0)), "already exists"),
    (RemoveArtefact(module_id="m0"), "no result"),
    (UpdateAction(action_id="a0", changes={"owner_id": "ghost"}), "not a participant"),
    (Batch(ops=[MoveNote(note_id="n1", x=9, y=9), DeleteNote(note_id="missing")]), "no note"),
]


@pytest.mark.parametrize("op,message", REFUSED, ids=[f"{type(o).__name__}-{m}" for o, m in REFUSED])
def test_invalid_operations_are_refused_and_leave_the_session_untouched(op, message):
    s = populated()
    before = s.model_copy(deep=True)
    with pytest.raises(OperationError, match=message):
        op.apply(s)
    assert s == before


def test_operations_validate_their_own_input():
    with pytest.raises(ValueError, match="delta"):
        VoteNote(note_id="n1", department="sales", delta=10**6)
    with pytest.raises(ValueError, match="x"):
        MoveNote(note_id="n1", x=float("nan"), y=0)
