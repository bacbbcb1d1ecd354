"""Field validation of the session records: bad values are refused with a message naming them."""

import datetime as dt

import pytest
from factories import T0, note
from pydantic import ValidationError

from facilitator.model import ModuleInstance, Note, Participant, SessionMeta
from facilitator.model.types import MAX_TEXT


def test_note_department_must_be_marketing_sales_or_joint():
    with pytest.raises(ValidationError, match="department"):
        note(1, department="finance")


def test_participant_department_allows_other_but_not_joint():
    assert Participant(id="p", name="Ann", department="other").department == "other"
    with pytest.raises(ValidationError, match="department"):
        Participant(id="p", name="Ann", department="joint")


def test_unknown_fields_are_refused_not_dropped():
    with pytest.raises(ValidationError, match="colour"):
        Note(id="n", module_id="m", text="x", department="sales", created_at=T0, colour="red")


def test_positions_must_be_finite():
    with pytest.raises(ValidationError, match="x"):
        note(1, x=float("nan"))
    with pytest.raises(ValidationError, match="y"):
        note(1, y=float("inf"))


def test_timestamps_must_carry_a_timezone():
    with pytest.raises(ValidationError, match="created_at"):
        note(1, created_at=dt.datetime(2026, 1, 1, 9, 0))


def test_text_is_stored_as_typed_including_hostile_characters():
    hostile = "  <b>R&D</b>\x00 😀 שלום مرحبا  "
    assert note(1, text=hostile).text == hostile


def test_very_long_text_up_to_the_limit_is_fine_beyond_it_refused():
    assert len(note(1, text="x" * MAX_TEXT).text) == MAX_TEXT
    with pytest.raises(ValidationError, match="at most 100000"):
        note(1, text="x" * (MAX_TEXT + 1))


def test_lone_surrogates_cannot_be_stored_and_say_so():
    with pytest.raises(ValidationError, match="(?s)text.*unicode"):
        note(1, text="bad \ud800 text")


def test_ids_are_restricted_to_safe_characters():
    with pytest.raises(ValidationError, match="id"):
        note("x y")


def test_records_are_immutable_values():
    n = note(1)
    with pytest.raises(ValidationError, match="frozen"):
        n.text = "changed"


def test_module_kind_and_timebox_are_checked():
    with pytest.raises(ValidationError, match="kind"):
        ModuleInstance(id="m", kind="Goal Tree", title="t", timebox_seconds=60)
    with pytest.raises(ValidationError, match="timebox_seconds"):
        ModuleInstance(id="m", kind="goal_tree", title="t", timebox_seconds=0)


def test_session_language_is_nl_or_en():
    with pytest.raises(ValidationError, match="language"):
        SessionMeta(title="t", date=dt.date(2026, 1, 1), language="de")
