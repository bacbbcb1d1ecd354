"""The joint customer-journey map: stages across, lanes down, notes in cells, an owner per stage, the
marketing → sales hand-off between two stages, and buying-group roles per stage. Pure Python.

Kept in the module's artefact (kind "journey_map"):
    {"stages": [Stage], "lanes": [Lane], "cells": {"<stage>|<lane>": ["<note id>", ...]},
     "handoff_after": "<stage id>" | null, "overlap": {"marketing": [...], "sales": [...], "revealed": bool}}
"""

from typing import Literal

from pydantic import Field, field_validator

from facilitator.model.base import Model
from facilitator.model.results import register_result_model
from facilitator.model.types import Bool

KIND = "journey_map"
ROLES = ("user", "influencer", "buyer", "decider", "gatekeeper", "initiator")
ROLE_NAMES = {"nl": ("Gebruiker", "Beïnvloeder", "Inkoper", "Beslisser", "Poortwachter", "Initiatiefnemer"),
              "en": ("User", "Influencer", "Buyer", "Decider", "Gatekeeper", "Initiator")}


def role_names(roles: list[str], language: str) -> list[str]:
    names = dict(zip(ROLES, ROLE_NAMES.get(language, ROLE_NAMES["en"]), strict=True))
    return [names[r] for r in ROLES if r in roles]

# Follows the funnel split: marketing owns awareness to preference, the hand-off, then sales.
DEFAULT_STAGES = [
    ("awareness", "Bewustwording", "Awareness", "marketing"),
    ("consideration", "Overweging", "Consideration", "marketing"),
    ("preference", "Voorkeur", "Preference", "marketing"),
    ("intention", "Koopintentie", "Purchase intention", "sales"),
    ("purchase", "Aankoop", "Purchase", "sales"),
    ("onboarding", "Ingebruikname", "Onboarding", "joint"),
    ("loyalty", "Loyaliteit", "Loyalty", "sales"),
    ("advocacy", "Ambassadeurschap", "Advocacy", "joint"),
]
DEFAULT_LANES = [
    ("does", "Wat de klant doet en vraagt", "What the buyer does and asks"),
    ("touchpoints", "Contactmomenten", "Touchpoints"),
    ("pains", "Pijn en emotie", "Pains and emotions"),
    ("owner", "Wie is eigenaar", "Who owns it"),
    ("content", "Benodigde content", "Content needed"),
    ("metric", "Meetpunt", "Metric"),
]


class Stage(Model):
    id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="Stable identifier")
    name: str = Field(min_length=1, max_length=80, description="Shown across the top")
    owner: str = Field(default="joint", pattern=r"^(marketing|sales|joint)$", description="Who owns the stage")
    roles: list[Literal["user", "influencer", "buyer", "decider", "gatekeeper", "initiator"]] = Field(
        default_factory=list, description="Buying-group roles active in this stage")


class Lane(Model):
    id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="Stable identifier")
    name: str = Field(min_length=1, max_length=80, description="Shown down the side")


class Overlap(Model):
    """'Who is our customer?': what each side wrote, and whether the room has seen both lists."""

    marketing: list[str] = Field(default_factory=list, description="Marketing's customers, one per line")
    sales: list[str] = Field(default_factory=list, description="Sales's customers, one per line")
    revealed: Bool = Field(default=False, description="Both lists shown on the beamer")


class Journey(Model):
    stages: list[Stage] = Field(default_factory=list)
    lanes: list[Lane] = Field(default_factory=list)
    cells: dict[str, list[str]] = Field(default_factory=dict, description="'stage|lane' → note ids in order")
    handoff_after: str | None = Field(default=None, description="The hand-off lies after this stage")
    overlap: dict = Field(default_factory=lambda: {"marketing": [], "sales": [], "revealed": False},
                          description="'Who is our customer?': each side's list and whether it is revealed")
    view: str = Field(default="grid", pattern=r"^(grid|overlap)$", description="What the beamer shows")
    zoom: str | None = Field(default=None, description="The stage the beamer zooms to, if any")

    @field_validator("overlap")
    @classmethod
    def _overlap_fits(cls, value: dict) -> dict:
        Overlap.model_validate(value)  # kept as a plain dict: the views read it with .get
        return value


register_result_model(KIND, Journey)


def starting_point(language: str) -> dict:
    nl = language == "nl"
    stages = [Stage(id=key, name=name_nl if nl else name_en, owner=owner)
              for key, name_nl, name_en, owner in DEFAULT_STAGES]
    lanes = [Lane(id=key, name=name_nl if nl else name_en) for key, name_nl, name_en in DEFAULT_LANES]
    return Journey(stages=stages, lanes=lanes, handoff_after="preference").model_dump(mode="json")


def cell_key(stage_id: str, lane_id: str) -> str:
    return f"{stage_id}|{lane_id}"


def place(journey: Journey, note_id: str, stage_id: str, lane_id: str) -> Journey:
    """The note moves to that cell (a note sits in one cell at most)."""
    if stage_id not in {s.id for s in journey.stages} or lane_id not in {lane.id for lane in journey.lanes}:
        raise ValueError("That cell is not on the map.")
    cells = {key: list(notes) for key, notes in take_off(journey, note_id).cells.items()}
    cells.setdefault(cell_key(stage_id, lane_id), []).append(note_id)
    return journey.model_copy(update={"cells": cells})


def take_off(journey: Journey, note_id: str) -> Journey:
    """The note leaves the map (it stays on the board); emptied cells disappear."""
    cells = {key: [n for n in notes if n != note_id] for key, notes in journey.cells.items()}
    return journey.model_copy(update={"cells": {k: v for k, v in cells.items() if v}})


def remove_stage(journey: Journey, stage_id: str) -> Journey:
    """Take a stage off the map; its notes leave their cells (they stay on the board), and the hand-off
    moves to the stage before it."""
    ids = [s.id for s in journey.stages]
    if stage_id not in ids:
        raise ValueError("There is no such stage.")
    index = ids.index(stage_id)
    handoff = journey.handoff_after
    if handoff == stage_id:
        handoff = ids[index - 1] if index > 0 else None
    cells = {k: v for k, v in journey.cells.items() if not k.startswith(stage_id + "|")}
    return journey.model_copy(update={"stages": [s for s in journey.stages if s.id != stage_id], "cells": cells,
                                      "handoff_after": handoff})


def move_handoff(journey: Journey, steps: int) -> Journey:
    """Move the hand-off marker left (negative) or right between stages, staying on the map."""
    ids = [s.id for s in journey.stages]
    if not ids:
        return journey
    current = ids.index(journey.handoff_after) if journey.handoff_after in ids else 0
    target = max(0, min(len(ids) - 2, current + steps))
    return journey.model_copy(update={"handoff_after": ids[target]})


def problems(journey: Journey) -> list[tuple[str, str]]:
    """Stages without an owner's side of the hand-off in order: marketing stages after it, sales before."""
    ids = [s.id for s in journey.stages]
    if journey.handoff_after not in ids:
        return [("no_handoff", "")]
    cut = ids.index(journey.handoff_after)
    found = []
    for i, stage in enumerate(journey.stages):
        if i <= cut and stage.owner == "sales":
            found.append(("sales_before_handoff", stage.name))
        if i > cut and stage.owner == "marketing":
            found.append(("marketing_after_handoff", stage.name))
    return found
