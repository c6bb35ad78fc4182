"""The "I'm interested" routes of a volunteer offer (`zglaszam-sie/` and its confirmation),
a mixin of VolunteerOfferPage kept apart so the page model stays short. Wagtail collects
the `@path` routes of every class in the page's MRO."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.utils.translation import gettext, pgettext_lazy

from wagtail.contrib.routable_page.models import path

from pages.abuse import limit_posts
from volunteering.explain import reasons
from volunteering.interest_form import InterestForm
from volunteering.matching import evaluate
from volunteering.models.volunteers import Interest, InterestStatus
from volunteering.profiles import offer_profile, volunteer_profile
from volunteering.services import InterestRefused, express_interest
from volunteering.session import current_volunteer


class InterestRoutesMixin:
    def interest_url(self) -> str:
        """The interest route in the offer's own language (route paths are translated), for
        links made outside the offer's own requests (registration, sign-in links)."""
        with translation.override(self.locale.language_code):
            return self.url + self.reverse_subpage("interest")

    @path(pgettext_lazy("URL path", "interest/"), name="interest")
    @method_decorator(limit_posts("volunteer-interest"))
    def interest(self, request):
        volunteer = current_volunteer(request)
        if request.method == "POST" and volunteer is None:
            # Registration first; the confirmation link brings the volunteer back here.
            return redirect(self.registration_url())
        if request.method != "POST":
            return self._render_interest(request, volunteer=volunteer, form=InterestForm())
        form = InterestForm(request.POST)
        if not form.is_valid():
            return self._render_interest(request, volunteer=volunteer, form=form, status=400)
        try:
            express_interest(
                volunteer=volunteer,
                offer=self,
                message=form.cleaned_data["message"],
                now=timezone.now(),
            )
        except InterestRefused as refusal:
            return self._render_interest(
                request, volunteer=volunteer, form=form, refusal=str(refusal), status=409
            )
        messages.success(
            request,
            gettext(
                "Thank you. The coordinator has been told of your interest and will contact you."
            ),
        )
        sent = self.url + self.reverse_subpage("interest_sent")
        return HttpResponseRedirect(sent, status=303)

    @path(pgettext_lazy("URL path", "interest/sent/"), name="interest_sent")
    def interest_sent(self, request):
        return self._render_interest(request, sent=True)

    def registration_url(self) -> str:
        return reverse("volunteering:register") + "?" + urlencode({"offer": self.pk})

    def _render_interest(
        self, request, *, volunteer=None, form=None, refusal="", sent=False, status=200
    ):
        now = timezone.now()
        interest = None
        fit = None
        if volunteer is not None:
            interest = (
                Interest.objects.filter(
                    volunteer=volunteer, offer__translation_key=self.translation_key
                )
                .exclude(status=InterestStatus.WITHDRAWN)
                .first()
            )
            fit = reasons(*evaluate(offer_profile(self, now=now), volunteer_profile(volunteer)))
        response = self.render(
            request,
            template="volunteering/volunteer_offer_interest.html",
            context_overrides={
                "volunteer": volunteer,
                "interest": interest,
                "fit": fit,
                "interest_form": form,
                "refusal": refusal,
                "sent": sent,
                "registration_url": self.registration_url(),
            },
        )
        response.status_code = status
        return response
