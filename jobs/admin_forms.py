"""Forms of the application's page in the admin: plain forms, whose cleaned data the views
hand to jobs.services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from jobs.models import ApplicationStatus

MAX_MESSAGE_LENGTH = 5_000


class StatusChangeForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=ApplicationStatus.choices)
    message = forms.CharField(
        label=_("Message to the candidate (optional)"),
        help_text=_("Sent by e-mail with the new status. Leave empty to send the status only."),
        required=False,
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Internal note"),
        help_text=_("Seen only by your organisation's editors, never by the candidate."),
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
