from django.db import models
from django.utils.translation import gettext_lazy as _


class NetworkEntry(models.Model):
    """The network document of one page, kept in the database by the same task that feeds the
    engine. It serves search when there is no engine or the engine is down, through a full-text
    index of the database (PostgreSQL GIN, SQLite FTS5; see the migrations), and it is what the
    drift check compares the engine's index with."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="network_entry"
    )
    kind = models.CharField(max_length=30, db_index=True)
    language = models.CharField(max_length=10, db_index=True)
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    organisation = models.CharField(max_length=255, blank=True, db_index=True)
    tags = models.JSONField(default=list, blank=True)
    city = models.CharField(max_length=100, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    remote = models.BooleanField(default=False)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    deadline_date = models.DateField(null=True, blank=True)
    salary_min = models.FloatField(null=True, blank=True)
    salary_max = models.FloatField(null=True, blank=True)
    employment_type = models.CharField(max_length=40, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # Lower-case, ASCII-folded words of the title, tags, organisation, summary and body.
    search_text = models.TextField(blank=True)
    # Their folded Stempel stems, for Polish entries (search/stemming.py); empty otherwise.
    search_stemmed = models.TextField(blank=True)

    class Meta:
        verbose_name = _("network search entry")
        verbose_name_plural = _("network search entries")

    def __str__(self):
        return self.title


class AlertFrequency(models.TextChoices):
    INSTANT = "instant", _("As soon as something new is published")
    DAILY = "daily", _("Once a day, in one e-mail")


class SavedSearch(models.Model):
    """A visitor's saved search: new job or volunteer offers that match it are e-mailed to
    them. It takes effect once the address is confirmed (double opt-in); the token in every
    link lets its owner confirm it or unsubscribe, which deletes it."""

    email = models.EmailField(db_index=True)
    language = models.CharField(max_length=10)
    # The search's own words and filters, as search.queries.SearchParams fields.
    criteria = models.JSONField(default=dict)
    frequency = models.CharField(
        max_length=10, choices=AlertFrequency.choices, default=AlertFrequency.DAILY
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    confirmed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")

    def __str__(self):
        return f"{self.email}: {self.criteria.get('q') or '*'}"


class AlertMatch(models.Model):
    """A page that matched a saved search; `notified_at` is set once it has been e-mailed (or
    dropped because it closed first). One row per pair: nobody hears of a page twice."""

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="matches")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    matched_at = models.DateTimeField()
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("alert match")
        verbose_name_plural = _("alert matches")
        constraints = [
            models.UniqueConstraint(fields=["saved_search", "page"], name="one_alert_per_page")
        ]
        indexes = [models.Index(fields=["notified_at"], name="alert_pending")]

    def __str__(self):
        return f"{self.saved_search_id} → {self.page_id}"
