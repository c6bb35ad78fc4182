"""The "I'm interested" form of a volunteer offer, on the offer's own `zglaszam-sie/` route.

Below the page model: plain fields and the honeypot, no model import."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.abuse import HoneypotMixin


class InterestForm(HoneypotMixin, forms.Form):
    message = forms.CharField(
        label=_("A word to the coordinator (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
