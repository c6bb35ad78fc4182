"""Event reminders, queued by `manage.py send_event_reminders` (every 15 minutes from cron)
and sent by the task queue's worker with the event's `.ics` attached.

Each registration has one `reminded_at`: a run takes a reminder by moving it with a
conditional UPDATE (only if it still holds what this run read) in the transaction that queues
the e-mail, so a second run, on this machine or another, finds it taken and sends nothing, and
a crash before the commit leaves neither. The command also holds its advisory lock
(pages.locks), so two machines' crons do not even race."""

import datetime

from django.db import transaction

from pages import places
from pages.models.choices import RegistrationStatus
from pages.models.registration import ConferenceRegistration
from pages.registrations import reminder_hours
from pages.tasks import send_event_reminder


def queue_reminders(*, now: datetime.datetime) -> int:
    offsets = reminder_hours()
    if not offsets:
        return 0
    horizon = now + datetime.timedelta(hours=max(offsets))
    registrations = ConferenceRegistration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        purged_at__isnull=True,
        conference__start_at__gt=now,
        conference__start_at__lte=horizon,
    ).select_related("conference")
    queued = 0
    for registration in registrations:
        if not places.reminder_due(
            start_at=registration.conference.start_at,
            now=now,
            offsets=offsets,
            reminded_at=registration.reminded_at,
        ):
            continue
        with transaction.atomic():
            taken = ConferenceRegistration.objects.filter(
                pk=registration.pk, reminded_at=registration.reminded_at
            ).update(reminded_at=now)
            if not taken:  # another run took it a moment ago
                continue
            send_event_reminder.enqueue(registration.pk)
        queued += 1
    return queued
