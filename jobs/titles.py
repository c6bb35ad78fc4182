"""Polish job titles should name both genders ("Księgowy / Księgowa", "Specjalista/tka").

The check is a heuristic for a warning, never an error: it looks for the usual ways Polish
adverts pair the forms, and for a gender-neutral wording ("osoba na stanowisko ...").
"""

import re

_PAIRED = re.compile(
    r"""
    \S\s*/\s*\S             # Księgowy / Księgowa, Specjalista/tka
    | \(\s*[-–]?\s*\w{1,5}\s*\)   # Asystent(ka), Koordynator (-ka)
    | \b(osoba|osoby|osób)\b      # "Osoba na stanowisko ..."
    | \b(k/m|m/k|K/M|M/K)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def is_gender_inclusive(title: str) -> bool:
    return bool(_PAIRED.search(title or ""))
