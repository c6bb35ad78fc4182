"""Thin views behind the ConferencePage routes."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from pages.abuse import limit_posts
from pages.forms import ConferenceRegistrationForm
from pages.ics import event_to_ics
from pages.json_ld import event_json_ld
from pages.services import (
    REGISTRATION_FIELDS,
    RegistrationRefused,
    check_registration_open,
    places_left,
)
from pages.tasks import register_for_conference as register_later


def _render(request, conference, *, form=None, status=200):
    now = timezone.now()
    context = conference.get_context(request)
    context.update(
        {
            "registration_open": conference.registration_open_at(now),
            "places_left": places_left(conference=conference),
            "registration_form": form
            or (
                ConferenceRegistrationForm(conference=conference)
                if conference.registration_open_at(now)
                else None
            ),
            "event_json_ld": event_json_ld(conference, request=request),
        }
    )
    return TemplateResponse(request, conference.get_template(request), context, status=status)


def conference_detail(request, *, conference):
    return _render(request, conference)


@limit_posts("conference-registration")
def conference_register(request, *, conference):
    if request.method != "POST":
        return redirect(conference.url)
    form = ConferenceRegistrationForm(request.POST, conference=conference)
    if not form.is_valid():
        return _render(request, conference, form=form, status=400)
    now = timezone.now()
    try:
        check_registration_open(conference=conference, now=now)
    except RegistrationRefused as refusal:
        form.add_error(None, str(refusal))
        return _render(request, conference, form=form, status=409)
    # Booked and answered by e-mail from the worker: the same work here for every address.
    register_later.enqueue(
        conference.pk,
        {name: form.cleaned_data[name] for name in REGISTRATION_FIELDS},
        translation.get_language(),
        now.isoformat(),
    )
    messages.success(
        request,
        _("Thank you. We are sending an e-mail about your registration to %(email)s.")
        % {"email": form.cleaned_data["email"]},
    )
    return redirect(conference.url + "#registration")


def conference_ics(request, *, conference):
    body = event_to_ics(
        uid=f"{conference.translation_key}@siec",
        title=conference.title,
        description=conference.summary,
        location=conference.online_url
        if conference.attendance_mode == "ONLINE"
        else ", ".join(p for p in (conference.venue_name, conference.address_line) if p),
        url=conference.full_url or "",
        start_at=conference.start_at,
        end_at=conference.end_at,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{conference.slug}.ics"'
    return response
