"""'Use as …': how a module turns selected notes into its own things (a goal, a journey cell, a
lead criterion). Workshop packages register actions here; the board lists the ones that apply to
the current module's kind, without knowing anything about them."""

from collections.abc import Callable
from dataclasses import dataclass

from ...model.session import Session


@dataclass(frozen=True)
class NoteAction:
    key: str                                        # stable id, e.g. "goal_tree.make_goal"
    label: Callable[[], str]                        # translated at the moment it is shown
    kinds: frozenset[str]                           # module kinds it applies to
    run: Callable[[Session, list[str]], object]     # returns an Operation to apply, or None


class NoteActions:
    def __init__(self) -> None:
        self._actions: dict[str, NoteAction] = {}

    def register(self, action: NoteAction) -> None:
        self._actions[action.key] = action

    def for_kind(self, kind: str) -> list[NoteAction]:
        return [a for a in self._actions.values() if kind in a.kinds]
