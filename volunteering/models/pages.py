from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.models.mixins import (
    AddressMixin,
    ClosingPageMixin,
    InOrganisationMixin,
    ShareCardMixin,
)
from pages.workspaces import organisation_editors
from volunteering import lifecycle, slots
from volunteering.admin_forms import VolunteerOfferForm
from volunteering.cards import schedule_text
from volunteering.fields import BitSetField
from volunteering.json_ld import offer_json_ld
from volunteering.models.choices import OfferPlace, ScheduleKind
from volunteering.models.interest_routes import InterestRoutesMixin
from volunteering.models.shift_routes import ShiftRoutesMixin
from volunteering.profile_choices import ADULT_AGE, language_names
from volunteering.vocabulary import names

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class VolunteerOfferPage(
    ShareCardMixin,
    ClosingPageMixin,
    InOrganisationMixin,
    InterestRoutesMixin,
    ShiftRoutesMixin,
    RoutablePageMixin,
    AddressMixin,
    Page,
):
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings."))
    description = RichTextField(_("what the volunteers will do"), features=RICH_TEXT_FEATURES)
    causes = ParentalManyToManyField(
        "volunteering.Cause", related_name="+", verbose_name=_("causes")
    )
    required_skills = ParentalManyToManyField(
        "volunteering.Skill", related_name="+", blank=True, verbose_name=_("required skills")
    )
    nice_skills = ParentalManyToManyField(
        "volunteering.Skill", related_name="+", blank=True, verbose_name=_("nice-to-have skills")
    )
    schedule_kind = models.CharField(
        _("schedule"), max_length=10, choices=ScheduleKind.choices, default=ScheduleKind.WEEKLY
    )
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(_("last day"), null=True, blank=True)
    one_off_periods = BitSetField(
        _("parts of the day (one-off)"),
        options="volunteering.options.period_options",
        blank=True,
        help_text=_("Leave empty if the activity takes whole days."),
    )
    weekly_slots = BitSetField(
        _("weekly times"),
        options="volunteering.options.weekly_slot_options",
        blank=True,
        help_text=_("For regular activities: when in the week volunteers are needed."),
    )
    hours_per_week = models.PositiveSmallIntegerField(_("hours per week"), null=True, blank=True)
    place = models.CharField(
        _("where"), max_length=10, choices=OfferPlace.choices, default=OfferPlace.ON_SITE
    )
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), default=ADULT_AGE)
    suitable_for_minors = models.BooleanField(
        _("suitable for minors with a parent's or guardian's consent"), default=False
    )
    seniors_welcome = models.BooleanField(_("seniors welcome"), default=False)
    works_with_minors = models.BooleanField(
        _("work with minors"),
        default=False,
        help_text=_(
            "Volunteers will work with children or teenagers: they must be checked (the "
            "Register of Sexual Offenders, criminal record) before they are accepted."
        ),
    )
    required_languages = BitSetField(
        _("languages the volunteer must speak"),
        options="volunteering.options.language_options",
        blank=True,
    )
    places_total = models.PositiveSmallIntegerField(_("number of places"), default=1)
    places_filled = models.PositiveSmallIntegerField(_("places filled"), default=0)
    deadline_date = models.DateField(
        _("apply by"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take volunteers until the places are filled."),
    )
    accessibility = models.TextField(
        _("venue accessibility"),
        blank=True,
        help_text=_("Step-free entrance, accessible toilet, induction loop, quiet room, ..."),
    )
    coordinator = models.ForeignKey(
        get_user_model(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("coordinator"),
        help_text=_(
            "An editor of this organisation. They are told of each expression of interest; "
            "their e-mail address is never shown on the site."
        ),
    )
    # Offers hang under the organisation's volunteering index, not under a programme, so the
    # grant reports (volunteering.reports) find a programme's offers by this link.
    programme = models.ForeignKey(
        "pages.ProgrammePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("programme"),
        help_text=_("The programme or project this offer is part of, for the grant reports."),
    )
    # Sets derived on save, in the compact form matching works on.
    required_skills_mask = models.BigIntegerField(default=0, editable=False)
    nice_skills_mask = models.BigIntegerField(default=0, editable=False)
    causes_mask = models.BigIntegerField(default=0, editable=False)
    slots_mask = models.IntegerField(default=0, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("causes"),
        FieldRowPanel([FieldPanel("required_skills"), FieldPanel("nice_skills")]),
        MultiFieldPanel(
            [
                FieldPanel("schedule_kind"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("one_off_periods"),
                FieldPanel("weekly_slots"),
                FieldPanel("hours_per_week"),
            ],
            heading=_("When"),
        ),
        FieldPanel("place"),
        *AddressMixin.address_panels,
        FieldPanel("accessibility"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("suitable_for_minors")]),
                FieldPanel("seniors_welcome"),
                FieldPanel("works_with_minors"),
                FieldPanel("required_languages"),
            ],
            heading=_("Who can join"),
        ),
        FieldRowPanel(
            [FieldPanel("places_total"), FieldPanel("places_filled"), FieldPanel("deadline_date")]
        ),
        FieldPanel("coordinator"),
        FieldPanel("programme"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("deadline_date"),
    ]
    override_translatable_fields = [
        SynchronizedField(name) for name in AddressMixin.address_synchronised_fields
    ]

    base_form_class = VolunteerOfferForm
    # The main menu shows this page under the network's listing readers find it on, not
    # under the organisation that owns it in the page tree (see siec_tags.main_menu).
    menu_section = "volunteering.VolunteerBoardPage"
    parent_page_types = ["volunteering.VolunteerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("volunteer offer")
        verbose_name_plural = _("volunteer offers")

    def clean(self):
        super().clean()
        errors = {}
        if self.schedule_kind == ScheduleKind.ONE_OFF:
            if not self.start_date:
                errors["start_date"] = _("Give the day of a one-off activity.")
            elif self.end_date and self.end_date < self.start_date:
                errors["end_date"] = _("The last day cannot be before the first.")
        if self.schedule_kind == ScheduleKind.WEEKLY and not self.weekly_slots:
            errors["weekly_slots"] = _("Tick at least one time in the week.")
        if self.place == OfferPlace.ON_SITE:
            if not self.city:
                errors["city"] = _("Say where the activity takes place, or mark it as remote.")
            elif not self.has_coordinates:
                # Blocking here, not just a warning as on other pages: distance is a hard rule
                # of matching, so an on-site offer without a point could match nobody.
                errors["latitude"] = _(
                    "We do not know this town; give the coordinates of the place."
                )
        if self.minimum_age < ADULT_AGE and not self.suitable_for_minors:
            errors["suitable_for_minors"] = _(
                "An offer open to people under 18 must say it is suitable for minors."
            )
        if not 13 <= self.minimum_age <= 100:
            errors["minimum_age"] = _("The minimum age must be between 13 and 100.")
        if self.places_total < 1:
            errors["places_total"] = _("Offer at least one place.")
        if self.places_filled > self.places_total:
            errors["places_filled"] = _("More places cannot be filled than there are.")
        if self.hours_per_week is not None and not 1 <= self.hours_per_week <= 60:
            errors["hours_per_week"] = _("Hours per week must be between 1 and 60.")
        if self.coordinator_id and not self._coordinator_edits_this_organisation():
            errors["coordinator"] = _("The coordinator must be an editor of this organisation.")
        if errors:
            raise ValidationError(errors)

    def _coordinator_edits_this_organisation(self) -> bool:
        organisation = self.get_organisation()
        return (
            organisation is None
            or organisation_editors(organisation).filter(pk=self.coordinator_id).exists()
        )

    def derive_match_sets(self) -> None:
        """Refresh the compact sets from the chosen terms, dates and times."""
        self.required_skills_mask = _mask(self.required_skills.all())
        self.nice_skills_mask = _mask(self.nice_skills.all())
        self.causes_mask = _mask(self.causes.all())
        if self.schedule_kind == ScheduleKind.WEEKLY:
            self.slots_mask = self.weekly_slots
        elif self.schedule_kind == ScheduleKind.ONE_OFF and self.start_date:
            self.slots_mask = slots.mask_for_dates(
                self.start_date, self.end_date or self.start_date, self.one_off_periods
            )
        else:
            self.slots_mask = slots.ALL_SLOTS

    def save(self, *args, **kwargs):
        self.derive_match_sets()
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        # A revision's JSON was taken before save() derived the sets; derive them again so a
        # published revision always carries sets that agree with its terms.
        page = super().with_content_json(content)
        page.derive_match_sets()
        return page

    def is_open_at(self, now) -> bool:
        return lifecycle.offer_is_open(
            live=self.live,
            deadline_date=self.deadline_date,
            places_total=self.places_total,
            places_filled=self.places_filled,
            now=now,
        )

    @property
    def places_left(self) -> int:
        return max(self.places_total - self.places_filled, 0)

    @property
    def is_remote(self) -> bool:
        return self.place == OfferPlace.REMOTE

    def get_context(self, request, *args, **kwargs):
        # Nothing here depends on the visitor (their fit and interest are on the interest
        # route), so the offer page is the same for everyone and can be cached at the edge.
        context = super().get_context(request, *args, **kwargs)
        context.update(self.closing_page_context(request, json_ld=offer_json_ld))
        context.update(
            {
                "schedule_text": schedule_text(self)
                if self.schedule_kind != ScheduleKind.FLEXIBLE
                else "",
                "cause_names": names("cause", self.causes_mask),
                "required_skill_names": names("skill", self.required_skills_mask),
                "nice_skill_names": names("skill", self.nice_skills_mask),
                "language_names": language_names(self.required_languages),
                "has_shifts": self.upcoming_shifts(now=timezone.now()).exists(),
            }
        )
        return context


def _mask(terms) -> int:
    mask = 0
    for term in terms:
        mask |= 1 << term.bit
    return mask
