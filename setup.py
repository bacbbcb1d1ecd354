"""Build hooks: every wheel and sdist carries the compiled Qt translations (.ts → .qm).

Everything else about the package is declared in pyproject.toml. PySide6-Essentials is a build
requirement because it ships Qt's `lrelease`, the only correct compiler of .ts files.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

TRANSLATIONS = Path("facilitator", "assets", "translations")


def compile_translations(target: Path) -> None:
    """Write facilitator_xx.qm for every .ts source into `target` (a translations folder)."""
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        qm = target / source.with_suffix(".qm").name
        tool = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
        subprocess.run([sys.executable, "-c", tool, "-silent", str(source), "-qm", str(qm)], check=True)


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        # An editable install reads the source tree, so the .qm goes there; a wheel gets its own.
        compile_translations(TRANSLATIONS if self.editable_mode else Path(self.build_lib) / TRANSLATIONS)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        qms = [str(Path(self.build_lib) / TRANSLATIONS / ts.with_suffix(".qm").name)
               for ts in TRANSLATIONS.glob("*.ts")]
        return super().get_outputs(include_bytecode) + ([] if self.editable_mode else qms)


class SdistWithTranslations(sdist):
    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        compile_translations(Path(base_dir) / TRANSLATIONS)


setup(cmdclass={"build_py": BuildWithTranslations, "sdist": SdistWithTranslations})
