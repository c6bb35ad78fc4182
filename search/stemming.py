"""Polish stemming for the database fallback: the Stempel algorithm (pystempel, a Python port of
Lucene's `StempelStemmer`) with the stemming table it ships, trained on the PoliMorf
dictionary. Lucene's own `stemmer_20000` table (also in pystempel) leaves "Ukrainy" and
"Ukraina" apart, which is one of the queries the fallback has to answer; PoliMorf's brings them
together. The engine stems with hunspell instead (search/mapping.py), so the two sides agree
on most, not all, forms.

A word is stemmed as written (the table needs its diacritics: "księgową"), then folded like
every other word of the fallback, so "ksiegowa", "księgową" and "Księgowej" meet at "ksiegowy".
The table (~180 MB in memory, ~4 s to load) is loaded once per process: by web processes as
they start (`warm`, registered in search/apps.py; loaded on the first search instead, it held
the first visitor of each gunicorn worker, and every request queued behind, for 9–11 s), and
by other processes (the task worker, commands) on their first stemmed word.
"""

import os
import re
from functools import cache, lru_cache
from importlib.resources import as_file, files

from django.conf import settings

from pages.geo import fold

WORD = re.compile(r"\w+")
# Stempel's table guesses at short words ("w" became "wyspa", "hr" "hrabia"), which would make a
# preposition match an island; those, and words with digits, are kept as they are.
SHORTEST = 4


def enabled(language: str) -> bool:
    return language == "pl" and getattr(settings, "SEARCH_POLISH_STEMMING", True)


@cache
def _stemmer():
    # pystempel draws a progress bar on stderr while it loads unless this is set before import.
    os.environ.setdefault("DISABLE_TQDM", "1")
    from pystempel import Stemmer

    # Stemmer.polimorf() reads the same file through a deprecated importlib.resources call.
    with as_file(files("pystempel.data.polimorf") / "stemmer_polimorf.tbl.gz") as table:
        return Stemmer.from_file(table)


def warm() -> None:
    """Loads the table now, where Polish is stemmed at all."""
    if enabled("pl"):
        _stemmer()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The folded stem of one word (any case, with or without diacritics)."""
    lowered = word.lower()
    if len(lowered) >= SHORTEST and lowered.isalpha():
        lowered = _stemmer()(lowered) or lowered
    # Only word characters: a stem goes into full-text queries of both databases as it is.
    return "".join(WORD.findall(fold(lowered)))


def stems(text: str) -> list[str]:
    """The folded stems of the words of `text`, in order."""
    return [stem(word) for word in WORD.findall(text)]
