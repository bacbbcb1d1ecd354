"""Split a session into stored rows and assemble rows back into a session.

Loading builds one JSON text from the row bodies and validates it in a single pydantic call,
which keeps opening a 5,000-note file well under the time budget.
"""

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from json.encoder import encode_basestring as quoted  # a JSON string literal, in C
from typing import TYPE_CHECKING

from pydantic import TypeAdapter

from ..model.session import KEYED_PARTS, WHOLE_PARTS, Session
from .checksum import checksum_of_bytes, record_checksum

if TYPE_CHECKING:  # the operations package is large; reading a file does not need it
    from ..model.operations import Touched


@cache
def _adapter(part: str) -> TypeAdapter:
    return TypeAdapter(Session.model_fields[part].annotation)

Row = tuple[str, str, str, int]  # (part, key, body, checksum)


def row(part: str, key: str, body: str) -> Row:
    return part, key, body, record_checksum(part, key, body)


def whole_body(session: Session, part: str) -> str:
    return _adapter(part).dump_json(getattr(session, part)).decode()


def all_rows(session: Session) -> Iterator[Row]:
    for part in WHOLE_PARTS:
        yield row(part, "", whole_body(session, part))
    for part in KEYED_PARTS:
        for key, record in getattr(session, part).items():
            yield row(part, key, record.model_dump_json())


def changed_rows(session: Session, touched: "Touched") -> tuple[list[Row], list[tuple[str, str]]]:
    """Rows to upsert and (part, key) rows to delete for the touched parts."""
    upserts: list[Row] = []
    deletes: list[tuple[str, str]] = []
    for part, key in touched:
        if key is None:
            upserts.append(row(part, "", whole_body(session, part)))
            continue
        record = getattr(session, part).get(key)
        if record is None:
            deletes.append((part, key))
        else:
            upserts.append(row(part, key, record.model_dump_json()))
    return upserts, deletes


@dataclass(frozen=True)
class StoredRows:
    """What a file holds: the records whose checksum matches, and the names of those that do not."""

    intact: list[tuple[str, str, str]]
    damaged: list[str]

    @property
    def total(self) -> int:
        return len(self.intact) + len(self.damaged)


def read_rows(conn: sqlite3.Connection) -> StoredRows:
    """Every record, checked against its checksum; damaged ones are named, not guessed at."""
    query = "SELECT part, key, body, checksum FROM record ORDER BY part, key"
    try:
        rows = conn.execute(query).fetchall()
    except sqlite3.OperationalError as exc:
        if "decode" not in str(exc).lower():
            raise
        return _read_rows_as_bytes(conn)  # text that is no longer UTF-8: find which records
    intact: list[tuple[str, str, str]] = []
    damaged: list[str] = []
    for part, key, body, stored in rows:
        if (type(body) is str and type(part) is str and type(key) is str
                and record_checksum(part, key, body) == stored):
            intact.append((part, key, body))
        else:
            damaged.append(record_name(_as_bytes(part), _as_bytes(key)))
    return StoredRows(intact, damaged)


def _read_rows_as_bytes(conn: sqlite3.Connection) -> StoredRows:
    intact: list[tuple[str, str, str]] = []
    damaged: list[str] = []
    query = ("SELECT CAST(part AS BLOB), CAST(key AS BLOB), CAST(body AS BLOB), checksum"
             " FROM record ORDER BY part, key")
    for part, key, body, stored in conn.execute(query):
        if (type(stored) is int and part is not None and key is not None and body is not None
                and checksum_of_bytes(part, key, body) == stored):
            try:
                intact.append((part.decode(), key.decode(), body.decode()))
                continue
            except UnicodeDecodeError:
                pass  # a matching checksum over undecodable text: written so, still unreadable
        damaged.append(record_name(part, key))
    return StoredRows(intact, damaged)


def _as_bytes(value) -> bytes | None:
    if value is None or isinstance(value, bytes):
        return value
    return str(value).encode()


def record_name(part: bytes | None, key: bytes | None) -> str:
    """How a message names a record: 'notes n12', 'the agenda' (escaped: damage can be any byte)."""
    def shown(raw: bytes | None) -> str:
        text = (raw or b"").decode("utf-8", "backslashreplace")
        return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)[:80]
    return f"{shown(part)} {shown(key)}" if key else f"the {shown(part)}"


def assemble(rows: Iterable[tuple[str, str, str]]) -> str:
    """One JSON document from stored rows; unknown parts are kept so validation names them."""
    whole: dict[str, str] = {}
    keyed: dict[str, list[str]] = {}
    for part, key, body in rows:
        if key == "" and part not in KEYED_PARTS:
            whole[part] = body
        else:
            keyed.setdefault(part, []).append(f"{quoted(key)}:{body}")
    fields = [f"{quoted(part)}:{body}" for part, body in whole.items()]
    fields += [f"{quoted(part)}:{{{','.join(items)}}}" for part, items in keyed.items()]
    return "{" + ",".join(fields) + "}"
