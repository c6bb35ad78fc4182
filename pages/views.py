"""Thin views behind the ConferencePage routes, and the share cards of every page."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Page

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
from pages.share_cards import card_path, card_png, revision_of
from pages.site_url import site_hostname
from pages.tasks import register_for_conference as register_later


def _render(request, conference, *, form=None, status=200):
    now = timezone.now()
    left = places_left(conference=conference)
    context = conference.get_context(request)
    context.update(
        {
            "registration_open": conference.registration_open_at(now),
            "places_left": left,
            "registration_form": form
            or (
                ConferenceRegistrationForm(conference=conference)
                if conference.registration_open_at(now)
                else None
            ),
            "event_json_ld": event_json_ld(conference, request=request, now=now, places_left=left),
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
        # RFC 5545: a globally unique UID, the site's domain on the right.
        uid=f"{conference.translation_key}@{site_hostname()}",
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


def share_card(request, *, page_id: int, revision_id: int):
    """A live public page's share card. Its URL names the revision it was drawn for, so it
    may be cached for good; an older revision's URL leads to the current card."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None:
        raise Http404
    if revision_id != revision_of(page):
        return redirect(card_path(page))
    response = HttpResponse(
        card_png(page, network=settings.WAGTAIL_SITE_NAME), content_type="image/png"
    )
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
