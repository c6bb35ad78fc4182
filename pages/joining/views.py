"""The public side of joining: the form, the confirmation link, the edit link after a request
for changes, and accepting an invitation. Thin: forms in, plain data to the services."""

from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pages.abuse import limit_posts
from pages.joining import services, tokens
from pages.joining.forms import AcceptInvitationForm, JoinForm

AUTH_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _link_problem(request, error: tokens.InvalidLink):
    message = (
        _("This link has expired.") if error.expired else _("This link is not valid any more.")
    )
    return render(
        request,
        "pages/joining/link_problem.html",
        {"message": message},
        status=410 if error.expired else 400,
    )


@require_http_methods(["GET", "POST"])
@limit_posts("join-network", per_address="contact_email")
def join(request):
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        application = services.submit_application(
            fields=form.cleaned_data, language_code=get_language(), now=timezone.now()
        )
        return render(request, "pages/joining/sent.html", {"email": application.contact_email})
    return render(
        request, "pages/joining/join.html", {"form": form}, status=400 if form.is_bound else 200
    )


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        application = tokens.read_token(token, tokens.CONFIRM)
    except tokens.InvalidLink as error:
        return _link_problem(request, error)
    if request.method == "GET":
        # A click confirms, so mail scanners that open links confirm nothing.
        return render(request, "pages/joining/confirm.html", {"application": application})
    if not services.confirm_application(application=application, now=timezone.now()):
        return _link_problem(request, tokens.InvalidLink(expired=False))
    duplicates = services.find_duplicates(
        krs=application.krs, nip=application.nip, exclude_pk=application.pk
    )
    return render(
        request,
        "pages/joining/confirmed.html",
        {"application": application, "duplicates": bool(duplicates)},
    )


@require_http_methods(["GET", "POST"])
def edit(request, token):
    try:
        application = tokens.read_token(token, tokens.EDIT)
    except tokens.InvalidLink as error:
        return _link_problem(request, error)
    if not application.editable_by_applicant:
        return _link_problem(request, tokens.InvalidLink(expired=False))
    form = JoinForm(request.POST or None, instance=application)
    if request.method == "POST" and form.is_valid():
        services.resubmit_application(
            application=application, fields=form.cleaned_data, now=timezone.now()
        )
        return render(request, "pages/joining/resubmitted.html", {"application": application})
    return render(
        request,
        "pages/joining/join.html",
        {"form": form, "application": application},
        status=400 if form.is_bound else 200,
    )


@require_http_methods(["GET", "POST"])
@limit_posts("editor-invitation")
def invitation(request, token):
    try:
        invitation = tokens.read_token(token, tokens.INVITATION)
    except tokens.InvalidLink as error:
        return _link_problem(request, error)
    now = timezone.now()
    if not invitation.usable_at(now):
        return _link_problem(request, tokens.InvalidLink(expired=invitation.accepted_at is None))
    form = AcceptInvitationForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        had_account = invitation.workspace.group.user_set.model.objects.filter(
            email__iexact=invitation.email
        ).exists()
        user = services.accept_invitation(
            invitation=invitation,
            name=form.cleaned_data["name"],
            password=form.cleaned_data["password1"],
            now=now,
        )
        if user is None:
            return _link_problem(request, tokens.InvalidLink(expired=False))
        if had_account:
            # The link proves the address, not the account's password: sign in as usual.
            return redirect("wagtailadmin_login")
        login(request, user, backend=AUTH_BACKEND)
        return redirect("wagtailadmin_home")
    return render(
        request,
        "pages/joining/invitation.html",
        {
            "form": form,
            "invitation": invitation,
            "organisation": services.organisation_name(invitation.workspace),
        },
        status=400 if form.is_bound else 200,
    )
