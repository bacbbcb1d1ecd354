"""No temporary file of ours outlives the process that wrote it; backups appear only complete."""

import sqlite3
import subprocess
import sys
from pathlib import Path

from factories import populated

from facilitator.store import SessionFile
from facilitator.store.schema import CURRENT_VERSION

DATA = Path(__file__).with_name("data")

# Writes a new session under its temporary name the way SessionFile.create does, then dies
# before the rename: what a kill -9 halfway through creating or copying a session leaves.
_KILLED_WRITER = """
import os, sys
sys.path.insert(0, sys.argv[2])
from factories import populated
from facilitator.store.leftovers import partial_name
from facilitator.store.session_file import _write_new
from pathlib import Path
target = Path(sys.argv[1])
_write_new(partial_name(target), populated(notes=50))
for suffix in ("-wal", "-journal"):
    Path(str(partial_name(target)) + suffix).write_bytes(b"half")
print(partial_name(target).name, flush=True)
os._exit(9)
"""


def _killed_while_writing(target: Path) -> list[Path]:
    out = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(target), str(Path(__file__).parents[1])],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 9, out.stderr
    name = out.stdout.strip()
    left = [target.with_name(name), target.with_name(name + "-wal"), target.with_name(name + "-journal")]
    assert all(p.exists() for p in left)
    return left


def test_the_next_open_sweeps_what_a_killed_process_left(session_path):
    left = _killed_while_writing(session_path)
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as alive:
        busy = session_path.with_name(f".{session_path.name}.{alive.pid}.partial")
        busy.write_bytes(b"being written right now")
        before = sorted(p.name for p in session_path.parent.iterdir())
        with SessionFile.open(session_path, readonly=True):
            pass
        assert sorted(p.name for p in session_path.parent.iterdir()) == before, "reading never tidies"
        SessionFile.open(session_path).close()
        alive.kill()
    assert not any(p.exists() for p in left)
    assert busy.exists(), "a partial of a running process is left to it"


def test_create_and_save_copy_sweep_their_target(tmp_path):
    target = tmp_path / "new.session"
    left = _killed_while_writing(target)
    SessionFile.create(target, populated()).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.session"]
    assert not any(p.exists() for p in left)

    copy = tmp_path / "copy.session"
    left = _killed_while_writing(copy)
    with SessionFile.open(target) as file:
        file.save_copy(copy)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.session", "new.session"]


def test_an_upgrade_leaves_the_file_and_one_complete_backup(tmp_path):
    path = tmp_path / "old.session"
    path.write_bytes((DATA / "format1-demo-nl.session").read_bytes())
    stale = tmp_path / ".old.session.format1.bak.999999999.partial"  # no such process
    stale.write_bytes(b"half a backup from a killed upgrade")
    SessionFile.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.session", "old.session.format1.bak"]
    backup = tmp_path / "old.session.format1.bak"
    conn = sqlite3.connect(f"file:{backup}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1 < CURRENT_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM record WHERE part = 'notes'").fetchone()[0] == 53
    finally:
        conn.close()
