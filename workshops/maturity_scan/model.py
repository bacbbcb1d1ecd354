"""Scoring the alignment maturity scan: totals, levels, the gaps between the departments, the profile
over the five practical steps, and the recommended target level. Pure Python, no Qt.

The scan's result lives in the module's artefact (kind "maturity_scan"), as ``ScanResult`` says. In
"department" mode the respondent is "department": one agreed answer per side; in "participant"
mode every participant id is a respondent. Both sets are kept side by side: the mode only chooses
which set counts, so switching back and forth never changes or mixes stored answers.
"""

from dataclasses import dataclass
from statistics import mean
from typing import Annotated, Literal

from pydantic import Field

from facilitator.model.base import Model
from facilitator.model.results import register_result_model
from facilitator.model.types import Bool, Float, Int

from .content import statements

KIND = "maturity_scan"
SIDES = ("marketing", "sales")
LEVELS = ("undefined", "defined", "aligned", "integrated")
COUNT = 20
AGREED = "department"  # the respondent id of a department's one agreed answer


Answer = Annotated[Int, Field(ge=1, le=5)]
Sheet = Annotated[list[Answer | None], Field(min_length=COUNT, max_length=COUNT)]
Total = Annotated[Float, Field(ge=COUNT, le=COUNT * 5)]


class PreviousScan(Model):
    """The totals of an earlier session's scan, to show the progress since."""

    date: str = Field(default="", max_length=40, description="Day of the earlier session (ISO date)")
    company: str = Field(default="", max_length=200, description="The company as the earlier session named it")
    marketing: Total | None = Field(default=None, description="Marketing's total then")
    sales: Total | None = Field(default=None, description="Sales's total then")


class ScanResult(Model):
    """The scan module's stored result (its artefact's data)."""

    mode: Literal["department", "participant"] = Field(default="department", description="Who answers")
    answers: dict[Literal["marketing", "sales"], dict[Annotated[str, Field(min_length=1, max_length=64)], Sheet]] = \
        Field(default_factory=dict, description="Per side, per respondent: 20 answers 1..5 or null")
    revealed: Bool = Field(default=False, description="The beamer shows the results")
    market: dict[Annotated[str, Field(max_length=40)], Bool] = Field(
        default_factory=dict, description="The market questions answered yes or no")
    target: Literal["undefined", "defined", "aligned", "integrated"] | None = Field(
        default=None, description="The level the room aims for")
    previous: PreviousScan | None = Field(default=None, description="An earlier session's totals")


register_result_model(KIND, ScanResult)


def empty(mode: str = "department") -> dict:
    return {"mode": mode, "answers": {side: {} for side in SIDES}, "revealed": False, "market": {},
            "target": None, "previous": None}


def level_for(total: float) -> str:
    """20–39 Undefined, 40–59 Defined, 60–79 Aligned, 80–100 Integrated (a half point stays below)."""
    if total < 40:
        return "undefined"
    if total < 60:
        return "defined"
    if total < 80:
        return "aligned"
    return "integrated"


def counted_sheets(data: dict, side: str) -> list[list]:
    """The answer sheets the current mode counts: the agreed one, or every participant's own."""
    sheets = data.get("answers", {}).get(side, {})
    if data.get("mode") == "participant":
        return [sheet for who, sheet in sheets.items() if who != AGREED]
    return [sheets[AGREED]] if AGREED in sheets else []


def complete(sheet: list | None) -> bool:
    return sheet is not None and len(sheet) >= COUNT and all(v is not None for v in sheet[:COUNT])


def statement_means(data: dict, side: str) -> list[float | None]:
    """Per statement, the mean of the counted answers on that side (None: nobody answered)."""
    sheets = counted_sheets(data, side)
    result = []
    for i in range(COUNT):
        given = [sheet[i] for sheet in sheets if i < len(sheet) and sheet[i] is not None]
        result.append(mean(given) if given else None)
    return result


def answered(data: dict, side: str) -> int:
    return sum(1 for value in statement_means(data, side) if value is not None)


@dataclass(frozen=True)
class SideResult:
    side: str
    total: float | None      # 20..100 when every statement has an answer, else None
    level: str | None
    answered: int


def side_result(data: dict, side: str) -> SideResult:
    means = statement_means(data, side)
    done = sum(1 for m in means if m is not None)
    if done < COUNT:
        return SideResult(side, None, None, done)
    total = round(sum(means), 1)
    return SideResult(side, total, level_for(total), done)


def gaps(data: dict) -> list[tuple[int, float, float, float]]:
    """(statement index, marketing, sales, gap) where both answered, largest gap first."""
    m, s = statement_means(data, "marketing"), statement_means(data, "sales")
    rows = [(i, m[i], s[i], abs(m[i] - s[i])) for i in range(COUNT) if m[i] is not None and s[i] is not None]
    return sorted(rows, key=lambda row: (-row[3], row[0]))


def step_profile(data: dict) -> dict[str, dict[str, float | None]]:
    """Mean score (1..5) per practical step, per side."""
    profile: dict[str, dict[str, float | None]] = {}
    for side in SIDES:
        means = statement_means(data, side)
        by_step: dict[str, list[float]] = {}
        for statement, value in zip(statements(), means, strict=True):
            if value is not None:
                by_step.setdefault(statement.step, []).append(value)
        for step in {st.step for st in statements()}:
            profile.setdefault(step, {})[side] = round(mean(by_step[step]), 2) if step in by_step else None
    return profile


def recommend(market: dict[str, bool]) -> tuple[str, list[str]]:
    """The level to aim for, given the market, and the reason keys behind it.

    Stay Defined when nothing pushes further; commoditising markets, sales-time customisation and
    shorter life cycles call for Aligned; a complex, fast-moving market calls for Integrated (one
    shared funnel), unless a short, simple sales cycle makes that overhead hard to justify.
    """
    pushes = [key for key in ("commoditising", "customised", "shortening") if market.get(key)]
    if market.get("complex"):
        if market.get("short_cycle"):
            return "aligned", ["complex", "short_cycle_caps"]
        return "integrated", ["complex", *pushes]
    if pushes:
        return "aligned", pushes
    return "defined", ["simple_market"]


def progress(data: dict) -> dict[str, float] | None:
    """Change of each side's total since the earlier session, when one was given."""
    previous = data.get("previous")
    if not previous:
        return None
    result = {}
    for side in SIDES:
        now = side_result(data, side).total
        if now is not None and previous.get(side) is not None:
            result[side] = round(now - previous[side], 1)
    return result


def booth_progress(data: dict, respondents: list[tuple[str, str]]) -> tuple[int, int]:
    """(how many have answered all statements, how many may answer) for (side, participant id) pairs."""
    sheets = data.get("answers", {})
    done = sum(1 for side, who in respondents if complete(sheets.get(side, {}).get(who)))
    return done, len(respondents)
