"""The session file: every applied operation is on disk at once, and only one instance holds it."""

import subprocess
import sys

import pytest
from factories import HOSTILE, note, populated
from filetools import reopen
from operation_cases import CASES  # every kind of operation

from facilitator.model import SessionDocument
from facilitator.model.operations import (
    AddNote,
    DeleteNote,
    MoveNote,
    RemoveModule,
    UpdateMeta,
)
from facilitator.store import SessionFile, SessionFileError, SessionInUseError


def test_create_then_open_gives_the_same_session(tmp_path):
    original = populated()
    SessionFile.create(tmp_path / "a.session", original).close()
    assert reopen(tmp_path / "a.session") == original


@pytest.mark.parametrize("name", CASES)
def test_every_operation_is_on_disk_as_soon_as_it_is_applied(session_path, name):
    with SessionFile.open(session_path) as file:
        doc = SessionDocument(file.session, file)
        doc.apply(CASES[name])
        expected = file.session.model_copy(deep=True)
        # Read it back through a second, independent connection while the first is still open.
        file.close()
    assert reopen(session_path) == expected


def test_undo_through_the_inverse_is_persisted_too(session_path):
    with SessionFile.open(session_path) as file:
        doc = SessionDocument(file.session, file)
        before = file.session.model_copy(deep=True)
        inverse = doc.apply(RemoveModule(module_id="m0"))
        doc.apply(inverse)
    assert reopen(session_path) == before


def test_an_open_file_is_refused_to_a_second_instance(session_path):
    with SessionFile.open(session_path):
        code = ("import sys\nfrom facilitator.store import SessionFile\n"
                "try:\n    SessionFile.open(sys.argv[1])\nexcept Exception as e:\n    print(type(e).__name__, e)\n")
        out = subprocess.run([sys.executable, "-c", code, str(session_path)], capture_output=True, text=True, timeout=60)
        assert out.stdout.startswith("SessionInUseError") and "open in another Facilitator window" in out.stdout
        with pytest.raises(SessionInUseError):
            SessionFile.open(session_path, readonly=True)
    SessionFile.open(session_path).close()  # free again once closed


def test_readonly_open_refuses_writes(session_path):
    with SessionFile.open(session_path, readonly=True) as file:
        doc = SessionDocument(file.session, file)
        with pytest.raises(SessionFileError, match="read-only"):
            doc.apply(MoveNote(note_id="n1", x=1, y=1))
        assert file.session.notes["n1"].x == 0, "a change that could not be saved is not shown either"


def test_create_never_overwrites_an_existing_file(session_path):
    before = session_path.read_bytes()
    with pytest.raises(SessionFileError, match="already exists"):
        SessionFile.create(session_path, populated(notes=1))
    assert session_path.read_bytes() == before


def test_create_leaves_no_partial_files_behind(tmp_path):
    SessionFile.create(tmp_path / "a.session", populated()).close()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith("-shm")) == ["a.session"]


def test_many_edits_then_reopen(session_path):
    with SessionFile.open(session_path) as file:
        doc = SessionDocument(file.session, file)
        for i in range(100, 400):
            doc.apply(AddNote(note=note(i, module="m1")))
        for i in range(100, 400, 3):
            doc.apply(DeleteNote(note_id=f"n{i}"))
        doc.apply(UpdateMeta(changes={"company": "Brouwer Pompen B.V."}))
        expected = file.session.model_copy(deep=True)
    assert reopen(session_path) == expected


def test_hostile_text_is_stored_faithfully(session_path):
    with SessionFile.open(session_path) as file:
        doc = SessionDocument(file.session, file)
        for i, text in enumerate(HOSTILE):
            doc.apply(AddNote(note=note(f"h{i}", text=text)))
        doc.apply(UpdateMeta(changes={"title": "<para>Ω & 😀</para>", "company": "R&D \u202eRTL"}))
    back = reopen(session_path)
    assert [back.notes[f"nh{i}"].text for i in range(len(HOSTILE))] == HOSTILE
    assert back.meta.title == "<para>Ω & 😀</para>" and back.meta.company == "R&D \u202eRTL"


def test_save_a_copy_while_the_session_stays_open(session_path, tmp_path):
    with SessionFile.open(session_path) as file:
        doc = SessionDocument(file.session, file)
        doc.apply(AddNote(note=note(500, text="in de kopie")))
        copy = file.save_copy(tmp_path / "kopie.session")
        doc.apply(AddNote(note=note(501, text="alleen in het origineel")))
        with pytest.raises(SessionFileError, match="already exists"):
            file.save_copy(copy)
        with pytest.raises(SessionFileError, match="another name"):
            file.save_copy(session_path)
    copied = reopen(copy)
    assert "n500" in copied.notes and "n501" not in copied.notes
    assert "n501" in reopen(session_path).notes
