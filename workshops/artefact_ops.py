"""Shared plumbing for a module's named operations: read its result, write a new one.

Every module keeps its result in one artefact; an operation reads a copy, changes it, and puts the
whole result back with PutArtefact, whose inverse restores the old result exactly (undo)."""

import copy
from collections.abc import Callable

from facilitator.errors import OperationError
from facilitator.model import Artefact, Session
from facilitator.model.operations import Applied, PutArtefact


def load(session: Session, module_id: str, default: Callable[[Session], dict]) -> dict:
    """A private copy of the module's result (or a fresh default), to change and store."""
    if session.module(module_id) is None:
        raise OperationError(f"There is no module with id {module_id!r}.")
    artefact = session.artefacts.get(module_id)
    return copy.deepcopy(artefact.data) if artefact is not None else default(session)


def store(session: Session, module_id: str, kind: str, data: dict) -> Applied:
    return PutArtefact(artefact=Artefact(module_id=module_id, kind=kind, data=data)).apply(session)
