"""Where the app's own files live (fonts, translations, sounds)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"
FONTS = ASSETS / "fonts"
TRANSLATIONS = ASSETS / "translations"
