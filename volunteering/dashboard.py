"""The Wagtail dashboard's panel of interests waiting for an answer, per organisation."""

from django.utils import timezone

from wagtail.admin.ui.components import Component

from pages.models import OrganisationPage
from volunteering.reminders import answer_days, unanswered

SHOWN = 20


def unanswered_by_organisation(*, user, policy, now) -> list[dict]:
    """[{"organisation": page, "interests": [...], "count": n}] for the organisations whose
    interests the user may see, the longest waiting first."""
    days = answer_days()
    visible = policy.instances_user_has_permission_for(user, "view")
    waiting = list(
        unanswered(now=now, days=days)
        .filter(pk__in=visible.values("pk"))
        .select_related("volunteer", "offer")[: SHOWN * 5]
    )
    if not waiting:
        return []
    # An offer belongs to the organisation whose subtree holds it (in the offer's language);
    # the groups are by organisation across its translations.
    organisations = list(OrganisationPage.objects.only("title", "path", "translation_key"))
    groups: dict = {}
    for interest in waiting:
        organisation = next(
            (o for o in organisations if interest.offer.path.startswith(o.path)), None
        )
        key = organisation.translation_key if organisation else None
        group = groups.setdefault(key, {"organisation": organisation, "interests": []})
        group["interests"].append(interest)
    for group in groups.values():
        group["count"] = len(group["interests"])
        group["interests"] = group["interests"][:SHOWN]
    return list(groups.values())


class UnansweredInterestsPanel(Component):
    name = "unanswered_interests"
    template_name = "volunteering/admin/unanswered_panel.html"
    order = 110

    def __init__(self, *, policy, case_url_name: str):
        self.policy = policy
        self.case_url_name = case_url_name

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        request = parent_context["request"]
        context.update(
            groups=unanswered_by_organisation(
                user=request.user, policy=self.policy, now=timezone.now()
            ),
            days=answer_days(),
            case_url_name=self.case_url_name,
        )
        return context
