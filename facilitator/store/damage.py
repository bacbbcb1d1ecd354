"""Say which records of a file failed their checksum and how much of the session is still readable."""

from .rows import StoredRows

_NAMED = 5  # more names than this do not help anyone decide what to do


def damage_report(name: str, stored: StoredRows) -> str:
    bad = len(stored.damaged)
    names = ", ".join(stored.damaged[:_NAMED]) + (f" and {bad - _NAMED} more" if bad > _NAMED else "")
    good = len(stored.intact)
    share = good / stored.total if stored.total else 0.0
    record = "record is" if bad == 1 else "records are"
    return (f"{name} is damaged: {bad} {record} not as saved ({names}); {good:,} of {stored.total:,} "
            f"records ({share:.1%}) are still readable. The file was not changed; "
            "restore it from a backup copy.")
