"""The app's icon (title bars, task bar, About), drawn from the bundled SVG."""

from PySide6.QtGui import QIcon

from ..paths import ICONS


def app_icon() -> QIcon:
    return QIcon(str(ICONS / "facilitator.svg"))
