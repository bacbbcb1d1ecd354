"""After a checkpoint, and after closing, the .session file alone holds every edit."""

import shutil

from factories import note, populated
from filetools import reopen

from facilitator.model import SessionDocument
from facilitator.model.operations import AddNote, EditNote, UpdateMeta
from facilitator.store import SessionFile


def _copy_alone(path, folder):
    """What a USB stick or a synced folder gets: the .session file, without its -wal."""
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    shutil.copyfile(path, target)
    return target


def test_a_checkpoint_makes_the_file_alone_complete(session_path, tmp_path):
    with SessionFile.open(session_path) as file:
        doc = SessionDocument(file.session, file)
        for i in range(100, 140):
            doc.apply(AddNote(note=note(i, module="m1", text=f"typed {i}")))
        doc.apply(EditNote(note_id="n1", text="edited in the room", at=note(1).created_at))
        doc.apply(UpdateMeta(changes={"place": "Zwolle"}))
        expected = file.session.model_copy(deep=True)
        assert reopen(_copy_alone(session_path, tmp_path / "before")) != expected, "the edits were in the -wal"
        assert file.checkpoint()
        assert reopen(_copy_alone(session_path, tmp_path / "after")) == expected
        assert session_path.with_name(session_path.name + "-wal").stat().st_size == 0, "the -wal was emptied"
        doc.apply(AddNote(note=note(200, text="after the checkpoint")))  # editing goes on as before
        expected = file.session.model_copy(deep=True)
    assert sorted(p.name for p in session_path.parent.iterdir()) == ["after", "before", session_path.name]
    assert reopen(_copy_alone(session_path, tmp_path / "closed")) == expected


def test_checkpoint_on_a_read_only_or_closed_file_does_nothing(session_path):
    with SessionFile.open(session_path, readonly=True) as file:
        assert file.checkpoint() is False
    file = SessionFile.open(session_path)
    file.close()
    assert file.checkpoint() is False
    assert reopen(session_path) == populated()
