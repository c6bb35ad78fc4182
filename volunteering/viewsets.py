from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from pages.permissions import OrganisationScopedIndexView, own_pages_choices
from volunteering.explain import reasons
from volunteering.models import Cause, Interest, Skill, VolunteerOfferPage
from volunteering.selectors import ranked_candidates
from volunteering.services import change_interest_status

CANDIDATES_SHOWN = 50


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


class InterestEditView(generic.EditView):
    def save_instance(self):
        # Only the status is editable; the service tells the volunteer about the change.
        interest = Interest.objects.select_related("volunteer", "offer").get(pk=self.object.pk)
        change_interest_status(
            interest=interest, status=self.form.cleaned_data["status"], now=timezone.now()
        )
        return interest


class InterestInspectView(generic.InspectView):
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
    edit_view_class = InterestEditView
    inspect_view_class = InterestInspectView
    filterset_class = InterestFilterSet
    list_display = ["volunteer", "offer", "status", "created_at"]
    list_export = ["volunteer", "offer", "status", "created_at"]
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
        # Accepting waits for the child-protection checks on an offer with minors.
        from volunteering.paperwork.admin_forms import InterestStatusForm

        return InterestStatusForm

    def candidates(self, request, page_id):
        """Volunteers ranked for one offer, with the reasons, for its coordinators."""
        offer = get_object_or_404(VolunteerOfferPage, pk=page_id)
        if not self.permission_policy.user_has_permission(request.user, "view"):
            raise Http404
        from pages.workspaces import user_may_reach_page

        if not user_may_reach_page(request.user, offer):
            raise Http404
        candidates = ranked_candidates(offer=offer, now=timezone.now(), limit=CANDIDATES_SHOWN)
        for candidate in candidates:
            candidate.reasons = reasons(candidate.match, candidate.exclusions)
        return TemplateResponse(
            request,
            "volunteering/admin/candidates.html",
            {
                "offer": offer,
                "candidates": candidates,
                "header_title": _("Candidates for %(offer)s") % {"offer": offer.title},
                "interests_url_name": f"{self.name}:edit",
            },
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("candidates/<int:page_id>/", self.candidates, name="candidates"),
        ]


interest_viewset = InterestViewSet("volunteer_interests")
