"""The paperwork in the admin: certificates (issue a request, write one, revoke), agreements
(the organisation's acceptance), child-protection checks and each organisation's paperwork
settings. Each list is scoped to the editor's organisations by its permission policy."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from pages.permissions import OrganisationScopedIndexView
from volunteering.models import (
    Agreement,
    Certificate,
    ChildProtectionCheck,
    OrganisationPaperwork,
)
from volunteering.paperwork import admin_forms, agreements, certificates


class NewCertificateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        draft = certificates.draft_for(interest=data["interest"], now=timezone.now())
        for name in admin_forms.CERTIFICATE_TEXT_FIELDS:
            if data.get(name) not in (None, ""):
                setattr(draft, name, data[name])
        return certificates.issue(certificate=draft, now=timezone.now())


class CertificateEditView(generic.EditView):
    def get_form_class(self):
        if self.object.issued_at is None:
            return admin_forms.IssueCertificateForm
        return admin_forms.RevokeCertificateForm

    def save_instance(self):
        now = timezone.now()
        if self.object.issued_at is None:
            return certificates.issue(certificate=self.form.instance, now=now)
        fresh = Certificate.objects.get(pk=self.object.pk)
        return certificates.revoke(
            certificate=fresh, reason=self.form.cleaned_data["revocation_reason"], now=now
        )


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = OrganisationScopedIndexView
    add_view_class = NewCertificateView
    edit_view_class = CertificateEditView
    form_fields = admin_forms.CERTIFICATE_TEXT_FIELDS
    list_display = [
        "volunteer_name",
        "offer_title",
        "kind",
        "requested_at",
        "issued_at",
        "revoked_at",
    ]
    list_filter = ["kind"]
    search_fields = ["volunteer_name", "offer_title", "code"]
    inspect_view_fields = [
        "code",
        "kind",
        "volunteer_name",
        "organisation_details",
        "offer_title",
        "work_description",
        "start_date",
        "end_date",
        "hours",
        "opinion",
        "signatory_name",
        "signatory_role",
        "requested_at",
        "issued_at",
        "revoked_at",
        "revocation_reason",
    ]

    def get_form_class(self, for_update=False):
        return admin_forms.IssueCertificateForm if for_update else admin_forms.NewCertificateForm


class AgreementEditView(generic.EditView):
    def save_instance(self):
        if self.form.cleaned_data.get("accept"):
            agreements.accept_for_organisation(
                agreement=self.object, user=self.request.user, now=timezone.now()
            )
        return self.object


class AgreementViewSet(ModelViewSet):
    model = Agreement
    icon = "doc-full-inverse"
    menu_label = _("Agreements")
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = OrganisationScopedIndexView
    edit_view_class = AgreementEditView
    list_display = [
        "interest",
        "start_date",
        "end_date",
        "volunteer_accepted_at",
        "guardian_accepted_at",
        "coordinator_accepted_at",
    ]
    search_fields = ["interest__volunteer__name", "interest__offer__title"]
    inspect_view_fields = [
        "interest",
        "start_date",
        "end_date",
        "text_pl",
        "text_en",
        "text_hash",
        "volunteer_accepted_at",
        "volunteer_ip",
        "guardian_email",
        "guardian_accepted_at",
        "guardian_ip",
        "coordinator_accepted_at",
        "coordinator_accepted_by",
    ]

    def get_form_class(self, for_update=False):
        return admin_forms.AgreementForm


class ChildProtectionCheckCreateView(generic.CreateView):
    def save_instance(self):
        check = self.form.instance
        check.checked_by = self.request.user
        check.recorded_at = timezone.now()
        check.save()
        return check


class ChildProtectionCheckViewSet(ModelViewSet):
    model = ChildProtectionCheck
    icon = "shield"
    menu_label = _("Child-protection checks")
    copy_view_enabled = False
    # A record of what was checked stays as written: a correction is a new record.
    edit_view_enabled = False
    inspect_view_enabled = True
    index_view_class = OrganisationScopedIndexView
    add_view_class = ChildProtectionCheckCreateView
    list_display = ["volunteer", "organisation", "checked_on", "checked_by", "recorded_at"]
    search_fields = ["volunteer__name"]

    def get_form_class(self, for_update=False):
        return admin_forms.ChildProtectionCheckForm


class OrganisationPaperworkViewSet(ModelViewSet):
    model = OrganisationPaperwork
    icon = "cog"
    menu_label = _("Organisation's paperwork")
    copy_view_enabled = False
    index_view_class = OrganisationScopedIndexView
    list_display = ["organisation", "representative_name", "child_protection_url", "nnw_policy"]

    def get_form_class(self, for_update=False):
        return admin_forms.OrganisationPaperworkForm


class PaperworkGroup(ModelViewSetGroup):
    menu_label = _("Paperwork")
    menu_icon = "doc-full"
    menu_order = 336
    items = (
        CertificateViewSet("certificates"),
        AgreementViewSet("agreements"),
        ChildProtectionCheckViewSet("child_protection_checks"),
        OrganisationPaperworkViewSet("organisation_paperwork"),
    )
