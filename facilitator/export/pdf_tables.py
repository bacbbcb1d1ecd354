"""Tables that read well when a page ends: a short one is never split, a long one never leaves a
single row alone under its repeated header at the top of the next page (nor at the foot of this one)."""

from reportlab.platypus import Flowable, KeepTogether, Table  # imported only when a PDF is made

SHORT = 10      # rows: a table this short moves to the next page whole rather than split
LONELY = 2      # rows: fewer than this many body rows on either side of a split is not allowed


class WholeRows(Flowable):
    """Wraps a long table; when reportlab splits it, both halves keep at least LONELY body rows."""

    def __init__(self, table) -> None:
        super().__init__()
        self.table = table
        self.hAlign = getattr(table, "hAlign", "LEFT")

    def wrap(self, available_width, available_height):
        self.width, self.height = self.table.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width, available_height):
        header = getattr(self.table, "repeatRows", 0) or 0
        parts = self.table.split(available_width, available_height)
        if len(parts) != 2:
            return [WholeRows(p) for p in parts]
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if len(parts[0]._cellvalues) - header < LONELY and not at_top:
            return []  # not even two rows fit here: the table starts on the next page instead
        height = available_height
        best = parts
        for _ in range(LONELY):
            first, rest = best
            if len(rest._cellvalues) - header >= LONELY:
                break
            first.wrap(available_width, height)
            height -= first._rowHeights[-1]  # give up one more row to the next page
            candidate = self.table.split(available_width, height)
            if len(candidate) != 2 or len(candidate[0]._cellvalues) - header < LONELY:
                break  # would leave a lonely row here instead: keep reportlab's split
            best = candidate
        return [best[0], WholeRows(best[1])]

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)


def readable(flowable):
    """The table as it should be laid out (anything else unchanged)."""
    if not isinstance(flowable, Table):
        return flowable
    if len(flowable._cellvalues) <= SHORT:
        return KeepTogether([flowable])
    return WholeRows(flowable)
