"""Regression tests, one per finding of the black-box review (issue 16, high): the editor of
A (Alfa) reached B's images, documents and pages through the admin API, the bulk-action
pages, malformed ids and page forms that took any posted id."""

from django.apps import apps
from django.http import Http404
from django.test import RequestFactory
from django.urls import resolve

from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from pages.admin_forms import NOT_YOURS, OrganisationScopedFormMixin, objects_in_value
from pages.admin_scope import OrganisationScopeMiddleware
from pages.bulk_actions import OrganisationScopedBulkAction
from pages.models import OrganisationPage
from tests.pages.admin_routes import MARKER

pytestmark = pytest.mark.django_db


def test_the_admin_api_lists_only_the_editors_own_images_and_documents(client, world):
    client.force_login(world["editor"])

    images = client.get("/admin/api/main/images/")
    documents = client.get("/admin/api/main/documents/")
    image = client.get(f"/admin/api/main/images/{world['image'].pk}/")
    document = client.get(f"/admin/api/main/documents/{world['document'].pk}/")

    assert images.status_code == documents.status_code == 200
    assert images.json()["meta"]["total_count"] == 0
    assert documents.json()["meta"]["total_count"] == 0
    assert image.status_code == document.status_code == 404


def test_the_admin_api_still_lists_the_editors_own_images(client, world):
    own = get_image_model().objects.create(
        title="Logo Alfa", collection=world["own_collection"], file=world["image"].file
    )
    client.force_login(world["editor"])

    images = client.get("/admin/api/main/images/").json()

    assert [item["id"] for item in images["items"]] == [own.pk]


@pytest.mark.parametrize(
    "url",
    [
        "/admin/bulk/wagtaildocs/document/delete/?id={document}",
        "/admin/bulk/wagtailimages/image/add_tags/?id={image}",
        "/admin/bulk/wagtailcore/page/unpublish/?id={page}",
    ],
)
def test_a_bulk_action_page_does_not_name_another_organisations_object(client, world, url):
    client.force_login(world["editor"])
    ids = {"document": world["document"].pk, "image": world["image"].pk, "page": world["page"].pk}

    response = client.get(url.format(**ids))

    assert response.status_code == 404
    assert MARKER not in response.content.decode()


def test_the_page_chooser_does_not_return_another_organisations_page_by_id(client, world):
    client.force_login(world["editor"])

    response = client.get(f"/admin/choose-page/chosen-multiple/?id={world['page'].pk}")

    assert response.status_code == 404
    assert MARKER not in response.content.decode()


def test_a_bulk_delete_posted_with_another_organisations_ids_deletes_nothing(client, world):
    client.force_login(world["editor"])

    client.post(f"/admin/bulk/wagtaildocs/document/delete/?id={world['document'].pk}")

    assert type(world["document"]).objects.filter(pk=world["document"].pk).exists()


def test_every_registered_bulk_action_is_scoped_to_the_organisation():
    actions = [
        action
        for model in apps.get_models()
        for action in bulk_action_registry.get_bulk_actions_for_model(
            model._meta.app_label, model._meta.model_name
        )
    ]

    assert actions
    assert all(issubclass(action, OrganisationScopedBulkAction) for action in actions)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/documents/chooser/chosen/not-a-number/",
        "/admin/editing-sessions/ping/wagtailcore/page/not-a-number/1/",
        "/admin/bulk/wagtaildocs/document/delete/?id=not-a-number",
        "/admin/choose-page/chosen-multiple/?id=1;2",
    ],
)
def test_a_malformed_id_in_an_admin_url_is_denied(world, path):
    request = RequestFactory().get(path)
    request.user = world["editor"]
    request.resolver_match = match = resolve(request.path)
    middleware = OrganisationScopeMiddleware(lambda request: None)

    with pytest.raises(Http404):
        middleware.process_view(request, match.func, match.args, match.kwargs)


def test_an_error_inside_the_scope_check_denies(world, monkeypatch):
    request = RequestFactory().get(f"/admin/pages/{world['programme'].pk}/edit/")
    request.user = world["editor"]
    request.resolver_match = match = resolve(request.path)
    middleware = OrganisationScopeMiddleware(lambda request: None)

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("pages.admin_scope.user_may_reach", broken)

    with pytest.raises(Http404):
        middleware.process_view(request, match.func, match.args, match.kwargs)


def page_form(page, user, data):
    form_class = type(page).get_edit_handler().get_form_class()
    return form_class(data, instance=page, for_user=user, parent_page=page.get_parent())


def organisation_page_data(page, **fields) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "mission": "Misja",
            "legal_form": page.legal_form,
            **{name: streamfield([]) for name in ("body", "accreditations", "timeline")},
            "impact_figures": streamfield([]),
            "memberships": inline_formset([]),
            "comments": inline_formset([]),
            **fields,
        }
    )


def test_a_page_form_refuses_another_organisations_image(world, organisation):
    page = OrganisationPage.objects.get(pk=organisation.pk)

    form = page_form(page, world["editor"], organisation_page_data(page, logo=world["image"].pk))

    assert not form.is_valid()
    assert form.errors["logo"] == [NOT_YOURS]


def test_a_page_form_takes_the_organisations_own_image(world, organisation):
    own = get_image_model().objects.create(
        title="Logo Alfa", collection=world["own_collection"], file=world["image"].file
    )
    page = OrganisationPage.objects.get(pk=organisation.pk)

    form = page_form(page, world["editor"], organisation_page_data(page, logo=own.pk))

    assert form.is_valid(), form.errors


def test_an_offer_form_refuses_an_editor_of_another_organisation_as_coordinator(
    world, organisation
):
    from volunteering.factories import VolunteerIndexPageFactory, VolunteerOfferPageFactory

    own_offer = VolunteerOfferPageFactory(parent=VolunteerIndexPageFactory(parent=organisation))

    form = page_form(
        own_offer, world["editor"], {"title": own_offer.title, "coordinator": world["b_editor"].pk}
    )

    # Refused twice over: the select offers only the organisation's editors (a foreign id is
    # not a valid choice), and the scope check would refuse it as not the editor's own.
    assert not form.is_valid()
    assert form.errors["coordinator"]
    assert not type(own_offer).objects.filter(coordinator=world["b_editor"]).exists()


def test_rich_text_references_are_checked_like_foreign_keys(world):
    from jobs.models import JobPostingPage

    html = f'<p><a linktype="page" id="{world["page"].pk}">B</a></p>'

    found = list(objects_in_value(JobPostingPage, "responsibilities", html))

    assert [page.pk for page in found] == [world["page"].pk]


def test_every_page_type_an_editor_can_create_checks_the_organisation_scope():
    from wagtail.models import Page, get_page_models

    forms = {
        model.__name__: model.get_edit_handler().get_form_class()
        for model in get_page_models()
        if model is not Page
    }

    assert forms
    assert [
        name for name, form in forms.items() if not issubclass(form, OrganisationScopedFormMixin)
    ] == []


def test_an_editor_still_compares_their_own_revisions_by_name(client, world, organisation):
    page = OrganisationPage.objects.get(pk=organisation.pk)
    page.save_revision().publish()
    page.save_revision()
    client.force_login(world["editor"])

    response = client.get(f"/admin/pages/{page.pk}/revisions/compare/live...latest/")

    assert response.status_code == 200
