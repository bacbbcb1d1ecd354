"""The journey grid without Qt: default map, placing notes, stages, the hand-off."""

import pytest

from facilitator.errors import OperationError
from facilitator.model import SessionDocument
from workshops.demo import build_demo
from workshops.journey_map.model import (
    KIND,
    Journey,
    Stage,
    cell_key,
    move_handoff,
    place,
    problems,
    remove_stage,
    starting_point,
)
from workshops.journey_map.operations import EditJourney, PlaceNote


@pytest.fixture
def journey():
    return Journey.model_validate(starting_point("nl"))


def test_default_map_follows_the_funnel_split(journey):
    assert len(journey.stages) == 8 and len(journey.lanes) == 6
    assert journey.handoff_after == "preference"
    assert [s.owner for s in journey.stages[:3]] == ["marketing"] * 3 and journey.stages[3].owner == "sales"
    assert journey.stages[0].name == "Bewustwording"
    assert Journey.model_validate(starting_point("en")).stages[0].name == "Awareness"
    assert problems(journey) == []


def test_a_note_sits_in_one_cell_and_moves(journey):
    journey = place(journey, "n1", "awareness", "pains")
    journey = place(journey, "n2", "awareness", "pains")
    journey = place(journey, "n1", "purchase", "touchpoints")
    assert journey.cells == {cell_key("awareness", "pains"): ["n2"], cell_key("purchase", "touchpoints"): ["n1"]}
    with pytest.raises(ValueError, match="not on the map"):
        place(journey, "n3", "nowhere", "pains")


def test_removing_a_stage_takes_its_cells_and_moves_the_handoff(journey):
    journey = place(journey, "n1", "preference", "does")
    journey = remove_stage(journey, "preference")
    assert "preference" not in [s.id for s in journey.stages]
    assert journey.cells == {} and journey.handoff_after == "consideration"


def test_handoff_moves_but_stays_between_two_stages(journey):
    assert move_handoff(journey, 2).handoff_after == "purchase"
    assert move_handoff(journey, -10).handoff_after == "awareness"
    assert move_handoff(journey, 99).handoff_after == "loyalty", "the last gap is before the final stage"


def test_owners_on_the_wrong_side_of_the_handoff_are_pointed_out(journey):
    journey = move_handoff(journey, -1)  # hand-off now after consideration; preference is marketing's
    assert ("marketing_after_handoff", "Voorkeur") in problems(journey)
    stages = list(journey.stages)
    stages[0] = Stage(id="awareness", name="Bewustwording", owner="sales")
    assert ("sales_before_handoff", "Bewustwording") in problems(journey.model_copy(update={"stages": stages}))


def test_operations_place_edit_and_undo_exactly():
    doc = SessionDocument(build_demo("en", signed=False))
    module = next(m for m in doc.session.agenda if m.kind == KIND)
    before = doc.session.artefacts[module.id].data
    note_id = next(n for n in doc.session.notes if n not in str(before["cells"]))
    undo_place = doc.apply(PlaceNote(module_id=module.id, note_id=note_id, stage_id="purchase", lane_id="pains"))
    assert note_id in doc.session.artefacts[module.id].data["cells"]["purchase|pains"]
    undo_stage = doc.apply(EditJourney(module_id=module.id, action="add_stage", target="awareness",
                                       values={"name": "Trigger", "owner": "marketing"}))
    stages = doc.session.artefacts[module.id].data["stages"]
    assert [s["name"] for s in stages[:2]] == ["Awareness", "Trigger"]
    doc.apply(EditJourney(module_id=module.id, action="edit_stage", target=stages[1]["id"],
                          values={"roles": ["initiator", "user"]}))
    assert doc.session.artefacts[module.id].data["stages"][1]["roles"] == ["initiator", "user"]
    doc.apply(EditJourney(module_id=module.id, action="handoff", values={"steps": 1}))
    assert doc.session.artefacts[module.id].data["handoff_after"] == "intention"
    doc.apply(EditJourney(module_id=module.id, action="zoom", target="purchase"))
    assert doc.session.artefacts[module.id].data["zoom"] == "purchase"
    doc.apply(undo_stage)
    doc.apply(undo_place)
    assert doc.session.artefacts[module.id].data == before, "undo restores the map exactly"


def test_operations_refuse_what_is_not_on_the_map():
    doc = SessionDocument(build_demo("nl", signed=False))
    module = next(m for m in doc.session.agenda if m.kind == KIND)
    note_id = next(iter(doc.session.notes))
    with pytest.raises(OperationError, match="not on the map"):
        doc.apply(PlaceNote(module_id=module.id, note_id=note_id, stage_id="mars", lane_id="pains"))
    with pytest.raises(OperationError, match="no such note"):
        doc.apply(PlaceNote(module_id=module.id, note_id="ghost", stage_id="purchase", lane_id="pains"))
    with pytest.raises(OperationError):
        doc.apply(EditJourney(module_id=module.id, action="edit_stage", target="awareness", values={"owner": "it"}))
    with pytest.raises(ValueError):
        EditJourney(module_id=module.id, action="explode")
    assert doc.session.artefacts[module.id].data["stages"][0]["owner"] == "marketing"


def test_the_demo_map_has_notes_in_cells_and_a_revealed_overlap():
    session = build_demo("nl", signed=False)
    data = next(a.data for a in session.artefacts.values() if a.kind == KIND)
    placed = [n for ids in data["cells"].values() for n in ids]
    assert len(placed) == 9 and all(n in session.notes for n in placed)
    assert data["overlap"]["revealed"] and data["stages"][0]["name"] == "Bewustwording"
