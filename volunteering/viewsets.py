from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from pages.permissions import OrganisationScopedIndexView, own_pages_choices
from volunteering.answer_forms import InterestAnswerForm
from volunteering.models import Cause, Interest, Skill, VolunteerOfferPage
from volunteering.views.candidates import CandidatesView
from volunteering.views.interest_case import InterestCaseView, InterestNoteView


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "pick"
    menu_label = _("Skills")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class CauseViewSet(SnippetViewSet):
    model = Cause
    icon = "heart"
    menu_label = _("Causes")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class VocabularyGroup(SnippetViewSetGroup):
    items = (SkillViewSet, CauseViewSet)
    menu_icon = "tag"
    menu_label = _("Volunteering terms")
    menu_order = 340


class InterestFilterSet(WagtailFilterSet):
    offer = django_filters.ModelChoiceFilter(
        queryset=own_pages_choices(VolunteerOfferPage, order_by="title"), label=_("Offer")
    )

    class Meta:
        model = Interest
        fields = ["offer", "status"]


class InterestInspectView(generic.InspectView):
    def get_field_label(self, field_name, field):
        # Not a field of the model, so Django's label lookup would raise.
        if field_name == "volunteer_contact":
            return _("Contact")
        return super().get_field_label(field_name, field)

    def get_volunteer_contact_display_value(self):
        volunteer = self.object.volunteer
        return " · ".join(part for part in (volunteer.email, volunteer.phone) if part)


class InterestViewSet(ModelViewSet):
    model = Interest
    icon = "group"
    menu_label = _("Volunteer interest")
    menu_order = 335
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = OrganisationScopedIndexView
    edit_view_class = InterestCaseView
    inspect_view_class = InterestInspectView
    filterset_class = InterestFilterSet
    list_display = ["volunteer", "offer", "status", "created_at"]
    list_export = ["volunteer", "offer", "get_status_display", "created_at"]
    # The label in the editor's language, not the stored code.
    export_headings = {"get_status_display": _("Status")}
    search_fields = ["volunteer__name", "offer__title"]
    form_fields = ["status"]
    inspect_view_fields = [
        "volunteer",
        "volunteer_contact",
        "offer",
        "message",
        "status",
        "created_at",
        "status_changed_at",
    ]

    def get_form_class(self, for_update=False):
        # The edit view is the coordinator's answer: a status and a message to the volunteer;
        # accepting waits for the child-protection checks on an offer with minors.
        return InterestAnswerForm

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(
            note_url_name=self.get_url_name("note"),
            candidates_url_name=self.get_url_name("candidates"),
            **kwargs,
        )

    @property
    def candidates_view(self):
        return CandidatesView.as_view(
            permission_policy=self.permission_policy, url_namespace=self.url_namespace
        )

    @property
    def note_view(self):
        return InterestNoteView.as_view(
            permission_policy=self.permission_policy, url_namespace=self.url_namespace
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("candidates/<int:page_id>/", self.candidates_view, name="candidates"),
            path("note/<int:pk>/", self.note_view, name="note"),
        ]


interest_viewset = InterestViewSet("volunteer_interests")
