"""Data the app could not use is refused where it enters, with the field named: module results
through their workshop's typed model, non-finite or coerced numbers, years out of range, duplicate
keys, endless nesting and numbers. And every export is strict JSON that fits the published schema."""

import datetime as dt
import json
import math
import sqlite3

import jsonschema
import pytest
from filetools import digest, reseal
from pydantic import ValidationError

from facilitator.cli import main as cli
from facilitator.model.records import Signature
from facilitator.store import SessionFile
from facilitator.store.json_io import json_schema, to_json
from workshops.demo import build_demo
from workshops.new_session import new_session


def _run(capsys, *args) -> tuple[int, str]:
    code = cli([str(a) for a in args])
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") <= 1, err
    return code, err


def _export(session=None) -> dict:
    return json.loads(to_json(session or build_demo("en")))


def _kind(data: dict, kind: str) -> dict:
    session = data["session"]
    module_id = next(m["id"] for m in session["agenda"] if m["kind"] == kind)
    return session["artefacts"][module_id]


@pytest.mark.parametrize("session", [
    lambda: build_demo("en"), lambda: build_demo("nl", signed=False),
    lambda: new_session("en", title="T", company="C", facilitator="F"),
], ids=["signed demo", "unsigned demo", "new session"])
def test_every_export_fits_the_schema_with_formats_checked(session):
    text = to_json(session())
    assert "NaN" not in text and "Infinity" not in text
    jsonschema.validate(json.loads(text), json_schema(), format_checker=jsonschema.FormatChecker())


def test_a_start_time_and_review_time_are_valid_times_in_the_schema():
    data = _export()
    data["session"]["meta"]["start_time"] = "08:45:00"
    jsonschema.validate(data, json_schema(), format_checker=jsonschema.FormatChecker())
    data["session"]["agreement"]["review"]["time"] = "25:00:00"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema(), format_checker=jsonschema.FormatChecker())


def _import(capsys, tmp_path, text: str) -> tuple[int, str]:
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "out.session"
    code, err = _run(capsys, "import-json", source, "-o", target)
    if code:
        assert not target.exists(), "a refused import leaves no file behind"
    return code, err


def _mutated(mutate) -> str:
    data = _export()
    mutate(data)
    return json.dumps(data).replace("Infinity", "1e999")  # standard JSON that overflows a float


def _goal_target(value):
    return lambda d: _kind(d, "goal_tree")["data"]["goals"][0].update(target=value)


@pytest.mark.parametrize("mutate,field", [
    (_goal_target(1e999), "data.goals.0.target"),
    (_goal_target("5"), "data.goals.0.target"),
    (lambda d: _kind(d, "goal_tree")["data"].update(goals={"not": "a list"}), "data.goals"),
    (lambda d: _kind(d, "goal_tree")["data"].update(surprise=1), "data.surprise"),
    (lambda d: _kind(d, "maturity_scan")["data"].update(mode="everyone"), "data.mode"),
    (lambda d: _kind(d, "maturity_scan")["data"]["answers"]["marketing"].update(x=[7] * 20), "data.answers.marketing.x.0"),
    (lambda d: _kind(d, "maturity_scan")["data"]["answers"]["sales"].update(x=[3] * 19), "data.answers.sales.x"),
    (lambda d: _kind(d, "lead_sla")["data"]["sla"].update(sql_per_month="34"), "data.sla.sql_per_month"),
    (lambda d: _kind(d, "journey_map")["data"]["overlap"].update(revealed="yes"), "data.overlap"),
    (lambda d: d["session"]["agenda"][0].update(timebox_seconds="60"), "session.agenda.0.timebox_seconds"),
    (lambda d: d["session"]["agenda"][0].update(timebox_seconds=60.0), "session.agenda.0.timebox_seconds"),
    (lambda d: d["session"]["agenda"][0].update(hidden="false"), "session.agenda.0.hidden"),
    (lambda d: d["session"]["agreement"]["signatures"][0].update(signed_at="0001-01-01T00:00:00Z"),
     "session.agreement.signatures.0.signed_at: Value error, the year must be from 1970"),
    (lambda d: d["session"]["agreement"]["signatures"][0].update(signed_at="9999-12-31T23:59:59Z"),
     "session.agreement.signatures.0.signed_at"),
    (lambda d: d["session"]["meta"].update(date="9999-12-31"), "session.meta.date"),
    (lambda d: d["session"]["agreement"]["signatures"][0]["strokes"][0].__setitem__(0, [1e999, 0.5]),
     "session.agreement.signatures.0.strokes.0.0.0"),
])
def test_import_refuses_what_the_app_could_not_use_and_names_the_field(capsys, tmp_path, mutate, field):
    code, err = _import(capsys, tmp_path, _mutated(mutate))
    assert code == 2 and field in err, err


