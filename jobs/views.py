"""The view behind the deadline-extension link an organisation gets by e-mail (the board and
the postings build their own pages in their models)."""

from django.core import signing
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from jobs.deadlines import extend_deadline, posting_for_extend_token
from jobs.models import JobPostingPage


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
