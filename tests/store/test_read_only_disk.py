"""A session on a read-only disk (a locked USB stick, a CD, a share): read faithfully, never changed."""

import os
import shutil
import subprocess
import uuid

import pytest
from factories import note, populated
from filetools import crash_image, folder_state

from facilitator.model import SessionDocument
from facilitator.model.operations import AddNote
from facilitator.store import SessionFile, SessionFileError


def _can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = f"/tmp/facilitator-ro-probe-{uuid.uuid4().hex}"
    os.mkdir(probe)
    try:
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", probe], capture_output=True).returncode == 0
        if ok:
            subprocess.run(["umount", probe], check=True)
        return ok
    finally:
        os.rmdir(probe)


@pytest.fixture
def disk(tmp_path):
    """A folder, and a function that makes it read-only: a real read-only mount as root, else chmod."""
    folder = tmp_path / "stick"
    folder.mkdir()
    if _can_mount():
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], check=True)

        def freeze():
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)

        yield folder, freeze
        subprocess.run(["umount", "-l", str(folder)], check=True)
        return
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions and cannot mount here")

    def freeze_by_permissions():
        for p in folder.iterdir():
            p.chmod(0o444)
        folder.chmod(0o555)

    yield folder, freeze_by_permissions
    folder.chmod(0o755)


def test_a_crashed_session_on_a_read_only_disk_is_read_with_its_last_edits(disk, tmp_path):
    folder, freeze = disk
    source = tmp_path / "laptop" / "w.session"
    source.parent.mkdir()
    SessionFile.create(source, populated()).close()
    with SessionFile.open(source) as file:
        SessionDocument(file.session, file).apply(AddNote(note=note("late", text="typed just before the crash")))
        expected = file.session.model_copy(deep=True)
        path = crash_image(file, folder)
    freeze()
    state = folder_state(folder)
    with SessionFile.open(path, readonly=True) as file:
        assert file.session == expected and file.notice is None
    with pytest.raises(SessionFileError, match="read-only") as info:
        SessionFile.open(path)
    assert "\n" not in info.value.message
    assert folder_state(folder) == state


def test_a_closed_session_on_a_read_only_disk(disk):
    folder, freeze = disk
    path = folder / "w.session"
    SessionFile.create(path, populated()).close()
    freeze()
    state = folder_state(folder)
    with SessionFile.open(path, readonly=True) as file:
        assert file.session == populated()
    with pytest.raises(SessionFileError, match="read-only"):
        SessionFile.open(path)
    assert folder_state(folder) == state
