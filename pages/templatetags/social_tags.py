"""`{% social_meta %}`: the canonical link and the Open Graph and Twitter tags of a page."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Page, Site

from pages.notifications import absolute_url
from pages.social import OG_LOCALES, canonical_url, share_image
from pages.templatetags.siec_tags import meta_description

register = template.Library()


@register.inclusion_tag("includes/social_meta_tags.html", takes_context=True)
def social_meta(context):
    request = context.get("request")
    page = context.get("page")
    site_name = settings.WAGTAIL_SITE_NAME
    language = get_language()
    if isinstance(page, Page):
        url = canonical_url(
            page, request=request, form=context.get("filter_form"), results=context.get("results")
        )
        title = page.seo_title or page.title
        og_type = getattr(page, "og_type", "website")
        image = share_image(page)
    else:
        # A view of its own (search, volunteer forms): the network's card, its own address.
        url = absolute_url(request.path) if request is not None else ""
        title = site_name
        og_type = "website"
        site = Site.find_for_request(request) if request is not None else None
        home = site.root_page.localized if site is not None else None
        image = share_image(home) if home is not None else None
    return {
        "canonical": url,
        "title": title,
        "description": meta_description(context),
        "og_type": og_type,
        "site_name": site_name,
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": [code for key, code in OG_LOCALES.items() if key != language],
        "image": image,
    }
