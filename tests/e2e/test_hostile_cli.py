"""The command line against hostile paths, names and values: for each, the exit code, exactly one
line on stderr, no traceback, and nothing created or changed in the folder.

A FIFO is the nastiest: opening one blocks until a writer comes, so every case runs with a
timeout and a regression fails instead of hanging the suite.
"""

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import uuid

import pytest

pytestmark = pytest.mark.slow

LONG = "a" * 300


def cli(*args, cwd, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    env.pop("FACILITATOR_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "facilitator", *map(str, args)], capture_output=True,
                          cwd=cwd, env=env, timeout=60)


def snapshot(folder):
    """Every entry: its kind, and for ordinary files the bytes and the mode."""
    seen = {}
    for entry in os.scandir(folder):
        info = entry.stat(follow_symlinks=False)
        if stat.S_ISREG(info.st_mode):
            with open(entry.path, "rb") as fh:
                seen[entry.name] = ("file", fh.read(), info.st_mode)
        elif stat.S_ISLNK(info.st_mode):
            seen[entry.name] = ("link", os.readlink(entry.path))
        else:
            seen[entry.name] = ("other", stat.S_IFMT(info.st_mode))
    return seen


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert cli("demo", "d.session", "--lang", "en", cwd=folder).returncode == 0
    exported = cli("export-json", "d.session", cwd=folder)
    return (folder / "d.session").read_bytes(), json.loads(exported.stdout)


@pytest.fixture
def room(tmp_path, demo_bytes):
    """A folder with a session, another session, a FIFO, a socket, a folder and links of every kind."""
    session, data = demo_bytes
    folder = tmp_path / "room"
    folder.mkdir()
    (folder / "s.session").write_bytes(session)
    (folder / "other.session").write_bytes(session)
    (folder / "notes.txt").write_bytes(b"keep me")
    os.mkfifo(folder / "fifo.session")
    (folder / "dir.session").mkdir()
    os.symlink("loop.session", folder / "loop.session")
    os.symlink("notes.txt", folder / "link.pdf")
    sock = socket.socket(socket.AF_UNIX)
    sock_path = f"/tmp/f15c-{uuid.uuid4().hex[:8]}.sock"  # AF_UNIX paths are short; linked from the room
    sock.bind(sock_path)
    os.symlink(sock_path, folder / "socket.session")
    bad = json.loads(json.dumps(data))
    bad["session"]["meta"]["company"] = "Acme\nB.V."
    (folder / "newline.json").write_text(json.dumps(bad), encoding="utf-8")
    late = json.loads(json.dumps(data))
    late["session"]["agreement"]["review"]["first_review"] = "0001-01-01"
    (folder / "year1.json").write_text(json.dumps(late), encoding="utf-8")
    (folder / "escape.json").write_bytes(b'{"format_version": 1, "session": "\x1b[2J\x1b]0;pwned\x07')
    keyed = json.loads(json.dumps(data))
    keyed["session"]["meta"]["\x1b[2Jevil\x07"] = 1  # valid JSON ("\u001b"), a hostile field name
    (folder / "key.json").write_text(json.dumps(keyed), encoding="utf-8")
    (folder / "escape.session").write_bytes(b"\x1b[2J\x1b[31mnot a session" + b"\x00" * 200)
    yield folder
    sock.close()
    os.unlink(sock_path)


CASES = [
    # special paths as the session (item 7)
    (["check", "fifo.session"], "pipe (FIFO)"),
    (["export-json", "fifo.session"], "pipe (FIFO)"),
    (["pdf", "fifo.session", "--no-sign"], "pipe (FIFO)"),
    (["verify", "fifo.session", "s.session"], "pipe (FIFO)"),
    (["import-json", "fifo.session", "-o", "new.session"], "pipe (FIFO)"),
    (["check", "dir.session"], "is a folder"),
    (["check", "loop.session"], "loops back"),
    (["check", "socket.session"], "a socket"),
    (["check", "/dev/null"], "a device"),
    (["check", "/dev/zero"], "a device"),
    (["check", LONG + ".session"], "too long"),
    # what --force may replace (item 6)
    (["pdf", "s.session", "-o", "s.session", "--force"], "file being read"),
    (["export-json", "s.session", "-o", "s.session", "--force"], "file being read"),
    (["pdf", "s.session", "-o", "other.session", "--force"], "Facilitator session"),
    (["export-json", "s.session", "-o", "other.session", "--force"], "Facilitator session"),
    (["demo", "other.session", "--force"], "Facilitator session"),
    (["new", "other.session", "--force"], "Facilitator session"),
    (["import-json", "newline.json", "-o", "other.session", "--force"], "Facilitator session"),
    (["pdf", "s.session", "-o", "link.pdf", "--force"], "symbolic link"),
    (["pdf", "s.session", "-o", "fifo.session", "--force"], "pipe (FIFO)"),
    (["pdf", "s.session", "-o", "dir.session", "--force"], "folder"),
    (["export-json", "s.session", "-o", "/dev/null", "--force"], "device"),
    (["export-json", "s.session", "-o", "loop.session", "--force"], "symbolic link"),
    (["pdf", "s.session", "-o", "notes.txt"], "use --force"),
    # plain user problems are exit 2 (item 8, issue 17)
    (["export-json", "s.session", "-o", LONG + ".json"], "too long"),
    (["pdf", "s.session", "-o", LONG + ".pdf", "--no-sign"], "too long"),
    (["new", "x.session", "--company", "c" * 300], "--company is too long: at most 200 characters"),
    (["new", "x.session", "--title", "t" * 201], "--title is too long: at most 200 characters"),
    (["new", "x.session", "--company", "Acme\nB.V."], "--company cannot be used"),
    (["new", "x.session", "--title", "\x1b[31mred"], "--title cannot be used"),
    (["import-json", "newline.json", "-o", "x.session"], "session.meta.company"),
    (["import-json", "year1.json", "-o", "x.session"], "first_review"),
    # names and bytes are shown escaped (item 9)
    (["check", "a\nb\x1b[31m.session"], "a\\nb\\x1b[31m.session"),
    (["check", "escape.session"], "not a Facilitator session"),
    (["import-json", "escape.json", "-o", "x.session"], "escape.json"),
    (["import-json", "key.json", "-o", "x.session"], "session.meta.\\x1b[2Jevil\\x07"),
]


@pytest.mark.parametrize("args,message", CASES, ids=[" ".join(a)[:60] for a, _ in CASES])
def test_hostile_input_is_one_line_exit_2_and_touches_nothing(room, args, message):
    before = snapshot(room)
    result = cli(*args, cwd=room, env_extra={"FACILITATOR_HOME": str(room.parent / "home")})
    err = result.stderr.decode("utf-8", errors="strict")
    assert result.returncode == 2, err
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("facilitator: "), err
    assert "\x1b" not in err and "\x00" not in err and "\x07" not in err, "nothing raw reaches the terminal"
    assert message in err
    assert result.stdout == b""
    assert snapshot(room) == before


@pytest.mark.parametrize("company", ["ë" * 200, "😀" * 60, "👩🏽‍💻" * 40, "Müller/Söhne: \"Pumpen\"?"])
def test_a_long_or_strange_company_still_gives_a_valid_pdf_name(tmp_path, company):
    home = {"FACILITATOR_HOME": str(tmp_path / "home")}
    assert cli("new", "x.session", "--company", company[:200], cwd=tmp_path).returncode == 0
    result = cli("pdf", "x.session", "--no-sign", cwd=tmp_path, env_extra=home)
    assert result.returncode == 0, result.stderr
    (pdf,) = tmp_path.glob("*.pdf")
    assert len(pdf.name.encode("utf-8")) <= 255 and pdf.read_bytes().startswith(b"%PDF")
    assert pdf.name.startswith("Overeenkomst ") and "/" not in pdf.name[:-4]


def _mount_available() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.mark.skipif(not _mount_available(), reason="needs root and mount for a real read-only disk")
@pytest.mark.parametrize("args", [["pdf", "s.session", "--no-sign"], ["export-json", "s.session", "-o", "x.json"]])
def test_a_read_only_folder_is_one_sentence_and_exit_2(tmp_path, demo_bytes, args):
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)]).returncode != 0:
        pytest.skip("this machine cannot mount a tmpfs")
    try:
        (disk / "s.session").write_bytes(demo_bytes[0])
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        before = snapshot(disk)
        result = cli(*args, cwd=disk, env_extra={"FACILITATOR_HOME": str(tmp_path / "home")})
        err = result.stderr.decode()
        assert result.returncode == 2 and "Traceback" not in err and err.count("\n") == 1, err
        assert "Read-only file system" in err
        assert snapshot(disk) == before
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


