"""Each module's result in a few lines, for the agreement's pages on the beamer (the sign-off
module): what the room agreed, in the session's language, without the module's own picture."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitator.formatting import number, stored_date
from facilitator.qt.beamer.frame_builder import LETTERS, NAMES

from .goal_tree.model import depth, goals, target_text
from .journey_map.model import Journey
from .lead_sla.model import agreed, parse
from .lead_sla.qt_views import ROOM as SLA_ROOM
from .lead_sla.qt_views import SLA_FIELDS
from .maturity_scan import content as scan_content
from .maturity_scan.model import SIDES, side_result

AIM = QT_TRANSLATE_NOOP("Room", "we aim for: {0}")
NOT_COMPLETE = QT_TRANSLATE_NOOP("Room", "{0} of 20 answered")
CRITERIA = QT_TRANSLATE_NOOP("Room", "{0} criteria agreed for a sales-ready lead")
HANDOFF = QT_TRANSLATE_NOOP("Room", "hand-off after: {0}")


def _data(session, module) -> dict:
    artefact = session.artefacts.get(module.id)
    return artefact.data if artefact is not None else {}


def scan_summary(session, module, text) -> list[str]:
    data, language = _data(session, module), session.meta.language.value
    parts = []
    for side in SIDES:
        result = side_result(data, side)
        if result.total is None:
            parts.append(f"{text(NAMES[side])} " + text(NOT_COMPLETE).format(result.answered))
        else:
            level = scan_content.level_name(result.level, language)
            parts.append(f"{text(NAMES[side])} {number(result.total, language)} ({level})")
    line = " · ".join(parts)
    if data.get("target"):
        line += " · " + text(AIM).format(scan_content.level_name(data["target"], language))
    return [line]


def goal_tree_summary(session, module, text) -> list[str]:
    """The goals at the top two levels, with their targets: the rest is detail for the PDF."""
    all_goals, language = goals(_data(session, module)), session.meta.language.value
    lines = []
    for goal in all_goals:
        if depth(all_goals, goal) <= 1:
            target, deadline = target_text(goal, language), stored_date(goal.deadline, language)
            lines.append(goal.title + (f" — {target}" if target else "") + (f", {deadline}" if deadline else ""))
    return lines


def lead_sla_summary(session, module, text) -> list[str]:
    model = parse(_data(session, module)) if _data(session, module) else None
    if model is None:
        return []
    language = session.meta.language.value
    lines = [text(CRITERIA).format(sum(1 for c in model.criteria if agreed(c)))]
    for name in SLA_FIELDS:
        value = getattr(model.sla, name)
        if value is not None:
            lines.append(f"{text(SLA_ROOM[name])}: {number(value, language)}")
    return lines


def journey_summary(session, module, text) -> list[str]:
    data = _data(session, module)
    if not data:
        return []
    journey = Journey.model_validate(data)
    owners = " · ".join(f"{stage.name} ({text(LETTERS[stage.owner])})" for stage in journey.stages)
    lines = [owners] if owners else []
    handoff = next((s.name for s in journey.stages if s.id == journey.handoff_after), None)
    if handoff:
        lines.append(text(HANDOFF).format(handoff))
    return lines
