"""The application's page in the admin: the whole case on one screen, and its two actions
(change the status with an optional message to the candidate, write an internal note).

Scoped by the viewset's permission policy: an application of another organisation is not
found, and changing one needs the "change" permission on that very application."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.views import generic

from jobs.admin_forms import NoteForm, StatusChangeForm
from jobs.services import add_application_note, change_application_status

VIEW_ACTIONS = ["view", "change", "delete"]


class ApplicationDetailView(generic.InspectView):
    template_name = "jobs/admin/application_detail.html"
    page_title = gettext_lazy("Job application")

    def get_object(self, queryset=None):
        application = (
            self.permission_policy.instances_user_has_any_permission_for(
                self.request.user, VIEW_ACTIONS
            )
            .select_related("posting")
            .filter(pk=self.pk)
            .first()
        )
        if application is None:
            raise Http404
        return application

    def get_page_subtitle(self):
        return str(self.object)

    def get_edit_url(self):
        return None  # the case is edited here, through its actions

    def may_change(self) -> bool:
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", self.object
        )

    def get_context_data(self, *, status_form=None, note_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        cv_url = reverse("job_applications:download_cv", args=(application.pk,))
        context.update(
            application=application,
            posting=application.posting,
            cv_url=cv_url,
            may_change=self.may_change(),
            status_form=status_form or StatusChangeForm(initial={"status": application.status}),
            note_form=note_form or NoteForm(),
            status_changes=application.status_changes.select_related("changed_by"),
            notes=application.notes.select_related("author"),
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.may_change():
            raise PermissionDenied
        now = timezone.now()
        if request.POST.get("action") == "note":
            form = NoteForm(request.POST)
            if not form.is_valid():
                return self.render_invalid(note_form=form)
            add_application_note(
                application=self.object,
                text=form.cleaned_data["text"],
                author=request.user,
                now=now,
            )
            messages.success(request, _("The note has been saved."))
        else:
            form = StatusChangeForm(request.POST)
            if not form.is_valid():
                return self.render_invalid(status_form=form)
            changed = change_application_status(
                application=self.object,
                status=form.cleaned_data["status"],
                message=form.cleaned_data["message"],
                changed_by=request.user,
                now=now,
            )
            if changed:
                messages.success(request, _("Saved; the candidate is being told by e-mail."))
            else:
                messages.info(request, _("Nothing changed: the status is the same."))
        return HttpResponseRedirect(request.path)

    def render_invalid(self, **forms):
        messages.error(request=self.request, message=_("The form has errors; see below."))
        response = self.render_to_response(self.get_context_data(**forms))
        response.status_code = 400
        return response


class ApplicationEditRedirectView(generic.EditView):
    """The old edit URL (a bare status menu) leads to the case, where the status changes."""

    def dispatch(self, request, *args, **kwargs):
        return redirect("job_applications:inspect", kwargs["pk"])
