"""Shift reminders, queued by `manage.py send_shift_reminders` (every 15 minutes from cron)
and sent by the task queue's worker. A ShiftReminder row is taken, under its unique
constraint, in the transaction that queues the e-mail: a second run finds it and sends
nothing, and a crash before the commit leaves neither."""

import datetime

from django.db import IntegrityError, transaction

from django_tasks import task

from volunteering import shifts as rules
from volunteering.models.shifts import ShiftReminder, ShiftSignup, SignupStatus
from volunteering.shift_notifications import send_about_shift


def queue_reminders(*, now: datetime.datetime) -> int:
    offsets = rules.reminder_hours()
    if not offsets:
        return 0
    horizon = now + datetime.timedelta(hours=max(offsets))
    signups = ShiftSignup.objects.filter(
        status=SignupStatus.CONFIRMED, shift__start_at__gt=now, shift__start_at__lte=horizon
    ).select_related("shift")
    queued = 0
    for signup in signups:
        sent = set(signup.reminders.values_list("hours_before", flat=True))
        send, done = rules.reminders_due(
            start_at=signup.shift.start_at, now=now, offsets=offsets, sent=sent
        )
        if send is None:
            continue
        try:
            with transaction.atomic():
                for hours in done:
                    ShiftReminder.objects.create(signup=signup, hours_before=hours, queued_at=now)
                send_shift_reminder.enqueue(signup.pk, send)
        except IntegrityError:  # another run took it a moment ago
            continue
        queued += 1
    return queued


@task()
def send_shift_reminder(signup_id: int, hours_before: int) -> str:
    signup = (
        ShiftSignup.objects.select_related("volunteer", "shift__offer")
        .filter(pk=signup_id, status=SignupStatus.CONFIRMED)
        .first()
    )
    if signup is None:
        return "cancelled since; nothing sent"
    send_about_shift(
        signup, template="volunteering/email/shift_reminder", hours_before=hours_before
    )
    return "sent"
