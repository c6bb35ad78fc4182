from django.utils.translation import gettext_lazy as _

from pages import plugins  # the module, not the class: see pages.plugins


class VolunteeringConfig(plugins.PluginAppConfig):
    name = "volunteering"
    verbose_name = _("Volunteering")
    public_urls = "volunteering.urls"
    subpages = [
        ("pages.NetworkHomePage", "volunteering.VolunteerBoardPage"),
        ("pages.OrganisationPage", "volunteering.VolunteerIndexPage"),
    ]
    editor_permissions = [
        "view_interest",
        "change_interest",
        *(
            f"{action}_{model}"
            for model in ("certificate", "childprotectioncheck", "organisationpaperwork")
            for action in ("add", "change", "view")
        ),
        *(
            f"{action}_{model}"
            for model in ("shift", "shiftseries")
            for action in ("add", "change", "delete", "view")
        ),
        "view_agreement",
        "change_agreement",
    ]
    # What a member site shows of an offer (pages.api); not its coordinator.
    api_fields = {
        "volunteering.VolunteerOfferPage": [
            "summary",
            "description",
            "schedule_kind",
            "start_date",
            "end_date",
            "hours_per_week",
            "place",
            "minimum_age",
            "suitable_for_minors",
            "seniors_welcome",
            "places_total",
            "places_filled",
            "deadline_date",
            "accessibility",
            "street_address",
            "postal_code",
            "city",
        ],
    }

    def connect(self):
        from volunteering.coordination import register_message_kinds
        from volunteering.search import register_search_adapter
        from volunteering.signal_handlers import register_signal_handlers

        register_signal_handlers()
        register_search_adapter()
        register_message_kinds()

    def latest_sections(self):
        from volunteering.sections import latest_offers_section

        return [latest_offers_section()]

    def demo_loaders(self):
        from volunteering.demo import load_demo_volunteering
        from volunteering.demo_shifts import load_demo_shifts

        return [load_demo_volunteering, load_demo_shifts]

    def network_figures(self):
        from volunteering.network_figures import volunteering_figures

        return volunteering_figures()
