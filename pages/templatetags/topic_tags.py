"""`{% topics page tags as names %}`: a page's tags named in the page's language (pages.topics)."""

from django import template

from pages.topics import topic_names

register = template.Library()


@register.simple_tag
def topics(page, tags) -> list[str]:
    return topic_names([tag.name for tag in tags], locale=page.locale)
