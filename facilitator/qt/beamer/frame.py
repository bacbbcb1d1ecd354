"""What the beamer shows at one moment, as plain data: built from the session, painted by painter.py."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Card:
    text: str
    department: str   # marketing, sales or joint: picks the colours
    letter: str       # the department's letter in the UI language (never colour alone)
    initials: str = ""


@dataclass(frozen=True)
class BeamerFrame:
    title: str = ""
    prompt: str = ""
    timer_text: str = ""
    timer_phase: str = "idle"
    flash: bool = False          # the visual signal when time is up
    position: str = ""           # e.g. "3 / 8"
    cards: list[Card] = field(default_factory=list)
    more_text: str = "+{n}"      # shown when not every card fits; {n} is the count left out
    placeholder: str = ""        # shown when there is no module or nothing on the board
    blackout: bool = False
    welcome: bool = False        # before the first module: title page
