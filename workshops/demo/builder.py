"""Build the demo session from the data files in ``data/``.

Later module issues extend this so ``facilitator demo`` always shows everything the product does.
"""

import datetime as dt
import json
import math
import random
from importlib import resources
from typing import Any

from facilitator.model import (
    ActionItem,
    Artefact,
    Language,
    Note,
    NoteGroup,
    Participant,
    Session,
    SessionMeta,
    Votes,
    new_id,
)
from facilitator.model.board_layout import by_clusters
from facilitator.version import app_version
from workshops import agendas

AGENDA = "alignment_half_day"


def _content(language: Language) -> dict[str, Any]:
    text = resources.files(__package__).joinpath(f"data/demo.{language.value}.json").read_text(encoding="utf-8")
    return json.loads(text)


def build_demo(language: str = "nl", notes: int | None = None, today: dt.date | None = None,
               seed: int = 7, signed: bool = True) -> Session:
    """A realistic session; ``notes`` pads (or trims) it to exactly that many notes. ``signed``: the
    heads of marketing and sales have signed (as at the end of a real session), which freezes the
    agreement until it is reopened."""
    lang = Language(language)
    data = _content(lang)
    rng = random.Random(seed)
    day = today or dt.date.today()
    # The notes were typed this morning (or, for a demo made before nine, in the last hours).
    started = min(dt.datetime.combine(day, dt.time(9, 0), dt.UTC), dt.datetime.now(dt.UTC) - dt.timedelta(hours=3))

    meta = SessionMeta(date=day, language=lang, created_with=app_version(), **data["meta"])
    people = {p["key"]: Participant(id=new_id(), **{k: v for k, v in p.items() if k != "key"})
              for p in data["participants"]}
    # The script hands out four dots each in the friction round.
    agenda = [m.model_copy(update={"dots_per_person": 4}) if m.kind == "brainstorm" else m
              for m in agendas.load(AGENDA, lang).instantiate()]
    keys = [m.key for m in agendas.load(AGENDA, lang).modules]
    modules = dict(zip(keys, agenda, strict=True))
    session = Session(meta=meta, participants=list(people.values()), agenda=agenda)

    groups: dict[tuple[str, str], NoteGroup] = {}
    for module_key, names in data.get("groups", {}).items():
        for name in names:
            group = NoteGroup(id=new_id(), module_id=modules[module_key].id, name=name)
            groups[(module_key, name)] = group
            session.groups[group.id] = group

    minute = 0
    for module_key, items in data["notes"].items():
        for item in items:
            minute += 1
            note = Note(
                id=new_id(), module_id=modules[module_key].id, text=item["text"],
                department=item["department"],
                speaker_id=people[item["speaker"]].id if item.get("speaker") else None,
                group_id=groups[(module_key, item["group"])].id if item.get("group") else None,
                votes=Votes(**item.get("votes", {})),
                created_at=started + dt.timedelta(minutes=minute),
            )
            session.notes[note.id] = note

    for item in data["actions"]:
        session.actions.append(ActionItem(
            id=new_id(), what=item["what"], owner_id=people[item["owner"]].id,
            due=day + dt.timedelta(days=item["due_in_days"]), status=item["status"],
        ))

    if notes is not None:
        _pad(session, notes, data["padding"], rng, started)
    _tidy_boards(session)
    _scan(session)
    _goal_tree(session, {key: person.id for key, person in people.items()})
    _lead_sla(session)
    _journey(session)
    _plan_review(session, day)
    if signed:
        _sign(session, started)
    return session


def _tidy_boards(session: Session) -> None:
    """Every board opens as the arrange key (C) would leave it: clusters side by side, nothing on
    top of anything."""
    for module in session.agenda:
        by_clusters(session, module.id).apply(session)


def _scribble(name: str) -> list[list[tuple[float, float]]]:
    """A signature-like pen line, the same for the same name: loops along a baseline."""
    rng = random.Random(name)
    strokes, x = [], 0.06
    for word in name.split()[:3]:
        points = []
        for i in range(10 + 4 * len(word)):
            t = i / 6
            points.append((round(min(0.96, x + i * 0.011), 4),
                           round(0.55 + 0.22 * math.sin(t * 2.3 + rng.random()) * (0.6 + 0.4 * math.cos(t)), 4)))
        strokes.append(points)
        x = points[-1][0] + 0.04
    return strokes


