"""The coordinator's roster and check-in list of one shift, in the admin: who has a place and
who waits, check in and out, approve hours, take someone off. Plain forms, no JavaScript, so
it works on a phone at the door."""

from decimal import Decimal, InvalidOperation

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext

from volunteering import attendance, shift_services
from volunteering import shifts as rules
from volunteering.models import Shift, ShiftSignup, SignupStatus


def _shift_for(request, policy, pk) -> Shift:
    # Scoped by the permission policy: another organisation's shift is not found.
    shift = (
        policy.instances_user_has_permission_for(request.user, "change")
        .select_related("offer")
        .filter(pk=pk)
        .first()
    )
    if shift is None:
        raise Http404
    return shift


class ShiftMessageForm(forms.Form):
    subject = forms.CharField(label=_lazy("Subject"), max_length=150)
    body = forms.CharField(label=_lazy("Message"), max_length=5000, widget=forms.Textarea)


def roster(request, pk, *, policy, url_name: str):
    shift = _shift_for(request, policy, pk)
    message_form = ShiftMessageForm()
    if request.method == "POST" and request.POST.get("action") == "message":
        message_form = ShiftMessageForm(request.POST)
        if message_form.is_valid():
            sent = shift_services.message_shift(
                shift=shift,
                subject=message_form.cleaned_data["subject"],
                body=message_form.cleaned_data["body"],
                reply_to=request.user.email,
            )
            messages.success(
                request,
                ngettext("Sent to %(count)d volunteer.", "Sent to %(count)d volunteers.", sent)
                % {"count": sent},
            )
            return redirect(url_name, pk=shift.pk)
    elif request.method == "POST":
        _act(request, shift)
        return redirect(url_name, pk=shift.pk)
    signups = list(
        shift.signups.exclude(status=SignupStatus.CANCELLED)
        .select_related("volunteer", "hours_approved_by")
        .order_by("created_at", "pk")
    )
    placed = [s for s in signups if s.status == SignupStatus.CONFIRMED]
    return TemplateResponse(
        request,
        "volunteering/admin/shift_roster.html",
        {
            "shift": shift,
            "when": rules.local_label(shift.start_at, shift.end_at),
            "placed": placed,
            "waiting": [s for s in signups if s.status == SignupStatus.WAITING],
            "below_minimum": len(placed) < shift.minimum_headcount,
            "header_title": _("Roster: %(offer)s") % {"offer": shift.offer.title},
            "url_name": url_name,
            "message_form": message_form,
        },
        status=400 if message_form.errors else 200,
    )


def _act(request, shift: Shift) -> None:
    signup = ShiftSignup.objects.filter(shift=shift, pk=request.POST.get("signup") or 0).first()
    if signup is None:
        messages.error(request, _("This volunteer is not on the shift."))
        return
    now, action = timezone.now(), request.POST.get("action")
    try:
        if action == "check_in":
            attendance.check_in(signup=signup, user=request.user, now=now)
        elif action == "check_out":
            attendance.check_out(signup=signup, user=request.user, now=now)
        elif action == "approve":
            attendance.approve_hours(
                signup=signup, hours=_hours(request.POST.get("hours")), user=request.user, now=now
            )
        elif action == "remove":
            shift_services.remove_from_shift(signup=signup, now=now)
        else:
            messages.error(request, _("Unknown action."))
            return
    except attendance.AttendanceRefused as refusal:
        messages.error(request, str(refusal))
        return
    messages.success(request, _("Saved: %(name)s") % {"name": signup.volunteer.name})


def _hours(value) -> Decimal:
    try:
        hours = Decimal((value or "").replace(",", ".").strip())
        if not hours.is_finite():
            raise InvalidOperation
        return hours.quantize(Decimal("0.01"))
    except InvalidOperation as error:
        raise attendance.AttendanceRefused(_("Give the hours as a number, e.g. 3.5.")) from error
