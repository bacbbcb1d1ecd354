"""Installed as a facilitator would install it: `python -m build` on a clean copy of the project,
then the wheel and the sdist each in a fresh virtual environment outside the checkout, and the app
run from there (commands, the sealed PDF, Dutch, help, the GUI offscreen) — no source tree in sight."""

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
PACKAGED = ("facilitator/assets/translations/facilitator_nl.qm", "facilitator/assets/fonts/DejaVuSans.ttf",
            "facilitator/assets/help/how_to_run.nl.html", "facilitator/assets/icons/facilitator.svg",
            "workshops/agendas/alignment_half_day.nl.json")


def run(*args, cwd: Path, env: dict | None = None, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """Wheel and sdist built from the project's files only (no .venv, no compiled .qm)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout to know the project's files")
    tracked = ok(run("git", "ls-files", "-co", "--exclude-standard", "-z", cwd=ROOT)).split("\0")
    source = tmp_path_factory.mktemp("clean") / "facilitator"
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    assert not list(source.rglob("*.qm")), "the clean copy must not carry a compiled translation"
    out = source.parent / "dist"
    ok(run(sys.executable, "-m", "build", "--outdir", out, source, cwd=source.parent))
    return out


def test_wheel_and_sdist_carry_the_assets_and_the_compiled_translations(dist):
    wheel = next(dist.glob(f"facilitator-{VERSION}-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert set(PACKAGED) <= names
    with tarfile.open(next(dist.glob(f"facilitator-{VERSION}.tar.gz"))) as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    assert set(PACKAGED) <= members


@pytest.fixture(scope="module", params=["wheel", "sdist"])
def installed(request, dist, tmp_path_factory) -> tuple[Path, dict]:
    """A fresh virtual environment with only the built package in it, and a clean environment."""
    place = tmp_path_factory.mktemp(f"from-{request.param}")
    venv = place / "venv"
    ok(run(sys.executable, "-m", "venv", venv, cwd=place))
    artefact = next(dist.glob(f"facilitator-{VERSION}-*.whl" if request.param == "wheel" else "*.tar.gz"))
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    ok(run(python, "-m", "pip", "install", "--quiet", artefact, cwd=place))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "FACILITATOR_"))}
    env.update(FACILITATOR_HOME=str(place / "home"), XDG_CONFIG_HOME=str(place / "config"),
               XDG_DATA_HOME=str(place / "data"), QT_QPA_PLATFORM="offscreen", LANG="nl_NL.UTF-8",
               PATH=f"{python.parent}{os.pathsep}{env.get('PATH', '')}")
    work = place / "work"
    work.mkdir()
    return work, env


def test_installed_commands_write_and_verify_a_sealed_agreement(installed):
    work, env = installed
    assert ok(run("facilitator", "--version", cwd=work, env=env)).strip() == f"facilitator {VERSION}"
    ok(run("facilitator", "demo", "demo.session", "--lang", "nl", cwd=work, env=env))
    ok(run("facilitator", "pdf", "demo.session", "-o", "agreement.pdf", cwd=work, env=env))
    pdf = (work / "agreement.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and f"Facilitator {VERSION}".encode() in pdf
    assert (work / "agreement.ics").exists()
    verdict = run("facilitator", "verify", "agreement.pdf", "demo.session", cwd=work, env=env)
    assert verdict.returncode == 0, verdict.stdout + verdict.stderr


def test_installed_package_finds_its_dutch_texts_and_help_inside_itself(installed):
    work, env = installed
    probe = ("import facilitator, facilitator.paths as p\n"
             "from facilitator.qt.app import application\n"
             "from facilitator.qt.i18n import translator\n"
             "from facilitator.qt.help_dialog import help_html\n"
             "app = application()\n"
             "t = translator('nl')\n"
             "print(facilitator.__file__)\n"
             "print(p.ASSETS)\n"
             "print(t.translate('AboutDialog', 'About Facilitator'))\n"
             "print('geeltjes' in help_html('nl'))\n")
    lines = ok(run("python", "-c", probe, cwd=work, env=env)).splitlines()
    venv = Path(env["PATH"].split(os.pathsep)[0]).parent
    assert Path(lines[0]).is_relative_to(venv) and Path(lines[1]).is_relative_to(venv)
    assert lines[2:] == ["Over Facilitator", "True"]


def test_installed_gui_paints_the_start_screen_and_a_session(installed):
    work, env = installed
    env = {**env, "FACILITATOR_EXIT_AFTER_PAINT": "1"}
    start = run("facilitator", cwd=work, env=env, timeout=120)
    assert "painted" in ok(start) and "window Facilitator" in start.stdout
    ok(run("facilitator", "demo", "room.session", "--lang", "nl", cwd=work, env=env))
    room = run("facilitator", "room.session", cwd=work, env=env, timeout=120)
    assert "painted" in ok(room)
    assert "Traceback" not in start.stderr + room.stderr
