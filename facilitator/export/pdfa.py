"""Make the sealed agreement a PDF/A-3b file (archival: attendees keep it for years).

PDF/A-3 rather than PDF/A-2: the agreement carries its agreed content as a JSON attachment for
`facilitator verify`, and PDF/A-2 only allows attachments that are themselves PDF/A. What the
standard asks beyond what reportlab already gives (embedded fonts, no encryption) is added in the
same incremental update that carries the seal: the sRGB output intent, the PDF/A identification in
the XMP metadata, and the attachment's relationship to the document (/AF).
"""

from functools import cache

OUTPUT_CONDITION = "sRGB IEC61966-2.1"


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile made by littlecms (through Pillow, which reportlab already needs)."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def identification():
    """The XMP fields that say 'PDF/A-3, level B'."""
    from pyhanko.pdf_utils.metadata import model

    def name(local: str):
        return model.ExpandedName(ns=model.NS["pdfaid"], local_name=local)

    return model.XmpStructure.of((name("part"), model.XmpValue("3")), (name("conformance"), model.XmpValue("B")))


def add_identification(writer) -> None:
    """Start the XMP metadata with the PDF/A identification; pyHanko merges its own fields (title,
    author, dates) into this one description when it seals, instead of writing a second one."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.metadata import xmp_xml

    stream = xmp_xml.MetadataStream.from_xmp([identification()])
    writer.root[generic.NameObject("/Metadata")] = writer.add_object(stream)
    writer.update_root()


def add_output_intent(writer) -> None:
    from pyhanko.pdf_utils import generic

    profile = generic.StreamObject({generic.NameObject("/N"): generic.NumberObject(3)}, stream_data=srgb_profile())
    intent = generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/OutputIntent"),
        generic.NameObject("/S"): generic.NameObject("/GTS_PDFA1"),
        generic.NameObject("/OutputConditionIdentifier"): generic.pdf_string(OUTPUT_CONDITION),
        generic.NameObject("/Info"): generic.pdf_string(OUTPUT_CONDITION),
        generic.NameObject("/DestOutputProfile"): writer.add_object(profile),
    })
    writer.root[generic.NameObject("/OutputIntents")] = generic.ArrayObject([writer.add_object(intent)])
    writer.update_root()


def relate_attachment(writer, name: str) -> None:
    """Mark the attachment as the document's data (/AFRelationship /Data) and list it in /AF."""
    from pyhanko.pdf_utils import generic

    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    for i in range(0, len(names), 2):
        if str(names[i]) == name:
            reference = names.raw_get(i + 1)
            spec = reference.get_object()
            spec[generic.NameObject("/AFRelationship")] = generic.NameObject("/Data")
            writer.update_container(spec)
            writer.root[generic.NameObject("/AF")] = generic.ArrayObject([reference])
            writer.update_root()
            return
