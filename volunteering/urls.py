from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from volunteering.paperwork import agreement_views
from volunteering.paperwork import views as paperwork
from volunteering.views import shifts, volunteers

volunteer_patterns = [
    path(_("volunteer/register/"), volunteers.register, name="register"),
    path(_("volunteer/register/sent/"), volunteers.check_inbox, name="register_sent"),
    path(_("volunteer/confirm/<str:token>/"), volunteers.confirm, name="confirm"),
    path(_("volunteer/link/"), volunteers.request_link, name="request_link"),
    path(_("volunteer/link/sent/"), volunteers.check_inbox, name="link_sent"),
    path(_("volunteer/enter/<str:token>/"), volunteers.enter, name="enter"),
    path(_("volunteer/keep/<str:token>/"), volunteers.keep, name="keep"),
    path(_("volunteer/profile/"), volunteers.profile, name="profile"),
    path(_("volunteer/profile/edit/"), volunteers.edit, name="edit"),
    path(_("volunteer/profile/export/"), volunteers.export, name="export"),
    path(_("volunteer/profile/erase/"), volunteers.erase, name="erase"),
    path(
        _("volunteer/profile/interests/<int:interest_id>/withdraw/"),
        volunteers.withdraw,
        name="withdraw",
    ),
    path(_("volunteer/profile/shifts/"), shifts.my_shifts, name="my_shifts"),
    path(_("volunteer/profile/shifts/<int:signup_id>/cancel/"), shifts.cancel, name="cancel_shift"),
    path(
        _("volunteer/profile/shifts/<int:signup_id>/hours/"), shifts.enter_hours, name="shift_hours"
    ),
    path(_("volunteer/profile/shifts/<int:signup_id>.ics"), shifts.shift_ics, name="shift_ics"),
    path(_("volunteer/calendar/<str:token>.ics"), shifts.shift_feed, name="shift_feed"),
    path(_("volunteer/leave/"), volunteers.leave, name="leave"),
    path(_("volunteer/privacy/"), volunteers.notice, name="notice"),
    # Paperwork (issue 19, points 3-5): volunteering/paperwork/.
    path(_("certificate/<str:code>/"), paperwork.certificate, name="certificate"),
    path(_("volunteer/record/"), paperwork.my_record, name="record"),
    path(_("volunteer/record/record.json"), paperwork.record_json, name="record_json"),
    path(_("volunteer/record/record.pdf"), paperwork.record_pdf, name="record_pdf"),
    path(
        _("volunteer/record/<int:interest_id>/certificate/"),
        paperwork.request_certificate,
        name="request_certificate",
    ),
    path(
        _("volunteer/record/<int:interest_id>/agreement/"),
        agreement_views.agreement,
        name="agreement",
    ),
    path(
        _("volunteer/record/<int:interest_id>/agreement.pdf"),
        agreement_views.agreement_pdf,
        name="agreement_pdf",
    ),
    path(
        _("volunteer/guardian/<str:token>/"),
        agreement_views.agreement_guardian,
        name="agreement_guardian",
    ),
    path(
        _("volunteer/certificates/<int:pk>.pdf"),
        paperwork.certificate_pdf,
        name="certificate_pdf",
    ),
]

urlpatterns = [path("", include((volunteer_patterns, "volunteering")))]
