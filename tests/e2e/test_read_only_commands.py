"""check, export-json, pdf and verify read a session and leave its folder exactly as they found it."""

import os
import subprocess
import sys

import pytest
from factories import note, other_session, populated
from filetools import crash_image, folder_state

from facilitator.model import SessionDocument
from facilitator.model.operations import AddNote
from facilitator.store import SessionFile


def cli(*args, home):
    env = {**os.environ, "FACILITATOR_HOME": str(home)}
    env.pop("FACILITATOR_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "facilitator", *map(str, args)], capture_output=True, env=env,
                          timeout=120)


def _clean(folder):
    path = folder / "w.session"
    SessionFile.create(path, populated()).close()
    return path


def _crashed(folder, session=None):
    """A session whose last edits are still only in its -wal (the app was killed)."""
    source = folder.parent / "source" / "w.session"
    source.parent.mkdir()
    SessionFile.create(source, session or populated()).close()
    with SessionFile.open(source) as file:
        module = file.session.agenda[0].id
        SessionDocument(file.session, file).apply(AddNote(note=note("late", module=module, text="typed just before")))
        return crash_image(file, folder)


@pytest.mark.parametrize("make", [_clean, _crashed], ids=["closed", "crashed"])
def test_read_only_commands_leave_the_folder_as_they_found_it(tmp_path, make):
    folder = tmp_path / "sessions"
    folder.mkdir()
    path = make(folder)
    out = tmp_path / "out"
    out.mkdir()
    state = folder_state(folder)

    checked = cli("check", path, home=tmp_path / "home")
    assert checked.returncode == 0, checked.stderr
    exported = cli("export-json", path, home=tmp_path / "home")
    assert exported.returncode == 0 and b'"n0"' in exported.stdout
    made = cli("pdf", path, "-o", out / "w.pdf", home=tmp_path / "home")
    assert made.returncode == 0, made.stderr
    verified = cli("verify", out / "w.pdf", path, home=tmp_path / "home")
    assert verified.returncode == 0, verified.stdout
    if make is _crashed:
        assert b"typed just before" in exported.stdout, "the edits in the -wal are read too"
    assert folder_state(folder) == state, "no -wal, -shm or change left behind"
    assert checked.stderr == b""


def test_check_says_in_one_line_that_a_foreign_wal_was_left_out(tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    path = _clean(folder)
    other = _crashed(tmp_path / "elsewhere", other_session(3))
    (folder / "w.session-wal").write_bytes((other.parent / "w.session-wal").read_bytes())
    state = folder_state(folder)
    checked = cli("check", path, home=tmp_path / "home")
    err = checked.stderr.decode()
    assert checked.returncode == 0 and b"OK" in checked.stdout
    assert err.count("\n") == 1 and "w.session-wal does not belong to w.session" in err
    assert folder_state(folder) == state
