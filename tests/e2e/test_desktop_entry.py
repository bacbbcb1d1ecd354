"""The Linux menu entry and file type that `packaging/linux/install-desktop.sh` installs."""

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator.paths import ICONS

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_desktop_entry_is_valid_and_names_the_command_and_icon():
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("needs desktop-file-validate (desktop-file-utils; tools/system-deps.sh installs it)")
    result = subprocess.run(["desktop-file-validate", str(LINUX / "facilitator.desktop")], capture_output=True,
                            text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "facilitator.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "facilitator" and (ICONS / f"{desktop['Icon']}.svg").exists()
    assert desktop["Comment[nl]"] and desktop["StartupWMClass"] == "facilitator"


def test_session_files_get_their_own_type():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ET.parse(LINUX / "facilitator-session.xml").getroot().find("m:mime-type", ns)
    assert kind.get("type") == "application/x-facilitator-session"
    assert kind.find("m:glob", ns).get("pattern") == "*.session"
