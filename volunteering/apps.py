from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteeringConfig(AppConfig):
    name = "volunteering"
    verbose_name = _("Volunteering")
    default_auto_field = "django.db.models.BigAutoField"
    public_urls = "volunteering.urls"

    def ready(self):
        from pages.registry import (
            allow_subpage,
            grant_to_organisation_editors,
            register_demo_loader,
            register_latest_section,
        )
        from volunteering.demo import load_demo_volunteering
        from volunteering.sections import latest_offers_section
        from volunteering.signal_handlers import register_signal_handlers

        register_signal_handlers()
        from volunteering.search import register_search_adapter

        register_search_adapter()
        allow_subpage("pages.NetworkHomePage", "volunteering.VolunteerBoardPage")
        allow_subpage("pages.OrganisationPage", "volunteering.VolunteerIndexPage")
        register_latest_section(latest_offers_section())
        for codename in ("view_interest", "change_interest"):
            grant_to_organisation_editors("volunteering", codename)
        register_demo_loader(load_demo_volunteering)
