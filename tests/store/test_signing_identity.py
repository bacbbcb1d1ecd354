"""The signing identity: owner-only and atomic on disk, encrypted with a real keyring, broken ones named."""

import os
import stat
import subprocess
import sys
import textwrap

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from facilitator.export import identity
from facilitator.export.identity import CERT_FILE, KEY_FILE, IdentityError, credentials, make_new_identity


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    """keyrings.alt's file backend, chosen explicitly as a user would, with its file in tmp_path."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_without_a_keyring_the_key_is_an_owner_only_file(tmp_path):
    folder = tmp_path / "signing"
    creds = credentials("Karin Smits", folder)
    assert identity.system_keyring() is None, "the tests run with keyring's own 'fail' backend"
    assert creds.passphrase is None
    assert creds.key.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert mode(folder) == 0o700 and mode(creds.key) == 0o600 and mode(creds.cert) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [CERT_FILE, KEY_FILE], "no temporary files left"
    assert identity.protection(folder) == identity.Protection("file", "", True)
    assert credentials("Karin Smits", folder) == creds, "made once, then reused"


def test_with_a_keyring_the_key_is_encrypted_and_its_password_is_only_there(tmp_path, file_keyring):
    folder = tmp_path / "signing"
    creds = credentials("Karin Smits", folder)
    pem = creds.key.read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert creds.passphrase and creds.passphrase not in pem
    assert os.path.exists(file_keyring.file_path), "the password went into the keyring's own file"
    assert identity.protection(folder).kind == "keyring" and identity.protection(folder).made
    again = credentials("Karin Smits", folder)
    assert again.passphrase == creds.passphrase

    from facilitator.export.agreement_files import make_pdf
    from workshops.demo import build_demo

    assert make_pdf(build_demo("en", signed=False), creds=again).startswith(b"%PDF"), "pyHanko opens the key"


def test_a_lost_keyring_password_is_one_sentence_with_the_way_out(tmp_path, file_keyring):
    folder = tmp_path / "signing"
    credentials("K", folder)
    os.remove(file_keyring.file_path)
    with pytest.raises(IdentityError, match="missing from the system keyring.*--new-identity"):
        credentials("K", folder)


@pytest.mark.parametrize("damage", ["empty cert", "half cert", "no key", "empty key", "other key"])
def test_a_broken_identity_is_named_and_left_as_it_was(tmp_path, damage):
    folder = tmp_path / "signing"
    creds = credentials("K", folder)
    if damage == "empty cert":
        creds.cert.write_bytes(b"")
    elif damage == "half cert":
        creds.cert.write_bytes(creds.cert.read_bytes()[:300])
    elif damage == "no key":
        creds.key.unlink()
    elif damage == "empty key":
        creds.key.write_bytes(b"")
    else:
        other = credentials("Other", tmp_path / "other")
        creds.key.write_bytes(other.key.read_bytes())
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(IdentityError) as caught:
        credentials("K", folder)
    message = caught.value.message
    assert "\n" not in message and "'facilitator pdf SESSION --new-identity'" in message
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_new_identity_sets_the_old_one_aside_under_a_clear_name(tmp_path):
    folder = tmp_path / "signing"
    old = credentials("K", folder)
    old_cert = old.cert.read_bytes()
    old.cert.write_bytes(b"")  # broken
    said = make_new_identity("K", folder)
    assert "kept as" in said
    kept = sorted(p.name for p in folder.iterdir() if ".set-aside-" in p.name)
    assert [n.split(".set-aside-")[0] for n in kept] == [CERT_FILE, KEY_FILE]
    new = credentials("K", folder)
    assert new.cert.read_bytes() not in (b"", old_cert)


def test_a_kill_before_the_certificate_leaves_a_folder_that_starts_again(tmp_path):
    """The key is written first and the certificate last: a key alone means nothing was ever signed."""
    folder = tmp_path / "signing"
    folder.mkdir(mode=0o700)
    (folder / KEY_FILE).write_bytes(b"-----BEGIN PRIV")  # what a kill in the middle used to leave
    creds = credentials("K", folder)
    assert creds.cert.exists() and creds.key.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")


def test_killed_while_writing_the_identity_never_leaves_a_broken_one(tmp_path):
    """A real kill -9 at a random moment of making the identity, many times: always usable or absent."""
    script = textwrap.dedent("""
        import sys
        from pathlib import Path
        from facilitator.export.identity import credentials
        credentials("K", Path(sys.argv[1]))
        print("made", flush=True)
        import time; time.sleep(30)
    """)
    for run in range(12):
        folder = tmp_path / f"s{run}"
        proc = subprocess.Popen([sys.executable, "-c", script, str(folder)], stdout=subprocess.PIPE)
        import time

        time.sleep(0.05 + 0.04 * run)  # from before the first file to after the last
        proc.kill()
        proc.wait()
        proc.stdout.close()
        creds = credentials("K", folder)  # never raises: old state or new, nothing half
        assert creds.cert.exists()
        assert not [p for p in folder.iterdir() if p.name not in (KEY_FILE, CERT_FILE) and
                    not p.name.endswith(".partial")]
