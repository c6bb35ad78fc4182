"""The paperwork's public pages: verifying a certificate (anyone), and in "my volunteering"
(the password-less session) asking for a certificate, downloading it, the network-wide record,
and reading and accepting an agreement."""

import json

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from volunteering.models import Certificate
from volunteering.paperwork import certificates, record
from volunteering.paperwork.certificates import Verdict
from volunteering.session import current_volunteer
from volunteering.vocabulary import active_language


def signed_in(view):
    def wrapper(request, *args, **kwargs):
        volunteer = current_volunteer(request)
        if volunteer is None:
            messages.info(request, _("Ask for a link to your profile; we will e-mail it to you."))
            return redirect("volunteering:request_link")
        response = view(request, volunteer, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        return response

    wrapper.__name__ = view.__name__
    return wrapper


def certificate(request, code):
    verification = certificates.verify(code)
    status = 404 if verification.verdict in {Verdict.UNKNOWN, Verdict.MISTYPED} else 200
    response = render(
        request,
        "volunteering/paperwork/verify.html",
        {
            # The verdict's name, as enum classes are callable and templates would call them.
            "verdict": verification.verdict.value,
            "certificate": verification.certificate,
            "code": code[:40],
        },
        status=status,
    )
    # A revocation must show at once: no cache at the edge or in the browser keeps it.
    response["Cache-Control"] = "no-cache"
    return response


@signed_in
@require_POST
def request_certificate(request, volunteer, interest_id):
    try:
        certificates.request_certificate(
            volunteer=volunteer, interest_id=interest_id, now=timezone.now()
        )
    except certificates.CertificateRefused as refusal:
        messages.warning(request, str(refusal))
    else:
        messages.success(
            request,
            _("Your request has been sent. The organisation will issue the certificate."),
        )
    return redirect("volunteering:record")


@signed_in
def certificate_pdf(request, volunteer, pk):
    found = Certificate.objects.filter(pk=pk, volunteer=volunteer, issued_at__isnull=False).first()
    if found is None:
        raise Http404
    response = HttpResponse(
        certificates.as_pdf(found, language_code=active_language()),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = f'attachment; filename="zaswiadczenie-{found.code}.pdf"'
    return response


@signed_in
def my_record(request, volunteer):
    return render(
        request,
        "volunteering/paperwork/record.html",
        {"volunteer": volunteer, "placements": record.placements(volunteer)},
    )


@signed_in
def record_json(request, volunteer):
    response = HttpResponse(
        json.dumps(record.as_json(volunteer), ensure_ascii=False, indent=2),
        content_type="application/json",
    )
    response["Content-Disposition"] = 'attachment; filename="przebieg-wolontariatu.json"'
    return response


@signed_in
def record_pdf(request, volunteer):
    response = HttpResponse(
        record.as_pdf(volunteer, language_code=active_language()), content_type="application/pdf"
    )
    response["Content-Disposition"] = 'attachment; filename="przebieg-wolontariatu.pdf"'
    return response
