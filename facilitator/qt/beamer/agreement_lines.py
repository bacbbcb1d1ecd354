"""The agreement as the room reads it on the beamer: results, actions (owner, date), the review
plan and who has signed, as plain lines in the session's language. "## " marks a heading.

Module kinds may add their result in a few lines (a ModuleView's ``summary``); kinds without one
are listed by title."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...formatting import long_date, time_of_day
from ...model import Session

HEADING = "## "
RESULTS = QT_TRANSLATE_NOOP("Room", "What we agreed")
ACTIONS = QT_TRANSLATE_NOOP("Room", "Action items")
NO_ACTIONS = QT_TRANSLATE_NOOP("Room", "no action items yet")
NO_OWNER = QT_TRANSLATE_NOOP("Room", "no owner yet")
NO_DATE = QT_TRANSLATE_NOOP("Room", "no date yet")
REVIEW = QT_TRANSLATE_NOOP("Room", "Review")
FIRST_REVIEW = QT_TRANSLATE_NOOP("Room", "First review: {0}, {1}")
NO_REVIEW = QT_TRANSLATE_NOOP("Room", "First review: no date yet")
WHERE = QT_TRANSLATE_NOOP("Room", "Where: {0}")
CADENCES = {"monthly": QT_TRANSLATE_NOOP("Room", "then every month"),
            "quarterly": QT_TRANSLATE_NOOP("Room", "then every quarter"),
            "half_yearly": QT_TRANSLATE_NOOP("Room", "then every six months")}
SIGNED = QT_TRANSLATE_NOOP("Room", "Signed by")
NOBODY = QT_TRANSLATE_NOOP("Room", "not signed yet")
STILL_TO_SIGN = QT_TRANSLATE_NOOP("Room", "Still to sign: {0}")

# (session, module, translate-for-the-room) -> a few lines about that module's result
Summary = Callable[[Session, object, Callable[[str], str]], list[str]]


def agreement_lines(session: Session, text: Callable[[str], str],
                    summary_for: Callable[[str], Summary | None] = lambda _kind: None) -> list[str]:
    from ...model.agreement import included_actions, included_modules

    language = session.meta.language.value
    names = {p.id: p.name for p in session.participants}
    lines = []
    modules = included_modules(session)
    if modules:
        lines.append(HEADING + text(RESULTS))
        for module in modules:
            summary = summary_for(module.kind)
            details = summary(session, module, text) if summary is not None else []
            if len(details) == 1:
                lines.append(f"{module.title}: {details[0]}")
            else:
                lines.append(module.title)
                lines += [f"– {line}" for line in details]
    lines.append(HEADING + text(ACTIONS))
    actions = included_actions(session)
    for action in actions:
        owner = (names.get(action.owner_id, action.owner) if action.owner_id else action.owner) or text(NO_OWNER)
        due = long_date(action.due, language) if action.due else text(NO_DATE)
        lines.append(f"• {action.what} — {owner}, {due}")
    if not actions:
        lines.append(text(NO_ACTIONS))
    review = session.agreement.review
    lines.append(HEADING + text(REVIEW))
    if review.first_review:
        when = f"{long_date(review.first_review, language)} {time_of_day(review.time, language)}"
        lines.append(text(FIRST_REVIEW).format(when, text(CADENCES.get(review.cadence, CADENCES["quarterly"]))))
    else:
        lines.append(text(NO_REVIEW))
    if review.place:
        lines.append(text(WHERE).format(review.place))
    lines.append(HEADING + text(SIGNED))
    signed = session.agreement.signatures
    lines.append(", ".join(s.name for s in signed) if signed else text(NOBODY))
    done = {s.participant_id for s in signed}
    waiting = [p.name for p in session.participants if p.signs and p.id not in done]
    if waiting:
        lines.append(text(STILL_TO_SIGN).format(", ".join(waiting)))
    return lines
