"""The network coordinators group (its name from settings.SIEC_NETWORK_COORDINATORS_GROUP):
they review applications to join. Kept true after every migrate, as permissions exist only
once the models are migrated."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission

COORDINATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("pages", "view_membershipapplication"),
    ("pages", "change_membershipapplication"),
    # Only coordinators (and superusers) say which members publish without review.
    ("pages", "view_organisationworkspace"),
    ("pages", "change_organisationworkspace"),
]


def network_coordinators_group() -> Group:
    group, _created = Group.objects.get_or_create(name=settings.SIEC_NETWORK_COORDINATORS_GROUP)
    for app_label, codename in COORDINATOR_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)
    return group


def ensure_network_coordinators_group(sender=None, **kwargs) -> None:
    network_coordinators_group()
