"""The core imports without Qt, and the engine never imports the workshops."""

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import facilitator
import workshops

ROOT = Path(__file__).resolve().parents[2]
CORE_PREFIXES = ("facilitator.model", "facilitator.store", "facilitator.export", "facilitator.errors",
                 "facilitator.cli", "workshops")
NOT_CORE = ("facilitator.qt",)


def core_modules() -> list[str]:
    names = []
    for package in (facilitator, workshops):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            name = info.name
            is_core = name.startswith(CORE_PREFIXES) and not name.startswith(NOT_CORE)
            last = name.rsplit(".", 1)[-1]
            # Qt lives in facilitator.qt, in each workshop's qt_* modules, and in the catalogue that wires them.
            if is_core and ".qt" not in name and not last.startswith("qt_") and name != "workshops.catalogue":
                names.append(name)
    return names


BLOCK_QT = """
import importlib, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError(f'Qt is blocked in this test: {name}')
        return None

sys.meta_path.insert(0, NoQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
leaked = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]
assert not leaked, leaked
print(len(sys.argv) - 1)
"""


def test_every_core_module_imports_with_qt_blocked():
    modules = core_modules()
    assert "facilitator.model.session" in modules and "facilitator.store.session_file" in modules
    result = subprocess.run([sys.executable, "-c", BLOCK_QT, *modules], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(modules)


def test_the_qt_blocker_would_catch_a_qt_import():
    result = subprocess.run([sys.executable, "-c", BLOCK_QT, "PySide6.QtCore"], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "Qt is blocked" in result.stderr


def test_import_linter_contracts_are_kept():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is part of the test dependencies"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the test dependencies"
    result = subprocess.run([ruff, "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
