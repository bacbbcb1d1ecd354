"""The agreement's table of contents and its PDF bookmarks, in one pass of reportlab.

reportlab's own TableOfContents needs the document built twice. Here every page is already held
back until the total is known (for "page x of y"), so the contents lines leave their page numbers
blank, remember where they were drawn, and the numbers are written with the footers; bookmarks are
made at the same moment, when each page is really emitted.
"""

from dataclasses import dataclass, field

from reportlab.platypus import Flowable  # this module is imported only when a PDF is made

from .pdf_fonts import REGULAR


@dataclass
class Contents:
    pages: dict[str, int] = field(default_factory=dict)          # heading key -> page it landed on
    titles: dict[str, str] = field(default_factory=dict)          # heading key -> title for the outline
    slots: list[tuple[int, float, float, str]] = field(default_factory=list)  # page, x, y, key

    def heading(self, paragraph, key: str, title: str):
        """Mark a heading flowable so the contents and the bookmarks find it."""
        paragraph.contents_key = key
        self.titles[key] = title
        return paragraph

    def after_flowable(self, doc, flowable) -> None:
        key = getattr(flowable, "contents_key", None)
        if key is not None and key not in self.pages:
            self.pages[key] = doc.page

    def line(self, paragraph, key: str, width: float):
        return ContentsLine(self, paragraph, key, width)

    def on_page(self, canvas, page: int) -> None:
        """Called for each page as it is emitted: its bookmarks and its contents' page numbers."""
        for key, landed in self.pages.items():
            if landed == page:
                canvas.bookmarkPage(key, fit="XYZ")
                canvas.addOutlineEntry(self.titles.get(key, key), key, level=0)
        for on, x, y, key in self.slots:
            if on == page and key in self.pages:
                canvas.saveState()
                canvas.setFont(REGULAR, 10)
                canvas.drawRightString(x, y, str(self.pages[key]))
                canvas.restoreState()


class ContentsLine(Flowable):
    """One line of the contents: the title now, its page number once every page is laid out."""

    def __init__(self, contents: Contents, paragraph, key: str, width: float) -> None:
        super().__init__()
        self.contents, self.paragraph, self.key, self.width = contents, paragraph, key, width
        self.number_width = 14 * 2.8346  # 14 mm for the page number

    def wrap(self, available_width, available_height):
        self.width = min(self.width, available_width)
        _, self.height = self.paragraph.wrap(self.width - self.number_width, available_height)
        return self.width, self.height + 3

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 3)
        x, y = self.canv.absolutePosition(self.width, 3 + self.height - self.paragraph.style.fontSize)
        self.contents.slots.append((self.canv.getPageNumber(), x, y, self.key))
