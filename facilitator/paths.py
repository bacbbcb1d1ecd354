"""Where the app's own files live (fonts, translations, help pages, icons).

They travel inside the `facilitator` package, so they are found the same way from a source
checkout, an installed wheel and a PyInstaller bundle. Fonts and translations are handed to
reportlab and Qt as file names, so the package must live on a file system (not in a zip).
"""

from importlib.resources import files
from pathlib import Path

ASSETS = Path(str(files("facilitator") / "assets"))
FONTS = ASSETS / "fonts"
TRANSLATIONS = ASSETS / "translations"
HELP = ASSETS / "help"
ICONS = ASSETS / "icons"
