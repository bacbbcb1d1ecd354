"""The bundled app (PyInstaller, one folder, no Python needed), when it has been built here.

`make bundle-test` builds dist/facilitator and runs this file; `make test` skips it when there is no
bundle. The bundle runs from a folder outside the checkout with an environment that has no Python
of ours on it: the command line, the sealed PDF, and real windows on a laptop-plus-beamer desk."""

import json
import os
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from xscreen import VirtualDesk, missing_tools

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "facilitator" / ("facilitator.exe" if os.name == "nt" else "facilitator")
SHOTS = ROOT / "out" / "screenshots" / "bundle"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

if not BUNDLE.exists():
    pytest.skip("the bundle is not built here ('make bundle-test' builds it and runs this test)",
                allow_module_level=True)


@pytest.fixture
def bare_env(tmp_path) -> dict:
    """No virtual environment, no PYTHONPATH: whatever the bundle needs, it must carry."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "FACILITATOR_"))}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    env.update(FACILITATOR_HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


def bundled(*args, cwd: Path, env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    result = subprocess.run([str(BUNDLE), *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_bundle_writes_and_verifies_a_sealed_dutch_agreement(tmp_path, bare_env):
    assert bundled("--version", cwd=tmp_path, env=bare_env).stdout.strip() == f"facilitator {VERSION}"
    assert bundled("demo", "demo.session", "--lang", "nl", cwd=tmp_path, env=bare_env).returncode == 0
    made = bundled("pdf", "demo.session", "-o", "overeenkomst.pdf", cwd=tmp_path, env=bare_env)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "overeenkomst.pdf").read_bytes().startswith(b"%PDF")
    verdict = bundled("verify", "overeenkomst.pdf", "demo.session", cwd=tmp_path, env=bare_env)
    assert verdict.returncode == 0, verdict.stdout + verdict.stderr


@pytest.mark.skipif(bool(missing_tools()), reason="needs Xvfb, xdotool and imagemagick")
def test_bundle_opens_real_windows_and_keeps_a_typed_note(tmp_path, bare_env):
    desk = VirtualDesk()
    env = {**bare_env, "DISPLAY": desk.env["DISPLAY"]}
    env.pop("QT_QPA_PLATFORM", None)
    try:
        start = subprocess.Popen([str(BUNDLE)], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        desk.wait_for(lambda: subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Facilitator$"],
                                             env=desk.env, capture_output=True).returncode == 0)
        desk.screenshot(SHOTS / "start")
        start.send_signal(signal.SIGTERM)
        start.communicate(timeout=15)

        assert bundled("demo", "room.session", "--lang", "nl", cwd=tmp_path, env=env).returncode == 0
        room = subprocess.Popen([str(BUNDLE), "room.session"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        desk.wait_for(lambda: {"Facilitator — console", "Facilitator — beamer"} <= set(desk.windows()))
        desk.key("Facilitator — console", "F9", "Next", "Next")
        desk.type("Facilitator — console", "Gebundeld: leads binnen 48 uur bellen")
        desk.key("Facilitator — console", "Return")
        desk.screenshot(SHOTS / "room")
        desk.key("Facilitator — console", "ctrl+q")  # after the note: X delivers the keys in order
        assert room.wait(timeout=30) == 0
        assert "Traceback" not in room.stderr.read()
    finally:
        desk.close()
    notes = json.loads(bundled("export-json", "room.session", cwd=tmp_path, env=env).stdout)["session"]["notes"]
    assert "Gebundeld: leads binnen 48 uur bellen" in {n["text"] for n in notes.values()}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the menu entry is for Linux desktops")
def test_bundle_installs_for_the_user_with_a_menu_entry(tmp_path, bare_env):
    home = tmp_path / "user"
    env = {**bare_env, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    subprocess.run(["sh", str(ROOT / "packaging" / "linux" / "install-desktop.sh"), str(BUNDLE.parent)],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    entry = (home / ".local/share/applications/facilitator.desktop").read_text(encoding="utf-8")
    command = home / ".local/opt/facilitator/facilitator"
    assert f"Exec={command} %f" in entry
    assert (home / ".local/share/icons/hicolor/scalable/apps/facilitator.svg").exists()
    result = subprocess.run([str(home / ".local/bin/facilitator"), "--version"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.strip() == f"facilitator {VERSION}"
