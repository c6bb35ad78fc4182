"""A CV is accepted only if its content is a PDF, DOCX or ODT document, whatever its name.
DOCX and ODT are zips: they are read within jobs.archives' bounds, so a zip bomb costs the
server no more than a normal document."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from jobs.archives import MAX_ENTRIES, MAX_EXPANDED_BYTES, ArchiveRefused, read_entries

MAX_CV_BYTES = 5 * 1024 * 1024
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


@dataclass(frozen=True)
class CvKind:
    extension: str
    content_type: str


PDF = CvKind("pdf", "application/pdf")
DOCX = CvKind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
ODT = CvKind("odt", ODT_MIMETYPE.decode())
KINDS = {kind.extension: kind for kind in (PDF, DOCX, ODT)}


def cv_content_type(extension: str) -> str:
    kind = KINDS.get(extension)
    return kind.content_type if kind else "application/octet-stream"


def _zip_kind(upload) -> CvKind | None:
    """Raises ArchiveRefused for a zip too large unpacked or with an archive inside."""
    try:
        entries = read_entries(upload)
    except ArchiveRefused as refusal:
        if refusal.reason == ArchiveRefused.NOT_A_ZIP:
            return None
        raise
    heads = {entry.name: entry.head for entry in entries}
    if heads.get("mimetype", b"").strip() == ODT_MIMETYPE:
        return ODT
    if "[Content_Types].xml" in heads and any(name.startswith("word/") for name in heads):
        return DOCX
    return None


def detect_cv_kind(upload) -> CvKind | None:
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(upload)
    return None


def validate_cv(upload) -> CvKind:
    if upload.size > MAX_CV_BYTES:
        raise ValidationError(
            _("The CV is larger than 5 MB. Please send a smaller file."), code="cv_too_large"
        )
    try:
        kind = detect_cv_kind(upload)
    except ArchiveRefused as refusal:
        if refusal.reason == ArchiveRefused.NESTED:
            raise ValidationError(
                _(
                    "The CV has another archive inside it (an attachment or an embedded file). "
                    "Please save it as a PDF and send that."
                ),
                code="cv_nested_archive",
            ) from refusal
        raise ValidationError(
            _(
                "The CV unpacks to more than %(megabytes)s MB or has more than %(entries)s "
                "parts, which no CV needs. Please save it as a PDF and send that."
            ),
            code="cv_unpacks_too_large",
            params={"megabytes": MAX_EXPANDED_BYTES // (1024 * 1024), "entries": MAX_ENTRIES},
        ) from refusal
    if kind is None:
        raise ValidationError(
            _("We accept CVs as PDF, DOCX or ODT documents only; this file is none of them."),
            code="cv_wrong_type",
        )
    return kind
