"""What the agreement says, as one canonical value, and its fingerprint.

The fingerprint is the SHA-256 of the canonical JSON of the agreed content (not of the notes or the
timer): printed on every page of the PDF and frozen by the first signature, it shows whether a PDF
and a session still say the same thing.
"""

import hashlib
import json
from typing import Any

from .session import Session


def action_key(action_id: str) -> str:
    return f"action:{action_id}"


def module_key(module_id: str) -> str:
    return f"module:{module_id}"


def included_actions(session: Session) -> list:
    excluded = set(session.agreement.excluded)
    return [a for a in session.actions if action_key(a.id) not in excluded]


def included_modules(session: Session) -> list:
    """Modules whose result goes into the agreement: they have one and were not left out."""
    excluded = set(session.agreement.excluded)
    return [m for m in session.agenda if m.id in session.artefacts and module_key(m.id) not in excluded]


def agreed_content(session: Session) -> dict[str, Any]:
    people = {p.id: p.name for p in session.participants}
    meta = session.meta
    review = session.agreement.review
    return {
        "session": {"title": meta.title, "company": meta.company, "date": meta.date.isoformat(),
                    "place": meta.place, "facilitator": meta.facilitator, "language": meta.language.value},
        "participants": [{"name": p.name, "department": p.department.value, "role": p.role, "signs": p.signs}
                         for p in session.participants],
        "actions": [{"what": a.what, "owner": people.get(a.owner_id, a.owner) if a.owner_id else a.owner,
                     "due": a.due.isoformat() if a.due else None, "status": a.status.value}
                    for a in included_actions(session)],
        "modules": [{"title": m.title, "kind": m.kind, "result": session.artefacts[m.id].data}
                    for m in included_modules(session)],
        "review": {"cadence": review.cadence,
                   "first_review": review.first_review.isoformat() if review.first_review else None,
                   "place": review.place},
    }


def sealed_content(session: Session) -> dict[str, Any]:
    """What the PDF carries and its seal covers: the agreed content plus who signed it and when.

    A drawing is kept as the SHA-256 of its strokes: enough to tell one signature from another
    without putting thousands of pen points into every attendee's copy.
    """
    signatures = [{"name": s.name, "role": s.role, "signed_at": s.signed_at.isoformat(), "typed": s.typed,
                   "drawing": hashlib.sha256(json.dumps(s.strokes).encode("ascii")).hexdigest()}
                  for s in session.agreement.signatures]
    return {**agreed_content(session), "signatures": signatures,
            "frozen_fingerprint": session.agreement.frozen_fingerprint}


def canonical(content: dict[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(session: Session) -> str:
    return hashlib.sha256(canonical(agreed_content(session)).encode("utf-8")).hexdigest()


def grouped(digest: str, size: int = 4) -> str:
    """'3f2a 9c1b …' in upper case: easier to read aloud and compare by eye."""
    return " ".join(digest[i:i + size] for i in range(0, len(digest), size)).upper()


def differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Where two content values differ, as dotted paths ('actions.2.due')."""
    if isinstance(a, dict) and isinstance(b, dict):
        found = []
        for key in sorted(set(a) | set(b)):
            found += differences(a.get(key), b.get(key), f"{path}.{key}" if path else str(key))
        return found
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{path} ({len(a)} vs {len(b)} items)"]
        found = []
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found += differences(x, y, f"{path}.{i}")
        return found
    return [] if a == b else [path or "(everything)"]


def missing_essentials(session: Session) -> list[str]:
    """Plain sentences (English keys; the UI translates) for what a good agreement still lacks."""
    problems = []
    people = session.participants
    for department in ("marketing", "sales"):
        if not any(p.signs and p.department.value == department for p in people):
            problems.append(f"no signatory from {department}")
    actions = included_actions(session)
    if not actions:
        problems.append("no action items")
    if any(not (a.owner_id or a.owner) for a in actions):
        problems.append("an action item has no owner")
    if any(a.due is None for a in actions):
        problems.append("an action item has no due date")
    if session.agreement.review.first_review is None:
        problems.append("no date for the first review")
    return problems
