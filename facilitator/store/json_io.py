"""The lossless JSON form of a whole session, and its JSON Schema.

The envelope names the format and its version, so a JSON file from a newer Facilitator is
refused clearly instead of half-read. Keyed parts are written sorted by key, which makes the
output canonical: export, import, export gives the same bytes.
"""

import json
from typing import Any

from pydantic.json_schema import models_json_schema

from ..model.results import registered_kinds
from ..model.session import KEYED_PARTS, Session
from .errors import NewerVersionError, SessionFileError
from .schema import CURRENT_VERSION
from .validate import validated

FORMAT = "facilitator-session"


def to_json(session: Session) -> str:
    # pydantic writes the JSON itself (in Rust; Python's json module indents in pure Python, 10x
    # slower at 20,000 notes). It is strict standard JSON: NaN and Infinity cannot be in a
    # validated session (every float is checked finite, module results included).
    ordered = session.model_copy(update={part: dict(sorted(getattr(session, part).items())) for part in KEYED_PARTS})
    body = ordered.model_dump_json(indent=2).replace("\n", "\n  ")
    return (f'{{\n  "format": {json.dumps(FORMAT)},\n  "format_version": {CURRENT_VERSION},\n'
            f'  "session": {body}\n}}\n')


def from_json(text: str | bytes, source: str = "the JSON file") -> Session:
    """Parse and validate a JSON export; errors name the field (or the line) at fault."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SessionFileError(f"{source} is not UTF-8 text, so it is not a session export.") from None
    envelope = strict_loads(text, source)
    _check_envelope(envelope, source)
    return validated(source, lambda: Session.model_validate(envelope["session"]), prefix=("session",))


MAX_NUMBER_LENGTH = 64  # digits and signs; longer is no measurement, and Python's int() refuses 4,300+


class _Refused(ValueError):
    """Standard-JSON rules that Python's json module does not enforce by itself."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        duplicate = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise _Refused(f"the key {json.dumps(duplicate, ensure_ascii=True)[:80]} appears twice in one object")
    return result


def _constant(name: str) -> None:
    raise _Refused(f"{name} is not a number in standard JSON")


def _number(kind: type) -> Any:
    def parse(token: str) -> Any:
        if len(token) > MAX_NUMBER_LENGTH:
            raise _Refused(f"a number is {len(token):,} characters long (at most {MAX_NUMBER_LENGTH})")
        return kind(token)
    return parse


def strict_loads(text: str, source: str) -> Any:
    """Parse standard JSON: duplicate keys, NaN/Infinity, endless numbers and nesting are refused."""
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant,
                          parse_int=_number(int), parse_float=_number(float))
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise SessionFileError(f"{source} is not valid JSON: {exc.msg} at {where}.") from None
    except _Refused as exc:
        raise SessionFileError(f"{source} is not a session export: {exc}.") from None
    except RecursionError:
        raise SessionFileError(f"{source} is not a session export: it is nested far too deeply.") from None


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
    _describe_module_results(defs)
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


def _describe_module_results(defs: dict[str, Any]) -> None:
    """Say, per registered kind, what an artefact's data must look like (if kind is X, then data is Y)."""
    kinds = registered_kinds()
    if not kinds:
        return
    refs, extra = models_json_schema([(model, "serialization") for model in kinds.values()],
                                     ref_template="#/$defs/{model}")
    clashes = set(extra.get("$defs", {})) & set(defs)
    if clashes:  # a bug to fix in a workshop model's name, not something to paper over
        raise RuntimeError(f"result model names clash with the session's: {', '.join(sorted(clashes))}")
    defs.update(extra.get("$defs", {}))
    defs["Artefact"]["allOf"] = [
        {"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
         "then": {"properties": {"data": refs[(model, "serialization")]}}}
        for kind, model in sorted(kinds.items())
    ]
