"""Lead definition and marketing-sales SLA: stages, SQL criteria with consent, the hand-off
checklist, the SLA figures and the checks. Pure Python, no Qt.

Kept in the module's artefact (kind "lead_sla"). The review cadence and first review date are the
agreement's review plan (one review meeting for everything agreed), edited from this module too.
"""

import json
from functools import cache
from importlib import resources
from typing import Annotated

from pydantic import Field

from facilitator.model.base import Model
from facilitator.model.results import register_result_model
from facilitator.model.types import Bool, Float, Int

KIND = "lead_sla"
SIDES = ("marketing", "sales")


class Stage(Model):
    key: str = Field(pattern=r"^[a-z0-9_]{1,40}$", description="Stable key")
    name: str = Field(min_length=1, max_length=80, description="Name of the stage")
    definition: str = Field(default="", max_length=2000, description="What the room agreed it means")


class Criterion(Model):
    id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="Stable identifier")
    kind: str = Field(pattern=r"^(hard|soft)$", description="hard: measurable; soft: a judgement")
    text: str = Field(min_length=1, max_length=500, description="The criterion in words")
    field: str = Field(default="", max_length=80, description="Hard criteria: what is measured")
    comparison: str = Field(default="", pattern=r"^(|>=|<=|=|>|<)$", description="Hard criteria: how")
    threshold: str = Field(default="", max_length=80, description="Hard criteria: the value")
    consent: dict[str, Annotated[Int, Field(ge=0, le=5)] | None] = Field(
        default_factory=dict, description="Fist-to-five per department, 0–5")


class Sla(Model):
    sql_per_month: Int | None = Field(default=None, ge=0, le=100_000, description="SQLs marketing delivers a month")
    follow_up_hours: Int | None = Field(default=None, ge=1, le=24 * 30, description="Sales contacts a hot lead within")
    contact_attempts: Int | None = Field(default=None, ge=1, le=50, description="Attempts before a lead is returned")
    capacity_per_month: Int | None = Field(default=None, ge=0, le=100_000, description="Leads sales can handle")
    conversion_target: Float | None = Field(default=None, gt=0, le=100, description="Lead → customer, in %")
    reject_reasons: list[str] = Field(default_factory=list, description="Reason codes for a rejected lead")
    back_to_nurture: Bool = Field(default=True, description="Rejected leads go back to marketing's nurturing")


class LeadSla(Model):
    stages: list[Stage] = Field(default_factory=list)
    criteria: list[Criterion] = Field(default_factory=list)
    handoff: list[str] = Field(default_factory=list, description="What marketing hands over with every SQL")
    sla: Sla = Field(default_factory=Sla)


register_result_model(KIND, LeadSla)


@cache
def _defaults() -> dict:
    return json.loads(resources.files(__package__).joinpath("defaults.json").read_text(encoding="utf-8"))


def starting_point(language: str) -> dict:
    """Stages with a first definition, the usual hand-off items and reason codes, to edit in the room."""
    data = _defaults()
    lang = language if language in ("nl", "en") else "en"
    stages = [{"key": s["key"], "name": s[lang][0], "definition": s[lang][1]} for s in data["stages"]]
    sla = Sla(reject_reasons=list(data["reasons"][lang])).model_dump(mode="json")
    return LeadSla(stages=stages, handoff=list(data["handoff"][lang]), sla=sla).model_dump(mode="json")


def parse(data: dict) -> LeadSla:
    return LeadSla.model_validate(data)


def agreed(criterion: Criterion) -> bool | None:
    """True when every recorded score is 3 or more, False when one is lower, None when none yet."""
    scores = [v for v in criterion.consent.values() if v is not None]
    if not scores:
        return None
    return all(v >= 3 for v in scores)


def blockers(criterion: Criterion) -> list[str]:
    return [side for side, value in criterion.consent.items() if value is not None and value < 3]


def checks(sla_data: LeadSla, proposed_sqls: int | None, first_review) -> list[tuple[str, str]]:
    """(code, detail) for what still needs work; codes are stable, texts come from the UI."""
    found: list[tuple[str, str]] = []
    sla = sla_data.sla
    if sla.capacity_per_month is not None and sla.sql_per_month is not None and \
            sla.capacity_per_month < sla.sql_per_month:
        found.append(("capacity", f"{sla.capacity_per_month} < {sla.sql_per_month}"))
    if proposed_sqls is not None and sla.sql_per_month is not None and sla.sql_per_month < proposed_sqls:
        found.append(("volume", f"{sla.sql_per_month} < {proposed_sqls}"))
    for criterion in sla_data.criteria:
        if agreed(criterion) is not True:
            found.append(("consent", criterion.text))
    if sla.follow_up_hours is None:
        found.append(("follow_up", ""))
    if first_review is None:
        found.append(("review", ""))
    return found
