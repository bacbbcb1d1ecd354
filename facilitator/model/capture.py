"""Read one line typed in the room: optional department prefix, optional speaker, the note text.

    "s: bel binnen een uur"        -> sales
    "@pie leads van de beurs ..."  -> speaker Pieter (and his department, unless one is given)
    "leads van de beurs @pie"      -> the same, named at the end
    "m: @zoe brochures ..."        -> marketing, speaker Zoë

Prefixes are optional: the department key (F2/F3/F4) and the sticky last choice cover the rest.
Speakers are found by the first letters of any part of their name, ignoring case and accents.
"""

import re
import unicodedata
from dataclasses import dataclass

from .records import Participant
from .types import NoteDepartment

PREFIXES = {"m": NoteDepartment.MARKETING, "s": NoteDepartment.SALES, "v": NoteDepartment.SALES,
            "j": NoteDepartment.JOINT, "g": NoteDepartment.JOINT}
_PREFIX = re.compile(r"^\s*([a-zA-Z]):\s+")
_SPEAKER = re.compile(r"^\s*@(\S+)\s*")
_TRAILING_SPEAKER = re.compile(r"\s@(\S+)\s*$")  # "… bellen @ruud": the speaker said last


@dataclass(frozen=True)
class Captured:
    text: str
    department: NoteDepartment | None   # None: use the sticky choice
    speaker_id: str | None
    unknown_speaker: str | None = None  # "@xyz" matched nobody (or several people)


def fold(text: str) -> str:
    """Lower case without accents: 'Zoë' and 'zoe' match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_speakers(query: str, participants: list[Participant]) -> list[Participant]:
    """Participants whose name (any word of it, or the whole) starts with ``query``."""
    q = fold(query)
    if not q:
        return []
    found = []
    for p in participants:
        name = fold(p.name)
        words = re.split(r"[\s\-]+", name)
        if name.startswith(q) or any(w.startswith(q) for w in words) or fold(_initials(p.name)) == q:
            found.append(p)
    return found


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w)


def _speaker(query: str, participants: list[Participant]) -> tuple[str | None, NoteDepartment | None]:
    """The one participant ``query`` names, and their note department; (None, None) if not exactly one."""
    matches = find_speakers(query, participants)
    if len(matches) != 1:
        return None, None
    department = matches[0].department.value
    return matches[0].id, NoteDepartment(department) if department in ("marketing", "sales") else None


def parse(line: str, participants: list[Participant]) -> Captured:
    department = None
    speaker_id = None
    unknown = None
    rest = line
    for _ in range(2):  # prefix and speaker, in either order
        prefix = _PREFIX.match(rest)
        if prefix and prefix.group(1).lower() in PREFIXES and department is None:
            department = PREFIXES[prefix.group(1).lower()]
            rest = rest[prefix.end():]
            continue
        mention = _SPEAKER.match(rest)
        if mention and speaker_id is None and unknown is None:
            speaker_id, implied = _speaker(mention.group(1), participants)
            department = department or implied
            unknown = None if speaker_id else mention.group(1)
            rest = rest[mention.end():]
            continue
        break
    trailing = _TRAILING_SPEAKER.search(rest) if speaker_id is None and unknown is None else None
    if trailing:
        speaker_id, implied = _speaker(trailing.group(1), participants)
        department = department or implied
        unknown = None if speaker_id else trailing.group(1)
        rest = rest[: trailing.start()]
    return Captured(text=rest.strip(), department=department, speaker_id=speaker_id, unknown_speaker=unknown)
