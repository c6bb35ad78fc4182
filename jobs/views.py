"""Thin views for the job board's listing and the deadline-extension link."""

from django.core import signing
from django.http import Http404
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from jobs.cards import prepare_job_cards
from jobs.deadlines import extend_deadline, posting_for_extend_token
from jobs.forms import job_filters
from jobs.models import JobPostingPage
from jobs.selectors import listing_queryset
from pages.listing import listing_context


def job_listing(request, *, board):
    form = job_filters(board=board, request=request)
    queryset = listing_queryset(
        locale=board.locale_id, filters=form.active_filters(), now=timezone.now()
    )
    context = board.get_context(request)
    context.update(listing_context(form, queryset, request))
    context["results"].object_list = prepare_job_cards(context["results"].object_list)
    # The feeds take the same filters, so a filtered listing links its own feed.
    context["feed_links"] = board.feed_links(form, request)
    status = 400 if form.is_bound and form.errors else 200
    return TemplateResponse(request, "jobs/job_board_page.html", context, status=status)


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