@pytest.mark.parametrize("text,words", [
    ('{"format": "facilitator-session", "format": "x"}', 'the key "format" appears twice'),
    ('{"a": NaN}', "NaN is not a number"),
    ('{"a": -Infinity}', "-Infinity is not a number"),
    ("[" * 100_000 + "]" * 100_000, "nested far too deeply"),
    ('{"a": 1' + "0" * 5000 + "}", "5,001 characters long"),
    ('{"a": 0.' + "5" * 5000 + "}", "5,002 characters long"),
])
def test_json_that_is_not_plain_standard_json_is_refused_in_one_sentence(capsys, tmp_path, text, words):
    code, err = _import(capsys, tmp_path, text)
    assert code == 2 and words in err, err


def test_a_duplicate_key_deep_inside_is_named(capsys, tmp_path):
    text = to_json(build_demo("en")).replace('"title": ', '"title": "x", "title": ', 1)
    code, err = _import(capsys, tmp_path, text)
    assert code == 2 and 'the key "title" appears twice' in err


def test_nan_strokes_cannot_be_made_at_all():
    with pytest.raises(ValidationError, match="finite number"):
        Signature(participant_id="p1", name="A", signed_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                  strokes=[[(math.nan, 0.5)]])


def _rewrite_artefact(path, kind: str, change) -> None:
    with SessionFile.open(path, readonly=True) as file:
        module_id = next(m.id for m in file.session.agenda if m.kind == kind)
    with sqlite3.connect(path) as conn:
        (body,) = conn.execute("SELECT body FROM record WHERE part = 'artefacts' AND key = ?", (module_id,)).fetchone()
        artefact = json.loads(body)
        change(artefact["data"])
        conn.execute("UPDATE record SET body = ? WHERE part = 'artefacts' AND key = ?",
                     (json.dumps(artefact), module_id))
        reseal(conn)
    conn.close()


@pytest.mark.parametrize("kind,change,field", [
    ("goal_tree", lambda d: d["goals"][0].update(target="Infinity"), "data.goals.0.target"),
    ("goal_tree", lambda d: d.update(goals=7), "data.goals"),
    ("maturity_scan", lambda d: d.update(revealed=2), "data.revealed"),
    ("lead_sla", lambda d: d["criteria"][0]["consent"].update(marketing=9), "data.criteria.0.consent.marketing"),
    ("journey_map", lambda d: d.update(cells={"a|b": "n1"}), "data.cells.a|b"),
])
def test_a_file_with_a_result_its_module_cannot_use_is_refused_by_check_and_open(capsys, tmp_path, kind, change, field):
    path = tmp_path / "demo.session"
    SessionFile.create(path, build_demo("en")).close()
    _rewrite_artefact(path, kind, change)
    before = digest(path)
    code, err = _run(capsys, "check", path)
    assert code == 2 and "holds invalid data" in err and field in err, err
    code, err = _run(capsys, "export-json", path)
    assert code == 2 and field in err
    assert digest(path) == before


def test_the_schema_describes_each_module_result_and_refuses_what_import_refuses():
    schema = json_schema()
    kinds = {rule["if"]["properties"]["kind"]["const"] for rule in schema["$defs"]["Artefact"]["allOf"]}
    assert kinds == {"goal_tree", "journey_map", "lead_sla", "maturity_scan"}
    checker = jsonschema.FormatChecker()
    for mutate in (_goal_target("5"), lambda d: _kind(d, "maturity_scan")["data"].update(mode="everyone"),
                   lambda d: d["session"]["agenda"][0].update(timebox_seconds="60")):
        data = _export()
        mutate(data)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(data, schema, format_checker=checker)
