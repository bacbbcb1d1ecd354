"""Module results: the engine stores them, the workshop packages say what a valid one is.

A workshop registers a pydantic model for each artefact kind it owns when it is imported; every
Artefact is then checked against it wherever one is made (opening a file, importing JSON, `check`,
an operation). The engine never imports the workshops: they come to it. A kind nobody registered
(a module of a newer version) is kept as it is, but must still be plain, finite JSON.
"""

import math
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from .validation_messages import describe

_MODELS: dict[str, type[BaseModel]] = {}
MAX_DEPTH = 32  # far deeper than any result; deeper data is damage or an attack on the parser


def register_result_model(kind: str, model: type[BaseModel]) -> None:
    """Called by a workshop package at import: artefacts of ``kind`` must validate as ``model``."""
    _MODELS[kind] = model


def result_model(kind: str) -> type[BaseModel] | None:
    return _MODELS.get(kind)


def registered_kinds() -> dict[str, type[BaseModel]]:
    return dict(_MODELS)


def checked_result(kind: str, data: dict[str, Any]) -> None:
    """Raise a validation error naming the field inside ``data`` that does not fit ``kind``."""
    _plain_json(data, (), 0)
    model = _MODELS.get(kind)
    if model is None:
        return
    try:
        model.model_validate(data)
    except ValidationError as exc:
        raise PydanticCustomError("result", "{detail}", {"detail": describe(exc, limit=1, prefix=("data",))}) from None


def _plain_json(value: Any, path: tuple, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise PydanticCustomError("result", "{where}: nested too deeply", {"where": _where(path)})
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError("result", "{where}: must be a finite number", {"where": _where(path)})
    if isinstance(value, dict):
        for key, item in value.items():
            _plain_json(item, path + (key,), depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _plain_json(item, path + (index,), depth + 1)


def _where(path: tuple) -> str:
    return ".".join(str(p) for p in ("data", *path))
