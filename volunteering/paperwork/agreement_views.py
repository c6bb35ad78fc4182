"""The agreement in "my volunteering" (read, accept, PDF) and the guardian's signed link."""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from pages.abuse import client_ip
from volunteering.paperwork import agreements, rules
from volunteering.paperwork.views import signed_in


class AcceptForm(forms.Form):
    text_version = forms.CharField(widget=forms.HiddenInput)
    guardian_email = forms.EmailField(
        label=gettext_lazy("E-mail address of your parent or guardian"),
        required=False,
        help_text=gettext_lazy("We will send them a link to read the agreement and consent."),
    )


def _prepared(request, volunteer, interest_id):
    try:
        return agreements.prepare(volunteer=volunteer, interest_id=interest_id, now=timezone.now())
    except agreements.AgreementRefused as refusal:
        messages.warning(request, str(refusal))
        return None


@signed_in
@require_http_methods(["GET", "POST"])
def agreement(request, volunteer, interest_id):
    found = _prepared(request, volunteer, interest_id)
    if found is None:
        return redirect("volunteering:record")
    form = AcceptForm(request.POST or None, initial={"text_version": found.text_hash})
    if not agreements.guardian_needed(found):
        del form.fields["guardian_email"]
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            agreements.accept_by_volunteer(
                agreement=found,
                text_version=form.cleaned_data["text_version"],
                guardian_email=form.cleaned_data.get("guardian_email", ""),
                ip=client_ip(request),
                now=timezone.now(),
            )
        except agreements.AgreementRefused as refusal:
            form.add_error(None, str(refusal))
            status = 400
        else:
            messages.success(request, _("You have accepted the agreement."))
            return redirect("volunteering:agreement", interest_id=interest_id)
    elif form.is_bound:
        status = 400
    now = timezone.now()
    return render(
        request,
        "volunteering/paperwork/agreement.html",
        {
            "agreement": found,
            "form": form,
            "guardian_needed": agreements.guardian_needed(found),
            "required": rules.agreement_required(
                start_date=found.start_date, end_date=found.end_date, now=now
            ),
            "complete": agreements.is_complete(found, now=now),
        },
        status=status,
    )


@signed_in
def agreement_pdf(request, volunteer, interest_id):
    found = _prepared(request, volunteer, interest_id)
    if found is None:
        return redirect("volunteering:record")
    response = HttpResponse(agreements.as_pdf(found), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="porozumienie-wolontariackie.pdf"'
    return response


@require_http_methods(["GET", "POST"])
def agreement_guardian(request, token):
    found = agreements.agreement_from_guardian_token(token)
    if found is None:
        return render(
            request,
            "volunteering/link_problem.html",
            {"message": _("This link is not valid any more."), "what": "guardian"},
            status=400,
        )
    if request.method == "POST":
        agreements.accept_by_guardian(agreement=found, ip=client_ip(request), now=timezone.now())
    response = render(
        request,
        "volunteering/paperwork/agreement_guardian.html",
        {"agreement": found, "volunteer": found.interest.volunteer},
    )
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
