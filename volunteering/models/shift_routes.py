"""The shifts route of a volunteer offer (`dyzury/`): its upcoming shifts, and the sign-up
form of a volunteer whose interest was accepted. A mixin of VolunteerOfferPage, as the
interest routes are."""

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy

from wagtail.contrib.routable_page.models import path

from volunteering import shift_services
from volunteering import shifts as rules
from volunteering.models.shifts import Shift, SignupStatus
from volunteering.session import current_volunteer


class ShiftSignupForm(forms.Form):
    shift = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class ShiftRoutesMixin:
    def upcoming_shifts(self, *, now):
        return Shift.objects.filter(
            offer__translation_key=self.translation_key, start_at__gt=now
        ).order_by("start_at")

    @path(pgettext_lazy("URL path", "shifts/"), name="shifts")
    def shifts(self, request):
        volunteer = current_volunteer(request)
        if request.method != "POST":
            return self._render_shifts(request, volunteer=volunteer)
        form = ShiftSignupForm(request.POST)
        now = timezone.now()
        shift = (
            self.upcoming_shifts(now=now).filter(pk=form.cleaned_data["shift"]).first()
            if form.is_valid()
            else None
        )
        if volunteer is None:
            return self._render_shifts(
                request, volunteer=None, refusal=gettext("Sign in first."), status=403
            )
        if shift is None:
            return self._render_shifts(
                request,
                volunteer=volunteer,
                refusal=gettext("This shift is not open for sign-up."),
                status=400,
            )
        try:
            signup = shift_services.sign_up(volunteer=volunteer, shift=shift, now=now)
        except shift_services.SignupRefused as refusal:
            return self._render_shifts(
                request, volunteer=volunteer, refusal=str(refusal), status=409
            )
        if signup.status == SignupStatus.CONFIRMED:
            messages.success(request, gettext("You are signed up for the shift."))
        else:
            messages.info(
                request,
                gettext(
                    "The shift is full: you are on the waiting list. We will e-mail you "
                    "if a place frees up."
                ),
            )
        return HttpResponseRedirect(self.url + self.reverse_subpage("shifts"), status=303)

    def _render_shifts(self, request, *, volunteer, refusal="", status=200):
        now = timezone.now()
        shifts = list(
            self.upcoming_shifts(now=now).annotate(
                taken=Count("signups", filter=Q(signups__status=SignupStatus.CONFIRMED))
            )
        )
        mine = {}
        if volunteer is not None:
            mine = {
                signup.shift_id: signup
                for signup in volunteer.shift_signups.filter(shift__in=shifts).exclude(
                    status=SignupStatus.CANCELLED
                )
            }
        for shift in shifts:
            shift.when = rules.local_label(shift.start_at, shift.end_at)
            shift.places_left = max(shift.capacity - shift.taken, 0)
            shift.mine = mine.get(shift.pk)
        response = self.render(
            request,
            template="volunteering/shifts/offer_shifts.html",
            context_overrides={
                "volunteer": volunteer,
                "accepted": volunteer is not None
                and shift_services.accepted_for(volunteer=volunteer, offer=self),
                "shifts": shifts,
                "refusal": refusal,
            },
        )
        response.status_code = status
        response["Cache-Control"] = "private, no-store"
        return response
