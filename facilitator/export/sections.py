"""Module sections of the agreement: each workshop kind can add pages about its own result.

The engine builds the document; a workshop package registers a function for its module kind that
returns reportlab flowables for that module's result. Kinds without one get a plain listing.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..model import Artefact, ModuleInstance, Session

# (session, module, its result, the document's style sheet, the language's texts) -> flowables
SectionBuilder = Callable[[Session, ModuleInstance, Artefact, Any, dict[str, str]], list]


@dataclass
class Sections:
    builders: dict[str, SectionBuilder] = field(default_factory=dict)

    def register(self, kind: str, builder: SectionBuilder) -> None:
        self.builders[kind] = builder

    def get(self, kind: str) -> SectionBuilder | None:
        return self.builders.get(kind)
