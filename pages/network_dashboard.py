"""The network dashboard in the admin, for the network coordinators (and superusers) only:
pages.network_overview gathers what it shows."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.admin.menu import MenuItem

from pages.network_overview import network_overview
from pages.permissions import reads_whole_network


def network_dashboard_view(request):
    if not reads_whole_network(request.user):
        raise PermissionDenied
    overview = network_overview(now=timezone.now())
    rows = [(member, member.cells(overview.figures)) for member in overview.members]
    return TemplateResponse(
        request, "pages/admin/network_dashboard.html", {"overview": overview, "rows": rows}
    )


class NetworkDashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return reads_whole_network(request.user)
