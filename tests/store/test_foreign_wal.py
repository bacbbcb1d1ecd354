"""A -wal beside a session is replayed only if it belongs to it; otherwise it is set aside, told."""

import datetime as dt
import shutil

import pytest
from factories import note, other_session, populated
from filetools import crash_image, digest, folder_state, reopen

from facilitator.model import SessionDocument
from facilitator.model.operations import AddNote, DeleteNote, EditNote, UpdateMeta
from facilitator.store import SessionFile, SessionFileError, SessionInUseError
from workshops.demo import build_demo

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def _edited(path, edits: int, folder, text: str = "pending") -> tuple:
    """A crash image of ``path`` after ``edits`` notes were added (still only in its -wal)."""
    with SessionFile.open(path) as file:
        doc = SessionDocument(file.session, file)
        for i in range(edits):
            doc.apply(AddNote(note=note(f"w{i}", module=file.session.agenda[0].id, text=f"{text} {i}")))
        expected = file.session.model_copy(deep=True)
        image = crash_image(file, folder)
    return image, expected


def _wal(path):
    return path.with_name(path.name + "-wal")


def _foreign_wal_beside(target, tmp_path, notes: int) -> bytes:
    """Put the -wal of a crashed other session beside ``target``; returns its bytes."""
    source = tmp_path / "source" / target.name
    source.parent.mkdir()
    SessionFile.create(source, other_session(notes)).close()
    image, _ = _edited(source, 5, tmp_path / "image")
    wal_bytes = _wal(image).read_bytes()
    _wal(target).write_bytes(wal_bytes)
    return wal_bytes


def test_a_genuine_wal_is_replayed(tmp_path):
    path = tmp_path / "w.session"
    SessionFile.create(path, populated()).close()
    image, expected = _edited(path, 20, tmp_path / "crashed")
    with SessionFile.open(image) as file:
        assert file.session == expected
        assert file.notice is None
    assert sorted(p.name for p in image.parent.iterdir()) == ["w.session"], "nothing set aside, the -wal merged"
    assert reopen(image) == expected


@pytest.mark.parametrize("notes", [3, 400], ids=["small", "large"])
def test_a_wal_from_another_session_is_set_aside_and_the_file_opens_alone(tmp_path, notes):
    folder = tmp_path / "here"
    folder.mkdir()
    path = folder / "w.session"
    SessionFile.create(path, populated(notes=notes)).close()
    before = digest(path)
    wal_bytes = _foreign_wal_beside(path, tmp_path, notes)
    with SessionFile.open(path) as file:
        assert file.session == populated(notes=notes)
        assert "did not belong to w.session" in file.notice and "set aside as w.session-wal.set-aside-" in file.notice
        assert "\n" not in file.notice
    aside = [p for p in folder.iterdir() if p.name.startswith("w.session-wal.set-aside-")]
    assert len(aside) == 1 and aside[0].read_bytes() == wal_bytes, "set aside whole, never merged"
    assert digest(path) == before, "the file itself was not changed"
    assert reopen(path) == populated(notes=notes)


