"""Split a session into stored rows and assemble rows back into a session.

Loading builds one JSON text from the row bodies and validates it in a single pydantic call,
which keeps opening a 5,000-note file well under the time budget.
"""

import json
from collections.abc import Iterable, Iterator
from functools import cache

from pydantic import TypeAdapter

from ..model.operations import Touched
from ..model.session import KEYED_PARTS, WHOLE_PARTS, Session


@cache
def _adapter(part: str) -> TypeAdapter:
    return TypeAdapter(Session.model_fields[part].annotation)

Row = tuple[str, str, str]  # (part, key, body)


def whole_body(session: Session, part: str) -> str:
    return _adapter(part).dump_json(getattr(session, part)).decode()


def all_rows(session: Session) -> Iterator[Row]:
    for part in WHOLE_PARTS:
        yield part, "", whole_body(session, part)
    for part in KEYED_PARTS:
        for key, record in getattr(session, part).items():
            yield part, key, record.model_dump_json()


def changed_rows(session: Session, touched: Touched) -> tuple[list[Row], list[tuple[str, str]]]:
    """Rows to upsert and (part, key) rows to delete for the touched parts."""
    upserts: list[Row] = []
    deletes: list[tuple[str, str]] = []
    for part, key in touched:
        if key is None:
            upserts.append((part, "", whole_body(session, part)))
            continue
        record = getattr(session, part).get(key)
        if record is None:
            deletes.append((part, key))
        else:
            upserts.append((part, key, record.model_dump_json()))
    return upserts, deletes


def assemble(rows: Iterable[Row]) -> str:
    """One JSON document from stored rows; unknown parts are kept so validation names them."""
    whole: dict[str, str] = {}
    keyed: dict[str, list[str]] = {}
    for part, key, body in rows:
        if key == "" and part not in KEYED_PARTS:
            whole[part] = body
        else:
            keyed.setdefault(part, []).append(f"{json.dumps(key)}:{body}")
    fields = [f"{json.dumps(part)}:{body}" for part, body in whole.items()]
    fields += [f"{json.dumps(part)}:{{{','.join(items)}}}" for part, items in keyed.items()]
    return "{" + ",".join(fields) + "}"
