"""The journey grid without Qt: default map, placing notes, stages, the hand-off."""

import pytest

from workshops.journey_map.model import (
    Journey,
    Stage,
    cell_key,
    move_handoff,
    place,
    problems,
    remove_stage,
    starting_point,
)


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
