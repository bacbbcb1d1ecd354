"""Load the PDF and seal libraries in the background once the console is up, so the first press of
"PDF" in the room takes a fraction of a second instead of waiting for about a second of imports."""

import importlib
import threading

HEAVY = ("reportlab.platypus", "reportlab.graphics.shapes", "pyhanko.sign", "pyhanko.sign.validation",
         "pyhanko.pdf_utils.embed", "cryptography.x509")


def _load() -> None:
    for name in HEAVY:
        try:
            importlib.import_module(name)
        except ImportError:  # a broken install shows itself when the PDF is made, with a clear message
            return
    from .pdf_fonts import register

    register()  # reading the TrueType fonts is the slowest part of the first PDF


def start() -> threading.Thread:
    thread = threading.Thread(target=_load, name="warm-up-exports", daemon=True)
    thread.start()
    return thread
