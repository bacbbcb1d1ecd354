"""Can a window be shown here? Asked before Qt loads, because Qt aborts the process instead."""

import os
import sys


def display_problem() -> str | None:
    """Why no window can be shown here, or None. Qt itself would abort the process instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return "no display to show the app on (DISPLAY is not set)"
    return _x11_problem(os.environ["DISPLAY"])


def _x11_problem(display: str) -> str | None:
    import ctypes
    import ctypes.util

    if ctypes.util.find_library("xcb-cursor") is None:
        return "the system library libxcb-cursor0 is missing (run: sudo apt-get install libxcb-cursor0)"
    name = ctypes.util.find_library("X11")
    if name is None:
        return None  # cannot probe; let Qt try
    xlib = ctypes.cdll.LoadLibrary(name)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = xlib.XOpenDisplay(display.encode())
    if not handle:
        return f"cannot connect to the display {display}"
    xlib.XCloseDisplay(handle)
    return None
