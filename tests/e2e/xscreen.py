"""A laptop plus a beamer on a virtual X server, the way a real desktop reports two monitors."""

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

TOOLS = ("Xvfb", "xrandr", "xwininfo", "xdotool", "import", "convert")
LAPTOP = (1920, 1080, 0, 0)
BEAMER = (1280, 720, 1920, 0)


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


class VirtualDesk:
    def __init__(self) -> None:
        read, write = os.pipe()
        self.server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "3200x1080x24", "-noreset"],
                                       pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        self.env = {**os.environ, "DISPLAY": self.display}
        self.env.pop("QT_QPA_PLATFORM", None)
        self.env.pop("WAYLAND_DISPLAY", None)
        self.run("xrandr", "--setmonitor", "LAPTOP", "1920/508x1080/286+0+0", "screen")
        self.plug_beamer()

    def run(self, *args: str) -> str:
        return subprocess.run(args, env=self.env, capture_output=True, text=True, check=True, timeout=30).stdout

    def plug_beamer(self) -> None:
        self.run("xrandr", "--setmonitor", "BEAMER", "1280/338x720/190+1920+0", "none")

    def unplug_beamer(self) -> None:
        self.run("xrandr", "--delmonitor", "BEAMER")

    def windows(self) -> dict[str, tuple[int, int, int, int]]:
        """Top-level windows by title: (width, height, x, y)."""
        found = {}
        for line in self.run("xwininfo", "-root", "-children").splitlines():
            match = re.search(r'"(Facilitator — \w+)[^"]*":.*?(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)', line)
            if match:
                found[match.group(1)] = tuple(int(match.group(i)) for i in range(2, 6))
        return found

    def wait_for(self, predicate, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.2)
        raise AssertionError(f"timed out; windows now: {self.windows()}")

    def key(self, window_title: str, *keys: str) -> None:
        wid = self.run("xdotool", "search", "--name", window_title).split()[0]
        self.run("xdotool", "windowfocus", "--sync", wid)  # no window manager: focus directly
        for k in keys:
            self.run("xdotool", "key", k)

    def type(self, window_title: str, text: str) -> None:
        wid = self.run("xdotool", "search", "--name", window_title).split()[0]
        self.run("xdotool", "windowfocus", "--sync", wid)  # no window manager: focus directly
        self.run("xdotool", "type", "--delay", "20", text)

    def screenshot(self, folder: Path) -> dict[str, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        root = folder / "desk.png"
        self.run("import", "-window", "root", str(root))
        shots = {}
        for name, (w, h, x, y) in (("console", LAPTOP), ("beamer", BEAMER)):
            shots[name] = folder / f"{name}.png"
            self.run("convert", str(root), "-crop", f"{w}x{h}+{x}+{y}", "+repage", str(shots[name]))
        return shots

    def close(self) -> None:
        self.server.terminate()
        self.server.wait(timeout=10)
