"""What the beamer shows at one moment, as plain data: built from the session, painted by painter.py."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Count:
    department: str   # marketing, sales or joint: picks the colours
    letter: str       # never colour alone
    label: str
    count: int


@dataclass(frozen=True)
class BeamerFrame:
    title: str = ""
    prompt: str = ""
    timer_text: str = ""
    timer_phase: str = "idle"
    flash: bool = False          # the visual signal when time is up
    position: str = ""           # e.g. "3 / 8"
    board: bool = False          # the module's board fills the content area
    hidden_counts: list[Count] = field(default_factory=list)  # silent writing: only how many so far
    placeholder: str = ""        # shown when there is nothing on the board (or no module)
    blackout: bool = False
    welcome: bool = False        # before the first module: title page
    lines: list[str] = field(default_factory=list)  # a plain list in the content area (the agreement)
    page: int = 0                # which page of ``lines`` the room sees (wraps around)
    page_of: str = "page {0} of {1}"  # the page counter, in the room's language
