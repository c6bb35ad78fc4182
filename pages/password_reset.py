"""The admin's "forgot your password" form, without telling who has an account.

Wagtail's view (Django's) sends the reset e-mail inside the request, and only for an address
that has an account: the answer came back tens of milliseconds later for a known address.
Here the request only queues the address, the same for every address, and the worker finds
the accounts and sends (through pages.tasks.deliver, which retries a refused message). The
view is Wagtail's own, rate limited per client and per address (pages.abuse)."""

from django.conf import settings
from django.template.loader import render_to_string

from wagtail.admin.forms.auth import PasswordResetForm
from wagtail.admin.views.account import PasswordResetView

from django_tasks import task

from pages.abuse import limit_posts
from pages.tasks import deliver


class MailingPasswordResetForm(PasswordResetForm):
    """Wagtail's form, sending through pages.tasks.deliver; used by the worker."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = render_to_string(subject_template_name, context)
        deliver(
            {
                "subject": " ".join(subject.split()),
                "body": render_to_string(email_template_name, context),
                "from_email": from_email or settings.DEFAULT_FROM_EMAIL,
                "to": [to_email],
                "headers": {},
            }
        )


class QueuedPasswordResetForm(PasswordResetForm):
    """The form the view shows (WAGTAILADMIN_USER_PASSWORD_RESET_FORM): saving queues."""

    def save(
        self,
        domain_override=None,
        subject_template_name="registration/password_reset_subject.txt",
        email_template_name="registration/password_reset_email.html",
        use_https=False,
        request=None,
        **kwargs,
    ):
        send_password_reset.enqueue(
            email=self.cleaned_data["email"],
            domain=domain_override or (request.get_host() if request is not None else ""),
            use_https=use_https,
            subject_template_name=subject_template_name,
            email_template_name=email_template_name,
        )


@task()
def send_password_reset(
    *,
    email: str,
    domain: str,
    use_https: bool,
    subject_template_name: str,
    email_template_name: str,
) -> str:
    """Django's own reset e-mail to every active account of `email` with a usable password
    (none for an unknown address), with the links of the site the form was sent from."""
    form = MailingPasswordResetForm({"email": email})
    if not form.is_valid():
        return "not an e-mail address; nothing sent"
    form.save(
        domain_override=domain or None,
        use_https=use_https,
        subject_template_name=subject_template_name,
        email_template_name=email_template_name,
    )
    return "done"


password_reset = limit_posts("admin-password-reset", per_address="email")(
    PasswordResetView.as_view()
)
