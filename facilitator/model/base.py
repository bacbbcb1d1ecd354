"""The one pydantic base every record and operation derives from."""

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Shared configuration for the whole session document.

    - ``extra="forbid"``: a typo in a field name, or a field from a foreign or newer file, is an
      error instead of data silently dropped.
    - ``frozen=True``: records are values. An operation replaces a record, it never edits one in
      place, so the inverse operation can keep the old value and views cannot change the model
      behind the core's back.
    - ``str_strip_whitespace`` is deliberately off: text typed in the room is stored as typed.
    - ``allow_inf_nan=False``: NaN and Infinity are no measurements and not standard JSON; should
      one slip in anyway, ``ser_json_inf_nan="constants"`` makes the export fail instead of writing
      the string "NaN" that reads back as text.
    - ``defer_build=True``: validators are built on first use, not at import. There are dozens of
      operation classes and most are not needed to open a session; this halves start-up.
    """

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        validate_default=False,
        use_enum_values=False,
        allow_inf_nan=False,
        ser_json_inf_nan="constants",
        defer_build=True,
    )
