"""The paperwork's admin forms. Every choice of a placement, volunteer or organisation is
limited to the editor's own organisations (fails closed: nobody's for a user without one)."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents import get_document_model
from wagtail.documents.widgets import AdminDocumentChooser
from wagtail.permissions import policy_registry

from pages.models import OrganisationPage
from pages.workspaces import organisation_pages_filter
from volunteering.models import (
    Agreement,
    Certificate,
    CertificateKind,
    ChildProtectionCheck,
    Interest,
    InterestStatus,
    OrganisationPaperwork,
    Volunteer,
)

CERTIFICATE_TEXT_FIELDS = [
    "kind",
    "work_description",
    "start_date",
    "end_date",
    "hours",
    "opinion",
    "signatory_name",
    "signatory_role",
]


def own_organisations(user):
    return OrganisationPage.objects.filter(organisation_pages_filter(user, field="path"))


def own_placements(user):
    return (
        Interest.objects.filter(status=InterestStatus.ACCEPTED)
        .filter(organisation_pages_filter(user, field="offer__path"))
        .select_related("volunteer", "offer")
    )


class CertificateChecks:
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The last day cannot be before the first."))
        if cleaned.get("kind") == CertificateKind.OPINION and not cleaned.get("opinion"):
            self.add_error("opinion", _("Write the opinion, or issue a plain certificate."))
        return cleaned


class NewCertificateForm(CertificateChecks, WagtailAdminModelForm):
    """The coordinator's own certificate: the placement, and what to change in the draft that
    is filled in from it (empty fields take the placement's values)."""

    class Meta:
        model = Certificate
        fields = ["interest", *CERTIFICATE_TEXT_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interest"].queryset = own_placements(self.for_user)
        self.fields["interest"].required = True
        for name in CERTIFICATE_TEXT_FIELDS:
            if name not in {"kind", "opinion"}:
                self.fields[name].required = False
                self.fields[name].help_text = _("Leave empty to take it from the placement.")


class IssueCertificateForm(CertificateChecks, WagtailAdminModelForm):
    """A volunteer's request, checked and issued by the coordinator."""

    class Meta:
        model = Certificate
        fields = CERTIFICATE_TEXT_FIELDS


class RevokeCertificateForm(WagtailAdminModelForm):
    class Meta:
        model = Certificate
        fields = ["revocation_reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["revocation_reason"].required = True
        self.fields["revocation_reason"].help_text = _(
            "Saving revokes the certificate: its verification page will say so, with the date."
        )


def https_by_default(db_field, **kwargs):
    # A standards page typed without a scheme is taken as https (Django 6's default).
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)


class OrganisationPaperworkForm(WagtailAdminModelForm):
    class Meta:
        model = OrganisationPaperwork
        formfield_callback = https_by_default
        fields = [
            "organisation",
            "representative_name",
            "representative_role",
            "child_protection_url",
            "child_protection_document",
            "nnw_policy",
        ]
        # The own formfield_callback skips Wagtail's chooser override: name it here, or the
        # field is a plain list of every organisation's documents.
        widgets = {"child_protection_document": AdminDocumentChooser}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = own_organisations(self.for_user)
        # Only documents in the editor's own collections, whatever id is posted.
        documents = policy_registry.get_by_type(get_document_model())
        self.fields[
            "child_protection_document"
        ].queryset = documents.instances_user_has_any_permission_for(self.for_user, ["choose"])


class ChildProtectionCheckForm(WagtailAdminModelForm):
    class Meta:
        model = ChildProtectionCheck
        fields = [
            "volunteer",
            "organisation",
            "register_checked",
            "criminal_record_checked",
            "checked_on",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = own_organisations(self.for_user)
        self.fields["volunteer"].queryset = Volunteer.objects.filter(
            pk__in=own_interests_volunteers(self.for_user)
        )
        self.fields["checked_on"].help_text = _(
            "Record what was checked, never a copy of the documents."
        )

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("register_checked") and cleaned.get("criminal_record_checked")):
            raise forms.ValidationError(
                _("Both checks are required before a volunteer works with minors.")
            )
        return cleaned


def own_interests_volunteers(user):
    return Interest.objects.filter(organisation_pages_filter(user, field="offer__path")).values(
        "volunteer"
    )


class AgreementForm(WagtailAdminModelForm):
    accept = forms.BooleanField(
        label=_("I accept this agreement on behalf of the organisation"), required=False
    )

    class Meta:
        model = Agreement
        fields = []
