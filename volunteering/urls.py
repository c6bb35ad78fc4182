from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from volunteering.views import volunteers

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
    path(_("volunteer/leave/"), volunteers.leave, name="leave"),
    path(_("volunteer/privacy/"), volunteers.notice, name="notice"),
]

urlpatterns = [path("", include((volunteer_patterns, "volunteering")))]
