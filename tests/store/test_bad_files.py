"""Files that are not (sound) sessions get one clear sentence and are never modified."""

import json
import os
import sqlite3
import zipfile

import pytest
from filetools import digest, reseal

from facilitator.store import NewerVersionError, SessionFile, SessionFileError
from facilitator.store.schema import CURRENT_VERSION


def _untouched(path, match):
    before = digest(path)
    siblings = set(path.parent.iterdir())
    with pytest.raises(SessionFileError, match=match) as info:
        SessionFile.open(path)
    assert digest(path) == before, "the file was modified"
    assert set(path.parent.iterdir()) == siblings, "files were created next to it"
    assert "\n" not in info.value.message and "Traceback" not in info.value.message
    return info.value


def test_empty_file(tmp_path):
    path = tmp_path / "empty.session"
    path.write_bytes(b"")
    _untouched(path, "is empty")


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.session"
    path.write_bytes(os.urandom(8192))
    _untouched(path, "not a Facilitator session")


@pytest.mark.parametrize("content,what", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    (json.dumps({"format": "facilitator-session"}).encode(), "JSON"),
    (b"\xef\xbb\xbf  [1, 2, 3]", "JSON"),
])
def test_foreign_documents_renamed_to_the_session_extension(tmp_path, content, what):
    path = tmp_path / "renamed.session"
    path.write_bytes(content)
    _untouched(path, what)


def test_zip_renamed(tmp_path):
    path = tmp_path / "archive.session"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "hello")
    _untouched(path, "ZIP")


def test_another_programs_sqlite_database(tmp_path):
    path = tmp_path / "other.session"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t(x)")
    conn.close()
    _untouched(path, "another program")


def test_a_file_from_a_newer_version(session_path):
    with sqlite3.connect(session_path) as conn:
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    err = _untouched(session_path, "newer version of Facilitator")
    assert isinstance(err, NewerVersionError)


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_files(session_path, keep):
    data = session_path.read_bytes()
    session_path.write_bytes(data[: int(len(data) * keep)])
    _untouched(session_path, "damaged|cut off")


def test_cut_inside_the_header(session_path):
    session_path.write_bytes(session_path.read_bytes()[:60])
    _untouched(session_path, "cut off")


def test_flipped_bytes_in_a_data_page(session_path):
    data = bytearray(session_path.read_bytes())
    page = 4096
    for i in range(page + 16, len(data), 97):
        data[i] ^= 0xFF
    session_path.write_bytes(bytes(data))
    _untouched(session_path, "damaged|invalid data|inconsistent")


def test_valid_sqlite_with_invalid_rows(session_path):
    with sqlite3.connect(session_path) as conn:
        conn.execute("UPDATE record SET body = replace(body, '\"sales\"', '\"finance\"') WHERE part = 'notes'")
        reseal(conn)
    conn.close()
    err = _untouched(session_path, "invalid data")
    assert "notes." in err.message and "department" in err.message, "the message names the field at fault"


def test_dangling_reference_inside_the_file(session_path):
    with sqlite3.connect(session_path) as conn:
        conn.execute("DELETE FROM record WHERE part = 'groups'")
    conn.close()
    _untouched(session_path, "inconsistent data: notes\\.n0\\.group_id")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(SessionFileError, match="There is no file"):
        SessionFile.open(tmp_path / "nope.session")
    with pytest.raises(SessionFileError, match="is a folder"):
        SessionFile.open(tmp_path)
