"""A set of options stored as the bits of one integer, edited as a row of checkboxes.

Weekly slots, spoken languages, skills and causes are all kept this way so matching can
compare them with one AND; the forms still show ordinary, labelled checkboxes.
"""

from django import forms
from django.db import models
from django.utils.module_loading import import_string


class BitSetFormField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *, options, **kwargs):
        # `options()` returns (key, label, mask) triples; it is called late so vocabularies
        # kept in the database show their current terms in the active language.
        self.options = options
        kwargs.pop("max_length", None)
        super().__init__(choices=lambda: [(key, label) for key, label, _m in options()], **kwargs)

    def _masks(self) -> dict[str, int]:
        return {key: mask for key, _label, mask in self.options()}

    def prepare_value(self, value):
        if isinstance(value, int):
            return [key for key, mask in self._masks().items() if value & mask]
        return value

    def clean(self, value):
        keys = super().clean(value)
        masks = self._masks()
        total = 0
        for key in keys:
            total |= masks[key]
        return total

    def has_changed(self, initial, data):
        initial_keys = set(self.prepare_value(initial or 0))
        return initial_keys != set(data or [])


class BitSetField(models.PositiveBigIntegerField):
    def __init__(self, *args, options: str = "", **kwargs):
        self.options_path = options
        kwargs.setdefault("default", 0)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["options"] = self.options_path
        if kwargs.get("default") == 0:
            del kwargs["default"]
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return BitSetFormField(
            options=import_string(self.options_path),
            required=not self.blank,
            label=kwargs.get("label", self.verbose_name),
            help_text=kwargs.get("help_text", self.help_text),
        )
