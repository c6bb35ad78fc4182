"""Nobody is left waiting: an interest unanswered for N days (SIEC_INTEREST_ANSWER_DAYS)
reminds its coordinator; after 2N days it goes to the network's coordinators and the
volunteer gets other offers that match them, with the reasons.

"Unanswered" is an interest still in its first status (Received). The rules are plain
functions of `now`; `send_interest_reminders` applies them (manage.py send_interest_reminders,
hourly). Each step is claimed by a conditional UPDATE of its own stamp before anything is
sent, so a step never goes twice, even with the command started on two machines at once."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import translation

from wagtail.log_actions import log
from wagtail.models import Locale

from pages.notifications import absolute_url, send_templated
from volunteering import coordination
from volunteering.explain import explain_match, summary
from volunteering.models import Interest, InterestStatus
from volunteering.services import coordinator_emails

OTHER_OFFERS = 3


def answer_days() -> int:
    return getattr(settings, "SIEC_INTEREST_ANSWER_DAYS", 5)


def reminder_due(
    *,
    status: str,
    waiting_since: datetime.datetime,
    reminded_at: datetime.datetime | None,
    now: datetime.datetime,
    days: int,
) -> bool:
    return (
        status == InterestStatus.NEW
        and reminded_at is None
        and now - waiting_since >= datetime.timedelta(days=days)
    )


def escalation_due(
    *,
    status: str,
    waiting_since: datetime.datetime,
    escalated_at: datetime.datetime | None,
    now: datetime.datetime,
    days: int,
) -> bool:
    return (
        status == InterestStatus.NEW
        and escalated_at is None
        and now - waiting_since >= datetime.timedelta(days=2 * days)
    )


def waiting_since(interest: Interest) -> datetime.datetime:
    """A renewed interest (withdrawn, then expressed again) waits from its renewal."""
    return interest.status_changed_at or interest.created_at


def unanswered(*, now: datetime.datetime, days: int):
    """Interests in their first status for at least `days`, oldest first (the dashboard's and
    the reminders' query)."""
    return (
        Interest.objects.filter(status=InterestStatus.NEW)
        .annotate(waiting_since=Coalesce("status_changed_at", "created_at"))
        .filter(waiting_since__lte=now - datetime.timedelta(days=days))
        .order_by("waiting_since")
    )


def _claim(interest: Interest, field: str, now: datetime.datetime) -> bool:
    """Stamp the step if nobody has; True for the one caller that did."""
    return bool(
        Interest.objects.filter(
            Q(**{f"{field}__isnull": True}), pk=interest.pk, status=InterestStatus.NEW
        ).update(**{field: now})
    )


def network_coordinator_emails() -> list[str]:
    group, _created = Group.objects.get_or_create(name=settings.SIEC_NETWORK_COORDINATORS_GROUP)
    return list(
        get_user_model()
        .objects.filter(groups=group, is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def other_offers(interest: Interest, *, now: datetime.datetime) -> list[dict]:
    """Open offers in the volunteer's language that match them, but this one, with why."""
    from volunteering.selectors import recommended_offers

    volunteer = interest.volunteer
    locale = Locale.objects.filter(language_code=volunteer.language_code).first()
    if locale is None:
        return []
    found = []
    for recommendation in recommended_offers(
        volunteer=volunteer, locale=locale, now=now, limit=OTHER_OFFERS + 1
    ):
        if recommendation.offer.translation_key == interest.offer.translation_key:
            continue
        found.append({"offer": recommendation.offer, "match": recommendation.match})
    return found[:OTHER_OFFERS]


def _case_url(interest: Interest) -> str:
    return absolute_url(reverse("volunteer_interests:edit", args=[interest.pk]))


def remind_coordinator(interest: Interest, *, days: int) -> None:
    recipients = coordinator_emails(interest.offer)
    if recipients:
        send_templated(
            template="volunteering/email/interest_reminder",
            context={
                "interest": interest,
                "offer": interest.offer,
                "days": days,
                "admin_url": _case_url(interest),
            },
            to=recipients,
            language_code=interest.offer.locale.language_code,
            about=interest.volunteer,
        )


def escalate(interest: Interest, *, days: int, now: datetime.datetime) -> None:
    recipients = network_coordinator_emails()
    if recipients:
        send_templated(
            template="volunteering/email/interest_escalated",
            context={
                "interest": interest,
                "offer": interest.offer,
                "days": 2 * days,
                "organisation": interest.offer.get_organisation(),
                "admin_url": _case_url(interest),
            },
            to=recipients,
            language_code=settings.LANGUAGE_CODE,
            about=interest.volunteer,
        )
    volunteer = interest.volunteer
    with translation.override(volunteer.language_code):
        offers = [
            {"offer": item["offer"], "why": summary(explain_match(item["match"]))}
            for item in other_offers(interest, now=now)
        ]
    send_templated(
        template="volunteering/email/interest_other_offers",
        context={
            "interest": interest,
            "offer": interest.offer,
            "volunteer": volunteer,
            "offers": offers,
        },
        to=[volunteer.email],
        language_code=volunteer.language_code,
        about=volunteer,
    )


def send_interest_reminders(*, now: datetime.datetime) -> tuple[int, int]:
    """Returns (coordinators reminded, interests passed to the network)."""
    days = answer_days()
    reminded = escalated = 0
    for interest in unanswered(now=now, days=days).select_related("volunteer", "offer__locale"):
        since = waiting_since(interest)
        if reminder_due(
            status=interest.status,
            waiting_since=since,
            reminded_at=interest.coordinator_reminded_at,
            now=now,
            days=days,
        ) and _claim(interest, "coordinator_reminded_at", now):
            with transaction.atomic():
                log(instance=interest, action=coordination.REMINDER_ACTION, user=None)
                transaction.on_commit(lambda i=interest: remind_coordinator(i, days=days))
            reminded += 1
        if escalation_due(
            status=interest.status,
            waiting_since=since,
            escalated_at=interest.escalated_at,
            now=now,
            days=days,
        ) and _claim(interest, "escalated_at", now):
            with transaction.atomic():
                log(instance=interest, action=coordination.ESCALATION_ACTION, user=None)
                transaction.on_commit(lambda i=interest: escalate(i, days=days, now=now))
            escalated += 1
    return reminded, escalated
