"""A CV is accepted only if its content is a PDF, DOCX or ODT document, whatever its name."""

import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_CV_BYTES = 5 * 1024 * 1024
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


@dataclass(frozen=True)
class CvKind:
    extension: str
    content_type: str


PDF = CvKind("pdf", "application/pdf")
DOCX = CvKind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
ODT = CvKind("odt", ODT_MIMETYPE.decode())


def _zip_kind(upload) -> CvKind | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
                return ODT
            if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
                return DOCX
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):
        return None
    return None


def detect_cv_kind(upload) -> CvKind | None:
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        kind = _zip_kind(upload)
        upload.seek(0)
        return kind
    return None


def validate_cv(upload) -> CvKind:
    if upload.size > MAX_CV_BYTES:
        raise ValidationError(
            _("The CV is larger than 5 MB. Please send a smaller file."), code="cv_too_large"
        )
    kind = detect_cv_kind(upload)
    if kind is None:
        raise ValidationError(
            _("We accept CVs as PDF, DOCX or ODT documents only; this file is none of them."),
            code="cv_wrong_type",
        )
    return kind
