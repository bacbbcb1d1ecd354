"""The shared goal tree and the reverse funnel: pure Python, no Qt.

Kept in the goal-tree module's artefact (kind "goal_tree"):
    {"goals": [Goal, ...] in display order, "funnel": Funnel | null}
The company's financial goal sits at the top; marketing, sales and joint goals below it; team and
personal goals below those. The reverse funnel turns the revenue goal into deals, opportunities,
SQLs and MQLs, and offers its SQLs per month to the lead-definition/SLA module.
"""

import math
from dataclasses import dataclass

from pydantic import Field, ValidationError

from facilitator.model.base import Model
from facilitator.model.results import register_result_model
from facilitator.model.types import Float

KIND = "goal_tree"
OWNERS = ("company", "marketing", "sales", "joint")


class Goal(Model):
    id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="Stable identifier")
    parent: str | None = Field(default=None, description="The goal above; None only for company goals")
    title: str = Field(min_length=1, max_length=300, description="What we want to reach")
    metric: str = Field(default="", max_length=200, description="How it is measured")
    target: Float | None = Field(default=None, description="Target value")
    unit: str = Field(default="", max_length=40, description="Unit of the target (€, %, leads …)")
    deadline: str = Field(default="", max_length=40, description="When (a date or a period like Q4 2027)")
    owner: str = Field(default="joint", pattern=r"^(company|marketing|sales|joint)$", description="Department")
    person_id: str | None = Field(default=None, description="Owning participant, if one person owns it")


class Funnel(Model):
    revenue: Float = Field(gt=0, description="Revenue goal for the year")
    deal_size: Float = Field(gt=0, description="Average deal size")
    win_rate: Float = Field(gt=0, le=100, description="Opportunities that become deals, in %")
    sql_to_opportunity: Float = Field(gt=0, le=100, description="SQLs that become opportunities, in %")
    mql_to_sql: Float = Field(gt=0, le=100, description="MQLs that become SQLs, in %")


class GoalTree(Model):
    """The goal-tree module's stored result (its artefact's data)."""

    goals: list[Goal] = Field(default_factory=list, description="Every goal, in display order")
    funnel: Funnel | None = Field(default=None, description="The reverse funnel, once the room filled it in")


register_result_model(KIND, GoalTree)


@dataclass(frozen=True)
class FunnelResult:
    deals: int
    opportunities: int
    sqls: int
    mqls: int

    def per_month(self) -> "FunnelResult":
        return FunnelResult(*(math.ceil(v / 12) for v in (self.deals, self.opportunities, self.sqls, self.mqls)))


def compute(funnel: Funnel) -> FunnelResult:
    """Work back from revenue: every step rounds up, since half a deal is not a deal."""
    deals = math.ceil(funnel.revenue / funnel.deal_size - 1e-9)
    opportunities = math.ceil(deals / (funnel.win_rate / 100) - 1e-9)
    sqls = math.ceil(opportunities / (funnel.sql_to_opportunity / 100) - 1e-9)
    mqls = math.ceil(sqls / (funnel.mql_to_sql / 100) - 1e-9)
    return FunnelResult(deals, opportunities, sqls, mqls)


def validate_funnel(values: dict) -> Funnel:
    """A Funnel, or ValueError with one plain sentence (zero or over-100% rates, negative amounts)."""
    try:
        return Funnel.model_validate(values)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        field = str(first["loc"][0]) if first["loc"] else "funnel"
        raise ValueError(f"{field.replace('_', ' ')}: {first['msg']}") from None


def goals(data: dict) -> list[Goal]:
    return [Goal.model_validate(g) for g in data.get("goals", [])]


def funnel(data: dict) -> Funnel | None:
    return Funnel.model_validate(data["funnel"]) if data.get("funnel") else None


def children(all_goals: list[Goal], parent: str | None) -> list[Goal]:
    return [g for g in all_goals if g.parent == parent]


def depth(all_goals: list[Goal], goal: Goal) -> int:
    by_id = {g.id: g for g in all_goals}
    level, current = 0, goal
    while current.parent and current.parent in by_id and level < 50:
        current = by_id[current.parent]
        level += 1
    return level


