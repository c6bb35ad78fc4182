"""The coordinator's forms in the admin: the answer to an interest, internal notes, and one
answer to several volunteers from the candidates list. (Not in admin_forms.py, which the page
models import before the app registry is ready.)"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from volunteering.models import Interest, InterestStatus
from volunteering.paperwork.child_protection import refusal_to_accept


class InterestAnswerForm(WagtailAdminModelForm):
    """The coordinator's answer: a status and, optionally, a message to the volunteer."""

    message = forms.CharField(
        label=_("Message to the volunteer"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Sent by e-mail with the new status, in the volunteer's language. Leave it empty to "
            "send the status alone; with the status unchanged the message goes on its own."
        ),
    )

    class Meta:
        model = Interest
        fields = ["status"]

    def clean_status(self):
        # Accepting a volunteer on an offer with minors waits for the recorded checks.
        status = self.cleaned_data["status"]
        if status == InterestStatus.ACCEPTED:
            refusal = refusal_to_accept(
                volunteer=self.instance.volunteer, offer=self.instance.offer, now=timezone.now()
            )
            if refusal:
                raise forms.ValidationError(refusal)
        return status


class InterestNoteForm(forms.Form):
    text = forms.CharField(
        label=_("Internal note"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Seen only by this organisation's editors, never by the volunteer."),
    )


class BulkAnswerForm(forms.Form):
    """One answer to the volunteers ticked in the candidates list."""

    interests = forms.ModelMultipleChoiceField(
        queryset=Interest.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    status = forms.ChoiceField(
        label=_("New status"),
        required=False,
        choices=[("", _("Keep the status, only send the message"))]
        + [
            choice
            for choice in InterestStatus.choices
            if choice[0] != InterestStatus.WITHDRAWN  # the volunteer's own step
        ],
    )
    message = forms.CharField(
        label=_("Message to all of them"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, interests, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interests"].queryset = interests

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("status") and not cleaned.get("message", "").strip():
            raise forms.ValidationError(_("Choose a new status or write a message."))
        if cleaned.get("status") == InterestStatus.ACCEPTED:
            now = timezone.now()
            for interest in cleaned.get("interests") or []:
                if refusal := refusal_to_accept(
                    volunteer=interest.volunteer, offer=interest.offer, now=now
                ):
                    raise forms.ValidationError(f"{interest.volunteer.name}: {refusal}")
        return cleaned
