"""The real command line, run as a user would: subprocesses, real files, exit codes, stderr."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from facilitator.store.schema import CURRENT_VERSION

pytestmark = pytest.mark.slow


def cli(*args, stdin: bytes | None = None, cwd=None, headless: bool = False):
    env = {**os.environ}
    env.pop("FACILITATOR_DEBUG", None)
    if headless:  # a terminal without any screen: the app must say so instead of aborting
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "facilitator", *map(str, args)], input=stdin,
                          capture_output=True, cwd=cwd, env=env, timeout=120)


def one_clean_line(result) -> str:
    err = result.stderr.decode()
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("facilitator: "), err
    return err


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.session"
    result = cli("demo", path, "--lang", "en")
    assert result.returncode == 0, result.stderr
    return path


def test_demo_check_export_import_export_round_trip(demo, tmp_path):
    check = cli("check", demo)
    assert check.returncode == 0 and b"OK" in check.stdout and b"10 participants" in check.stdout
    first = cli("export-json", demo, "-o", tmp_path / "a.json")
    assert first.returncode == 0
    assert cli("import-json", tmp_path / "a.json", "-o", tmp_path / "b.session").returncode == 0
    assert cli("export-json", tmp_path / "b.session", "-o", tmp_path / "b.json").returncode == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["session"]["meta"]["company"] and len(data["session"]["notes"]) > 40


def test_export_to_stdout_and_import_from_stdin(demo, tmp_path):
    exported = cli("export-json", demo)
    assert exported.returncode == 0
    assert cli("import-json", "-", "-o", tmp_path / "c.session", stdin=exported.stdout).returncode == 0
    assert cli("export-json", tmp_path / "c.session").stdout == exported.stdout


def test_demo_in_dutch_with_padding(tmp_path):
    path = tmp_path / "nl.session"
    assert cli("demo", path, "--lang", "nl", "--notes", 1500).returncode == 0
    data = json.loads(cli("export-json", path).stdout)
    assert len(data["session"]["notes"]) == 1500
    assert data["session"]["meta"]["language"] == "nl"
    assert any("ë" in n["text"] or "ö" in n["text"] or "é" in n["text"] for n in data["session"]["notes"].values())


def test_schema_is_json_schema(tmp_path):
    result = cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["format_version"]["maximum"] == CURRENT_VERSION


def test_help_lists_the_commands():
    result = cli("--help")
    assert result.returncode == 0 and b"demo" in result.stdout and b"check" in result.stdout


@pytest.mark.parametrize("args", [[], ["x.session"]])
def test_opening_the_app_without_a_screen_is_one_clear_line(args, demo):
    result = cli(*(args and [demo]), headless=True)
    assert result.returncode == 2
    assert "no display" in one_clean_line(result)


@pytest.mark.parametrize("content,message", [
    (b"", "is empty"),
    (b"%PDF-1.4 ...", "PDF document"),
    (b'{"a": 1}', "JSON file"),
    (os.urandom(4096), "not a Facilitator session"),
])
def test_check_refuses_bad_files_with_one_line_and_exit_2(tmp_path, content, message):
    path = tmp_path / "bad.session"
    path.write_bytes(content)
    result = cli("check", path)
    assert result.returncode == 2
    assert message in one_clean_line(result)
    assert path.read_bytes() == content


def test_check_refuses_a_newer_file(demo, tmp_path):
    newer = tmp_path / "newer.session"
    newer.write_bytes(demo.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 5}")
    conn.close()
    result = cli("check", newer)
    assert result.returncode == 2 and "newer version" in one_clean_line(result)


@pytest.mark.parametrize("args,message", [
    (["check"], "required"),
    (["check", "/nonexistent/x.session"], "There is no file"),
    (["demo", "x.session", "--lang", "de"], "invalid choice"),
    (["demo", "x.session", "--notes", "lots"], "--notes"),
    (["import-json", "/nonexistent.json", "-o", "y.session"], "There is no file"),
    (["export-json", "/nonexistent.session"], "There is no file"),
    (["frobnicate", "extra"], "unexpected argument"),
])
def test_usage_errors_are_one_line(tmp_path, args, message):
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in one_clean_line(result)


def test_import_refuses_invalid_json_naming_the_field(demo, tmp_path):
    data = json.loads(cli("export-json", demo).stdout)
    first = next(iter(data["session"]["notes"]))
    data["session"]["notes"][first]["department"] = "finance"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = cli("import-json", bad, "-o", tmp_path / "x.session")
    assert result.returncode == 2
    assert f"session.notes.{first}.department" in one_clean_line(result)
    assert not (tmp_path / "x.session").exists()


def test_demo_and_import_never_overwrite(demo, tmp_path):
    before = demo.read_bytes()
    result = cli("demo", demo)
    assert result.returncode == 2 and "already exists" in one_clean_line(result)
    assert demo.read_bytes() == before


def test_new_session_on_the_default_agenda(tmp_path):
    path = tmp_path / "acme.session"
    result = cli("new", path, "--lang", "en", "--company", "Acme & Zonen B.V.", "--title", "Kick-off")
    assert result.returncode == 0, result.stderr
    data = json.loads(cli("export-json", path).stdout)["session"]
    assert data["meta"]["company"] == "Acme & Zonen B.V." and data["meta"]["title"] == "Kick-off"
    assert len(data["agenda"]) == 8 and data["notes"] == {} and data["participants"] == []


def test_demo_then_pdf_then_verify(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "home"))
    session, pdf = tmp_path / "x.session", tmp_path / "x.pdf"
    assert cli("demo", session).returncode == 0
    made = cli("pdf", session, "-o", pdf)
    assert made.returncode == 0, made.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and (tmp_path / "x.ics").exists()
    ok = cli("verify", pdf, session)
    assert ok.returncode == 0 and b"matches the session" in ok.stdout

    from factories import T0

    from facilitator.model import SessionDocument
    from facilitator.model.operations import Reopen, UpdateMeta
    from facilitator.store import SessionFile

    with SessionFile.open(session) as file:
        doc = SessionDocument(file.session, file)
        doc.apply(Reopen(at=T0))
        doc.apply(UpdateMeta(changes={"place": "Zwolle"}))
    changed = cli("verify", pdf, session)
    assert changed.returncode == 1 and b"differ in: " in changed.stdout and b"session.place" in changed.stdout

    tampered = bytearray(pdf.read_bytes())
    at = tampered.find(b"/Author")
    tampered[at + 9] ^= 1
    pdf.write_bytes(bytes(tampered))
    broken = cli("verify", pdf, session)
    assert broken.returncode == 1 and b"changed after it was sealed" in broken.stdout


def test_pdf_refuses_to_overwrite_and_reads_bad_files_clearly(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_HOME", str(tmp_path / "home"))
    session, pdf = tmp_path / "y.session", tmp_path / "y.pdf"
    cli("demo", session)
    pdf.write_bytes(b"keep me")
    result = cli("pdf", session, "-o", pdf)
    assert result.returncode == 2 and "already exists" in one_clean_line(result) and pdf.read_bytes() == b"keep me"
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    verdict = cli("verify", junk, session)
    assert verdict.returncode == 1 and b"not a PDF" in verdict.stdout