def ancestors(all_goals: list[Goal], goal: Goal) -> list[Goal]:
    by_id = {g.id: g for g in all_goals}
    found, current = [], goal
    while current.parent in by_id and len(found) < 50:
        current = by_id[current.parent]
        found.append(current)
    return found


def would_cycle(all_goals: list[Goal], goal_id: str, new_parent: str | None) -> bool:
    by_id = {g.id: g for g in all_goals}
    current = new_parent
    for _ in range(len(all_goals) + 1):
        if current is None:
            return False
        if current == goal_id:
            return True
        current = by_id[current].parent if current in by_id else None
    return True


@dataclass(frozen=True)
class Problem:
    code: str           # orphan, department_missing, not_measurable, no_deadline, team_untied, disconnected
    goal_id: str | None
    detail: str = ""


def checks(all_goals: list[Goal]) -> list[Problem]:
    """What the room should fix, in the order it matters."""
    problems: list[Problem] = []
    ids = {g.id for g in all_goals}
    tops = [g for g in all_goals if g.owner == "company" and g.parent is None]
    for goal in all_goals:
        if goal.parent is None and goal.owner != "company" or goal.parent is not None and goal.parent not in ids:
            problems.append(Problem("orphan", goal.id))
    under_top = {g.owner for g in all_goals if g.parent in {t.id for t in tops}}
    if tops:
        for department in ("marketing", "sales"):
            if department not in under_top:
                problems.append(Problem("department_missing", None, department))
    for goal in all_goals:
        if goal.target is None or not goal.metric.strip():
            problems.append(Problem("not_measurable", goal.id))
        if not goal.deadline.strip():
            problems.append(Problem("no_deadline", goal.id))
    for goal in all_goals:
        if depth(all_goals, goal) >= 2 and not any(a.owner in ("marketing", "sales", "joint")
                                                   for a in ancestors(all_goals, goal)):
            problems.append(Problem("team_untied", goal.id))
    roots_of = {}
    for goal in all_goals:
        line = ancestors(all_goals, goal)
        roots_of[goal.id] = line[-1].id if line else goal.id
    marketing_roots = {roots_of[g.id] for g in all_goals if g.owner == "marketing"}
    sales_roots = {roots_of[g.id] for g in all_goals if g.owner == "sales"}
    if marketing_roots and sales_roots and not marketing_roots & sales_roots:
        problems.append(Problem("disconnected", None))
    return problems


def proposed_sqls_per_month(data: dict) -> int | None:
    """What the goal tree's funnel asks of marketing each month: offered to the SLA module."""
    current = funnel(data)
    return compute(current).per_month().sqls if current else None


@dataclass(frozen=True)
class Column:
    head: Goal                       # a goal directly under a top (company) goal
    below: list[tuple[Goal, int]]    # everything under it, depth first, with its depth below the head


def layout(all_goals: list[Goal]) -> tuple[list[Goal], list[Column], list[Goal]]:
    """The tree as the beamer and the PDF draw it: tops in a row, their children as columns, deeper
    goals listed under their column; the third list holds goals that hang nowhere (orphans)."""
    ids = {g.id for g in all_goals}
    tops = [g for g in all_goals if g.parent is None]
    columns = [Column(head, _below(all_goals, head)) for top in tops for head in children(all_goals, top.id)]
    placed = {g.id for g in tops} | {c.head.id for c in columns} | {g.id for c in columns for g, _ in c.below}
    orphans = [g for g in all_goals if g.id not in placed or (g.parent is not None and g.parent not in ids)]
    return tops, columns, orphans


def _below(all_goals: list[Goal], head: Goal) -> list[tuple[Goal, int]]:
    found: list[tuple[Goal, int]] = []
    stack = [(child, 1) for child in reversed(children(all_goals, head.id))]
    while stack:  # depth first, in display order
        goal, level = stack.pop()
        found.append((goal, level))
        stack += [(child, level + 1) for child in reversed(children(all_goals, goal.id))]
    return found


def target_text(goal: Goal, language: str = "en") -> str:
    """The target as the session's language writes it: "€ 2.400.000", "15,8 %", "34 SQL"."""
    from facilitator.formatting import money, number, percent

    if goal.target is None:
        return ""
    if goal.unit == "€":
        return money(goal.target, language)
    if goal.unit == "%":
        return percent(goal.target, language)
    return f"{number(goal.target, language)} {goal.unit}".strip()
