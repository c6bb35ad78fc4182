"""Tags in the page's language. Tags are taggit's, one set shared by every language, so a
page's translation carries its source's tag names ("seniorzy" on an English page); a Topic
snippet named like the tag, translated like any snippet, gives the name in another language."""

from wagtail.models import Locale

from pages.models import Topic


def topic_names(names: list[str], *, locale: Locale) -> list[str]:
    """`names` as `locale` says them: each tag named by a topic of another language is given
    the name of that topic's translation in `locale`; the others keep their own name."""
    if not names:
        return []
    sources = Topic.objects.filter(name__in=names).exclude(locale=locale)
    keys = {topic.name.casefold(): topic.translation_key for topic in sources}
    translated = dict(
        Topic.objects.filter(locale=locale, translation_key__in=keys.values()).values_list(
            "translation_key", "name"
        )
    )
    return [translated.get(keys.get(name.casefold()), name) for name in names]
