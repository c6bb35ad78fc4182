"""Registration without a password, the signed links, and the volunteer's own profile page
(recommendations, interests, edit, export, erase)."""

import json

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from pages.abuse import limit_posts
from volunteering import services, tasks, tokens
from volunteering.explain import explain_match, match_summary, split_by_fit
from volunteering.forms import ManageLinkForm, RegistrationForm, VolunteerProfileForm
from volunteering.models import InterestStatus, Volunteer, VolunteerOfferPage
from volunteering.selectors import (
    joinable_offer,
    offer_id_from,
    offer_parameter,
    recommended_offers,
)
from volunteering.session import current_volunteer, forget, remember
from volunteering.vocabulary import active_language

RECOMMENDATIONS = 10


def _locale_id():
    from wagtail.models import Locale

    return Locale.get_active().pk


def _offer_from_query(value) -> VolunteerOfferPage | None:
    pk = offer_id_from(value)
    if pk is None:
        return None
    return VolunteerOfferPage.objects.live().filter(pk=pk).first()


def _link_problem(request, error: tokens.InvalidLink, *, what: str):
    message = (
        _("This link has expired.") if error.expired else _("This link is not valid any more.")
    )
    return render(
        request,
        "volunteering/link_problem.html",
        {"message": message, "what": what},
        status=410 if error.expired else 400,
    )


@require_http_methods(["GET", "POST"])
@limit_posts("volunteer-registration")
def register(request):
    # Only an offer anyone may join: a private or closed one's title is not shown here.
    offer = joinable_offer(
        offer_parameter(request.GET) or offer_parameter(request.POST), now=timezone.now()
    )
    if current_volunteer(request) is not None and offer is not None:
        return redirect(offer.interest_url())
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Saved and answered by e-mail from the worker: a known address takes the request
        # no less and no more time than a new one.
        tasks.register_volunteer.enqueue(
            tasks.posted_form(form),
            active_language(),
            timezone.now().isoformat(),
            offer.pk if offer else None,
        )
        return _sent_to(request, form.cleaned_data["email"], "volunteering:register_sent")
    return render(
        request,
        "volunteering/register.html",
        {"form": form, "offer": offer},
        status=400 if form.is_bound else 200,
    )


def _sent_to(request, email: str, route: str):
    # Redirected, so reloading the page sends nothing twice; the address travels in the
    # message (shown once on the page it lands on) so the visitor can spot a typo in it.
    messages.success(
        request,
        _("If the address %(email)s can be used here, a message with a link is on its way to it.")
        % {"email": email},
    )
    return HttpResponseRedirect(reverse(route), status=303)


