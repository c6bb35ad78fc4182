"""Tags in the page's language. Tags are taggit's, one set shared by every language, so a
page's translation carries its source's tag names ("seniorzy" on an English page); a Topic
snippet named like the tag, translated like any snippet, gives the name in another language."""

from wagtail.models import Locale

from pages.models import Topic


def topic_names(names: list[str], *, locale: Locale | int) -> list[str]:
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


def term_names(terms, *, locale: Locale) -> list[str]:
    """The names of `terms` (TranslatableTerm rows of one model: causes, skills, job
    categories) as `locale` says them: a page's translation may still point at the source
    language's terms, and its search document should carry the words its readers search
    for. A term without a translation keeps its own name. No query when every term is in
    `locale` already (the source language's pages, most of the index), else one."""
    terms = list(terms)
    if all(term.locale_id == locale.pk for term in terms):
        return [term.name for term in terms]
    model = type(terms[0])
    translated = dict(
        model.objects.filter(
            locale=locale, translation_key__in={term.translation_key for term in terms}
        ).values_list("translation_key", "name")
    )
    return [translated.get(term.translation_key, term.name) for term in terms]
