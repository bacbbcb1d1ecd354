"""Format versions: a new file is built by the migrations from 0; older files are upgraded with a backup."""

import json
import sqlite3
from pathlib import Path

import pytest
from filetools import reopen

from facilitator.store import SessionFile, SessionFileError, schema
from facilitator.store.checksum import record_checksum

DATA = Path(__file__).with_name("data")


def test_new_files_carry_the_current_version_and_our_application_id(session_path):
    with sqlite3.connect(f"file:{session_path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_every_version_has_a_migration_from_the_one_before():
    assert sorted(schema.MIGRATIONS) == list(range(schema.CURRENT_VERSION))


def test_migrate_runs_the_steps_in_order():
    conn = sqlite3.connect(":memory:")
    ran = []
    steps = {0: lambda c: ran.append(0), 1: lambda c: ran.append(1), 2: lambda c: ran.append(2)}
    assert schema.migrate(conn, 1, steps, to_version=3) == 3
    assert ran == [1, 2]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3


def _rename_titles(conn: sqlite3.Connection) -> None:
    """A data migration of the kind a later version might need: rewrite JSON bodies."""
    (body,) = conn.execute("SELECT body FROM record WHERE part = 'meta'").fetchone()
    meta = json.loads(body)
    meta["title"] = meta["title"] + " (upgraded)"
    body = json.dumps(meta)
    conn.execute("UPDATE record SET body = ?, checksum = ? WHERE part = 'meta'",
                 (body, record_checksum("meta", "", body)))


def test_an_older_file_is_upgraded_in_place_and_a_copy_of_the_original_is_kept(session_path, monkeypatch):
    original = reopen(session_path)
    old = schema.CURRENT_VERSION
    monkeypatch.setattr(schema, "CURRENT_VERSION", old + 1)
    monkeypatch.setitem(schema.MIGRATIONS, old, _rename_titles)

    with SessionFile.open(session_path) as file:
        assert file.session.meta.title == original.meta.title + " (upgraded)"
    backup = session_path.with_name(f"{session_path.name}.format{old}.bak")
    assert backup.exists()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    conn.close()
    assert reopen(session_path).meta.title.endswith("(upgraded)")


def test_a_real_format_1_file_opens_and_is_upgraded(tmp_path):
    """The file was written by the first released version (commit 1dd963b); it must always open."""
    path = tmp_path / "old.session"
    path.write_bytes((DATA / "format1-demo-nl.session").read_bytes())
    with SessionFile.open(path) as file:
        assert file.session.meta.company == "Stroomhof Pomptechniek B.V."
        assert len(file.session.notes) == 53 and file.session.room.current_module_id is None
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
        assert conn.execute("SELECT body FROM record WHERE part = 'room'").fetchone() == ("{}",)
    conn.close()
    assert (tmp_path / "old.session.format1.bak").exists()


def test_a_failing_migration_leaves_the_file_as_it_was(session_path, monkeypatch):
    def broken(conn):
        conn.execute("DELETE FROM record")
        raise sqlite3.OperationalError("simulated failure halfway")

    monkeypatch.setattr(schema, "CURRENT_VERSION", schema.CURRENT_VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, schema.CURRENT_VERSION - 1, broken)
    with pytest.raises(Exception, match="could not be upgraded"):
        SessionFile.open(session_path)
    monkeypatch.undo()
    assert len(reopen(session_path).notes) == 10


def test_an_older_file_that_would_not_open_after_the_upgrade_is_refused_unchanged(tmp_path):
    path = tmp_path / "old.session"
    path.write_bytes((DATA / "format1-demo-nl.session").read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE record SET body = replace(body, '\"sales\"', '\"finance\"') WHERE part = 'notes'")
    conn.close()
    before, listing = path.read_bytes(), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SessionFileError, match="invalid data: notes\\..*department"):
        SessionFile.open(path)
    assert path.read_bytes() == before, "the refused file was upgraded anyway"
    assert sorted(p.name for p in tmp_path.iterdir()) == listing, "no backup of a file that was not upgraded"


def test_a_file_from_before_time_zones_gets_the_laptops_zone_written_once(tmp_path):
    from facilitator.model.types import laptop_zone

    path = tmp_path / "old.session"
    path.write_bytes((DATA / "format1-demo-nl.session").read_bytes())
    with SessionFile.open(path) as file:
        assert file.session.meta.time_zone == laptop_zone()
        assert all(p.email is None for p in file.session.participants)
    with sqlite3.connect(path) as conn:
        (body,) = conn.execute("SELECT body FROM record WHERE part = 'meta'").fetchone()
    conn.close()
    assert json.loads(body)["time_zone"] == laptop_zone()  # stored: the next laptop reads the same zone


def test_an_export_from_before_time_zones_imports(tmp_path):
    from facilitator.model.types import laptop_zone
    from facilitator.store.json_io import from_json, to_json

    path = tmp_path / "old.session"
    path.write_bytes((DATA / "format1-demo-nl.session").read_bytes())
    with SessionFile.open(path) as file:
        data = json.loads(to_json(file.session))
    del data["session"]["meta"]["time_zone"]
    data["format_version"] = 4
    session = from_json(json.dumps(data))
    assert session.meta.time_zone == laptop_zone()
