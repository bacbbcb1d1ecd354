"""A corruption suite over a real demo session: flipped bits, cut-off files, zeroed and swapped pages.

For every damaged copy, `facilitator check` and opening it as the app does end one of two ways: one
clear line (exit 2, a SessionFileError) or a faithful open (exactly the session it held). Whatever
refuses the file leaves its bytes and its folder as they were.
"""

import contextlib
import io
import random
import sqlite3

import pytest

from facilitator.cli import main as cli
from facilitator.store import SessionFile, SessionFileError
from workshops.demo import build_demo


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    path = tmp_path_factory.mktemp("real") / "demo.session"
    SessionFile.create(path, build_demo("nl")).close()
    with SessionFile.open(path, readonly=True) as file:
        return path.read_bytes(), file.session


def _listing(folder):
    return sorted(p.name for p in folder.iterdir())


def _check(path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli(["check", str(path)])
    return code, err.getvalue()


def assert_refused_cleanly_or_faithful(path, original) -> str:
    """'detected' or 'harmless'; fails the test on any other outcome."""
    damaged, listing = path.read_bytes(), _listing(path.parent)
    code, err = _check(path)
    assert code in (0, 2), err
    assert path.read_bytes() == damaged, "check changed the file"
    for leftover in set(_listing(path.parent)) - set(listing):  # read-only commands' -wal/-shm: issue 15 item 10
        assert leftover.endswith(("-wal", "-shm"))
        (path.parent / leftover).unlink()
    try:
        with SessionFile.open(path) as file:  # as the app opens it: read-write, locked
            opened = file.session
    except SessionFileError as exc:
        assert code == 2, "the app refused what check called fine"
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert "\n" not in exc.message
        assert path.read_bytes() == damaged, "a refused file was changed"
        assert _listing(path.parent) == listing, "files were left beside a refused file"
        return "detected"
    assert code == 0, f"check refused what the app opens: {err}"
    assert opened == original, "the damaged file opened to a different session"
    return "harmless"


def test_a_hundred_random_single_bit_flips_are_each_detected_or_harmless(real, tmp_path):
    source, original = real
    rng = random.Random(1515)
    outcomes = []
    for i in range(100):
        offset, bit = rng.randrange(len(source)), rng.randrange(8)
        data = bytearray(source)
        data[offset] ^= 1 << bit
        folder = tmp_path / str(i)
        folder.mkdir()
        path = folder / "flipped.session"
        path.write_bytes(bytes(data))
        outcomes.append(assert_refused_cleanly_or_faithful(path, original))
    assert outcomes.count("detected") > 30, "most flips land in used bytes and must be caught"


def test_a_flipped_bit_in_a_notes_text_names_the_note_and_what_is_still_readable(real, tmp_path):
    source, original = real
    note = next(iter(original.notes.values()))
    needle = note.text.encode()[:12]
    offset = source.index(needle) + 3
    data = bytearray(source)
    data[offset] ^= 0x04
    path = tmp_path / "rotten.session"
    path.write_bytes(bytes(data))
    code, err = _check(path)
    assert code == 2
    assert f"notes {note.id}" in err and "1 record is not as saved" in err
    assert "are still readable" in err and "The file was not changed" in err


@pytest.mark.parametrize("keep", [0.1, 0.25, 0.5, 0.75, 0.95])
def test_cut_off_files(real, tmp_path, keep):
    source, original = real
    path = tmp_path / "cut.session"
    path.write_bytes(source[: int(len(source) * keep)])
    assert assert_refused_cleanly_or_faithful(path, original) == "detected"


def test_cut_off_at_every_page_boundary(real, tmp_path):
    source, original = real
    page = int.from_bytes(source[16:18], "big")
    for end in range(page, len(source), page):
        folder = tmp_path / str(end)
        folder.mkdir()
        path = folder / "cut.session"
        path.write_bytes(source[:end])
        assert assert_refused_cleanly_or_faithful(path, original) == "detected"


def test_every_page_zeroed_in_turn(real, tmp_path):
    source, original = real
    page = int.from_bytes(source[16:18], "big")
    for number in range(len(source) // page):
        data = bytearray(source)
        data[number * page:(number + 1) * page] = bytes(page)
        folder = tmp_path / str(number)
        folder.mkdir()
        path = folder / "zeroed.session"
        path.write_bytes(bytes(data))
        assert_refused_cleanly_or_faithful(path, original)


def test_pages_swapped_in_pairs(real, tmp_path):
    source, original = real
    page = int.from_bytes(source[16:18], "big")
    pages = len(source) // page
    pairs = [(a, b) for a in range(pages) for b in range(a + 1, pages)]
    for a, b in random.Random(15).sample(pairs, min(40, len(pairs))):
        data = bytearray(source)
        first, second = data[a * page:(a + 1) * page], data[b * page:(b + 1) * page]
        data[a * page:(a + 1) * page], data[b * page:(b + 1) * page] = second, first
        folder = tmp_path / f"{a}-{b}"
        folder.mkdir()
        path = folder / "swapped.session"
        path.write_bytes(bytes(data))
        assert_refused_cleanly_or_faithful(path, original)


def test_text_that_is_no_longer_utf8_names_its_record(real, tmp_path):
    source, original = real
    path = tmp_path / "undecodable.session"
    path.write_bytes(source)
    key = sorted(original.notes)[1]
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE record SET body = CAST(X'7B2274223A22FF227D' AS TEXT) WHERE part = 'notes' AND key = ?",
                     (key,))
    conn.close()
    code, err = _check(path)
    assert code == 2 and f"notes {key}" in err and "1 record is not as saved" in err, err
