"""The check-in list of one event for the day, in the admin: one row per registrant with a
place and a plain POST button each, so it works at the door on a phone without JavaScript.

Scoped by the registrations' permission policy (pages.permissions.OrganisationScopedPolicy):
an editor without the permission, or another organisation's event, gets a 404."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pages.models import ConferencePage, RegistrationStatus
from pages.registrations import check_in
from pages.workspaces import organisation_pages_filter


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
    if request.method == "POST":
        chosen = request.POST.get("registration", "")
        # A hand-made value that is not an id is nobody on the list, not a 500.
        registration = placed.filter(pk=int(chosen)).first() if chosen.isdigit() else None
        if registration is None:
            messages.error(request, _("This person has no place at the event."))
        elif check_in(registration=registration, user=request.user, now=timezone.now()):
            messages.success(request, _("Checked in: %(name)s") % {"name": registration.name})
        else:
            messages.warning(
                request, _("Already checked in: %(name)s") % {"name": registration.name}
            )
        return redirect(url_name, conference_pk=conference.pk)
    people = list(placed.order_by("name", "pk"))
    title = _("Check-in: %(event)s") % {"event": conference.title}
    return TemplateResponse(
        request,
        "pages/admin/event_check_in.html",
        {
            "conference": conference,
            "registrations": people,
            "present": sum(1 for person in people if person.checked_in_at),
            "header_title": title,
            "breadcrumbs_items": [
                {"url": reverse("event_registrations:index"), "label": _("Event registrations")},
                {"url": "", "label": title},
            ],
        },
    )
