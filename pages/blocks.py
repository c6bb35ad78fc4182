"""Reusable StreamField blocks. Each block brings its own template, icon and admin preview."""

import datetime

from django.utils import formats
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# Django's own translated month names (nominative: "styczeń 2009").
MONTH_CHOICES = list(MONTHS.items())


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "H2"), ("h3", "H3")],
        default="h2",
        label=_("Level"),
        help_text=_("H1 is the page title; sections start at H2."),
    )

    class Meta:
        icon = "title"
        template = "pages/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading that structures the page for screen readers.")
        preview_value = {"text": "Nasze działania", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_("Describe the image for people who cannot see it; leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "pages/blocks/image.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "pages/blocks/quote.html"
        label = _("Quote")
        description = _("A pull quote with who said it.")
        preview_value = {
            "text": "Aktywni mieszkańcy to lepiej działające wspólnoty.",
            "attribution": "Biuro Inicjatyw Społecznych",
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        label=_("Paragraph"),
        icon="pilcrow",
        template="pages/blocks/paragraph.html",
        description=_("Rich text: paragraphs, lists and links."),
        preview_value="<p>Wspieramy organizacje pozarządowe w Małopolsce.</p>",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()

    class Meta:
        template = "pages/blocks/body.html"


class MilestoneValue(blocks.StructValue):
    def period_label(self) -> str:
        month = self.get("month")
        if month:
            month_name = MONTHS[int(month)]
            return f"{month_name} {self['year']}"
        return str(self["year"])


class MilestoneBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(label=_("Year"), min_value=1900, max_value=2100)
    month = blocks.ChoiceBlock(choices=MONTH_CHOICES, required=False, label=_("Month"))
    title = blocks.CharBlock(label=_("What happened"), max_length=250)
    text = blocks.TextBlock(label=_("More detail"), required=False)

    class Meta:
        icon = "date"
        template = "pages/blocks/milestone.html"
        label = _("Milestone")
        value_class = MilestoneValue
        description = _("A dated moment in the organisation's history.")
        preview_value = {"year": 2009, "title": "Dołączamy do sieci SPLOT", "text": ""}


class ImpactFigureValue(blocks.StructValue):
    def formatted_number(self) -> str:
        return formats.number_format(self["number"], force_grouping=True)


class ImpactFigureBlock(blocks.StructBlock):
    qualifier = blocks.CharBlock(
        label=_("Qualifier"),
        required=False,
        max_length=30,
        help_text=_('Optional word before the number, such as "ponad" / "over".'),
    )
    number = blocks.IntegerBlock(label=_("Number"), min_value=0)
    label = blocks.CharBlock(label=_("What it counts"), max_length=200)

    class Meta:
        icon = "table"
        template = "pages/blocks/impact_figure.html"
        label = _("Impact figure")
        value_class = ImpactFigureValue
        description = _("A number with a label, such as 308 initiative groups supported.")
        preview_value = {"qualifier": "", "number": 308, "label": "grup inicjatywnych"}


class AccreditationBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Accreditation"), max_length=250)
    programme = blocks.CharBlock(label=_("Programme"), required=False, max_length=250)
    reference = blocks.CharBlock(label=_("Reference number"), required=False, max_length=100)
    awarded_date = blocks.DateBlock(label=_("Awarded on"), required=False)
    valid_to_date = blocks.DateBlock(label=_("Valid until"), required=False)

    class Meta:
        icon = "success"
        template = "pages/blocks/accreditation.html"
        label = _("Accreditation")
        description = _("A formal accreditation, such as Erasmus+ in adult education.")
        preview_value = {
            "name": "Akredytacja Erasmus+",
            "programme": "Erasmus+ Akcja 1, sektor Edukacja dorosłych",
        }


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Activity"), max_length=250)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "tasks"
        template = "pages/blocks/activity.html"
        label = _("Activity")
        description = _("One thing the programme does.")
        preview_value = {"title": "Szkolenia dla animatorów", "description": ""}


class TargetGroupBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Group"), max_length=250)
    planned_participants = blocks.IntegerBlock(
        label=_("Planned participants"), min_value=0, required=False
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "group"
        template = "pages/blocks/target_group.html"
        label = _("Target group")
        description = _("Who the programme is for, with the planned number of participants.")
        preview_value = {"name": "Animatorzy z NGO", "planned_participants": 10}


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    affiliation = blocks.CharBlock(label=_("Role or organisation"), required=False)

    class Meta:
        icon = "user"
        label = _("Speaker")


class AgendaSessionValue(blocks.StructValue):
    def starts_at(self) -> datetime.datetime | None:
        if self.get("date") and self.get("start_time"):
            return datetime.datetime.combine(self["date"], self["start_time"])
        return None


class AgendaSessionBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Day"))
    start_time = blocks.TimeBlock(label=_("Starts"))
    end_time = blocks.TimeBlock(label=_("Ends"), required=False)
    title = blocks.CharBlock(label=_("Session"), max_length=250)
    description = blocks.TextBlock(label=_("Description"), required=False)
    room = blocks.CharBlock(label=_("Room"), required=False, max_length=100)
    speakers = blocks.ListBlock(SpeakerBlock(), label=_("Speakers"), required=False)

    class Meta:
        icon = "time"
        template = "pages/blocks/agenda_session.html"
        label = _("Session")
        value_class = AgendaSessionValue
        description = _("One agenda item with its time, room and speakers.")
        preview_value = {
            "date": datetime.date(2026, 12, 3),
            "start_time": datetime.time(10, 0),
            "end_time": datetime.time(11, 30),
            "title": "Otwarcie konferencji",
            "speakers": [{"name": "Anna Nowak", "affiliation": "BIS"}],
        }
