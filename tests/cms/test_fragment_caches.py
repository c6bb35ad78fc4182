"""The page fragments the templates cache (header, hreflang links, filter form) use Wagtail's
cache tags: a preview is rendered afresh, never from or into the cache visitors are served."""

from wagtail.models import Page

import pytest

pytestmark = pytest.mark.django_db


def test_a_preview_renders_the_header_afresh(client, organisation, organisation_index):
    Page.objects.filter(pk=organisation_index.pk).update(show_in_menus=True)
    assert "Organizacje w sieci" not in client.get(organisation.url).content.decode()
    # update() sends no signal, so the cached header still holds the old menu.
    Page.objects.filter(pk=organisation_index.pk).update(title="Organizacje w sieci")

    preview = organisation.make_preview_request()
    served = client.get(organisation.url)

    assert "Organizacje w sieci" in preview.content.decode()
    assert "Organizacje w sieci" not in served.content.decode()
