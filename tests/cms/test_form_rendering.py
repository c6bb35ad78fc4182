"""Visitor-facing forms render through the site's renderer (cms/forms.py): each control is
labelled, its help and errors are tied to it, and a form with errors starts with a summary
that links to each field in error."""

from django import forms
from django.conf import settings
from django.forms.renderers import get_default_renderer

import lxml.html

from cms.forms import SiteFormRenderer
from pages.abuse import HoneypotMixin


class ExampleForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label="Imię", help_text="Tak, jak mamy się zwracać.")
    skills = forms.MultipleChoiceField(
        label="Umiejętności",
        choices=[("a", "Animacja"), ("b", "Księgowość")],
        widget=forms.CheckboxSelectMultiple,
        help_text="Zaznacz co najmniej jedną.",
    )
    consent = forms.BooleanField(label="Zgadzam się")


def rendered(form) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(str(form), create_parent="div")


def test_forms_render_through_the_site_renderer():
    renderer = get_default_renderer()

    assert settings.FORM_RENDERER == "cms.forms.SiteFormRenderer"
    assert isinstance(renderer, SiteFormRenderer)


def test_every_control_has_a_label_and_a_group_of_choices_a_legend():
    html = rendered(ExampleForm())

    name = html.get_element_by_id("id_name")
    labels = {label.get("for") for label in html.iter("label")}
    legend = html.xpath("//fieldset[.//input[@name='skills']]/legend")[0]

    assert "id_name" in labels and "id_consent" in labels
    assert {"id_skills_0", "id_skills_1"} <= labels
    assert legend.text_content().startswith("Umiejętności")
    assert name.get("aria-describedby") == "id_name_helptext"


def test_a_field_in_error_is_marked_invalid_and_described_by_its_help_and_its_error():
    html = rendered(ExampleForm(data={"name": "", "consent": ""}))

    name = html.get_element_by_id("id_name")
    fieldset = html.xpath("//fieldset[.//input[@name='skills']]")[0]
    consent = html.get_element_by_id("id_consent")

    assert name.get("aria-invalid") == "true"
    assert name.get("aria-describedby") == "id_name_helptext id_name_error"
    assert fieldset.get("aria-describedby") == "id_skills_helptext id_skills_error"
    assert consent.get("aria-describedby") == "id_consent_error"
    for reference in ("id_name_helptext", "id_name_error", "id_skills_error", "id_consent_error"):
        assert html.get_element_by_id(reference).text_content().strip()


def test_a_form_with_errors_starts_with_a_summary_linking_to_each_field_in_error():
    html = rendered(ExampleForm(data={"name": "", "consent": ""}))

    summary = html.xpath("//*[@role='alert']")[0]
    links = [link.get("href") for link in summary.iter("a")]

    assert html.index(summary) == 0
    assert links == ["#id_name", "#id_skills_0", "#id_consent"]
    for target in links:
        assert html.get_element_by_id(target[1:]) is not None


def test_an_automated_submission_is_refused_above_the_form_without_a_field_list():
    form = ExampleForm(data={"name": "Ala", "skills": ["a"], "consent": "on", "website": "x"})

    summary = rendered(form).xpath("//*[@role='alert']")[0]

    assert form.non_field_errors()[0] in summary.text_content()
    assert summary.xpath(".//ul") == []


def test_the_honeypot_keeps_only_its_own_hidden_label():
    html = rendered(ExampleForm())

    honeypot_labels = html.xpath("//label[@for='id_website']")

    assert len(honeypot_labels) == 1
    assert honeypot_labels[0].getparent().get("class") == "hp-field"
