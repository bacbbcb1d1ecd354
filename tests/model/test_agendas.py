"""Agenda templates: the shipped ones load in both languages; a broken one names its line."""

import pytest

from facilitator.errors import FacilitatorError
from facilitator.store.json_positions import value_lines
from workshops import agendas

BROKEN = """{
  "name": "Test",
  "language": "en",
  "modules": [
    {"key": "a", "kind": "opening", "title": "Hello", "minutes": 10},
    {"key": "b", "kind": "brainstorm", "title": "Ideas",
     "minutes": -5}
  ]
}"""


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_half_day_agenda_loads_with_sensible_timeboxes(language):
    template = agendas.load("alignment_half_day", language)
    total = sum(m.minutes for m in template.modules)
    assert 180 <= total <= 270, "a half day is three and a half to four hours"
    assert all(m.prompt and m.script for m in template.modules if m.kind != "break")


def test_both_languages_have_the_same_modules():
    nl, en = agendas.load("alignment_half_day", "nl"), agendas.load("alignment_half_day", "en")
    assert [(m.key, m.kind, m.minutes) for m in nl.modules] == [(m.key, m.kind, m.minutes) for m in en.modules]
    assert nl.modules[0].title != en.modules[0].title


def test_a_validation_error_names_file_line_and_field():
    with pytest.raises(FacilitatorError, match=r"test\.json, line 7: modules\.1\.minutes: Input should be greater than 0"):
        agendas.parse(BROKEN, "test.json")


def test_a_missing_field_points_at_its_object():
    text = BROKEN.replace('"title": "Ideas",', "")
    with pytest.raises(FacilitatorError, match=r"line 6: modules\.1\.title: Field required"):
        agendas.parse(text, "test.json")


def test_a_syntax_error_names_the_line():
    with pytest.raises(FacilitatorError, match=r"line 6: not valid JSON"):
        agendas.parse(BROKEN.replace('"minutes": 10}', '"minutes": 10'), "test.json")


def test_value_lines_maps_nested_paths():
    lines = value_lines(BROKEN)
    assert lines[("modules", 0, "title")] == 5 and lines[("modules", 1, "minutes")] == 7
    assert lines[("name",)] == 2
