"""A full disk or a read-only medium: clear errors, and nothing already saved is lost."""

import os
import shutil
import subprocess
import uuid

import pytest
from factories import note
from filetools import reopen

from facilitator.model import SessionDocument
from facilitator.model.operations import AddNote
from facilitator.store import SessionFile, SessionFileError, WriteFailedError


def test_simulated_full_disk_refuses_the_change_and_keeps_everything_before(session_path):
    with SessionFile.open(session_path) as file:
        doc = SessionDocument(file.session, file)
        for i in range(100, 110):
            doc.apply(AddNote(note=note(i, module="m1")))
        saved = file.session.model_copy(deep=True)
        # SQLite reports exactly what a full disk reports once the file may not grow any more.
        pages = file.connection.execute("PRAGMA page_count").fetchone()[0]
        file.connection.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(WriteFailedError, match="disk is full.*not applied.*safely stored"):
            for i in range(200, 400):
                doc.apply(AddNote(note=note(i, module="m1", text="x" * 5000)))
                saved = file.session.model_copy(deep=True)
        assert file.session == saved, "the refused change must not stay on screen"
        file.connection.execute("PRAGMA max_page_count = 1073741823")
        doc.apply(AddNote(note=note(999, module="m1")))  # space is back: editing goes on
        saved = file.session.model_copy(deep=True)
    assert reopen(session_path) == saved


def _can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = f"/tmp/facilitator-mount-probe-{uuid.uuid4().hex}"
    os.mkdir(probe)
    try:
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], capture_output=True).returncode == 0
        if ok:
            subprocess.run(["umount", probe], check=True)
        return ok
    finally:
        os.rmdir(probe)


needs_mount = pytest.mark.skipif(not _can_mount(), reason="needs root and mount to make a real tiny or read-only disk")


@pytest.fixture
def tiny_disk(tmp_path):
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mountpoint)], check=True)
    yield mountpoint
    subprocess.run(["umount", "-l", str(mountpoint)], check=True)


@needs_mount
def test_real_full_disk(tiny_disk):
    path = tiny_disk / "w.session"
    from factories import populated

    SessionFile.create(path, populated()).close()
    filler = tiny_disk / "other-files"
    with SessionFile.open(path) as file:
        doc = SessionDocument(file.session, file)
        saved = file.session.model_copy(deep=True)
        with pytest.raises(WriteFailedError, match="disk is full"):
            with filler.open("wb") as fh:  # something else on the laptop eats the space
                fh.write(b"\0" * 300_000)
            for i in range(100, 10_000):
                doc.apply(AddNote(note=note(i, module="m1", text=f"{i} " + "é" * 900)))
                saved = file.session.model_copy(deep=True)
        assert file.session == saved
        assert len(saved.notes) > 10, "some edits were saved before the disk filled up"
    filler.unlink()  # the user frees some space and opens the session again
    assert reopen(path) == saved


@needs_mount
def test_read_only_disk_opens_read_only_and_refuses_to_write(tiny_disk):
    from factories import populated

    path = tiny_disk / "r.session"
    SessionFile.create(path, populated()).close()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    with pytest.raises(SessionFileError, match="read-only"):
        SessionFile.open(path)
    with SessionFile.open(path, readonly=True) as file:
        assert len(file.session.notes) == 10
        with pytest.raises(SessionFileError, match="not writable"):
            SessionFile.create(tiny_disk / "new.session", file.session)
