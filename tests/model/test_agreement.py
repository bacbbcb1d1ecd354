"""The agreement: what is in it, its fingerprint, signing freezes it, reopening voids signatures."""

import datetime as dt

import pytest
from factories import T0, note

from facilitator.errors import OperationError
from facilitator.model import ActionItem, SessionDocument
from facilitator.model.agreement import agreed_content, differences, fingerprint, grouped, missing_essentials
from facilitator.model.operations import (
    AddAction,
    AddNote,
    MoveNote,
    Reopen,
    SetExcluded,
    Sign,
    UpdateMeta,
    UpdateReview,
)
from facilitator.model.records import Signature
from workshops.demo import build_demo


def signature(session, who: int, typed=False) -> Signature:
    person = [p for p in session.participants if p.signs][who]
    strokes = [] if typed else [[(0.1, 0.5), (0.4, 0.2), (0.8, 0.7)]]
    return Signature(participant_id=person.id, name=person.name, role=person.role, signed_at=T0,
                     strokes=strokes, typed=typed)


@pytest.fixture
def doc():
    return SessionDocument(build_demo("en", today=dt.date(2026, 11, 28), signed=False))


def test_fingerprint_follows_the_agreed_content_not_the_notes(doc):
    before = fingerprint(doc.session)
    doc.apply(MoveNote(note_id=next(iter(doc.session.notes)), x=999, y=999))
    assert fingerprint(doc.session) == before, "moving a sticky note does not change what was agreed"
    doc.apply(UpdateMeta(changes={"place": "Zwolle"}))
    assert fingerprint(doc.session) != before
    assert len(fingerprint(doc.session)) == 64 and grouped("ab" * 32).startswith("ABAB ABAB")


def test_left_out_actions_are_not_in_the_agreement(doc):
    first = doc.session.actions[0]
    doc.apply(SetExcluded(key=f"action:{first.id}", excluded=True))
    assert first.what not in [a["what"] for a in agreed_content(doc.session)["actions"]]
    with pytest.raises(OperationError, match="already left out"):
        doc.apply(SetExcluded(key=f"action:{first.id}", excluded=True))


def test_first_signature_freezes_and_blocks_changes_until_reopened(doc):
    frozen = fingerprint(doc.session)
    doc.apply(Sign(signature=signature(doc.session, 0)))
    assert doc.session.agreement.frozen_fingerprint == frozen
    with pytest.raises(OperationError, match="reopen it first"):
        doc.apply(AddAction(action=ActionItem(id="late", what="Something new")))
    with pytest.raises(OperationError, match="reopen it first"):
        doc.apply(UpdateReview(changes={"cadence": "monthly"}))
    doc.apply(AddNote(note=note("free", module=doc.session.agenda[2].id)))  # notes are not the agreement
    doc.apply(Sign(signature=signature(doc.session, 1, typed=True)))
    assert len(doc.session.agreement.signatures) == 2
    with pytest.raises(OperationError, match="already signed"):
        doc.apply(Sign(signature=signature(doc.session, 1)))
    doc.apply(Reopen(at=T0, by="Karin"))
    agreement = doc.session.agreement
    assert agreement.signatures == [] and agreement.frozen_fingerprint is None
    assert [e.kind for e in agreement.history] == ["signed", "signed", "reopened"]
    assert "2 signature(s) voided" in agreement.history[-1].detail
    doc.apply(AddAction(action=ActionItem(id="late", what="Something new")))


def test_signing_and_reopening_are_undoable(doc):
    inverse = doc.apply(Sign(signature=signature(doc.session, 0)))
    doc.apply(inverse)
    assert doc.session.agreement.signatures == [] and doc.session.agreement.frozen_fingerprint is None
    assert doc.session.agreement.history == []


def test_a_signature_needs_a_drawing_or_a_typed_name(doc):
    empty = signature(doc.session, 0).model_copy(update={"strokes": []})
    with pytest.raises(OperationError, match="drawing or a typed name"):
        doc.apply(Sign(signature=empty))


def test_missing_essentials_are_named(doc):
    assert missing_essentials(doc.session) == [], "the demo is complete"
    doc.apply(UpdateReview(changes={"first_review": None}))
    problems = missing_essentials(doc.session)
    assert "no date for the first review" in problems
    doc.apply(UpdateReview(changes={"first_review": dt.date(2027, 2, 1)}))
    assert "no date for the first review" not in missing_essentials(doc.session)
    for person in doc.session.participants:
        if person.department == "sales":
            from facilitator.model.operations import UpdateParticipant
            doc.apply(UpdateParticipant(participant_id=person.id, changes={"signs": False}))
    assert "no signatory from sales" in missing_essentials(doc.session)


def test_differences_name_the_paths():
    assert differences({"a": 1, "b": [1, 2]}, {"a": 2, "b": [1, 3]}) == ["a", "b.1"]
    assert differences({"x": [1]}, {"x": [1, 2]}) == ["x (1 vs 2 items)"]
