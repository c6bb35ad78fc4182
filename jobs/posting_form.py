"""The posting's admin form: a new posting starts with its organisation's defaults (the
data-protection notice, the retention period, the contact e-mail), which its editors set once
in the organisation settings instead of on every posting."""

from wagtail.admin.forms import WagtailAdminPageForm

from pages.defaults import defaults_for_page


class JobPostingPageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        if self.instance.pk is not None or parent_page is None or self.is_bound:
            return
        defaults = defaults_for_page(parent_page)
        if defaults is None:
            return
        if defaults.data_protection_notice:
            self.initial["data_protection_notice"] = defaults.data_protection_notice
        self.initial["retention_months"] = defaults.retention_months
        if defaults.notification_email:
            self.initial.setdefault("contact_email", defaults.notification_email)
