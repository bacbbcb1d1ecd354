"""The goal tree as a printed diagram: every title in full (wrapped, never cut), targets in
readable type, connector lines from each goal to the one above it, and each department marked by a
letter as well as a colour, so a grayscale print still tells marketing from sales.

The company goals come first; their sub-goals follow in bands of at most three columns, each band
its own flowable so a large tree continues on the next page instead of shrinking.
"""

from reportlab.platypus import Flowable  # this module is imported only when a PDF is made

from facilitator.export.pdf_fonts import BOLD, REGULAR, safe

from .model import Goal, layout, target_text

COLOURS = {"company": ("#4A4A4A", "#ECECEC"), "marketing": ("#004E7C", "#CFE3F5"), "sales": ("#8F3600", "#F9D7C4"),
           "joint": ("#3F3F46", "#E2E2E6")}
LETTERS = {"nl": {"company": "B", "marketing": "M", "sales": "V", "joint": "S"},
           "en": {"company": "C", "marketing": "M", "sales": "S", "joint": "J"}}
COLUMNS_PER_BAND = 3
GAP, PAD, STRIPE, MARK_W, INDENT = 8, 4, 4, 13, 12
LINE = "#8A8A8A"


def _style(size: float):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"goal{size}", fontName=REGULAR, fontSize=size, leading=size * 1.25)


class GoalBox:
    """One goal: a tinted box with a department stripe and letter, its title and target wrapped."""

    def __init__(self, goal: Goal, language: str, size: float) -> None:
        from reportlab.platypus import Paragraph

        self.goal = goal
        self.letter = LETTERS.get(language, LETTERS["en"]).get(goal.owner, "?")
        target = target_text(goal, language)
        text = f"<font name='{BOLD}'>{safe(goal.title)}</font>" + (f"<br/>{safe(target)}" if target else "")
        self.paragraph = Paragraph(text, _style(size))
        self.width = self.height = 0.0

    def wrap(self, width: float) -> float:
        self.width = width
        _, inner = self.paragraph.wrap(width - STRIPE - 2 * PAD - MARK_W, 10_000)
        self.height = inner + 2 * PAD
        return self.height

    def draw(self, canvas, x: float, y: float) -> None:
        """``y`` is the box's bottom edge."""
        from reportlab.lib import colors

        strong, tint = COLOURS.get(self.goal.owner, COLOURS["joint"])
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(tint))
        canvas.roundRect(x, y, self.width, self.height, 3, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor(strong))
        canvas.rect(x, y, STRIPE, self.height, stroke=0, fill=1)
        canvas.setFont(BOLD, 8)
        canvas.drawCentredString(x + self.width - MARK_W / 2 - 1, y + self.height - PAD - 7, self.letter)
        canvas.restoreState()
        self.paragraph.drawOn(canvas, x + STRIPE + PAD, y + PAD)


class Tops(Flowable):
    """The company goals side by side, joined by a line that leads down to the bands."""

    def __init__(self, tops: list[Goal], language: str, width: float, leads_on: bool) -> None:
        super().__init__()
        self.boxes = [GoalBox(g, language, 9.5) for g in tops]
        self.width, self.leads_on = width, leads_on

    def wrap(self, available_width, available_height):
        self.width = min(self.width, available_width)
        box_w = min(200, (self.width - GAP * (len(self.boxes) - 1)) / max(1, len(self.boxes)))
        self.box_h = max([b.wrap(box_w) for b in self.boxes] or [0])
        self.height = self.box_h + (14 if self.leads_on else 0)
        return self.width, self.height

    def draw(self) -> None:
        canvas, count = self.canv, len(self.boxes)
        total = sum(b.width for b in self.boxes) + GAP * (count - 1)
        x = (self.width - total) / 2
        centres = []
        for box in self.boxes:
            box.draw(canvas, x, self.height - box.height)
            centres.append(x + box.width / 2)
            x += box.width + GAP
        if not self.leads_on or not centres:
            return
        _lines(canvas, [(c, self.height - self.box_h, c, 7) for c in centres]
               + [(min(centres), 7, max(centres), 7), (self.width / 2, 7, self.width / 2, 0)])


class Band(Flowable):
    """Up to three sub-goals as columns, each with the goals below it, and the lines between them."""

    def __init__(self, columns, language: str, width: float) -> None:
        super().__init__()
        self.columns = [(GoalBox(c.head, language, 9), [(GoalBox(g, language, 8.5), level) for g, level in c.below])
                        for c in columns]
        self.width = width

    def wrap(self, available_width, available_height):
        self.width = min(self.width, available_width)
        self.col_w = (self.width - GAP * (COLUMNS_PER_BAND - 1)) / COLUMNS_PER_BAND
        tallest = 0.0
        for head, below in self.columns:
            column = head.wrap(self.col_w)
            for box, level in below:
                column += GAP / 2 + box.wrap(self.col_w - INDENT * min(level, 3))
            tallest = max(tallest, column)
        self.height = 18 + tallest + GAP
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        spread = (len(self.columns) * self.col_w + GAP * (len(self.columns) - 1))
        left = (self.width - spread) / 2
        centres = [left + i * (self.col_w + GAP) + self.col_w / 2 for i in range(len(self.columns))]
        segments = [(self.width / 2, top, self.width / 2, top - 9),
                    (min(centres + [self.width / 2]), top - 9, max(centres + [self.width / 2]), top - 9)]
        for (head, below), centre in zip(self.columns, centres, strict=True):
            x = centre - self.col_w / 2
            segments.append((centre, top - 9, centre, top - 18))
            y = top - 18 - head.height
            head.draw(canvas, x, y)
            spine, bottom = x + INDENT / 2, y
            for box, level in below:
                y -= GAP / 2 + box.height
                indent = INDENT * min(level, 3)
                box.draw(canvas, x + indent, y)
                middle = y + box.height / 2
                segments += [(spine, bottom, spine, middle), (spine, middle, x + indent, middle)]
                bottom = middle
        _lines(canvas, segments)


def _lines(canvas, segments) -> None:
    from reportlab.lib import colors

    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor(LINE))
    canvas.setLineWidth(0.8)
    for x1, y1, x2, y2 in segments:
        canvas.line(x1, y1, x2, y2)
    canvas.restoreState()


def diagram(all_goals: list[Goal], language: str, width: float = 481) -> list:
    """The flowables that print the tree (tops, then bands of sub-goals)."""
    tops, columns, _ = layout(all_goals)
    story = [Tops(tops, language, width, leads_on=bool(columns))] if tops else []
    for start in range(0, len(columns), COLUMNS_PER_BAND):
        story.append(Band(columns[start:start + COLUMNS_PER_BAND], language, width))
    return story


def legend(language: str, words: dict) -> str:
    letters = LETTERS.get(language, LETTERS["en"])
    return " · ".join(f"{letters[k]} = {words[k]}" for k in ("company", "marketing", "sales", "joint"))
