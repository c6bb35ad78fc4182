"""Who the visitor is, without a password: a signed e-mail link puts the volunteer's id and
token nonce in the session; erasing the volunteer or replacing the nonce ends it."""

from volunteering.models.volunteers import Volunteer

SESSION_KEY = "siec_volunteer"


def remember(request, volunteer: Volunteer) -> None:
    request.session.cycle_key()
    request.session[SESSION_KEY] = {"id": volunteer.pk, "nonce": volunteer.token_nonce}


def forget(request) -> None:
    request.session.pop(SESSION_KEY, None)


def current_volunteer(request) -> Volunteer | None:
    data = request.session.get(SESSION_KEY)
    if not isinstance(data, dict):
        return None
    volunteer = Volunteer.objects.filter(
        pk=data.get("id"), token_nonce=data.get("nonce"), confirmed_at__isnull=False
    ).first()
    if volunteer is None:
        forget(request)
    return volunteer
