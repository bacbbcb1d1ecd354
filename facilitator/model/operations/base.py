"""What every operation on a session shares.

An operation is a small, validated value (a pydantic model) naming one change. ``apply`` checks
everything it needs *before* touching the session, then changes it and returns the inverse
operation plus the parts of the document it touched, so the store can persist exactly those.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ValidationError

from ...errors import OperationError
from ..base import Model
from ..session import Session

# A touched part: ("agenda", None) for a whole part, ("notes", note_id) for one keyed record.
Touched = frozenset[tuple[str, str | None]]
R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Applied:
    inverse: "Operation"
    touched: Touched


class Operation(Model):
    label: ClassVar[str] = "change"  # short human name, shown in undo menus

    def describe(self) -> str:
        """What the undo menu calls this change."""
        return self.label

    def apply(self, session: Session) -> Applied:
        raise NotImplementedError


def whole(part: str) -> Touched:
    return frozenset({(part, None)})


def keyed(part: str, *keys: str) -> Touched:
    return frozenset((part, k) for k in keys)


def patched(record: R, changes: dict[str, Any]) -> R:
    """A copy of ``record`` with ``changes`` applied, fully validated."""
    if "id" in changes:
        raise OperationError("An identifier cannot be changed.")
    unknown = set(changes) - set(type(record).model_fields)
    if unknown:
        raise OperationError(f"Unknown field(s) for {type(record).__name__}: {', '.join(sorted(unknown))}.")
    try:
        return type(record).model_validate({**record.model_dump(), **changes})
    except ValidationError as exc:
        from ..validation_messages import describe

        raise OperationError(describe(exc)) from exc


def old_values(record: BaseModel, changes: dict[str, Any]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in changes}


def index_of(items: list, item_id: str, what: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise OperationError(f"There is no {what} with id {item_id!r}.")


def clamp_index(index: int | None, length: int) -> int:
    return length if index is None else max(0, min(index, length))


def require(condition: bool, message: str) -> None:
    if not condition:
        raise OperationError(message)


def replace_patched(items: list, item_id: str, what: str, changes: dict[str, Any],
                    check: Callable[[Any], None] | None = None) -> Any:
    """Swap the record ``item_id`` in ``items`` for a patched copy; returns the old record."""
    i = index_of(items, item_id, what)
    old = items[i]
    new = patched(old, changes)
    if check is not None:
        check(new)
    items[i] = new
    return old


def move_within(items: list, item_id: str, index: int, what: str) -> int:
    """Move the record ``item_id`` to ``index``; returns where it was."""
    i = index_of(items, item_id, what)
    item = items.pop(i)
    items.insert(clamp_index(index, len(items)), item)
    return i
