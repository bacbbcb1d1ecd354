"""Agenda templates: data files (one per language) that a new session's agenda starts from."""

import json
from importlib import resources

from pydantic import Field, PositiveInt, ValidationError

from facilitator.errors import FacilitatorError
from facilitator.model import Language, ModuleInstance, new_id
from facilitator.model.base import Model
from facilitator.model.validation_messages import describe
from facilitator.store.json_positions import line_for, value_lines


class TemplateModule(Model):
    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Stable key, the same in every language")
    kind: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Module kind")
    title: str = Field(min_length=1, max_length=200, description="Title on agenda and beamer")
    prompt: str = Field(default="", description="Question shown to the room")
    script: str = Field(default="", description="The facilitator's script")
    minutes: PositiveInt = Field(le=600, description="Planned duration in minutes")


class AgendaTemplate(Model):
    name: str = Field(min_length=1, description="Name shown when choosing an agenda")
    language: Language = Field(description="Language of every text in the file")
    description: str = Field(default="", description="What this agenda is for")
    modules: list[TemplateModule] = Field(min_length=1, description="Modules in running order")

    def instantiate(self) -> list[ModuleInstance]:
        return [ModuleInstance(id=new_id(), kind=m.kind, title=m.title, prompt=m.prompt,
                               script=m.script, timebox_seconds=m.minutes * 60) for m in self.modules]


def available(language: Language | str) -> list[tuple[str, str]]:
    """(key, name) of every agenda shipped in ``language``, sorted by name."""
    suffix = f".{Language(language).value}.json"
    found = []
    for entry in resources.files(__package__).iterdir():
        if entry.name.endswith(suffix):
            key = entry.name[: -len(suffix)]
            found.append((key, load(key, language).name))
    return sorted(found, key=lambda item: item[1])


def load(name: str, language: Language | str) -> AgendaTemplate:
    filename = f"{name}.{Language(language).value}.json"
    try:
        text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FacilitatorError(f"There is no agenda {filename}.") from None
    return parse(text, filename)


def parse(text: str, filename: str) -> AgendaTemplate:
    """Validate an agenda file; an error names the file, the line and the field at fault."""
    try:
        return AgendaTemplate.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise FacilitatorError(f"{filename}, line {exc.lineno}: not valid JSON ({exc.msg}).") from None
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        line = line_for(value_lines(text), tuple(first["loc"]))
        where = f"{filename}, line {line}" if line else filename
        raise FacilitatorError(f"{where}: {describe(exc, limit=1)}.") from None
