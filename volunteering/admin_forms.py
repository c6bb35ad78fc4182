"""The offer's page form in the admin (the model's base_form_class)."""

from django.contrib.auth import get_user_model

from wagtail.admin.forms import WagtailAdminPageForm

from pages.models import OrganisationPage
from pages.workspaces import organisation_editors


class VolunteerOfferForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "coordinator" in self.fields:
            # Only this organisation's editors, not every user of the network; the model's
            # clean() checks the same on save. No organisation above: nobody (fails closed).
            organisation = (
                OrganisationPage.objects.ancestor_of(self.parent_page, inclusive=True).first()
                if self.parent_page
                else None
            )
            self.fields["coordinator"].queryset = (
                organisation_editors(organisation).distinct().order_by("username")
                if organisation
                else get_user_model().objects.none()
            )
