"""Load the PDF and seal libraries in the background once the console is up, so the first press of
"PDF" in the room takes a fraction of a second instead of waiting for about a second of imports."""

import importlib
import threading

HEAVY = ("reportlab.platypus", "reportlab.graphics.shapes", "pyhanko.sign", "pyhanko.sign.validation",
         "pyhanko.pdf_utils.embed", "pyhanko.pdf_utils.metadata.xmp_xml", "cryptography.x509")


def _load() -> None:
    for name in HEAVY:
        try:
            importlib.import_module(name)
        except ImportError:  # a broken install shows itself when the PDF is made, with a clear message
            return
    from .pdf_fonts import register

    register()  # reading the TrueType fonts is the slowest part of the first PDF
    from .pdfa import srgb_profile

    srgb_profile()
    import datetime as dt

    from .. import formatting

    for language in formatting.LOCALES:  # Babel reads each locale's CLDR data on first use
        formatting.money(1.0, language)
        formatting.percent(1.0, language)
        formatting.long_date(dt.date(2000, 1, 1), language)


def start() -> threading.Thread:
    thread = threading.Thread(target=_load, name="warm-up-exports", daemon=True)
    thread.start()
    return thread
