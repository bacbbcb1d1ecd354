"""The lossless JSON form of a whole session, and its JSON Schema.

The envelope names the format and its version, so a JSON file from a newer Facilitator is
refused clearly instead of half-read. Keyed parts are written sorted by key, which makes the
output canonical: export, import, export gives the same bytes.
"""

import json
from typing import Any

from ..model.session import KEYED_PARTS, Session
from .errors import NewerVersionError, SessionFileError
from .schema import CURRENT_VERSION
from .validate import validated

FORMAT = "facilitator-session"


def to_json(session: Session) -> str:
    data = session.model_dump(mode="json")
    for part in KEYED_PARTS:
        data[part] = dict(sorted(data[part].items()))
    envelope = {"format": FORMAT, "format_version": CURRENT_VERSION, "session": data}
    return json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"


def from_json(text: str | bytes, source: str = "the JSON file") -> Session:
    """Parse and validate a JSON export; errors name the field (or the line) at fault."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SessionFileError(f"{source} is not UTF-8 text, so it is not a session export.") from None
    try:
        envelope = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise SessionFileError(f"{source} is not valid JSON: {exc.msg} at {where}.") from None
    _check_envelope(envelope, source)
    return validated(source, lambda: Session.model_validate(envelope["session"]), prefix=("session",))


def _check_envelope(envelope: Any, source: str) -> None:
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise SessionFileError(f"{source} is JSON, but not a Facilitator session export (format is not {FORMAT!r}).")
    version = envelope.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionFileError(f"{source}: format_version must be a whole number of at least 1.")
    if version > CURRENT_VERSION:
        raise NewerVersionError(
            f"{source} was exported by a newer version of Facilitator (format {version}; this version "
            f"reads up to {CURRENT_VERSION}). Update Facilitator to import it."
        )
    if "session" not in envelope:
        raise SessionFileError(f"{source} has no 'session' field.")
    extra = set(envelope) - {"format", "format_version", "session"}
    if extra:
        raise SessionFileError(f"{source} has unknown top-level field(s): {', '.join(sorted(extra))}.")


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the export envelope with the session inside."""
    session_schema = Session.model_json_schema(mode="serialization")
    defs = session_schema.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:facilitator:session-export:{CURRENT_VERSION}",
        "title": "Facilitator session export",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "format_version", "session"],
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"type": "integer", "minimum": 1, "maximum": CURRENT_VERSION},
            "session": session_schema,
        },
        "$defs": defs,
    }