def test_a_stale_wal_from_before_a_restored_backup(tmp_path):
    path = tmp_path / "w.session"
    SessionFile.create(path, populated(notes=300)).close()
    backup = tmp_path / "backup" / "w.session"
    backup.parent.mkdir()
    shutil.copyfile(path, backup)
    with SessionFile.open(path) as file:  # a day of work after the backup was taken
        doc = SessionDocument(file.session, file)
        for i in range(0, 300, 2):
            doc.apply(DeleteNote(note_id=f"n{i}"))
        for i in range(300):
            doc.apply(AddNote(note=note(f"later{i}", text="later " * 40)))
    image, _ = _edited(path, 30, tmp_path / "crashed")  # then the laptop died with edits in the -wal
    shutil.copyfile(backup, image)  # the user puts the backup back; the old -wal stays beside it
    restored = reopen(backup)
    wal_bytes = _wal(image).read_bytes()
    with SessionFile.open(image) as file:
        assert file.session == restored, "the restored backup, not a mix of two moments"
        assert "set aside" in file.notice
    aside = [p for p in image.parent.iterdir() if ".set-aside-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == wal_bytes


def test_a_truncated_wal_gives_every_complete_edit(tmp_path):
    path = tmp_path / "w.session"
    SessionFile.create(path, populated()).close()
    image, expected = _edited(path, 10, tmp_path / "crashed")
    wal = _wal(image)
    wal.write_bytes(wal.read_bytes()[:-1000])  # the last edit's frame cut off
    with SessionFile.open(image) as file:
        assert file.notice is None
        assert set(file.session.notes) == set(expected.notes) - {"nw9"}
        assert file.session.notes["nw8"] == expected.notes["nw8"]


def test_a_damaged_file_with_a_foreign_wal_is_refused_and_both_are_left_as_they_were(tmp_path):
    folder = tmp_path / "here"
    folder.mkdir()
    path = folder / "w.session"
    SessionFile.create(path, populated(notes=200)).close()
    data = bytearray(path.read_bytes())
    for i in range(4096 + 16, len(data), 97):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    _foreign_wal_beside(path, tmp_path, 200)
    state = folder_state(folder)
    for readonly in (False, True):
        with pytest.raises(SessionFileError, match="damaged|invalid data|inconsistent") as info:
            SessionFile.open(path, readonly=readonly)
        assert "\n" not in info.value.message
        assert folder_state(folder) == state


def test_reading_with_a_foreign_wal_leaves_the_folder_as_it_was(tmp_path):
    folder = tmp_path / "here"
    folder.mkdir()
    path = folder / "w.session"
    SessionFile.create(path, populated()).close()
    _foreign_wal_beside(path, tmp_path, 3)
    state = folder_state(folder)
    with SessionFile.open(path, readonly=True) as file:
        assert file.session == populated()
        assert "does not belong" in file.notice and "left alone" in file.notice
    assert folder_state(folder) == state


def test_a_file_held_with_edits_in_its_wal_is_refused_untouched(tmp_path):
    path = tmp_path / "w.session"
    SessionFile.create(path, populated()).close()
    with SessionFile.open(path) as file:
        SessionDocument(file.session, file).apply(AddNote(note=note("held")))
        state = folder_state(tmp_path)
        for readonly in (False, True):
            with pytest.raises(SessionInUseError):
                SessionFile.open(path, readonly=readonly)
            assert folder_state(tmp_path) == state


def test_reading_a_crashed_session_keeps_its_wal_for_the_app(tmp_path):
    path = tmp_path / "w.session"
    SessionFile.create(path, populated()).close()
    image, expected = _edited(path, 5, tmp_path / "crashed")
    state = folder_state(image.parent)
    assert reopen(image) == expected
    assert folder_state(image.parent) == state


def test_a_newer_versions_wal_is_never_set_aside(tmp_path):
    path = tmp_path / "w.session"
    SessionFile.create(path, populated()).close()
    with SessionFile.open(path) as file:
        file.connection.execute("PRAGMA user_version = 99")  # as a newer Facilitator would upgrade it
        SessionDocument(file.session, file).apply(UpdateMeta(changes={"title": "newer"}))
        image = crash_image(file, tmp_path / "crashed")
    state = folder_state(image.parent)
    with pytest.raises(SessionFileError, match="newer version"):
        SessionFile.open(image)
    assert folder_state(image.parent) == state


def test_an_edit_in_the_wal_that_renames_the_session_still_belongs(tmp_path):
    path = tmp_path / "w.session"
    SessionFile.create(path, populated()).close()
    with SessionFile.open(path) as file:
        doc = SessionDocument(file.session, file)
        doc.apply(UpdateMeta(changes={"title": "Renamed", "company": "Other"}))
        doc.apply(EditNote(note_id="n1", text="changed", at=T0))
        expected = file.session.model_copy(deep=True)
        image = crash_image(file, tmp_path / "crashed")
    with SessionFile.open(image) as file:
        assert file.session == expected and file.notice is None


@pytest.mark.parametrize("junk", [b"\x00" * 10, b"not a write-ahead log at all" * 300], ids=["cut", "junk"])
def test_something_else_named_like_the_wal_is_set_aside_not_discarded(session_path, junk):
    _wal(session_path).write_bytes(junk)
    with SessionFile.open(session_path) as file:
        assert file.session == populated() and "set aside" in file.notice
    aside = [p for p in session_path.parent.iterdir() if ".set-aside-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == junk


def test_an_empty_wal_is_nothing_to_report(tmp_path):
    """Older versions left an empty -wal beside files they only read: it is not 'another session's'."""
    from facilitator.store.in_use import wal_of

    path = tmp_path / "s.session"
    SessionFile.create(path, build_demo("en")).close()
    wal_of(path).write_bytes(b"")
    with SessionFile.open(path, readonly=True) as file:
        assert file.notice is None and file.session.notes
    with SessionFile.open(path) as file:
        assert file.notice is None
