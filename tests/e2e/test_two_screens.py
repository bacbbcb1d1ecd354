"""The real app on a laptop-plus-beamer desk (Xvfb): windows, screens, keys, screenshots."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from xscreen import BEAMER, VirtualDesk, missing_tools

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "out" / "screenshots"

if missing_tools():
    if os.environ.get("CI"):
        raise RuntimeError(f"CI needs {missing_tools()} (tools/system-deps.sh installs them)")
    pytest.skip(f"needs {', '.join(missing_tools())}", allow_module_level=True)


@pytest.fixture
def desk():
    d = VirtualDesk()
    yield d
    d.close()


def launch(desk, tmp_path, command: str) -> subprocess.Popen:
    """Write a session with `facilitator COMMAND` and open it in the real app on the desk."""
    path = tmp_path / f"{command}.session"
    subprocess.run([sys.executable, "-m", "facilitator", command, str(path), "--lang", "nl"], check=True,
                   capture_output=True)
    env = {**desk.env, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "facilitator", str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.path = path
    return proc


@pytest.fixture
def app(desk, tmp_path):
    proc = launch(desk, tmp_path, "demo")
    yield proc
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)


def both(desk):
    w = desk.windows()
    return w if {"Facilitator — console", "Facilitator — beamer"} <= set(w) else None


def test_console_on_the_laptop_beamer_covering_the_second_screen(desk, app):
    windows = desk.wait_for(lambda: both(desk))
    assert windows["Facilitator — beamer"] == BEAMER
    w, h, x, y = windows["Facilitator — console"]
    assert x + w <= 1920 and y + h <= 1080, "the console stays on the laptop screen"

    desk.key("Facilitator — console", "F9", "Next", "Next", "F9")
    desk.type("Facilitator — console", "Leads van de beurs: binnen 48 uur bellen")
    desk.key("Facilitator — console", "Return", "F2")
    desk.type("Facilitator — console", "R&D wil <meer> input")
    desk.key("Facilitator — console", "Return")
    time.sleep(1.5)
    shots = desk.screenshot(SHOTS)
    from PySide6.QtGui import QImage

    beamer = QImage(str(shots["beamer"]))
    colours = {beamer.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 720, 16)}
    assert len(colours) > 8, "the beamer shows content, not a blank screen"

    desk.key("Facilitator — console", "ctrl+q")
    assert app.wait(timeout=15) == 0, app.stderr.read()
    from filetools import reopen

    texts = {n.text for n in reopen(app.path).notes.values()}
    assert {"Leads van de beurs: binnen 48 uur bellen", "R&D wil <meer> input"} <= texts


def test_beamer_follows_screens_coming_and_going(desk, app):
    desk.wait_for(lambda: both(desk))
    desk.unplug_beamer()
    windowed = desk.wait_for(lambda: (w := desk.windows().get("Facilitator — beamer")) and w[2] < 1920 and w)
    assert windowed[0] < 1920, "with one screen the beamer becomes a movable window on the laptop"
    desk.plug_beamer()
    assert desk.wait_for(lambda: desk.windows().get("Facilitator — beamer") == BEAMER)


def test_f5_hides_and_shows_the_beamer(desk, app):
    desk.wait_for(lambda: both(desk))
    desk.key("Facilitator — console", "F5")
    desk.wait_for(lambda: "Facilitator — beamer" not in _mapped(desk))
    desk.key("Facilitator — console", "F5")
    desk.wait_for(lambda: "Facilitator — beamer" in _mapped(desk))


def _mapped(desk) -> set[str]:
    out = desk.run("xwininfo", "-root", "-children")
    names = set()
    for line in out.splitlines():
        if "Facilitator — " in line:
            wid = line.split()[0]
            state = desk.run("xwininfo", "-id", wid)
            if "IsViewable" in state:
                names.add("Facilitator — beamer" if "beamer" in line else "Facilitator — console")
    return names


def test_f6_swaps_the_screens(desk, app):
    desk.wait_for(lambda: both(desk))
    desk.key("Facilitator — console", "F6")
    swapped = desk.wait_for(lambda: (w := desk.windows().get("Facilitator — beamer")) and w[2] == 0 and w)
    assert swapped[:2] == (1920, 1080), "the beamer now covers the laptop screen"
    console = desk.windows()["Facilitator — console"]
    assert console[2] >= 1920, "and the console moved to the other screen"


def test_twenty_notes_typed_then_sigkill_all_are_on_disk(desk, tmp_path):
    proc = launch(desk, tmp_path, "new")
    path = proc.path
    try:
        desk.wait_for(lambda: both(desk))
        desk.key("Facilitator — console", "F9")
        keys = {"marketing": "F2", "sales": "F3", "joint": "F4"}
        expected = {}
        for i in range(20):
            department = ("marketing", "sales", "joint")[i % 3]
            text = f"Geeltje {i} van {department}"
            expected[text] = department
            desk.key("Facilitator — console", keys[department])
            desk.type("Facilitator — console", text)
            desk.key("Facilitator — console", "Return")
        time.sleep(1.5)  # let the app take the last keystrokes off the X queue, then pull the plug
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    from filetools import reopen

    notes = {n.text: n.department.value for n in reopen(path).notes.values()}
    assert notes == expected
