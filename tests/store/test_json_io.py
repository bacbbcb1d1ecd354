"""The JSON interchange form: lossless, canonical, schema-described, and strict with clear messages."""

import json

import jsonschema
import pytest
from factories import HOSTILE, note, populated

from facilitator.store import NewerVersionError, SessionFileError
from facilitator.store.json_io import from_json, json_schema, to_json
from workshops.demo import build_demo


def test_export_import_export_is_byte_identical():
    first = to_json(build_demo("nl"))
    assert to_json(from_json(first)) == first


def test_hostile_text_survives_the_round_trip_unchanged():
    s = populated()
    for i, text in enumerate(HOSTILE):
        s.notes[f"nh{i}"] = note(f"h{i}", text=text)
    back = from_json(to_json(s))
    assert back == s
    assert [back.notes[f"nh{i}"].text for i in range(len(HOSTILE))] == HOSTILE


def test_export_validates_against_the_published_schema():
    jsonschema.validate(json.loads(to_json(build_demo("en"))), json_schema())


def test_schema_rejects_what_import_rejects():
    data = json.loads(to_json(populated()))
    data["session"]["notes"]["n1"]["department"] = "finance"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())


def _broken(mutate) -> str:
    data = json.loads(to_json(populated()))
    mutate(data)
    return json.dumps(data)


@pytest.mark.parametrize("mutate,message", [
    (lambda d: d["session"]["notes"]["n1"].update(department="finance"), r"session\.notes\.n1\.department"),
    (lambda d: d["session"]["participants"][1].pop("name"), r"session\.participants\.1\.name: Field required"),
    (lambda d: d["session"]["meta"].update(date="31-12-2026"), r"session\.meta\.date"),
    (lambda d: d["session"]["notes"]["n2"].update(module_id="m7"), r"session\.notes\.n2\.module_id"),
    (lambda d: d["session"].update(surprise=1), r"session\.surprise"),
    (lambda d: d.update(format="something-else"), "not a Facilitator session export"),
    (lambda d: d.pop("session"), "no 'session'"),
    (lambda d: d.update(format_version="1"), "format_version"),
])
def test_invalid_exports_name_the_field_at_fault(mutate, message):
    with pytest.raises(SessionFileError, match=message):
        from_json(_broken(mutate), source="x.json")


def test_json_from_a_newer_version_is_refused():
    with pytest.raises(NewerVersionError, match="newer version"):
        from_json(_broken(lambda d: d.update(format_version=99)))


def test_syntax_errors_name_the_line():
    with pytest.raises(SessionFileError, match="not valid JSON.*line 3"):
        from_json('{\n "format": "facilitator-session",\n oops\n}')


def test_non_utf8_bytes_are_refused_clearly():
    with pytest.raises(SessionFileError, match="not UTF-8"):
        from_json(b"\xff\xfe\x00garbage")