# The two sides' agreed answers to the twenty statements: marketing sees more cooperation than sales
# does (58, Defined, against 39, Undefined), and they differ most where sales feels unheard.
SCAN_ANSWERS = {
    "marketing": [3, 4, 2, 3, 2, 3, 3, 4, 2, 3, 4, 3, 2, 3, 4, 2, 3, 1, 3, 4],
    "sales": [2, 1, 2, 2, 3, 2, 2, 2, 1, 2, 2, 2, 2, 3, 1, 3, 1, 1, 2, 3],
}


def _scan(session: Session) -> None:
    from workshops.maturity_scan.model import KIND, empty

    module = next((m for m in session.agenda if m.kind == KIND), None)
    if module is None:
        return
    data = empty("department")
    data["answers"] = {side: {"department": list(values)} for side, values in SCAN_ANSWERS.items()}
    data.update(revealed=True, market={"commoditising": True, "customised": True, "shortening": False,
                                       "complex": False, "short_cycle": False}, target="aligned")
    session.artefacts[module.id] = Artefact(module_id=module.id, kind=KIND, data=data)


def _goal_tree(session: Session, people: dict[str, str]) -> None:
    from workshops.goal_tree.demo import demo_tree
    from workshops.goal_tree.model import KIND

    module = next((m for m in session.agenda if m.kind == KIND), None)
    if module is not None:
        data = demo_tree(session.meta.language.value, people)
        session.artefacts[module.id] = Artefact(module_id=module.id, kind=KIND, data=data)


def _lead_sla(session: Session) -> None:
    from workshops.lead_sla.demo import demo_lead_sla
    from workshops.lead_sla.model import KIND

    module = next((m for m in session.agenda if m.kind == KIND), None)
    if module is not None:
        data = demo_lead_sla(session.meta.language.value)
        session.artefacts[module.id] = Artefact(module_id=module.id, kind=KIND, data=data)


def _journey(session: Session) -> None:
    from workshops.journey_map.demo import demo_journey
    from workshops.journey_map.model import KIND

    module = next((m for m in session.agenda if m.kind == KIND), None)
    if module is not None:
        notes = sorted((n for n in session.notes.values() if n.module_id == module.id), key=lambda n: n.created_at)
        data = demo_journey(session.meta.language.value, [n.id for n in notes])
        session.artefacts[module.id] = Artefact(module_id=module.id, kind=KIND, data=data)


def _plan_review(session: Session, day: dt.date) -> None:
    from facilitator.model.records import Agreement, ReviewPlan

    review = ReviewPlan(cadence="quarterly", first_review=day + dt.timedelta(days=91), place=session.meta.place)
    session.agreement = Agreement(review=review)


def _sign(session: Session, started: dt.datetime) -> None:
    """The demo ends as a real session does: the heads of marketing and sales have signed."""
    from facilitator.model.agreement import fingerprint
    from facilitator.model.records import Agreement, AgreementEvent, Signature

    review = session.agreement.review
    frozen = fingerprint(session)
    signed_at = started + dt.timedelta(hours=3, minutes=40)
    heads = [p for p in session.participants if p.signs and p.department.value in ("marketing", "sales")]
    signatures = [Signature(participant_id=p.id, name=p.name, role=p.role, strokes=_scribble(p.name),
                            signed_at=signed_at + dt.timedelta(minutes=i)) for i, p in enumerate(heads)]
    events = [AgreementEvent(at=s.signed_at, kind="signed", detail=s.name) for s in signatures]
    session.agreement = Agreement(review=review, signatures=signatures, frozen_fingerprint=frozen, history=events)


def _pad(session: Session, target: int, texts: list[str], rng: random.Random, started: dt.datetime) -> None:
    """Add (or drop) notes until there are exactly ``target``, spread over the agenda's boards."""
    while len(session.notes) > target:
        session.notes.popitem()
    boards = [m.id for m in session.agenda]
    people = [p.id for p in session.participants]
    i = 0
    while len(session.notes) < target:
        i += 1
        note = Note(
            id=new_id(), module_id=boards[i % len(boards)], text=f"{rng.choice(texts)} (#{i})",
            department=rng.choice(["marketing", "sales", "joint"]),
            speaker_id=rng.choice(people) if rng.random() < 0.6 else None,
            created_at=started + dt.timedelta(seconds=i),
        )
        session.notes[note.id] = note
