"""The offer page and its "I'm interested" button."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from pages.abuse import limit_posts
from volunteering.cards import schedule_text
from volunteering.explain import reasons
from volunteering.forms import InterestForm
from volunteering.json_ld import offer_json_ld
from volunteering.matching import evaluate
from volunteering.models import Interest, InterestStatus, ScheduleKind
from volunteering.profile_choices import language_names
from volunteering.selectors import offer_profile, volunteer_profile
from volunteering.services import InterestRefused
from volunteering.services import express_interest as record_interest
from volunteering.views.session import current_volunteer
from volunteering.vocabulary import names


def _fit_for(volunteer, offer, now) -> list:
    """Why the offer fits the visitor, or why not, in words."""
    return reasons(*evaluate(offer_profile(offer, now=now), volunteer_profile(volunteer)))


def _detail_context(request, offer, *, form=None, refusal: str | None = None):
    now = timezone.now()
    is_open = offer.is_open_at(now)
    organisation = offer.get_organisation()
    volunteer = current_volunteer(request)
    interest = None
    if volunteer is not None:
        interest = (
            Interest.objects.filter(
                volunteer=volunteer, offer__translation_key=offer.translation_key
            )
            .exclude(status=InterestStatus.WITHDRAWN)
            .first()
        )
    context = offer.get_context(request)
    context.update(
        {
            "is_open": is_open,
            "organisation": organisation,
            "json_ld": offer_json_ld(offer, organisation=organisation, request=request)
            if is_open
            else None,
            "volunteer": volunteer,
            "interest": interest,
            "fit": _fit_for(volunteer, offer, now) if volunteer else None,
            "interest_form": form or InterestForm(),
            "refusal": refusal,
            **_described_terms(offer),
        }
    )
    return context


def _described_terms(offer) -> dict:
    return {
        "schedule_text": schedule_text(offer)
        if offer.schedule_kind != ScheduleKind.FLEXIBLE
        else "",
        "cause_names": names("cause", offer.causes_mask),
        "required_skill_names": names("skill", offer.required_skills_mask),
        "nice_skill_names": names("skill", offer.nice_skills_mask),
        "language_names": language_names(offer.required_languages),
    }


def offer_detail(request, *, offer):
    return TemplateResponse(request, offer.get_template(request), _detail_context(request, offer))


@limit_posts("volunteer-interest")
def express_interest(request, *, offer):
    if request.method != "POST":
        return redirect(offer.url)
    volunteer = current_volunteer(request)
    if volunteer is None:
        # Registration first; the confirmation link brings the volunteer back to this offer.
        return redirect(reverse("volunteering:register") + "?" + urlencode({"oferta": offer.pk}))
    form = InterestForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, offer, form=form)
        return TemplateResponse(request, offer.get_template(request), context, status=400)
    try:
        record_interest(
            volunteer=volunteer,
            offer=offer,
            message=form.cleaned_data["message"],
            now=timezone.now(),
        )
    except InterestRefused as refusal:
        context = _detail_context(request, offer, form=form, refusal=str(refusal))
        return TemplateResponse(request, offer.get_template(request), context, status=409)
    messages.success(
        request,
        _("Thank you. The coordinator has been told of your interest and will contact you."),
    )
    return redirect(offer.url + "#interest")
