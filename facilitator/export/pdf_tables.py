"""Tables that read well when a page ends: a short one is never split, a long one never leaves a
single row alone under its repeated header at the top of the next page (nor at the foot of this one)."""

SHORT = 10      # rows: a table this short moves to the next page whole rather than split
LONELY = 2      # rows: fewer than this many body rows on either side of a split is not allowed


def flowable_base():
    from reportlab.platypus import Flowable

    return Flowable


class WholeRows(flowable_base()):
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
        height = available_height
        for _ in range(LONELY + 1):
            parts = self.table.split(available_width, height)
            if len(parts) != 2:
                return [WholeRows(p) for p in parts]
            first, rest = parts
            before, after = len(first._cellvalues) - header, len(rest._cellvalues) - header
            if before < LONELY:
                return []  # not even two rows fit here: the whole table starts on the next page
            if after >= LONELY:
                return [first, WholeRows(rest)]
            first.wrap(available_width, height)
            height -= first._rowHeights[-1]  # give up one more row to the next page
        return [first, WholeRows(rest)]

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)


def readable(flowable):
    """The table as it should be laid out (anything else unchanged)."""
    from reportlab.platypus import KeepTogether, Table

    if not isinstance(flowable, Table):
        return flowable
    if len(flowable._cellvalues) <= SHORT:
        return KeepTogether([flowable])
    return WholeRows(flowable)
