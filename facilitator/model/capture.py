"""Read one line typed in the room: optional department prefix, optional speaker, the note text.

    "s: bel binnen een uur"        -> sales
    "@pie leads van de beurs ..."  -> speaker Pieter (and his department, unless one is given)
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
            matches = find_speakers(mention.group(1), participants)
            if len(matches) == 1:
                speaker_id = matches[0].id
                if department is None and matches[0].department.value in ("marketing", "sales"):
                    department = NoteDepartment(matches[0].department.value)
            else:
                unknown = mention.group(1)
            rest = rest[mention.end():]
            continue
        break
    return Captured(text=rest.strip(), department=department, speaker_id=speaker_id, unknown_speaker=unknown)
