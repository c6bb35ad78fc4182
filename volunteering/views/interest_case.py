"""The interest's case in the admin: everything a coordinator needs to answer one volunteer
on one page (their message, profile, the match both ways, consents, history, internal notes)
and the answer form. Scoped by the viewset's permission policy (and pages.admin_scope)."""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views import View

from wagtail.admin.views import generic
from wagtail.permission_policies.base import ModelPermissionPolicy

from volunteering import coordination, slots
from volunteering.answer_forms import InterestNoteForm
from volunteering.explain import reasons
from volunteering.matching import evaluate
from volunteering.models import Interest, InterestStatus
from volunteering.profile_choices import AgeBracket, language_names
from volunteering.profiles import offer_profile, volunteer_profile
from volunteering.vocabulary import names

ANSWERS = (InterestStatus.CONTACTED, InterestStatus.ACCEPTED, InterestStatus.DECLINED)


def profile_rows(volunteer) -> list[tuple[str, str]]:
    """What the volunteer told the network about themselves, in the coordinator's language."""
    none = "–"
    return [
        (_("e-mail"), volunteer.email),
        (_("phone"), volunteer.phone or none),
        (_("town or municipality"), volunteer.place_name),
        (_("how far they travel"), _("%(km)s km") % {"km": volunteer.travel_km}),
        (
            _("remote"),
            pgettext("answer", "yes") if volunteer.remote_ok else pgettext("answer", "no"),
        ),
        (_("age"), str(AgeBracket(volunteer.age_bracket).label)),
        (_("skills"), ", ".join(names("skill", volunteer.skills)) or none),
        (_("causes"), ", ".join(names("cause", volunteer.causes)) or none),
        (_("when they are free"), slots.describe(volunteer.availability) or none),
        (
            pgettext("volunteer profile", "languages"),
            ", ".join(language_names(volunteer.languages)) or none,
        ),
    ]


class InterestCaseView(generic.EditView):
    template_name = "volunteering/admin/interest_case.html"
    note_url_name = None  # set by the viewset
    candidates_url_name = None
    submit_button_label = gettext_lazy("Send the answer")
    success_message = gettext_lazy("The answer to %(object)s was recorded.")

    def get_object(self, queryset=None):
        return get_object_or_404(
            Interest.objects.select_related("volunteer", "offer__locale"), pk=self.kwargs["pk"]
        )

    def get_page_subtitle(self):
        return f"{self.object.volunteer.name} – {self.object.offer.title}"

    def chosen_status(self) -> str | None:
        """An answer picked on the case page (`?status=ACCEPTED`): the form starts from it and
        from its default message."""
        status = self.request.GET.get("status")
        return status if status in InterestStatus.values else None

    def get_initial(self):
        initial = super().get_initial()
        if status := self.chosen_status():
            initial["status"] = status
            initial["message"] = coordination.default_message(status=status, interest=self.object)
        return initial

    def save_instance(self):
        # The validated form has already set the new status on self.object; the service
        # compares against the stored one.
        interest = Interest.objects.select_related("volunteer", "offer").get(pk=self.object.pk)
        coordination.answer_interest(
            interest=interest,
            status=self.form.cleaned_data["status"],
            message=self.form.cleaned_data["message"],
            by=self.request.user,
            now=timezone.now(),
        )
        return interest

    def get_success_url(self):
        return self.get_edit_url()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        interest = self.object
        found, excluded = evaluate(
            offer_profile(interest.offer, now=timezone.now()), volunteer_profile(interest.volunteer)
        )
        edit_url = self.get_edit_url()
        context.update(
            interest=interest,
            volunteer=interest.volunteer,
            profile_rows=profile_rows(interest.volunteer),
            match=found,
            reasons=reasons(found, excluded),
            consents=list(interest.volunteer.consents.all()),
            history=coordination.history(interest),
            notes=list(interest.notes.select_related("author")),
            note_form=InterestNoteForm(),
            note_url=reverse(self.note_url_name, args=[interest.pk]),
            answers=[
                (str(status.label), f"{edit_url}?status={status.value}#answer")
                for status in ANSWERS
                if status != interest.status
            ],
            candidates_url=reverse(self.candidates_url_name, args=[interest.offer_id]),
        )
        return context


class InterestNoteView(View):
    """POST only: adds an internal note and goes back to the case."""

    model = Interest  # pages.admin_scope resolves the `pk` in the URL by it
    permission_policy: ModelPermissionPolicy | None = None
    url_namespace = ""
    http_method_names = ["post"]

    def post(self, request, pk):
        # Fails closed: only interests this editor may change can take a note.
        allowed = self.permission_policy.instances_user_has_permission_for(request.user, "change")
        interest = allowed.filter(pk=pk).first()
        if interest is None:
            raise Http404
        form = InterestNoteForm(request.POST)
        case_url = reverse(f"{self.url_namespace}:edit", args=[pk])
        if form.is_valid():
            coordination.add_note(
                interest=interest,
                text=form.cleaned_data["text"],
                by=request.user,
                now=timezone.now(),
            )
            messages.success(request, _("The note was added."))
        else:
            messages.error(request, _("The note was not added: write its text first."))
        return HttpResponseRedirect(case_url + "#notes")
