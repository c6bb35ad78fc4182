"""Polish is the site's first language: every interface string must have a Polish translation,
and the compiled catalogue must match the source one."""

from pathlib import Path

import polib

CATALOGUE = Path(__file__).resolve().parents[2] / "cms" / "locale" / "pl" / "LC_MESSAGES"


def test_every_interface_string_has_a_polish_translation():
    po = polib.pofile(str(CATALOGUE / "django.po"))

    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]

    assert untranslated == []
    assert fuzzy == []


def test_the_compiled_catalogue_matches_the_source():
    po = polib.pofile(str(CATALOGUE / "django.po"))
    mo = polib.mofile(str(CATALOGUE / "django.mo"))

    source = {
        (entry.msgid, entry.msgstr) for entry in po.translated_entries() if not entry.msgid_plural
    }
    compiled = {(entry.msgid, entry.msgstr) for entry in mo if not entry.msgid_plural}

    assert source <= compiled