def check_inbox(request):
    return render(request, "volunteering/check_inbox.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        volunteer, offer_id = tokens.read_token(token, tokens.CONFIRM)
    except tokens.InvalidLink as error:
        return _link_problem(request, error, what="confirm")
    if request.method == "GET":
        # Confirming takes a click, so mail scanners that open links confirm nothing.
        return render(request, "volunteering/confirm.html", {"volunteer": volunteer})
    if not services.spend_link(volunteer=volunteer):
        return _link_problem(request, tokens.InvalidLink(expired=False), what="confirm")
    now = timezone.now()
    services.confirm_volunteer(volunteer=volunteer, now=now)
    remember(request, volunteer)
    messages.success(request, _("Thank you, your e-mail address is confirmed."))
    return _continue_to_offer(request, volunteer, offer_id, now=now)


def _continue_to_offer(request, volunteer, offer_id, *, now):
    offer = _offer_from_query(offer_id)
    if offer is None:
        return redirect("volunteering:profile")
    try:
        services.express_interest(volunteer=volunteer, offer=offer, now=now)
    except services.InterestRefused as refusal:
        messages.warning(request, str(refusal))
        return redirect(offer.url)
    messages.success(
        request, _("Your interest in “%(offer)s” has been sent.") % {"offer": offer.title}
    )
    return redirect("volunteering:profile")


@require_http_methods(["GET", "POST"])
@limit_posts("volunteer-link")
def request_link(request):
    if current_volunteer(request) is not None and request.method == "GET":
        return redirect("volunteering:profile")
    form = ManageLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        # The same answer, after the same work, whether the address is known or not: the
        # worker looks it up and sends what it needs.
        tasks.send_sign_in_link.enqueue(email)
        return _sent_to(request, email, "volunteering:link_sent")
    return render(
        request,
        "volunteering/request_link.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "POST"])
def enter(request, token):
    try:
        volunteer, offer_id = tokens.read_token(token, tokens.MANAGE)
    except tokens.InvalidLink as error:
        return _link_problem(request, error, what="manage")
    if request.method == "GET":
        # Signing in takes a click (a POST with the CSRF token): a page elsewhere cannot sign a
        # visitor into someone else's profile, and a mail scanner that opens it does not use it.
        return render(request, "volunteering/enter.html", {"volunteer": volunteer})
    if not services.spend_link(volunteer=volunteer):
        return _link_problem(request, tokens.InvalidLink(expired=False), what="manage")
    now = timezone.now()
    if volunteer.confirmed_at is None:
        # Reaching the mailbox confirms the address too (and counts as activity).
        services.confirm_volunteer(volunteer=volunteer, now=now)
    else:
        services.record_activity(volunteer=volunteer, now=now)
    remember(request, volunteer)
    # Away from the token, so it does not linger in the address bar or a Referer header.
    offer = _offer_from_query(offer_id)
    return redirect(offer.interest_url() if offer else reverse("volunteering:profile"))


def _signed_in(view):
    def wrapper(request, *args, **kwargs):
        volunteer = current_volunteer(request)
        if volunteer is None:
            messages.info(request, _("Ask for a link to your profile; we will e-mail it to you."))
            return redirect("volunteering:request_link")
        return view(request, volunteer, *args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


@_signed_in
def profile(request, volunteer):
    now = timezone.now()
    recommendations = recommended_offers(
        volunteer=volunteer, locale=_locale_id(), now=now, limit=RECOMMENDATIONS
    )
    for recommendation in recommendations:
        recommendation.reasons = explain_match(recommendation.match)
        recommendation.summary = match_summary(recommendation.match.score)
    fitting, also = split_by_fit(recommendations, threshold=settings.VOLUNTEER_MATCH_THRESHOLD)
    interests = volunteer.interests.select_related("offer").order_by("-created_at")
    response = render(
        request,
        "volunteering/profile.html",
        {
            "volunteer": volunteer,
            "recommendations": fitting,
            "also_interesting": also,
            "interests": interests,
            "withdrawable": {InterestStatus.NEW, InterestStatus.CONTACTED, InterestStatus.ACCEPTED},
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response


@_signed_in
@require_http_methods(["GET", "POST"])
def edit(request, volunteer):
    form = VolunteerProfileForm(request.POST or None, instance=volunteer)
    if request.method == "POST" and form.is_valid():
        services.update_profile(
            volunteer=Volunteer.objects.get(pk=volunteer.pk),
            profile=form.profile(),
            language_code=active_language(),
            now=timezone.now(),
        )
        messages.success(request, _("Your profile has been saved."))
        return redirect("volunteering:profile")
    return render(
        request,
        "volunteering/edit.html",
        {"form": form, "volunteer": volunteer},
        status=400 if form.is_bound else 200,
    )


@_signed_in
def export(request, volunteer):
    data = services.export_volunteer(volunteer=volunteer, language_code=active_language())
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="moje-dane-wolontariat.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@_signed_in
@require_http_methods(["GET", "POST"])
def erase(request, volunteer):
    if request.method == "GET":
        return render(request, "volunteering/erase.html", {"volunteer": volunteer})
    services.erase_volunteer(volunteer=volunteer)
    forget(request)
    return render(request, "volunteering/erased.html")


@_signed_in
@require_POST
def withdraw(request, volunteer, interest_id):
    if services.withdraw_interest(volunteer=volunteer, interest_id=interest_id, now=timezone.now()):
        messages.success(request, _("Your interest has been withdrawn."))
    else:
        messages.warning(request, _("There is nothing to withdraw here."))
    return redirect("volunteering:profile")


@require_POST
def leave(request):
    forget(request)
    messages.info(request, _("You have left your profile on this device."))
    return redirect("volunteering:request_link")


@require_http_methods(["GET", "POST"])
def keep(request, token):
    try:
        volunteer, _offer = tokens.read_token(token, tokens.KEEP)
    except tokens.InvalidLink as error:
        return _link_problem(request, error, what="keep")
    if request.method == "GET":
        return render(request, "volunteering/keep.html", {"volunteer": volunteer})
    if not services.spend_link(volunteer=volunteer):
        return _link_problem(request, tokens.InvalidLink(expired=False), what="keep")
    services.record_activity(volunteer=volunteer, now=timezone.now())
    remember(request, volunteer)
    messages.success(request, _("Thank you. We will keep your profile."))
    return redirect("volunteering:profile")


def notice(request):
    from volunteering.services import NOTICE_VERSION

    return render(request, "volunteering/notice.html", {"version": NOTICE_VERSION})
