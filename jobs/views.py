"""Thin views for the job postings' page routes and the deadline-extension link (the board
builds its own listing: JobBoardPage.get_context)."""

from django.contrib import messages
from django.core import signing
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from jobs.forms import JobApplicationForm
from jobs.json_ld import job_posting_json_ld
from jobs.models import JobPostingPage
from jobs.services import (
    ApplicationRefused,
    apply_for_job,
    extend_deadline,
    posting_for_extend_token,
)
from pages.abuse import limit_posts


def _detail_context(request, posting, *, form=None):
    now = timezone.now()
    is_open = posting.is_open_at(now)
    organisation = posting.get_organisation()
    context = posting.get_context(request)
    context.update(
        {
            "is_open": is_open,
            "organisation": organisation,
            "json_ld": job_posting_json_ld(posting, organisation=organisation, request=request)
            if is_open
            else None,
            "application_form": form
            or (
                JobApplicationForm(posting=posting)
                if is_open and posting.apply_method == "FORM"
                else None
            ),
        }
    )
    return context


def posting_detail(request, *, posting):
    context = _detail_context(request, posting)
    return TemplateResponse(request, posting.get_template(request), context)


@limit_posts("job-application")
def posting_apply(request, *, posting):
    if request.method != "POST":
        return redirect(posting.url)
    form = JobApplicationForm(request.POST, request.FILES, posting=posting)
    if not form.is_valid():
        context = _detail_context(request, posting, form=form)
        return TemplateResponse(request, posting.get_template(request), context, status=400)
    try:
        apply_for_job(
            posting=posting,
            form=form,
            language_code=translation.get_language(),
            now=timezone.now(),
        )
    except ApplicationRefused as refusal:
        form.add_error(None, str(refusal))
        context = _detail_context(request, posting, form=form)
        return TemplateResponse(request, posting.get_template(request), context, status=409)
    messages.success(
        request,
        _("Thank you. Your application has been sent; a confirmation is on its way to %(email)s.")
        % {"email": form.cleaned_data["email"]},
    )
    return redirect(posting.url + "#apply")


@require_http_methods(["GET", "POST"])
def extend_deadline_view(request, token):
    try:
        posting = posting_for_extend_token(token)
    except (signing.BadSignature, ValueError, KeyError) as error:
        return render(
            request,
            "jobs/extend_deadline.html",
            {
                "error": _(
                    "This link is no longer valid. "
                    "Open the posting in the admin to change its deadline."
                )
            },
            status=410 if isinstance(error, signing.SignatureExpired) else 400,
        )
    except JobPostingPage.DoesNotExist as error:
        raise Http404 from error
    if request.method == "POST":
        extend_deadline(posting=posting, now=timezone.now())
        return render(request, "jobs/extend_deadline.html", {"posting": posting, "done": True})
    return render(request, "jobs/extend_deadline.html", {"posting": posting, "token": token})
