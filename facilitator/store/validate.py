"""Validate a whole session read from disk or JSON: field errors and broken links, one sentence."""

from collections.abc import Callable

from pydantic import ValidationError

from ..model.integrity import problems
from ..model.session import Session
from ..model.validation_messages import describe
from .errors import SessionFileError


def validated(source: str, parse: Callable[[], Session], prefix: tuple[str, ...] = ()) -> Session:
    """Run ``parse`` and check the result; errors name ``source`` and the field at fault."""
    try:
        session = parse()
    except ValidationError as exc:
        raise SessionFileError(f"{source} holds invalid data: {describe(exc, prefix=prefix)}.") from None
    broken = problems(session)
    if broken:
        where = "".join(f"{p}." for p in prefix)
        raise SessionFileError(f"{source} holds inconsistent data: {where}{broken[0]}.")
    return session
