"""The check-in list of one event for the day, in the admin: one row per registrant with a
place and a plain POST button each (check in, or undo a check-in made by mistake), a search
by name or e-mail and names in Polish order, so it works at the door on a phone without
JavaScript.

Scoped by the registrations' permission policy (pages.permissions.OrganisationScopedPolicy):
an editor without the permission, or another organisation's event, gets a 404."""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.collation import polish_order
from pages.models import ConferencePage, RegistrationStatus
from pages.registrations import check_in, undo_check_in
from pages.workspaces import organisation_pages_filter


class CheckInSearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Search by name or e-mail"), max_length=100, required=False
    )


def check_in_list(request, conference_pk, *, policy, url_name: str):
    conference = (
        ConferencePage.objects.filter(pk=conference_pk)
        .filter(organisation_pages_filter(request.user, field="path"))
        .first()
    )
    if conference is None or not policy.user_has_permission(request.user, "change"):
        raise Http404
    # Every translation's registrations are on the list: they share the places.
    placed = policy.instances_user_has_permission_for(request.user, "change").filter(
        conference__translation_key=conference.translation_key,
        status=RegistrationStatus.CONFIRMED,
        purged_at__isnull=True,
    )
    url = reverse(url_name, kwargs={"conference_pk": conference.pk})
    if request.method == "POST":
        change_check_in(request, placed)
        # Back to the same search, so the door keeps its place in a long list.
        query = request.POST.get("q", "")[:100]
        return HttpResponseRedirect(url + (f"?{urlencode({'q': query})}" if query else ""))
    search = CheckInSearchForm(request.GET)
    query = search.cleaned_data["q"].strip() if search.is_valid() else ""
    shown = placed.filter(Q(name__icontains=query) | Q(email__icontains=query)) if query else placed
    people = list(shown.order_by(polish_order("name"), "pk"))
    title = _("Check-in: %(event)s") % {"event": conference.title}
    return TemplateResponse(
        request,
        "pages/admin/event_check_in.html",
        {
            "conference": conference,
            "registrations": people,
            "search_form": search,
            "query": query,
            "total": placed.count(),
            "present": placed.filter(checked_in_at__isnull=False).count(),
            "header_title": title,
            "breadcrumbs_items": [
                {"url": reverse("event_registrations:index"), "label": _("Event registrations")},
                {"url": "", "label": title},
            ],
        },
        status=200 if search.is_valid() else 400,
    )


def change_check_in(request, placed) -> None:
    """Check the chosen person in, or (with `undo`) take their check-in back; a message says
    which. A hand-made value that is not an id is nobody on the list, not a 500."""
    chosen = request.POST.get("registration", "")
    registration = placed.filter(pk=int(chosen)).first() if chosen.isdigit() else None
    if registration is None:
        messages.error(request, _("This person has no place at the event."))
        return
    name = registration.name
    if request.POST.get("undo"):
        if undo_check_in(registration=registration, user=request.user, now=timezone.now()):
            messages.success(request, _("Check-in undone: %(name)s") % {"name": name})
        else:
            messages.warning(request, _("Not checked in: %(name)s") % {"name": name})
    elif check_in(registration=registration, user=request.user, now=timezone.now()):
        messages.success(request, _("Checked in: %(name)s") % {"name": name})
    else:
        messages.warning(request, _("Already checked in: %(name)s") % {"name": name})
