"""The volunteering forms that take an e-mail address, finished by the worker. The request
checks the form and queues it, the same for every address; whether the address belongs to a
volunteer (and so what is saved and sent) is found out here, where no visitor can time it."""

import datetime

from django.utils import translation
from django.utils.datastructures import MultiValueDict

from django_tasks import task

from volunteering import services
from volunteering.forms import RegistrationForm


@task()
def send_sign_in_link(email: str) -> str:
    return services.send_sign_in_link(email=email)


@task()
def register_volunteer(
    data: dict[str, list[str]], language_code: str, submitted_at: str, offer_id: int | None
) -> str:
    """`data`: the registration form as posted (and checked by the view), without its CSRF
    token; `submitted_at`: when, in ISO 8601, which is when the consents were given."""
    with translation.override(language_code):
        form = RegistrationForm(MultiValueDict(data))
        if not form.is_valid():  # valid in the request; only a changed gazetteer gets here
            return f"refused: {form.errors.as_json()}"
        services.register_volunteer(
            email=form.cleaned_data["email"],
            profile=form.profile(),
            language_code=language_code,
            now=datetime.datetime.fromisoformat(submitted_at),
            offer_id=offer_id,
        )
    return "registered"


def posted_form(form) -> dict[str, list[str]]:
    """A checked form's data as a task argument (JSON): its own fields only, so neither the
    CSRF token nor anything else a client adds is stored, and every value has passed the
    form's checks (no NUL, which a JSON column refuses)."""
    return {name: form.data.getlist(name) for name in form.fields if name in form.data}