def test_a_bug_is_still_one_line_and_a_pydantic_error_names_its_field():
    from pydantic import ValidationError

    from facilitator.cli import bug_summary
    from facilitator.model.records import SessionMeta

    with pytest.raises(ValidationError) as caught:
        SessionMeta.model_validate({"title": "x" * 300, "date": "2026-13-01", "language": "de"})
    summary = bug_summary(caught.value)
    assert "\n" not in summary and summary.startswith("title: ") and "200 characters" in summary
    assert "\n" not in bug_summary(RuntimeError("first line\nsecond line\nthird"))


def test_a_broken_signing_identity_is_one_sentence_then_new_identity_makes_a_fresh_one(room, monkeypatch):
    from facilitator.export.signing import identity_folder

    home = room.parent / "home"
    env = {"FACILITATOR_HOME": str(home)}
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    # Not signed yet: a signed agreement stays pinned to the certificate it was signed under.
    assert cli("new", "u.session", "--facilitator", "Karin Smits", cwd=room, env_extra=env).returncode == 0
    signing = identity_folder("Karin Smits")
    signing.mkdir(parents=True)
    (signing / "facilitator-key.pem").write_bytes(b"-----BEGIN PRIVATE KEY-----\nMIGH")  # a kill mid-write
    (signing / "facilitator-cert.pem").write_bytes(b"")
    before = snapshot(room)
    broken = cli("pdf", "u.session", "-o", "a.pdf", cwd=room, env_extra=env)
    err = broken.stderr.decode()
    assert broken.returncode == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "'facilitator pdf SESSION --new-identity'" in err
    assert snapshot(room) == before, "no PDF and no .ics when the seal cannot be made"
    fresh = cli("pdf", "u.session", "-o", "a.pdf", "--new-identity", cwd=room, env_extra=env)
    assert fresh.returncode == 0, fresh.stderr
    assert b"the old one is kept as facilitator-cert.pem.set-aside-" in fresh.stdout
    assert cli("verify", "a.pdf", "u.session", cwd=room, env_extra=env).returncode == 0


def test_the_command_line_encrypts_the_key_with_a_real_keyring_backend(room, monkeypatch):
    from facilitator.export.signing import identity_folder

    env = {"FACILITATOR_HOME": str(room.parent / "home"), "XDG_DATA_HOME": str(room.parent / "xdg"),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    monkeypatch.setenv("FACILITATOR_HOME", env["FACILITATOR_HOME"])
    assert cli("new", "u.session", "--facilitator", "Karin Smits", cwd=room, env_extra=env).returncode == 0
    made = cli("pdf", "u.session", "-o", "a.pdf", cwd=room, env_extra=env)
    assert made.returncode == 0, made.stderr
    key = (identity_folder("Karin Smits") / "facilitator-key.pem").read_bytes()
    assert key.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert (room.parent / "xdg" / "python_keyring" / "keyring_pass.cfg").exists()
    assert cli("verify", "a.pdf", "u.session", cwd=room, env_extra=env).returncode == 0
