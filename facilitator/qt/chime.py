"""The sound at zero. Qt's multimedia module is optional (it is not in PySide6-Essentials), so the
chime plays through whatever this machine has; without any, the visual signal carries alone."""

import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QStandardPaths

RATE = 44100


def write_chime(path: Path) -> Path:
    """A soft two-note bell (E6 then C6, decaying), synthesised so no sound file is shipped."""
    count = int(RATE * 1.5)
    samples = [0.0] * count
    for start, freq in ((0.0, 1318.5), (0.35, 1046.5)):
        offset = int(start * RATE)
        for i in range(count - offset):
            t = i / RATE
            envelope = math.exp(-3.2 * t) * min(1.0, t * 200)
            samples[offset + i] += envelope * (0.6 * math.sin(2 * math.pi * freq * t)
                                               + 0.2 * math.sin(4 * math.pi * freq * t))
    pcm = struct.pack(f"<{count}h", *(max(-32767, min(32767, int(v * 12000))) for v in samples))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm)
    return path


class Chime:
    def __init__(self) -> None:
        self.muted = False
        self._path: Path | None = None
        self._player = self._find_player()

    @staticmethod
    def _find_player() -> list[str] | None:
        if sys.platform == "win32":
            return ["winsound"]
        for tool in ("pw-play", "paplay", "aplay", "afplay"):
            found = shutil.which(tool)
            if found:
                return [found] + (["-q"] if tool == "aplay" else [])
        return None

    @property
    def audible(self) -> bool:
        """Whether this machine has a way to play the chime at all."""
        return self._player is not None

    def sound_file(self) -> Path:
        if self._path is None or not self._path.exists():
            cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
            self._path = write_chime(cache / "chime.wav")
        return self._path

    def play(self) -> bool:
        """Start the chime without blocking; False when muted or no sound is possible."""
        if self.muted or self._player is None:
            return False
        try:
            path = self.sound_file()
            if self._player == ["winsound"]:
                import winsound

                winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            else:
                subprocess.Popen([*self._player, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError:
            return False  # no sound device: the flashing timer still tells the room
        return True
