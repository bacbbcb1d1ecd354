"""The corruption suite's special paths: whatever a session path turns out to be, opening it is
refused at once with one sentence (or, for a link to a real session, a faithful open), and the
folder is left exactly as it was. A FIFO used to block for ever, hence the timeout."""

import os
import socket
import uuid

import pytest

from facilitator.store import SessionFile, SessionFileError
from facilitator.store.file_checks import check_output


def listing(folder):
    return sorted((e.name, e.stat(follow_symlinks=False).st_mode) for e in os.scandir(folder))


def _fifo(folder):
    os.mkfifo(folder / "x.session")
    return folder / "x.session"


def _folder(folder):
    (folder / "x.session").mkdir()
    return folder / "x.session"


def _loop(folder):
    os.symlink("x.session", folder / "x.session")
    return folder / "x.session"


def _dangling(folder):
    os.symlink("gone.session", folder / "x.session")
    return folder / "x.session"


def _device(folder):
    os.symlink("/dev/zero", folder / "x.session")
    return folder / "x.session"


def _through_a_file(folder):
    (folder / "plain").write_bytes(b"x")
    return folder / "plain" / "x.session"


def _long_name(folder):
    return folder / ("n" * 300 + ".session")


SPECIAL = {"fifo": (_fifo, r"pipe \(FIFO\)"), "folder": (_folder, "folder"), "loop": (_loop, "loops"),
           "dangling link": (_dangling, "There is no file"), "device": (_device, "device"),
           "inside a file": (_through_a_file, "not a folder"), "long name": (_long_name, "too long")}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("readonly", [False, True])
@pytest.mark.parametrize("kind", list(SPECIAL))
def test_a_special_path_is_refused_at_once(tmp_path, kind, readonly):
    make, message = SPECIAL[kind]
    path = make(tmp_path)
    before = listing(tmp_path)
    with pytest.raises(SessionFileError, match=message) as caught:
        SessionFile.open(path, readonly=readonly)
    assert "\n" not in caught.value.message
    assert listing(tmp_path) == before


@pytest.mark.timeout(20)
def test_a_socket_is_refused(tmp_path):
    where = f"/tmp/f15c-{uuid.uuid4().hex[:8]}.sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(where)
    try:
        with pytest.raises(SessionFileError, match="socket"):
            SessionFile.open(where, readonly=True)
    finally:
        sock.close()
        os.unlink(where)


def test_a_link_to_a_real_session_opens_faithfully(session_path):
    link = session_path.with_name("link.session")
    os.symlink(session_path.name, link)
    with SessionFile.open(session_path, readonly=True) as direct, SessionFile.open(link, readonly=True) as linked:
        assert linked.session == direct.session


@pytest.mark.parametrize("kind", ["fifo", "folder", "loop", "device"])
def test_force_never_replaces_a_special_file(tmp_path, kind):
    make, _ = SPECIAL[kind]
    path = make(tmp_path)
    before = listing(tmp_path)
    with pytest.raises(SessionFileError):
        check_output(path, force=True)
    assert listing(tmp_path) == before


def test_force_replaces_an_ordinary_file_but_never_a_session_or_the_input(session_path):
    other = session_path.with_name("notes.txt")
    other.write_bytes(b"x")
    check_output(other, force=True)  # allowed
    with pytest.raises(SessionFileError, match="Facilitator session"):
        check_output(session_path, force=True)
    hard = session_path.with_name("hard.txt")
    os.link(other, hard)
    with pytest.raises(SessionFileError, match="file being read"):
        check_output(hard, force=True, inputs=[other])
