"""The volunteer's shifts: "my shifts", cancelling, one shift's `.ics` and the personal
calendar feed at a secret address."""

import datetime
from decimal import Decimal, InvalidOperation

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from volunteering import attendance, shift_calendar, shift_services
from volunteering import shifts as rules
from volunteering.models import ShiftCalendar, ShiftSignup, SignupStatus
from volunteering.views.volunteers import _signed_in

# Past shifts shown in "my shifts", where the volunteer can still enter their hours.
RECENT_PAST = datetime.timedelta(days=30)


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


@_signed_in
def my_shifts(request, volunteer):
    now = timezone.now()
    cutoff = rules.cancel_cutoff()
    signups = list(
        volunteer.shift_signups.filter(shift__end_at__gte=now)
        .exclude(status=SignupStatus.CANCELLED)
        .select_related("shift__offer")
        .order_by("shift__start_at")
    )
    for signup in signups:
        signup.when = rules.local_label(signup.shift.start_at, signup.shift.end_at)
        signup.has_place = signup.status == SignupStatus.CONFIRMED
        signup.cancellable = not signup.has_place or rules.may_cancel(
            start_at=signup.shift.start_at, now=now, cutoff=cutoff
        )
    past = list(
        volunteer.shift_signups.filter(
            status=SignupStatus.CONFIRMED,
            shift__end_at__lt=now,
            shift__end_at__gte=now - RECENT_PAST,
        )
        .select_related("shift__offer")
        .order_by("-shift__start_at")
    )
    for signup in past:
        signup.when = rules.local_label(signup.shift.start_at, signup.shift.end_at)
    calendar, _created = ShiftCalendar.objects.get_or_create(volunteer=volunteer)
    return _private(
        render(
            request,
            "volunteering/shifts/my_shifts.html",
            {
                "volunteer": volunteer,
                "signups": signups,
                "past": past,
                "feed_url": request.build_absolute_uri(
                    reverse("volunteering:shift_feed", args=[calendar.token])
                ),
                "cutoff_hours": int(cutoff.total_seconds() // 3600),
            },
        )
    )


@_signed_in
@require_POST
def cancel(request, volunteer, signup_id):
    try:
        shift_services.cancel(volunteer=volunteer, signup_id=signup_id, now=timezone.now())
    except shift_services.SignupRefused as refusal:
        messages.warning(request, str(refusal))
    else:
        messages.success(request, _("Your place on the shift has been cancelled."))
    return redirect("volunteering:my_shifts")


@_signed_in
@require_POST
def enter_hours(request, volunteer, signup_id):
    try:
        hours = Decimal((request.POST.get("hours") or "").replace(",", ".").strip())
        if not hours.is_finite():
            raise InvalidOperation
        attendance.enter_own_hours(
            volunteer=volunteer, signup_id=signup_id, hours=hours, now=timezone.now()
        )
    except InvalidOperation:
        messages.warning(request, _("Give the hours as a number, e.g. 3.5."))
    except attendance.AttendanceRefused as refusal:
        messages.warning(request, str(refusal))
    else:
        messages.success(request, _("Thank you. The coordinator will approve your hours."))
    return redirect("volunteering:my_shifts")


@_signed_in
def shift_ics(request, volunteer, signup_id):
    signup = get_object_or_404(
        ShiftSignup.objects.select_related("shift__offer").exclude(status=SignupStatus.CANCELLED),
        pk=signup_id,
        volunteer=volunteer,
    )
    response = HttpResponse(
        shift_calendar.shift_ics(signup.shift, now=timezone.now()),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="dyzur-{signup.shift_id}.ics"'
    return _private(response)


def shift_feed(request, token):
    calendar = ShiftCalendar.objects.select_related("volunteer").filter(token=token).first()
    if calendar is None:
        raise Http404
    response = HttpResponse(
        shift_calendar.volunteer_feed(calendar.volunteer, now=timezone.now()),
        content_type="text/calendar; charset=utf-8",
    )
    response["X-Robots-Tag"] = "noindex"
    return _private(response)
