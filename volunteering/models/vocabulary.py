from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from pages.models.snippets import TranslatableTerm

# Sets of terms are stored as bits of a signed 64-bit integer (PostgreSQL bigint), which leaves
# 63 usable positions per vocabulary.
MAX_TERMS = 63


class VocabularyTerm(TranslatableTerm):
    """A skill or cause. `bit` names the term in the compact sets that matching works on;
    translations of a term share it."""

    bit = models.PositiveSmallIntegerField(editable=False)

    class Meta(TranslatableTerm.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        if self.bit is None:
            self.bit = self._bit_of_translation()
        if self.bit is None:
            highest = type(self).objects.aggregate(highest=Max("bit"))["highest"]
            self.bit = 0 if highest is None else highest + 1
        super().save(*args, **kwargs)

    def _bit_of_translation(self) -> int | None:
        return (
            type(self)
            .objects.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .values_list("bit", flat=True)
            .first()
        )

    def clean(self):
        super().clean()
        if self.bit is None and self._bit_of_translation() is None:
            used = type(self).objects.values("translation_key").distinct().count()
            if used >= MAX_TERMS:
                raise ValidationError(
                    _("This vocabulary is full (%(max)s terms). Rename or merge a term instead."),
                    params={"max": MAX_TERMS},
                )

    @property
    def mask(self) -> int:
        return 1 << self.bit


class Skill(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_skill_slug"),
        ]


class Cause(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("cause")
        verbose_name_plural = _("causes")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_cause_slug"),
        ]
