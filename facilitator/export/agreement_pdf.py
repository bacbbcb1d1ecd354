"""The agreement as a PDF: cover, summary, a section per module, actions, review plan, signatures.

Built with reportlab's platypus into memory. Every page carries "page x of y" and the agreement's
fingerprint. reportlab is imported here only, so it loads when a PDF is made, not at start-up.
"""

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from zoneinfo import ZoneInfo

from ..formatting import date_and_time, long_date, time_of_day
from ..model import Session
from ..model.agreement import agreed_content, fingerprint, grouped, included_actions, included_modules
from ..version import app_version
from .pdf_fonts import BOLD, REGULAR, register, safe
from .sections import Sections
from .texts import texts

INK = "#141414"
ACCENT = "#004E7C"
RULE = "#B8B8B8"


@dataclass(frozen=True)
class SealLine:
    """Who seals the PDF and the SHA-256 of their certificate, printed on the signature page."""

    name: str
    certificate: str


class AgreementPdf:
    """Renders one session's agreement. Hooks: ``styles``, ``story``, ``decorate``."""

    def __init__(self, session: Session, sections: Sections | None = None, seal: SealLine | None = None) -> None:
        self.session = session
        self.sections = sections or Sections()
        self.seal = seal
        self.language = session.meta.language.value
        self.t = texts(self.language)
        self.fingerprint = fingerprint(session)

    # -- style ---------------------------------------------------------------------------------

    def styles(self):
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14, textColor=colors.HexColor(INK))
        return {
            "body": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
            "muted": ParagraphStyle("muted", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#4A4A4A")),
            "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=20, leading=25, spaceBefore=14,
                                 spaceAfter=8, textColor=colors.HexColor(ACCENT)),
            "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=13.5, leading=18, spaceBefore=10,
                                 spaceAfter=6, textColor=colors.HexColor(ACCENT)),
            "cover_title": ParagraphStyle("cover_title", parent=base, fontName=BOLD, fontSize=30, leading=36,
                                          textColor=colors.HexColor(ACCENT)),
            "cover_sub": ParagraphStyle("cover_sub", parent=base, fontSize=15, leading=20),
            "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
            "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=9, leading=12),
            "typed_signature": ParagraphStyle("typed_signature", parent=base, fontName=BOLD, fontSize=18,
                                              leading=24, textColor=colors.HexColor(ACCENT)),
        }

    # -- the document --------------------------------------------------------------------------

    def build(self) -> bytes:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.units import mm
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        from .pdf_contents import Contents

        register()
        buffer = BytesIO()
        meta = self.session.meta
        self.contents = Contents()
        doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                              bottomMargin=22 * mm, title=f"{self.t['agreement']} — {meta.company or meta.title}",
                              author=meta.facilitator or "Facilitator", subject=meta.title,
                              keywords=f"facilitator-fingerprint:{self.fingerprint}",
                              creator=f"Facilitator {app_version()}", lang=self.language,
                              initialFontName=REGULAR)  # else an unembedded Helvetica is in every file
        doc.afterFlowable = lambda flowable: self.contents.after_flowable(doc, flowable)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        wide_w, wide_h = landscape(A4)
        wide = Frame(20 * mm, 22 * mm, wide_w - 40 * mm, wide_h - 44 * mm, id="wide")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.decorate),
                              PageTemplate(id="landscape", frames=[wide], onPage=self.decorate,
                                           pagesize=landscape(A4))])
        doc.build(headings_kept_with_text(self.story(doc.width)), canvasmaker=numbered_canvas(self))
        return buffer.getvalue()

    def decorate(self, canvas, doc) -> None:
        """Header line with company and title on every page but the cover."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm

        width, height = canvas._pagesize  # landscape pages (wide tables) have their own size
        if doc.page > 1:
            canvas.saveState()
            canvas.setFont(REGULAR, 8)
            canvas.setFillColor(colors.HexColor("#4A4A4A"))
            head = " · ".join(p for p in (self.session.meta.company, self.session.meta.title) if p)
            canvas.drawString(20 * mm, height - 14 * mm, _fit(head, 110))
            canvas.setStrokeColor(colors.HexColor(RULE))
            canvas.line(20 * mm, height - 16 * mm, width - 20 * mm, height - 16 * mm)
            canvas.restoreState()

    def footer(self, canvas, page: int, total: int) -> None:
        from reportlab.lib import colors
        from reportlab.lib.units import mm

        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.line(20 * mm, 16 * mm, width - 20 * mm, 16 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#4A4A4A"))
        canvas.drawString(20 * mm, 11 * mm, f"{self.t['fingerprint']} SHA-256: {grouped(self.fingerprint)}")
        canvas.drawRightString(width - 20 * mm, 6.5 * mm, self.t["page"].format(page, total))
        canvas.restoreState()

    def story(self, width: float) -> list:
        from reportlab.platypus import CondPageBreak, PageBreak

        story = self.cover(width) + [PageBreak()] + self.summary(width) + [PageBreak()]
        for module in included_modules(self.session):
            story += [CondPageBreak(120 * _mm())] + self.module_section(module, width)
        from reportlab.lib.units import mm

        # The action list starts on a fresh page unless most of one is still free.
        story += [CondPageBreak(150 * mm)] + self.actions(width) + self.review(width) + [PageBreak()]
        story += self.signatures(width)
        return story

    # -- parts ---------------------------------------------------------------------------------

    def cover(self, width: float) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, Spacer

        s, t, meta = self.styles(), self.t, self.session.meta
        story = [Spacer(1, 28 * mm), Paragraph(safe(t["agreement"]), s["cover_title"]),
                 Paragraph(safe(t["between"]), s["cover_sub"]), Spacer(1, 10 * mm)]
        if meta.company:
            story.append(Paragraph(f"<b>{safe(meta.company)}</b>", s["cover_sub"]))
        story.append(Paragraph(safe(meta.title), s["body"]))
        story.append(Spacer(1, 8 * mm))
        facts = [(t["date"], long_date(meta.date, self.language)), (t["place"], meta.place),
                 (t["facilitator"], meta.facilitator)]
        story.append(self._table([[Paragraph(safe(k), s["cell_bold"]), Paragraph(safe(v), s["cell"])]
                                  for k, v in facts if v], [35 * mm, width - 35 * mm]))
        story += [Spacer(1, 10 * mm), Paragraph(safe(t["participants"]), s["h2"])]
        columns = []
        for department in ("marketing", "sales", "other"):
            people = [p for p in self.session.participants if p.department.value == department]
            lines = [f"<b>{safe(t[department])}</b>"] + [
                safe(p.name) + (f" — {safe(p.role)}" if p.role else "") + (f" ({safe(t['signs'])})" if p.signs else "")
                for p in people]
            columns.append(Paragraph("<br/>".join(lines), s["cell"]))
        story.append(self._table([columns], [width / 3] * 3, grid=False))
        return story

    def summary(self, width: float) -> list:
        """What the agreement holds, with the page each part starts on (the parts themselves follow)."""
        from reportlab.platypus import Paragraph

        s, t = self.styles(), self.t
        content = agreed_content(self.session)
        review = self.session.agreement.review
        review_text = t[review.cadence] if review.cadence in t else review.cadence
        story = [self.heading(t["summary"], "summary"),
                 Paragraph(safe(t["summary_counts"].format(len(content["participants"]), len(content["actions"]),
                                                            review_text)), s["muted"]),
                 Paragraph(safe(t["contents"]), s["h2"])]
        parts = [(f"module:{m.id}", m.title) for m in included_modules(self.session)]
        parts += [("actions", t["actions"]), ("signatures", t["signatures"])]
        story += [self.contents.line(Paragraph(safe(title), s["body"]), key, width) for key, title in parts]
        return story

    def heading(self, title: str, key: str):
        """A part's title: in the contents, a bookmark, and kept with what follows it."""
        from reportlab.platypus import Paragraph

        return self.contents.heading(Paragraph(safe(title), self.styles()["h1"]), key, title)

    def module_section(self, module, width: float) -> list:
        from reportlab.platypus import Paragraph

        s = self.styles()
        artefact = self.session.artefacts[module.id]
        story = [self.heading(module.title, f"module:{module.id}")]
        builder = self.sections.get(module.kind)
        if builder is not None:
            try:
                body = builder(self.session, module, artefact, s, self.t)
            except (ValueError, TypeError, KeyError, AttributeError):
                body = None  # a result in a shape its section cannot read (foreign or older file): shown plainly
            if body is not None and getattr(builder, "landscape", False):
                from reportlab.platypus import NextPageTemplate, PageBreak

                return ([NextPageTemplate("landscape"), PageBreak()] + story + body
                        + [NextPageTemplate("page"), PageBreak()])
            if body is not None:
                return story + body
        rows = [[Paragraph(safe(str(k)), s["cell_bold"]), Paragraph(safe(_plain(v), 4000), s["cell"])]
                for k, v in artefact.data.items()]
        return story + ([self._table(rows, [45 * _mm(), width - 45 * _mm()])] if rows else [])

    def actions(self, width: float) -> list:
        from reportlab.platypus import Paragraph

        s, t = self.styles(), self.t
        story = [self.heading(t["actions"], "actions")]
        actions = included_actions(self.session)
        if not actions:
            return story + [Paragraph(safe(t["no_actions"]), s["body"])]
        head = [Paragraph(safe(x), s["cell_bold"]) for x in ("#", t["what"], t["owner"], t["due"], t["status"])]
        rows = [head] + [[Paragraph(str(i), s["cell"]), Paragraph(safe(a.what, 20000), s["cell"]),
                          Paragraph(safe(self._owner(a)), s["cell"]),
                          Paragraph(safe(long_date(a.due, self.language)), s["cell"]),
                          Paragraph(safe(t.get(a.status.value, a.status.value)), s["cell"])]
                         for i, a in enumerate(actions, start=1)]
        mm = _mm()
        return story + [self._table(rows, [8 * mm, width - 98 * mm, 38 * mm, 30 * mm, 22 * mm], header=True)]

    def review(self, width: float) -> list:
        from reportlab.platypus import Paragraph

        s, t = self.styles(), self.t
        return [Paragraph(safe(t["review"]), s["h2"]), Paragraph(safe(self._review_sentence()), s["body"])]

    def signatures(self, width: float) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Paragraph, Spacer

        s, t = self.styles(), self.t
        agreement = self.session.agreement
        story = [self.heading(t["signatures"], "signatures"), Paragraph(safe(t["statement"]), s["body"]),
                 Spacer(1, 6 * mm)]
        reopened = [e for e in agreement.history if e.kind == "reopened"]
        if reopened:
            day = reopened[-1].at.astimezone(ZoneInfo(self.session.meta.time_zone)).date()
            story.append(Paragraph(safe(t["reopened"].format(long_date(day, self.language))),
                                   s["muted"]))
        signed = {sig.participant_id: sig for sig in agreement.signatures}
        people = [p for p in self.session.participants if p.signs or p.id in signed]
        for person in people:
            sig = signed.get(person.id)
            if sig is None:
                mark = signing_line(80 * mm, 28 * mm)
                when = t["unsigned"]
            elif sig.typed:
                mark = Paragraph(safe(sig.name), s["typed_signature"])
                when = f"{t['signed_at']} {self._signed_time(sig.signed_at)} ({t['typed']})"
            else:
                mark = signature_drawing(sig.strokes, 80 * mm, 28 * mm)
                when = f"{t['signed_at']} {self._signed_time(sig.signed_at)}"
            label = f"<b>{safe(person.name)}</b>" + (f"<br/>{safe(person.role)}" if person.role else "") + \
                    f"<br/>{safe(t.get(person.department.value, ''))}" + (f"<br/>{safe(when)}" if when else "")
            block = self._table([[mark, Paragraph(label, s["cell"])]], [90 * mm, width - 90 * mm], grid=False,
                                line_above=True)
            story += [KeepTogether([block]), Spacer(1, 5 * mm)]
        if self.seal is not None:
            line = t["sealed_by"].format(self.seal.name, grouped(self.seal.certificate))
            story += [Spacer(1, 4 * mm), Paragraph(safe(line), s["small"])]
        return story

    # -- helpers -------------------------------------------------------------------------------

    def _owner(self, action) -> str:
        person = self.session.participant(action.owner_id) if action.owner_id else None
        return person.name if person else action.owner

    def _signed_time(self, moment: dt.datetime) -> str:
        """In the session's zone, which is named: an attendee elsewhere must not read it as their own time."""
        return date_and_time(moment, self.language, self.session.meta.time_zone)

    def _review_sentence(self) -> str:
        t, review = self.t, self.session.agreement.review
        first = long_date(review.first_review, self.language) or t["not_set"]
        text = f"{t['cadence']} {t.get(review.cadence, review.cadence)}. {t['first_review']}: {first}"
        if review.first_review:
            text += f", {time_of_day(review.time, self.language)}"
        return text + (f", {review.place}" if review.place else "") + "."

    def _table(self, rows, widths, grid: bool = True, header: bool = False, line_above: bool = False):
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        # splitInRow lets one very long cell (a pasted page of text) run on over the next page.
        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if grid:
            style.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)))
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF3")))
        if line_above:
            style.append(("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor(RULE)))
        table.setStyle(TableStyle(style))
        return table


def headings_kept_with_text(story: list) -> list:
    """No heading at the foot of a page: one that would start in the last few centimetres moves to
    the next page. (reportlab's keepWithNext would instead push a long table after it to a new
    page, leaving most of a page blank.) Tables are kept whole or split without a lonely row."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    from .pdf_tables import readable

    room = {"h1": 60 * mm, "h2": 35 * mm}
    kept = []
    for flowable in story:
        style = getattr(getattr(flowable, "style", None), "name", "")
        if style in room:
            kept.append(CondPageBreak(room[style]))
        kept.append(readable(flowable))
    return kept


def _mm() -> float:
    from reportlab.lib.units import mm

    return mm


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(value) -> str:
    """A module result without a section of its own, readable rather than raw JSON."""
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_plain(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "\n".join(f"• {_plain(v)}" for v in value)
    return str(value)


def signature_drawing(strokes: list[list[tuple[float, float]]], width: float, height: float):
    """The drawn signature, scaled into a width x height box (points are 0..1, y down)."""
    from reportlab.graphics.shapes import Drawing, PolyLine
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    for stroke in strokes:
        if len(stroke) < 2:
            continue
        points = []
        for x, y in stroke:
            points += [x * width, (1 - y) * height]
        drawing.add(PolyLine(points, strokeColor=colors.HexColor("#0B2A6F"), strokeWidth=1.4,
                             strokeLineCap=1, strokeLineJoin=1))
    return drawing


def signing_line(width: float, height: float):
    """An empty box with a line to sign on, for a signatory who has not signed yet."""
    from reportlab.graphics.shapes import Drawing, Line
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    drawing.add(Line(0, height * 0.2, width * 0.9, height * 0.2, strokeColor=colors.HexColor(INK), strokeWidth=0.6))
    return drawing


def numbered_canvas(pdf: AgreementPdf):
    """A canvas class that writes 'page x of y' (and the fingerprint) once the total is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                pdf.contents.on_page(self, number)
                pdf.footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
