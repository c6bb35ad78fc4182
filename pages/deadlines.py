"""How long a posting or an offer still takes people, in days, as cards say it."""

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# A deadline this close is shown as urgent on a card.
SOON_DAYS = 3


def days_left(*, deadline_date: datetime.date, today: datetime.date) -> int:
    """Whole days from `today` to the deadline (0 on the last day, negative once passed)."""
    return (deadline_date - today).days


def days_left_text(*, deadline_date: datetime.date, today: datetime.date) -> str:
    days = days_left(deadline_date=deadline_date, today=today)
    if days < 0:
        return _("Closed")
    if days == 0:
        return _("Last day")
    return ngettext("%(count)s day left", "%(count)s days left", days) % {"count": days}
