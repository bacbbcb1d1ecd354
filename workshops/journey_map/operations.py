"""Named operations on the journey map; each replaces the artefact (exact undo)."""

from typing import Any, ClassVar

from pydantic import Field, ValidationError

from facilitator.errors import OperationError
from facilitator.model import Session, new_id
from facilitator.model.operations import Applied, Operation

from ..artefact_ops import load, store
from .model import KIND, Journey, Lane, Stage, move_handoff, place, remove_stage, starting_point, take_off


def _journey(session: Session, module_id: str) -> Journey:
    return Journey.model_validate(load(session, module_id, lambda s: starting_point(s.meta.language.value)))


def _put(session: Session, module_id: str, journey: Journey) -> Applied:
    return store(session, module_id, KIND, journey.model_dump(mode="json"))


def _checked(call):
    try:
        return call()
    except (ValueError, ValidationError) as exc:
        raise OperationError(str(exc).splitlines()[0]) from None


class PlaceNote(Operation):
    label: ClassVar[str] = "place note"
    module_id: str = Field(description="The journey module")
    note_id: str = Field(description="The note")
    stage_id: str | None = Field(description="The stage (column); None takes the note off the map")
    lane_id: str | None = Field(default=None, description="The lane (row)")

    def apply(self, session: Session) -> Applied:
        journey = _journey(session, self.module_id)
        if self.note_id not in session.notes:
            raise OperationError("There is no such note.")
        if self.stage_id is None:
            journey = take_off(journey, self.note_id)
        else:
            journey = _checked(lambda: place(journey, self.note_id, self.stage_id, self.lane_id or ""))
        return _put(session, self.module_id, journey)


class EditJourney(Operation):
    """Stages and lanes: add, rename, set owner or buying-group roles, remove, reorder; move the hand-off;
    zoom the beamer to a stage; the overlap exercise's lists and what the beamer shows."""

    label: ClassVar[str] = "edit journey"
    module_id: str = Field(description="The journey module")
    action: str = Field(pattern=r"^(add_stage|edit_stage|remove_stage|move_stage|add_lane|edit_lane|remove_lane|"
                                r"handoff|zoom|overlap|view)$", description="What to do")
    target: str | None = Field(default=None, description="The stage or lane it applies to")
    values: dict[str, Any] = Field(default_factory=dict, description="Names, owner, roles, steps, lists …")

    def apply(self, session: Session) -> Applied:
        journey = _journey(session, self.module_id)
        return _put(session, self.module_id, _checked(lambda: self._edit(journey)))

    def _edit(self, journey: Journey) -> Journey:
        stages, lanes, v = list(journey.stages), list(journey.lanes), self.values
        ids = [s.id for s in stages]
        if self.action == "add_stage":
            at = ids.index(self.target) + 1 if self.target in ids else len(stages)
            stages.insert(at, Stage(id=new_id(), name=v.get("name", "?"), owner=v.get("owner", "joint")))
            return journey.model_copy(update={"stages": stages})
        if self.action == "edit_stage":
            i = ids.index(self.target)
            stages[i] = Stage.model_validate({**stages[i].model_dump(), **v})
            return journey.model_copy(update={"stages": stages})
        if self.action == "remove_stage":
            return remove_stage(journey, self.target)
        if self.action == "move_stage":
            stage = stages.pop(ids.index(self.target))
            stages.insert(max(0, min(len(stages), int(v.get("index", 0)))), stage)
            return journey.model_copy(update={"stages": stages})
        if self.action == "add_lane":
            lanes.append(Lane(id=new_id(), name=v.get("name", "?")))
            return journey.model_copy(update={"lanes": lanes})
        lane_ids = [lane.id for lane in lanes]
        if self.action == "edit_lane":
            i = lane_ids.index(self.target)
            lanes[i] = Lane.model_validate({**lanes[i].model_dump(), **v})
            return journey.model_copy(update={"lanes": lanes})
        if self.action == "remove_lane":
            cells = {k: n for k, n in journey.cells.items() if not k.endswith("|" + self.target)}
            return journey.model_copy(update={"lanes": [lane for lane in lanes if lane.id != self.target],
                                              "cells": cells})
        if self.action == "handoff":
            return move_handoff(journey, int(v.get("steps", 0)))
        if self.action == "zoom":
            return journey.model_copy(update={"zoom": self.target if self.target in ids else None})
        if self.action == "view":
            return Journey.model_validate({**journey.model_dump(), "view": v.get("view", "grid")})
        return journey.model_copy(update={"overlap": {**journey.overlap, **v}})
