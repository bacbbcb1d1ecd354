"""The scan's texts (statements, levels, market questions, reasons, next steps) in Dutch and English."""

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Statement:
    key: str
    step: str
    nl: str
    en: str

    def text(self, language: str) -> str:
        return self.nl if language == "nl" else self.en


@cache
def content() -> dict:
    return json.loads(resources.files(__package__).joinpath("content.json").read_text(encoding="utf-8"))


@cache
def statements() -> tuple[Statement, ...]:
    return tuple(Statement(s["key"], s["step"], s["nl"], s["en"]) for s in content()["statements"])


def steps() -> list[dict]:
    return content()["steps"]


def levels() -> list[dict]:
    return content()["levels"]


def level_name(key: str, language: str) -> str:
    return next((lv.get(language, lv["en"]) for lv in levels() if lv["key"] == key), key)


def market_questions() -> list[dict]:
    return content()["market_questions"]


def reason(key: str, language: str) -> str:
    entry = content()["reasons"].get(key, {})
    return entry.get(language, entry.get("en", key))


def next_actions(level: str, language: str) -> list[str]:
    return [a.get(language, a["en"]) for a in content()["next_actions"].get(level, [])]


def booth_text(key: str, language: str, **values) -> str:
    """A text of the private booth or its beamer count, in the session's language."""
    entry = content()["booth"][key]
    return entry.get(language, entry["en"]).format(**values)
