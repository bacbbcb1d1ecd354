"""Turn pydantic's validation errors into one line that names the field at fault."""

from pydantic import ValidationError


def field_path(loc: tuple) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def describe(exc: ValidationError, limit: int = 3, prefix: tuple = ()) -> str:
    errors = exc.errors(include_url=False)
    parts = [f"{field_path(prefix + tuple(e['loc']))}: {e['msg']}" for e in errors[:limit]]
    more = len(errors) - limit
    if more > 0:
        parts.append(f"and {more} more problem{'s' if more > 1 else ''}")
    return "; ".join(parts)
