"""The registrant's routes of an event: the registration form (`rejestracja/`), the page it
lands on, and the registrant's own cancel link (`rejestracja/anuluj/<token>/`). A mixin of
ConferencePage, as the shift routes are of a volunteer offer."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext, pgettext_lazy

from wagtail.contrib.routable_page.models import path

from pages.abuse import limit_posts
from pages.registration_form import ConferenceRegistrationForm
from pages.registrations import cancel_registration
from pages.services import RegistrationRefused, check_registration_open, request_registration

from .registration import registration_for_token


class RegistrationRoutesMixin:
    # The registration form lives on its own route, so the event page itself carries no form
    # and no CSRF token (and can be cached at the edge).
    @path(pgettext_lazy("URL path", "register/"), name="register")
    @method_decorator(limit_posts("conference-registration"))
    def register(self, request):
        now = timezone.now()
        try:
            check_registration_open(conference=self, now=now)
        except RegistrationRefused as refusal:
            # Said on the page, not as an empty form; a POST is refused as a conflict.
            status = 409 if request.method == "POST" else 200
            return self._render_register(request, refusal=str(refusal), status=status)
        if request.method != "POST":
            return self._render_register(request, form=ConferenceRegistrationForm())
        form = ConferenceRegistrationForm(request.POST)
        if not form.is_valid():
            return self._render_register(request, form=form, status=400)
        data = form.cleaned_data
        # Booked and answered by e-mail from the worker: the same work here for every address.
        request_registration(
            conference=self,
            name=data["name"],
            email=data["email"],
            organisation_name=data["organisation_name"],
            access_needs=data["access_needs"],
            language_code=translation.get_language(),
            now=now,
        )
        messages.success(
            request,
            gettext("Thank you. We are sending an e-mail about your registration to %(email)s.")
            % {"email": data["email"]},
        )
        return HttpResponseRedirect(
            self.url + self.reverse_subpage("registration_sent"), status=303
        )

    @path(pgettext_lazy("URL path", "register/sent/"), name="registration_sent")
    def registration_sent(self, request):
        return self._render_register(request, sent=True)

    # The link in the registrant's e-mail: GET shows the registration and asks to confirm,
    # POST cancels. The token is signed (pages.models.registration), so it cannot be guessed
    # from another's; a forged, unknown or another event's token is a 404, a cancelled one 410.
    @path(pgettext_lazy("URL path", "register/cancel/<str:token>/"), name="cancel_registration")
    @method_decorator(limit_posts("conference-cancel"))
    def cancel_registration(self, request, token):
        registration = registration_for_token(token)
        if registration is None or (
            registration.conference.translation_key != self.translation_key
        ):
            return self._render_cancel(request, problem="unknown", status=404)
        if registration.is_cancelled:
            return self._render_cancel(request, problem="cancelled", status=410)
        if request.method == "POST":
            try:
                cancel_registration(registration=registration, now=timezone.now())
            except RegistrationRefused as refusal:
                return self._render_cancel(request, registration, refusal=str(refusal), status=409)
            messages.success(request, gettext("Your registration is cancelled."))
            return HttpResponseRedirect(
                self.url + self.reverse_subpage("registration_cancelled"), status=303
            )
        return self._render_cancel(request, registration)

    @path(pgettext_lazy("URL path", "register/cancelled/"), name="registration_cancelled")
    def registration_cancelled(self, request):
        return self._render_cancel(request, problem="done")

    def _render_cancel(self, request, registration=None, *, problem="", refusal="", status=200):
        response = self.render(
            request,
            template="pages/conference_cancel.html",
            context_overrides={
                "registration": registration,
                "position": registration.waitlist_position() if registration else None,
                "token": registration.cancel_token if registration else "",
                "problem": problem,
                "refusal": refusal,
            },
        )
        response.status_code = status
        return response

    def _render_register(self, request, *, form=None, refusal="", sent=False, status=200):
        response = self.render(
            request,
            template="pages/conference_register.html",
            context_overrides={"registration_form": form, "refusal": refusal, "sent": sent},
        )
        response.status_code = status
        return response
