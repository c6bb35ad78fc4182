"""How every visitor-facing form is rendered: `{{ form }}` and `{{ field.as_field_group }}`
go through the project's templates (cms/templates/forms/), so labels, required marks, help
text, errors and the error summary are written once instead of by hand in each page."""

from django.forms.renderers import TemplatesSetting


class SiteFormRenderer(TemplatesSetting):
    # TemplatesSetting renders with the project's template engine (settings.TEMPLATES), so the
    # form templates live beside the site's own and widgets still use Django's templates
    # (found through "django.forms" in INSTALLED_APPS).
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
